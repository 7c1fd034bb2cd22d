"""Cells merged down a column: each row of the merge holds the value, as a person sees it.

A list grouped by unit often merges the unit's cell over its interns' rows; calamine gives
the value on the first row only, and the others would read "must be filled in". Only
merges within one column are filled down: a title merged across the columns stays where
it is, above the header row.
"""

import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import iterparse

_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
Range = tuple[int, int, int]  # (column, first row, last row), counted from 0


def fill_down(lines: list[list[Any]], ranges: Iterator[Range]) -> None:
    for column, first, last in ranges:
        if first >= len(lines) or column >= len(lines[first]):
            continue
        value = lines[first][column]
        for row in range(first + 1, min(last, len(lines) - 1) + 1):
            if column < len(lines[row]) and lines[row][column] in (None, ""):
                lines[row][column] = value


def workbook_ranges(merged: Any) -> Iterator[Range]:
    """calamine's merges of an xlsx or xls sheet, ``((row, col), (row, col))`` each."""
    for (first, column), (last, last_column) in merged or ():
        if column == last_column and last > first:
            yield column, first, last


def opendocument_ranges(path: Path, sheet: str) -> Iterator[Range]:
    """The merges down one column of an OpenDocument sheet (calamine gives none)."""
    with zipfile.ZipFile(path) as archive, archive.open("content.xml") as content:
        row = -1
        inside = False
        for event, element in iterparse(content, events=("start", "end")):
            tag = element.tag
            if tag == f"{_TABLE}table":
                if event == "start":
                    inside = element.get(f"{_TABLE}name") == sheet
                elif inside:
                    return
                continue
            if not inside or event != "end":
                continue
            if tag == f"{_TABLE}table-row":
                cells = row + 1
                yield from _row_ranges(element, cells)
                row += int(element.get(f"{_TABLE}number-rows-repeated", "1"))
                element.clear()


def _row_ranges(row: Any, at: int) -> Iterator[Range]:
    column = 0
    for cell in row:
        repeated = int(cell.get(f"{_TABLE}number-columns-repeated", "1"))
        down = int(cell.get(f"{_TABLE}number-rows-spanned", "1"))
        across = int(cell.get(f"{_TABLE}number-columns-spanned", "1"))
        if down > 1 and across == 1:
            yield column, at, at + down - 1
        column += repeated
