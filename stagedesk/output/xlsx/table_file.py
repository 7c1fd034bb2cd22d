"""A plain table saved as a workbook (a filtered Excel table) or, for a ``.csv`` name, a
CSV file Excel opens as is: the problems of a list, its refused rows, its words file.

Cells keep their type: a date stays a date (shown dd/mm/yyyy), a whole number a number,
user text always text (never a formula: in CSV, formula-like text gets a leading ``'``).
"""

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell

from stagedesk.output.xlsx.safe import safe_text, text_cell
from stagedesk.output.xlsx.sheets import header_row, print_wide, set_widths

DATE_FORMAT = "dd/mm/yyyy"


def write_table(
    target: Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    *,
    widths: Sequence[int],
    title: str,
) -> None:
    if target.suffix.casefold() == ".csv":
        with target.open("w", newline="", encoding="utf-8-sig") as out:
            writer = csv.writer(out, delimiter=";")  # what Excel expects in Belgium
            writer.writerow([safe_text(h) for h in headers])
            writer.writerows([[_csv_value(v) for v in row] for row in rows])
        return
    book = Workbook(write_only=True)
    ws = book.create_sheet(title[:31])
    print_wide(ws)
    set_widths(ws, widths)
    ws.freeze_panes = "A2"
    ws.append(header_row(ws, headers))
    for row in rows:
        ws.append([_cell(ws, value) for value in row])
    book.save(target)


def _cell(ws: Any, value: Any) -> Cell | None:
    value = _plain(value)
    if value is None:
        return None
    if isinstance(value, str):
        return text_cell(ws, value)
    cell = WriteOnlyCell(ws, value=value)
    if isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    return cell


def _plain(value: Any) -> Any:
    """38.0 as 38, a date read with a time of midnight as the day."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dt.datetime) and value.time() == dt.time():
        return value.date()
    return value


def _csv_value(value: Any) -> Any:
    value = _plain(value)
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return safe_text(value) if isinstance(value, str) else value
