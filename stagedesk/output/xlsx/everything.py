"""Export everything: one workbook with a sheet per kind of record, so the data is never
locked in.

Streamed: every sheet is read a page of ``STEP`` rows at a time (by id), each page in a
short session of its own, into a write-only workbook that openpyxl keeps in temporary
files: memory stays flat whatever the size of the database, and the export never holds
the database for longer than one page (a SQLite transaction here takes the write lock,
so one long read would make every save elsewhere wait for the whole export). The
workbook is saved beside the target and renamed over it at the end
(``files.written_whole``): a failure or a cancel leaves no half file.

Sheets: About (organisation, when, which StageDesk, rows per sheet), Notes (what is
written how, what is left out), then the records from the organisation to the documents
(``everything_internships.all_sheets``). Each has a bold, frozen header row with a
filter; user text is always text (``safe``), dates are real dates shown dd/mm/yyyy,
booleans and enums are words in the chosen language.
"""

import datetime as dt
from collections.abc import Callable, Generator, Iterator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from sqlalchemy import Row
from sqlalchemy.orm import Session

from stagedesk import __version__
from stagedesk.core.forms import LANGUAGES
from stagedesk.core.models import Language
from stagedesk.core.progress import run_to_end
from stagedesk.core.records.organisation import organisation as organisation_settings
from stagedesk.output.files import check_target, written_whole
from stagedesk.output.words.enums import NO, YES, enum_word, words_of
from stagedesk.output.words.everything import (
    ABOUT,
    HEADERS,
    ID_SUFFIX,
    NOTES,
    SHEETS,
    TARGET_GROUPS_INCLUDED,
    TARGET_GROUPS_LEFT_OUT,
)
from stagedesk.output.xlsx.everything_internships import Column, Kind, Sheet, all_sheets
from stagedesk.output.xlsx.safe import plain_or_text, text_cell
from stagedesk.output.xlsx.sheets import header_row, set_widths

DATE_FORMAT = "dd/mm/yyyy"
STAMP_FORMAT = "dd/mm/yyyy hh:mm"
STEP = 5_000  # rows read at a time, and between two progress reports
MAX_ROWS = 1_048_576 - 1  # Excel's rows per sheet, less the header; more go on a next sheet

Sessions = Callable[[], Session]  # a session factory: Database.sessions
# A write-only worksheet: openpyxl's stubs give Workbook.create_sheet no narrower type.
WriteOnly = Any
Progress = Generator[tuple[int, int], None, "ExportSummary"]


@dataclass(frozen=True)
class ExportSummary:
    target: Path
    titles: dict[str, str]  # sheet key -> title in the workbook's language
    counts: dict[str, int]  # sheet key -> rows written (all parts of a long sheet)
    target_groups: bool

    def lines(self) -> list[str]:
        """One line per sheet: its title and its number of rows."""
        return [f"{self.titles[key]}\t{count}" for key, count in self.counts.items()]


def write_everything(
    sessions: Sessions,
    target: Path,
    language: str = "nl",
    *,
    include_target_groups: bool = False,
    now: dt.datetime | None = None,
    rows_per_sheet: int = MAX_ROWS,
) -> ExportSummary:
    """Write every record into the workbook ``target``; see :func:`export_steps`."""
    steps = export_steps(
        sessions,
        target,
        language,
        include_target_groups=include_target_groups,
        now=now,
        rows_per_sheet=rows_per_sheet,
    )
    return run_to_end(steps)


def export_steps(
    sessions: Sessions,
    target: Path,
    language: str = "nl",
    *,
    include_target_groups: bool = False,
    now: dt.datetime | None = None,
    rows_per_sheet: int = MAX_ROWS,
) -> Progress:
    """As :func:`write_everything`, yielding ``(rows done, rows in all)`` as it goes (for
    ``ui.workers.Job``); closing the generator stops it and writes nothing. Raises
    ValueError for an unknown language, ``files.TargetRefused`` for a target that
    cannot be written. A sheet with more than ``rows_per_sheet`` rows (Excel's limit)
    goes on in a sheet "Title (2)"."""
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose nl, fr or en")
    sheets = all_sheets(include_target_groups)
    with sessions() as session:
        total = sum(int(session.scalar(sheet.count) or 0) for sheet in sheets)
        settings = organisation_settings(session)
        organisation = settings.name if settings is not None else None
    check_target(target)
    book = Workbook(write_only=True)
    try:
        about = book.create_sheet(SHEETS["about"].get(language))
        notes = book.create_sheet(SHEETS["notes"].get(language))
        counts: dict[str, int] = {}
        done = 0
        yield done, total
        for sheet in sheets:
            counts[sheet.key] = 0
            for written in _write_sheet(book, sessions, sheet, language, rows_per_sheet):
                counts[sheet.key] += written
                done += written
                yield done, total
        _write_about(about, organisation or "", language, counts, include_target_groups, now)
        _write_notes(notes, language, include_target_groups)
        with written_whole(target) as temporary:
            book.save(temporary)
    except BaseException:  # cancelled (GeneratorExit) or failed
        _discard(book)
        raise
    titles = {key: SHEETS[key].get(language) for key in counts}
    return ExportSummary(target, titles, counts, include_target_groups)


def _discard(book: Workbook) -> None:
    """Close the sheets of an unsaved write-only workbook and remove the temporary files
    openpyxl keeps them in (it would only do so when the program ends)."""
    for ws in book.worksheets:
        with suppress(Exception):
            if not ws.closed:
                ws.close()
            writer: Any = getattr(ws, "_writer", None)
            if writer is not None:
                writer.cleanup()  # what openpyxl does once it has saved a sheet


def _write_sheet(
    book: Workbook, sessions: Sessions, sheet: Sheet, language: str, limit: int
) -> Iterator[int]:
    """Write ``sheet``'s rows, on more than one worksheet if Excel needs it; yields the
    number of rows written, page by page."""
    title = SHEETS[sheet.key].get(language)
    part, ws = 1, _new_sheet(book, title, sheet.columns, language)
    convert = _converters(ws, sheet.columns, language)
    rows = 0
    for page in _pages(sessions, sheet):
        for row in page:
            if rows == limit:
                _finish(ws, len(sheet.columns), rows)
                part += 1
                name = ABOUT["continued"].get(language).format(title=title, part=part)
                ws, rows = _new_sheet(book, name, sheet.columns, language), 0
                convert = _converters(ws, sheet.columns, language)
            ws.append([None if v is None else c(v) for c, v in zip(convert, row, strict=True)])
            rows += 1
        yield len(page)
    _finish(ws, len(sheet.columns), rows)


def _pages(sessions: Sessions, sheet: Sheet) -> Iterator[Sequence[Row[Any]]]:
    """The sheet's rows, ``STEP`` at a time, each page read in a session of its own."""
    last = None
    while True:
        query = sheet.query if last is None else sheet.query.where(sheet.order > last)
        with sessions() as session:
            page = session.execute(query.limit(STEP)).all()
        if not page:
            return
        yield page
        if len(page) < STEP:
            return
        last = page[-1][0]


def _new_sheet(book: Workbook, title: str, columns: list[Column], language: str) -> WriteOnly:
    ws = book.create_sheet(title)
    set_widths(ws, [column.width for column in columns])
    ws.freeze_panes = "A2"
    ws.append(header_row(ws, [_header(column, language) for column in columns]))
    return ws


def _finish(ws: WriteOnly, width: int, rows: int) -> None:
    """The filter over the header and every row (written when the workbook is saved)."""
    ws.auto_filter.ref = f"A1:{get_column_letter(width)}{rows + 1}"


def _header(column: Column, language: str) -> str:
    header = HEADERS[column.header].get(language)
    return header + ID_SUFFIX if column.reference else header


def _converters(ws: WriteOnly, columns: list[Column], language: str) -> list[Callable[[Any], Any]]:
    """For each column, what turns a value read (never None) into what is appended."""
    yes_no = {True: YES.get(language), False: NO.get(language)}

    def dated(number_format: str) -> Callable[[Any], Any]:
        def cell(value: Any) -> Any:
            made = WriteOnlyCell(ws, value=value)
            made.number_format = number_format
            return made

        return cell

    found: list[Callable[[Any], Any]] = []
    for column in columns:
        if column.kind is Kind.TEXT:
            found.append(lambda value: plain_or_text(ws, str(value)))
        elif column.kind is Kind.DATE:
            found.append(dated(DATE_FORMAT))
        elif column.kind is Kind.STAMP:
            found.append(dated(STAMP_FORMAT))
        elif column.kind is Kind.YES_NO:
            found.append(yes_no.__getitem__)
        elif column.kind is Kind.WORD:
            assert column.enum is not None
            found.append(words_of(column.enum, language).__getitem__)
        else:
            found.append(_same)
    return found


def _same(value: Any) -> Any:
    return value


def _write_about(
    ws: WriteOnly,
    organisation: str,
    language: str,
    counts: dict[str, int],
    include_target_groups: bool,
    now: dt.datetime | None,
) -> None:
    def say(key: str) -> str:
        return ABOUT[key].get(language)

    set_widths(ws, [34, 40])
    title = text_cell(ws, say("title"))
    title.font = Font(bold=True, size=14)
    stamp = WriteOnlyCell(ws, value=(now or dt.datetime.now()).replace(microsecond=0))
    stamp.number_format = STAMP_FORMAT
    stamp.alignment = Alignment(horizontal="left")
    groups = say("included") if include_target_groups else say("left_out")
    ws.append([title])
    ws.append([text_cell(ws, say("organisation")), text_cell(ws, organisation)])
    ws.append([text_cell(ws, say("exported_at")), stamp])
    ws.append([text_cell(ws, say("version")), text_cell(ws, __version__)])
    ws.append([text_cell(ws, say("language")), enum_word(Language(language), language)])
    ws.append([text_cell(ws, say("target_groups")), groups])
    ws.append([])
    ws.append(header_row(ws, [say("sheet"), say("rows")]))
    for key, count in counts.items():
        ws.append([text_cell(ws, SHEETS[key].get(language)), count])


def _write_notes(ws: WriteOnly, language: str, include_target_groups: bool) -> None:
    set_widths(ws, [120])
    groups = TARGET_GROUPS_INCLUDED if include_target_groups else TARGET_GROUPS_LEFT_OUT
    for note in (*NOTES, groups):
        ws.append([text_cell(ws, note.get(language))])
