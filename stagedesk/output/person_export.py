"""A person's data, for their right of access: an xlsx workbook to read, or JSON to take
along (``core.privacy.person_data`` gathers it).

xlsx: an About sheet (who, when, target groups in or out, notes), the person as a list of
fields and values, then a sheet per kind of record with a bold, frozen header and a
filter; headers and words (yes/no, statuses, kinds) in the chosen language, dates as real
dates, text never a formula. JSON: indented, keys as the field names of the database,
enums as their stored value, dates ISO 8601, numbers as numbers; the questions and answers
of forms in the chosen language. Both written whole or not at all (``files``).

Target-group answers are in only when ``include_target_groups`` is True.
"""

import datetime as dt
import json
import shutil
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from stagedesk import __version__
from stagedesk.core.forms import LANGUAGES, FormRegistry
from stagedesk.core.mail.drafts import safe_file_name
from stagedesk.core.privacy.person import SECTIONS, PersonData, Row, person_data
from stagedesk.core.privacy.person_files import PersonFile, person_files
from stagedesk.core.records.organisation import organisation as organisation_settings
from stagedesk.output.files import check_target, written_whole
from stagedesk.output.words.enums import NO, YES, enum_word
from stagedesk.output.words.everything import SHEETS
from stagedesk.output.words.person import (
    ABOUT,
    BIN_KINDS,
    FILE_KINDS,
    FILES_FOLDER,
    NOTES,
    TITLES,
    header,
)
from stagedesk.output.xlsx.safe import plain_or_text, text_cell
from stagedesk.output.xlsx.sheets import header_row, set_widths

DATE_FORMAT = "dd/mm/yyyy"
STAMP_FORMAT = "dd/mm/yyyy hh:mm"
FORMATS = (".xlsx", ".json")
WriteOnly = Any  # openpyxl's stubs give Workbook.create_sheet no narrower type


@dataclass(frozen=True)
class PersonExport:
    data: PersonData
    files: list[Path]  # copies of their documents and mail drafts, beside the export

    @property
    def folder(self) -> Path | None:
        """The folder with their files (None when they have none)."""
        return self.files[0].parent.parent if self.files else None


def export_person(
    session: Session,
    candidate_id: int,
    target: Path,
    language: str = "nl",
    *,
    include_target_groups: bool = False,
    now: dt.datetime | None = None,
    registry: FormRegistry | None = None,
    documents: Path | None = None,
    drafts: Path | None = None,
) -> PersonExport:
    """Write everything about one candidate to ``target``: xlsx or JSON by its suffix,
    and copies of their files (the documents in ``documents``, the mail drafts about them
    in ``drafts``) into a folder beside it, "<name> - files".

    Raises ValueError for another suffix or an unknown language, ``files.TargetRefused``
    for a target that cannot be written, ``privacy.PersonGone`` for no such candidate.
    """
    suffix = target.suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"write a person's data as .xlsx or .json, not {target.name!r}")
    if language not in LANGUAGES:
        raise ValueError(f"unknown language {language!r}; choose nl, fr or en")
    check_target(target)
    data = person_data(
        session,
        candidate_id,
        language=language,
        include_target_groups=include_target_groups,
        registry=registry,
    )
    settings = organisation_settings(session)
    organisation = settings.name if settings is not None else None
    stamp = (now or dt.datetime.now()).replace(microsecond=0)
    write = write_person_json if suffix == ".json" else write_person_xlsx
    write(data, target, language, organisation=organisation or "", now=stamp)
    found = person_files(session, candidate_id, documents, drafts)
    return PersonExport(data, _copy_files(found, target, language))


def _copy_files(found: list[PersonFile], target: Path, language: str) -> list[Path]:
    """Their files, under the names they came with, into "<export> - files" (replaced
    whole: written beside it first, then moved into place)."""
    if not found:
        return []
    folder = target.with_name(FILES_FOLDER.get(language).format(name=target.stem))
    partial = folder.with_name(folder.name + ".partial")
    shutil.rmtree(partial, ignore_errors=True)
    names: dict[Path, int] = {}
    for file in found:
        kind = partial / FILE_KINDS[file.kind].get(language)
        kind.mkdir(parents=True, exist_ok=True)
        shutil.copy2(file.path, _free(kind / safe_file_name(file.name), names))
    if folder.exists():
        shutil.rmtree(folder)
    partial.replace(folder)
    return sorted(path for path in folder.rglob("*") if path.is_file())


def _free(path: Path, seen: dict[Path, int]) -> Path:
    """``path``, or "name (2).pdf" when two files of theirs had the same name."""
    seen[path] = seen.get(path, 0) + 1
    count = seen[path]
    return path if count == 1 else path.with_name(f"{path.stem} ({count}){path.suffix}")


# -- JSON -----------------------------------------------------------------------------
def _plain(value: Any) -> Any:
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, dt.date):  # a datetime is a date too
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def write_person_json(
    data: PersonData, target: Path, language: str, *, organisation: str, now: dt.datetime
) -> None:
    document: dict[str, Any] = {
        "stagedesk": {
            "export": "person",
            "version": __version__,
            "exported_at": now.isoformat(),
            "organisation": organisation,
            "language": language,
            "target_groups_included": data.include_target_groups,
        }
    }
    for key in SECTIONS:
        rows = [{name: _plain(value) for name, value in row.items()} for row in data.sections[key]]
        document[key] = rows[0] if key == "person" else rows
    with written_whole(target) as temporary:
        text = json.dumps(document, ensure_ascii=False, indent=2)
        temporary.write_text(text + "\n", encoding="utf-8")


# -- xlsx -----------------------------------------------------------------------------
def write_person_xlsx(
    data: PersonData, target: Path, language: str, *, organisation: str, now: dt.datetime
) -> None:
    book = Workbook(write_only=True)
    _about(book.create_sheet(TITLES["about"].get(language)), data, language, organisation, now)
    _person(book.create_sheet(TITLES["person"].get(language)), data.sections["person"][0], language)
    for key in SECTIONS[1:]:
        _table(book.create_sheet(TITLES[key].get(language)), data.sections[key], key, language)
    with written_whole(target) as temporary:
        book.save(temporary)


def _cell(ws: WriteOnly, key: str, value: Any, language: str) -> Any:
    """A value as the workbook shows it."""
    if value is None:
        return None
    if isinstance(value, bool):
        return (YES if value else NO).get(language)
    if isinstance(value, StrEnum):
        return enum_word(value, language)
    if key == "kind" and value in BIN_KINDS:  # what a bin entry held
        return SHEETS[BIN_KINDS[value]].get(language)
    if isinstance(value, dt.date):
        day: Any = value  # openpyxl writes dates too; its stubs say datetime only
        cell = WriteOnlyCell(ws, value=day)
        cell.number_format = STAMP_FORMAT if isinstance(value, dt.datetime) else DATE_FORMAT
        return cell
    if isinstance(value, str):
        return plain_or_text(ws, value)
    return value


def _about(
    ws: WriteOnly, data: PersonData, language: str, organisation: str, now: dt.datetime
) -> None:
    def say(key: str) -> str:
        return ABOUT[key].get(language)

    set_widths(ws, [30, 60])
    title = text_cell(ws, say("title"))
    title.font = Font(bold=True, size=14)
    groups = say("included") if data.include_target_groups else say("left_out")
    ws.append([title])
    ws.append([text_cell(ws, say("person")), text_cell(ws, data.name)])
    ws.append([text_cell(ws, say("organisation")), text_cell(ws, organisation)])
    stamp = _cell(ws, "", now, language)
    stamp.alignment = Alignment(horizontal="left")
    ws.append([text_cell(ws, say("exported_at")), stamp])
    ws.append([text_cell(ws, say("version")), text_cell(ws, __version__)])
    ws.append([text_cell(ws, say("target_groups")), groups])
    ws.append([])
    for note in NOTES:
        ws.append([text_cell(ws, note.get(language))])


def _person(ws: WriteOnly, row: Row, language: str) -> None:
    """One record: a field per line, easier to read than one very wide row."""
    set_widths(ws, [34, 60])
    ws.append(header_row(ws, [header("field", language), header("value", language)]))
    ws.freeze_panes = "A2"
    for key, value in row.items():
        ws.append([text_cell(ws, header(key, language)), _cell(ws, key, value, language)])


def _table(ws: WriteOnly, rows: list[Row], key: str, language: str) -> None:
    columns = list(rows[0]) if rows else []
    if not columns:
        return
    set_widths(ws, [_width(rows, name) for name in columns])
    ws.freeze_panes = "A2"
    ws.append(header_row(ws, [header(name, language) for name in columns]))
    for row in rows:
        ws.append([_cell(ws, name, row[name], language) for name in columns])
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{len(rows) + 1}"


def _width(rows: list[Row], name: str) -> int:
    longest = max((len(str(row[name])) for row in rows if row[name] is not None), default=0)
    return max(10, min(60, longest + 2))
