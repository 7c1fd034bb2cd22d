"""The empty import list: the header row in the user's language, pick lists for the words,
and a second sheet that explains each column."""

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from stagedesk.core.imports import HEADERS, REQUIRED, Column
from stagedesk.core.imports import words as import_words
from stagedesk.output.words.import_template import EXPLAIN, SHEETS, TITLES, accepted_words

ROWS_PREPARED = 2000  # pick lists and date formats reach this far down
_REQUIRED_FILL = PatternFill("solid", fgColor="FDE9B8")
_HEADER_FILL = PatternFill("solid", fgColor="DCE6F2")
_DATES = (
    Column.DATE_OF_BIRTH,
    Column.APPLICATION_DATE,
    Column.START_DATE,
    Column.END_DATE,
    Column.HIRED_DATE,
)
_PICK_LISTS: dict[Column, Mapping[Any, tuple[str, ...]]] = {
    Column.STATUS: import_words.STATUS_WORDS,
    Column.KIND: import_words.KIND_WORDS,
    Column.GENDER: import_words.GENDER_WORDS,
    Column.EDUCATION_LEVEL: import_words.EDUCATION_WORDS,
    Column.HIRED_LATER: import_words.YES_NO_WORDS,
    Column.PAID: import_words.YES_NO_WORDS,
}
LANGUAGES = ("nl", "fr", "en")


def write_import_template(target: Path, language: str = "nl") -> None:
    """An xlsx a coordinator fills in (or pastes an old list into) and imports as is."""
    language = language if language in LANGUAGES else "en"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = SHEETS["list"][language]
    columns = list(Column)
    for at, column in enumerate(columns, start=1):
        cell = sheet.cell(1, at, HEADERS[column].text(language))
        cell.font = Font(bold=True)
        cell.fill = _REQUIRED_FILL if column in REQUIRED else _HEADER_FILL
        letter = get_column_letter(at)
        sheet.column_dimensions[letter].width = max(14, len(str(cell.value)) + 4)
        if column in _DATES:
            for row in range(2, ROWS_PREPARED + 2):
                sheet.cell(row, at).number_format = "DD/MM/YYYY"
        if column in _PICK_LISTS:
            _pick_list(sheet, letter, _words_in(language, column))
    sheet.freeze_panes = "A2"
    _explanations(book, language)
    book.save(target)


def _words_in(language: str, column: Column) -> list[str]:
    if column is Column.GENDER:
        return ["V", "M", "X"] if language == "nl" else ["F", "M", "X"]
    return [
        import_words.written_in(spellings, language) for spellings in _PICK_LISTS[column].values()
    ]


def _pick_list(sheet: object, letter: str, choices: list[str]) -> None:
    # A pick list helps, but any word the importer knows is allowed: warn, do not stop.
    listed = ",".join(choice.replace(",", " ") for choice in choices)
    validation = DataValidation(
        type="list", formula1=f'"{listed}"', allow_blank=True, errorStyle="warning"
    )
    validation.add(f"{letter}2:{letter}{ROWS_PREPARED + 1}")
    sheet.add_data_validation(validation)  # type: ignore[attr-defined]


def _explanations(book: Workbook, language: str) -> None:
    sheet = book.create_sheet(SHEETS["help"][language])
    titles = TITLES[language]
    sheet.append(list(titles))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = _HEADER_FILL
    for column in Column:
        required = SHEETS["yes"][language] if column in REQUIRED else ""
        sheet.append(
            [
                HEADERS[column].text(language),
                required,
                EXPLAIN[column][language],
                accepted_words(column, language),
            ]
        )
    for letter, width in zip("ABCD", (26, 10, 70, 60), strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = "A2"
