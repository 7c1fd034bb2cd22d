"""Writes the corpus of old lists in tests/data/lists/, each saved by LibreOffice, and next
to each the records a person reading it would enter (``<file>.expected.json``).

Run by hand, not by the tests (LibreOffice must be installed: ``soffice --version``)::

    uv run python -m tests.data.lists.make_lists

Each list is written with openpyxl as Excel would hold it (merged titles, hidden columns,
date formats, formulas), then opened and saved by ``soffice --headless --convert-to``
as .xlsx, .xls, .ods or CSV: the committed files are LibreOffice's own. The CSV filter's
options are separator, quote, character set: ``59,34,1`` is ';' in Windows-1252
(LibreOffice's encoding number 1, also written ``ANSI``), ``44,34,76`` is ',' in UTF-8.
The truth of each row is typed by hand in lists_nl.py, lists_fr.py and lists_mixed.py.
"""

import datetime as dt
import json
import shutil
import subprocess
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from stagedesk.core.text import fold, tidy
from tests.data.lists import lists_fr, lists_mixed, lists_nl
from tests.data.lists.sheets import Intern, Raw, Sheet, Sum, d

HERE = Path(__file__).resolve().parent
SHEETS: list[Sheet] = [*lists_nl.LISTS, *lists_fr.LISTS, *lists_mixed.LISTS]
CONVERT = {
    "xlsx": ("xlsx", "xlsx"),
    "xls": ("xls", "xls"),
    "ods": ("ods", "ods"),
    "csv-1252": ("csv:Text - txt - csv (StarCalc):59,34,1", "csv"),
    "csv-utf8": ("csv:Text - txt - csv (StarCalc):44,34,76", "csv"),
}
# The list's fields as StageDesk's columns (the rest is kept as a note or not imported).
COLUMNS = {
    "first": "first_name", "last": "last_name", "unit": "unit", "level": "education_level",
    "school": "school", "kind": "kind", "status": "status", "start": "start_date",
    "end": "end_date", "hours": "hours", "total": "total_hours", "paid": "paid",
}  # fmt: skip
EPOCH = dt.date(1899, 12, 30)  # Excel's day 0


def file_name(sheet: Sheet) -> str:
    return f"{sheet.name}.{CONVERT[sheet.format][1]}"


def _date(day: dt.date, style: str) -> Any:
    return {
        "date": dt.datetime.combine(day, dt.time()),
        "text": f"{day.day}/{day.month}/{day.year}",
        "serial": (day - EPOCH).days,
        "iso": day.isoformat(),
        "dotted": day.strftime("%d.%m.%Y"),
        "short": day.strftime("%d/%m/%Y"),
    }[style]


class Writer:
    """Writes one sheet's rows the way its author did, counting what each row is."""

    def __init__(self, sheet: Sheet, ws: Worksheet) -> None:
        self.sheet, self.ws = sheet, ws
        self.fields = [f for _h, f in sheet.columns]
        self.turn = 0  # the how-many-th intern row: picks the spelling and the date style
        self.used: Counter[tuple[str, Any]] = Counter()
        self.sum_from = 0
        self.unit_run: tuple[str, int] | None = None  # (unit, first row) of merged units

    def cell(self, row: int, field: str, value: Any) -> None:
        column = self.fields.index(field) + 1
        target = self.ws.cell(row, column)
        if isinstance(value, Sum):
            letter = get_column_letter(self.fields.index(value.field) + 1)
            target.value = f"=SUM({letter}{self.sum_from}:{letter}{row - 1})"
            self.sum_from = row + 1
            return
        target.value = value
        if isinstance(value, dt.datetime):
            target.number_format = "DD/MM/YYYY"

    def spelled(self, field: str, value: Any) -> Any:
        spellings = self.sheet.words.get(field, {}).get(value)
        if value is None or spellings is None:
            return value
        self.used[(field, value)] += 1
        return spellings[(self.used[(field, value)] - 1) % len(spellings)]

    def intern(self, row: int, person: Intern) -> None:
        sheet, n = self.sheet, self.turn
        self.turn += 1
        styles = sheet.dates
        unit = person.unit
        if unit in sheet.units:
            self.used[("unit", unit)] += 1
            ways = sheet.units[unit].split("|")
            unit = ways[(self.used[("unit", unit)] - 1) % len(ways)]
        values: dict[str, Any] = {
            "first": person.first + (" " if sheet.trailing and n % 3 == 0 else ""),
            "last": person.last + ("  " if sheet.trailing and n % 4 == 1 else ""),
            "unit": unit + (" " if sheet.trailing and n % 5 == 2 else ""),
            "start": person.start and _date(d(person.start), styles[n % len(styles)]),
            "end": person.end and _date(d(person.end), styles[(n + 1) % len(styles)]),
            "level": self.spelled("level", person.level),
            "kind": self.spelled("kind", person.kind) if person.start else None,
            "status": self.spelled("status", person.status),
            "paid": self.spelled("paid", person.paid) if person.start else None,
            "hours": person.hours,
            "total": person.total,
            "note": person.note,
            "school": person.school,
            "masked": f"{90 + n % 9}.0{n % 9 + 1}.xx-xxx.xx",
            "year": int(person.start[:4]) if person.start else None,
            **person.sheet,
        }
        for field in self.fields:
            self.cell(row, field, values[field])
        if sheet.merge_units:
            self.merge_unit(row, person.unit)

    def merge_unit(self, row: int, unit: str) -> None:
        """The unit written once, its cell merged down over the unit's rows."""
        column = self.fields.index("unit") + 1
        if self.unit_run is not None and self.unit_run[0] == unit:
            self.ws.cell(row, column).value = None
            start = self.unit_run[1]
            letter = get_column_letter(column)
            for merged in list(self.ws.merged_cells.ranges):
                if merged.min_row == start and merged.min_col == column:
                    self.ws.unmerge_cells(str(merged))
            self.ws.merge_cells(f"{letter}{start}:{letter}{row}")
        else:
            self.unit_run = (unit, row)


def write_source(sheet: Sheet, path: Path) -> dict[str, Any]:
    """The list as openpyxl writes it; returns where things are (header, refused rows)."""
    book = Workbook()
    ws = book.active
    assert ws is not None
    ws.title = "Stagiairs" if sheet.format != "xls" else "Blad1"
    width = len(sheet.columns)
    row = 1
    for title in sheet.titles:
        ws.cell(row, 1, title)
        if sheet.merge_title:
            ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=width)
        row += 1
    row += sheet.blank_after_title
    header_row = row
    for at, (header, _field) in enumerate(sheet.columns, start=1):
        ws.cell(row, at, header or None)
        ws.column_dimensions[get_column_letter(at)].width = 16
        if header in sheet.hidden:
            ws.column_dimensions[get_column_letter(at)].hidden = True
    writer = Writer(sheet, ws)
    writer.sum_from = header_row + 1
    refused = []
    for item in sheet.rows:
        row += 1
        if isinstance(item, Intern):
            writer.intern(row, item)
        elif isinstance(item, Raw):
            for field, value in item.cells.items():
                writer.cell(row, field, value)
            if item.refused:
                refused.append(row)
    book.save(path)
    return {"header_row": header_row, "refused": refused}


def expected(sheet: Sheet, where: dict[str, Any]) -> dict[str, Any]:
    """What a person reading the list would enter, from the truth typed by hand."""
    interns = [item for item in sheet.rows if isinstance(item, Intern)]
    headers = [tidy(h) for h, _f in sheet.columns]
    fields = [f for _h, f in sheet.columns]
    notes = [at for at, (header, _f) in enumerate(sheet.columns) if header in sheet.notes]
    note_header = headers[notes[0]] if notes else ""  # a note without a header is its text
    people: dict[tuple[str, str], dict[str, Any]] = {}
    records = []
    for p in interns:
        internship = p.start is not None
        records.append({
            "first": p.first, "last": p.last, "unit": p.unit, "start": p.start,
            "end": p.end, "kind": p.kind if internship else None, "status": p.status,
            "hours": p.hours, "total": p.total,
            "paid": bool(p.paid) if internship else None,
            "note": (f"{note_header}: {p.note}" if note_header else p.note) if p.note else None,
        })  # fmt: skip
        # One person on several rows is one candidate, as the latest row describes her.
        people[(fold(p.first), fold(p.last))] = {
            "first": p.first, "last": p.last, "level": p.level, "school": p.school,
        }  # fmt: skip
    return {
        "file": file_name(sheet),
        "format": sheet.format,
        "mess": sheet.mess,
        "header_row": where["header_row"],
        "columns": [
            [header, sheet.match.get(header) or COLUMNS.get(field)]
            for header, field in zip(headers, fields, strict=True)
        ],
        "notes": notes,
        "answers": [[COLUMNS[f], word, meaning] for f, word, meaning in sheet.answers],
        "refused": where["refused"],
        "counts": {
            "candidates": len(people),
            "applications": sum(not p.same_application for p in interns),
            "internships": sum(p.start is not None for p in interns),
        },
        "units": sorted({p.unit for p in interns}),
        "people": sorted(people.values(), key=lambda p: (p["last"], p["first"])),
        "records": records,
    }


def dump(data: dict[str, Any]) -> str:
    """JSON with one record (or person) a line, for a reader to check by eye."""
    lines = ["{"]
    items = list(data.items())
    for at, (key, value) in enumerate(items):
        end = "," if at < len(items) - 1 else ""
        if key in ("records", "people", "columns"):
            inner = ",\n".join(f"  {json.dumps(v, ensure_ascii=False)}" for v in value)
            lines.append(f' "{key}": [\n{inner}\n ]{end}')
        else:
            lines.append(f' "{key}": {json.dumps(value, ensure_ascii=False)}{end}')
    return "\n".join([*lines, "}"]) + "\n"


def convert(source: Path, sheet: Sheet, profile: Path) -> Path:
    target, ext = CONVERT[sheet.format]
    out = source.parent / "out"
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile.as_uri()}", "--headless",
         "--convert-to", target, "--outdir", str(out), str(source)],
        check=True, capture_output=True,
    )  # fmt: skip
    made = out / f"{source.stem}.{ext}"
    final = HERE / file_name(sheet)
    shutil.copyfile(made, final)
    return final


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for sheet in SHEETS:
            source = work / f"{sheet.name}.xlsx"
            where = write_source(sheet, source)
            final = convert(source, sheet, work / "profile")
            truth = HERE / f"{final.name}.expected.json"
            truth.write_text(dump(expected(sheet, where)), encoding="utf-8")
            print(f"{final.name}: {len(sheet.rows)} rows")


if __name__ == "__main__":
    main()
