"""Writing worksheets the same way in every workbook: write-only, user text as text (never
a formula: ``safe.text_cell``), frozen header, set widths, printed landscape to the page's
width, and a real Excel table with a filter where asked."""

import warnings
from collections.abc import Iterable, Sequence
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import Cell
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.properties import PageSetupProperties
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

from stagedesk.output.xlsx.safe import text_cell

__all__ = ["header_row", "print_wide", "row_cells", "set_widths", "table_sheet", "text_cell"]

AVERAGE = "0.0"  # averages with one decimal


def table_sheet(
    book: Workbook,
    title: str,
    header: Sequence[str],
    rows: Iterable[Sequence[Any]],
    *,
    widths: Sequence[int],
    table: str | None = None,
    count: int = 0,
) -> None:
    ws = book.create_sheet(title)
    print_wide(ws)
    set_widths(ws, widths)
    ws.freeze_panes = "A2"
    if table is not None and count:
        ref = f"A1:{get_column_letter(len(header))}{count + 1}"
        excel_table = Table(
            displayName=table,
            ref=ref,
            autoFilter=AutoFilter(ref=ref),
            tableColumns=[TableColumn(id=index, name=name) for index, name in enumerate(header, 1)],
            tableStyleInfo=TableStyleInfo(name="TableStyleMedium2", showRowStripes=True),
        )
        with warnings.catch_warnings():
            # openpyxl warns always in write-only mode; the columns are added above
            warnings.filterwarnings("ignore", "In write-only mode you must add table columns")
            ws.add_table(excel_table)
    ws.append(header_row(ws, header))
    for row in rows:
        ws.append(row_cells(ws, row))


def print_wide(ws: Worksheet) -> None:
    """Printed, a sheet fits the page's width in landscape (its rows may run on)."""
    ws.page_setup.orientation = "landscape"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)


def set_widths(ws: Worksheet, widths: Sequence[int]) -> None:
    for index, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(index)].width = width


def header_row(ws: Worksheet, header: Sequence[str]) -> list[Cell]:
    cells = [text_cell(ws, name) for name in header]
    for cell in cells:
        cell.font = Font(bold=True)
    return cells


def row_cells(ws: Worksheet, values: Sequence[Any]) -> list[Cell | None]:
    cells: list[Cell | None] = []
    for value in values:
        if isinstance(value, str):
            cells.append(text_cell(ws, value))
        elif isinstance(value, float):
            cell = WriteOnlyCell(ws, value=value)
            cell.number_format = AVERAGE
            cells.append(cell)
        elif value is None:
            cells.append(None)
        else:
            cells.append(WriteOnlyCell(ws, value=value))
    return cells
