"""The problem list saved as a workbook or CSV, to work through a long list in Excel."""

import csv
from collections.abc import Sequence
from pathlib import Path

from openpyxl import Workbook

from stagedesk.output.xlsx.safe import safe_text
from stagedesk.output.xlsx.sheets import table_sheet
from stagedesk.ui.data.list_import.problems_model import ProblemLine


def write_problems(
    target: Path,
    headers: Sequence[str],
    lines: Sequence[ProblemLine],
    kinds: tuple[str, str],
    title: str = "Problems",
) -> None:
    """An xlsx (a filtered table) or, for a ``.csv`` name, a CSV file Excel opens as is."""
    rows = [(line.row, line.column, kinds[line.warning], line.message) for line in lines]
    if target.suffix.casefold() == ".csv":
        with target.open("w", newline="", encoding="utf-8-sig") as out:
            writer = csv.writer(out, delimiter=";")  # what Excel expects in Belgium
            writer.writerow(headers)
            writer.writerows([(row, safe_text(c), kind, safe_text(m)) for row, c, kind, m in rows])
        return
    book = Workbook(write_only=True)
    table_sheet(
        book, title[:31], headers, rows, widths=(8, 30, 12, 90), table="Problems", count=len(rows)
    )
    book.save(target)
