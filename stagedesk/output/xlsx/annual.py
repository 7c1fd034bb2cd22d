"""The annual overview workbook: an answer sheet, a sheet per question, a flat data sheet.

Written in openpyxl's write-only mode. Every text that comes from user data goes through
``_text``: the cell is forced to the string type, so a unit named "=SUM(A1)" stays a name
and never becomes a formula.
"""

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font

from stagedesk.core.models import InternshipKind
from stagedesk.core.reports import AnnualOverview, UnitYear
from stagedesk.core.reports.annual_parts import CONTRACTS
from stagedesk.output.words.annual import KINDS, WORDS
from stagedesk.output.xlsx.sheets import (
    header_row,
    print_wide,
    row_cells,
    set_widths,
    table_sheet,
    text_cell,
)

# The lines of the "how we count" sheet, in order.
HOW = (
    "d_people", "d_total", "d_interns", "d_zero", "d_duration", "d_hours", "d_hired",
    "d_hired_in", "d_pay", "d_requirements",
)  # fmt: skip


def data_header(language: str) -> list[str]:
    """The data sheet's header row (question 108's columns), the same in every language."""
    w = WORDS[language]
    return [
        w["unit"],
        w["year"],
        w["applicants"],
        w["interns"],
        w["days"],
        KINDS[InternshipKind.CURRICULAR][language],
        KINDS[InternshipKind.VOLUNTARY][language],
        w["hired"],
        w["paid"],
        w["unpaid"],
    ]


def year_cell(row: UnitYear) -> int | str:
    """A calendar year as a number (Excel sorts and filters it so); an academic year as its
    label, "2024–2025"."""
    return row.year_number if row.year == str(row.year_number) else row.year


def write_annual_overview(overview: AnnualOverview, target: Path, *, language: str) -> None:
    if language not in WORDS:
        raise ValueError(f"unknown language {language!r}; choose nl, fr or en")
    w = WORDS[language]
    book = Workbook(write_only=True)
    _overview_sheet(book, overview, w)
    _chart_sheet(book, overview, w)
    _pivot_sheet(book, overview, w)
    by_organisation = bool(overview.organisations)

    def table(
        title: str,
        header: list[str],
        items: Sequence[Any],
        cells: Callable[[Any], list[Any]],
        widths: list[int],
        **extra: Any,
    ) -> None:
        """A sheet of ``items``; over several organisations, each row with its own first."""
        first = [w["organisation"]] if by_organisation else []
        table_sheet(
            book,
            title,
            [*first, *header],
            ([*([i.organisation] if by_organisation else []), *cells(i)] for i in items),
            widths=[*([30] if first else []), *widths],
            **extra,
        )

    # fmt: off
    rows, unit_year = overview.rows, [w["unit"], w["year"]]
    table(w["s_applicants"], [*unit_year, w["applicants"]], rows,
          lambda r: [r.unit, year_cell(r), r.applicants], [30, 12, 12])
    table(w["s_interns"], [*unit_year, w["interns"]], rows,
          lambda r: [r.unit, year_cell(r), r.interns], [30, 12, 12])
    table(w["s_duration"], [*unit_year, w["interns"], w["days"], w["weeks"], w["hours"]], rows,
          lambda r: [r.unit, year_cell(r), r.interns, r.average_days, r.average_weeks,
                     r.average_hours], [30, 12, 12, 24, 24, 24])
    table(w["s_kinds"], [*unit_year, w["interns"], *(KINDS[k][language] for k in InternshipKind)],
          rows, lambda r: [r.unit, year_cell(r), r.interns, *(r.kinds[k] for k in InternshipKind)],
          [30, 12, 12, *(16 for _ in InternshipKind)])
    contracts = [w[f"contract_{c or 'unknown'}"] for c in CONTRACTS]
    table(w["s_hired"],
          [w["unit"], w["function"], w["year"], w["by_hiring"], w["by_internship"], *contracts],
          overview.hired_by_function,
          lambda h: [h.unit, h.function, h.year, h.by_hiring, h.by_internship,
                     *(h.contracts.get(c, 0) for c in CONTRACTS)],
          [30, 30, 12, 22, 22, *(16 for _ in CONTRACTS)])
    table(w["s_requirements"], [w["unit"], w["function"], w["requirements"], w["years"]],
          overview.requirements, lambda q: [q.unit, q.function, q.text, q.years], [30, 30, 70, 20])
    _pay_sheet(book, overview, w)
    long_enough = w["long_enough"].format(hours=overview.hours_threshold)
    table(w["s_more"], [*unit_year, w["interns"], w["stopped"], w["drop_out"], w["telework"],
                        w["telework_share"], w["with_hours"], long_enough], rows,
          lambda r: [r.unit, year_cell(r), r.interns, r.stopped_early, _percent(r.drop_out),
                     r.telework, _percent(_share(r.telework, r.interns)), r.with_hours,
                     r.long_enough], [30, 12, 12, 18, 12, 12, 14, 14, 18])
    _trend_sheet(book, overview, w)
    table(w["data"], data_header(language), rows, _data_cells,
          [30, 12, 12, 12, 24, 14, 14, 18, 12, 14],
          table=f"Table{w['data']}".replace("é", "e"), count=len(rows))
    # fmt: on
    _how_sheet(book, w, overview.hours_threshold)
    book.save(target)


def _data_cells(r: UnitYear) -> list[Any]:
    # fmt: off
    return [r.unit, year_cell(r), r.applicants, r.interns, r.average_days,
            r.kinds[InternshipKind.CURRICULAR], r.kinds[InternshipKind.VOLUNTARY], r.hired_later,
            r.paid, r.unpaid]
    # fmt: on


def _pivot_sheet(book: Workbook, overview: AnnualOverview, w: dict[str, str]) -> None:
    """Interns per unit over the years on one sheet (question 003): a unit a row, a year a
    column, the total of each."""
    years = [total.year for total in overview.totals]
    units: dict[tuple[str, str], dict[str, int]] = {}
    for r in overview.rows:
        units.setdefault((r.organisation, r.unit), {})[r.year] = r.interns
    first = _organisation_column(overview, w)
    rows = [
        [*([organisation] if first else []), unit, *(n[y] for y in years), sum(n.values())]
        for (organisation, unit), n in units.items()
    ]
    totals = [total.interns for total in overview.totals]
    rows.append([*([""] if first else []), w["total"], *totals, sum(totals)])
    table_sheet(
        book,
        w["s_pivot"],
        [*first, w["unit"], *years, w["total"]],
        rows,
        widths=[*([30] if first else []), 30, *(12 for _ in years), 12],
    )


def _percent(share: float | None) -> float | None:
    return None if share is None else round(share * 100, 1)


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _trend_cells(t: UnitYear) -> list[Any]:
    """A year's figures over the units, as the trend sheet compares them."""
    return [t.applicants, t.interns, t.average_days, _percent(t.drop_out),
            _percent(_share(t.telework, t.interns)), _percent(_share(t.paid, t.interns)),
            t.hired]  # fmt: skip


def _trend_sheet(book: Workbook, overview: AnnualOverview, w: dict[str, str]) -> None:
    """Each figure per year over the units, then how much it changed from the year before."""
    header = [w["year"], w["applicants"], w["interns"], w["days"], w["drop_out"],
              w["telework_share"], w["paid_share"], w["hired_in"]]  # fmt: skip
    figures = [[year_cell(t), *_trend_cells(t)] for t in overview.totals]
    changes = []
    for before, now in zip(overview.totals, overview.totals[1:], strict=False):
        pairs = zip(_trend_cells(before), _trend_cells(now), strict=True)
        changes.append(
            [
                year_cell(now),
                *(None if a is None or b is None else round(b - a, 1) for a, b in pairs),
            ]
        )
    rows = [*figures, [], [w["change"]], *changes]
    table_sheet(book, w["s_trend"], header, rows, widths=[12, 12, 12, 24, 12, 14, 14, 20])


def _pay_sheet(book: Workbook, overview: AnnualOverview, w: dict[str, str]) -> None:
    """Paid and unpaid per unit and year, then each reason given for unpaid ones."""
    ws = book.create_sheet(w["s_pay"])
    print_wide(ws)
    first = _organisation_column(overview, w)
    set_widths(ws, [*([30] if first else []), 30, 12, 12, 14, 60, 10])
    ws.freeze_panes = "A2"
    ws.append(header_row(ws, [*first, w["unit"], w["year"], w["paid"], w["unpaid"]]))
    for r in overview.rows:
        cells: list[Any] = [r.unit, year_cell(r), r.paid, r.unpaid]
        ws.append(row_cells(ws, [*_organisation(overview, r), *cells]))
    ws.append([])
    ws.append(header_row(ws, [*first, w["unit"], w["year"], "", "", w["reason"], w["count"]]))
    for u in overview.unpaid_reasons:
        cells = [u.unit, u.year, None, None, u.reason, u.interns]
        ws.append(row_cells(ws, [*_organisation(overview, u), *cells]))


def _organisation_column(overview: AnnualOverview, w: dict[str, str]) -> list[str]:
    """The organisation's header first, over several organisations' files."""
    return [w["organisation"]] if overview.organisations else []


def _organisation(overview: AnnualOverview, item: Any) -> list[str]:
    return [item.organisation] if overview.organisations else []


def _how_sheet(book: Workbook, w: dict[str, str], hours: int) -> None:
    ws = book.create_sheet(w["how"])
    set_widths(ws, [120])
    heading = text_cell(ws, w["how"])
    heading.font = Font(bold=True, size=14)
    ws.append([heading])
    for key in HOW:
        ws.append([text_cell(ws, w[key])])
    ws.append([text_cell(ws, w["d_more"].format(hours=hours))])


def _overview_sheet(book: Workbook, overview: AnnualOverview, w: dict[str, str]) -> None:
    ws = book.create_sheet(w["overview"])
    print_wide(ws)
    first = _organisation_column(overview, w)
    header = [*first, w["unit"], w["year"], w["applicants"], w["interns"], w["days"]]
    header.extend([w["weeks"], w["hired"], w["hired_in"], w["paid"], w["unpaid"]])
    set_widths(ws, [*([30] if first else []), 30, 12, 12, 12, 24, 24, 18, 20, 12, 14])
    ws.freeze_panes = "A5"
    title = text_cell(ws, w["title"])
    title.font = Font(bold=True, size=14)
    ws.append([title])
    ws.append([text_cell(ws, w["period"]), text_cell(ws, overview.period)])
    ws.append([])
    ws.append(header_row(ws, header))
    for total in overview.totals:
        for r in (r for r in overview.rows if r.year == total.year):
            ws.append(row_cells(ws, [*_organisation(overview, r), *_overview_cells(r, r.unit)]))
        blank = [""] if first else []
        cells = row_cells(ws, [*blank, *_overview_cells(total, w["people_total"])])
        for cell in cells:
            if cell is not None:
                cell.font = Font(bold=True)
        ws.append(cells)
    ws.append([])
    ws.append([text_cell(ws, w["d_total"])])
    if overview.organisations:
        ws.append([text_cell(ws, w["d_several"])])


def _overview_cells(r: UnitYear, unit: str) -> list[object]:
    return [
        unit,
        year_cell(r),
        r.applicants,
        r.interns,
        r.average_days,
        r.average_weeks,
        r.hired_later,
        r.hired,
        r.paid,
        r.unpaid,
    ]


def interns_per_year(overview: AnnualOverview) -> list[tuple[str, int]]:
    """Interns per year over the units, every year of the period."""
    return [(total.year, total.interns) for total in overview.totals]


def _chart_sheet(book: Workbook, overview: AnnualOverview, w: dict[str, str]) -> None:
    """Interns per year (over the units) in two columns, and a native bar chart of them,
    printed on one page."""
    ws = book.create_sheet(w["chart"])
    print_wide(ws)
    ws.page_setup.fitToHeight = 1  # the chart whole on one page, never cut in two
    set_widths(ws, [14, 12])
    per_year = interns_per_year(overview)
    ws.append(header_row(ws, [w["year"], w["interns"]]))
    for year, interns in per_year:
        ws.append([text_cell(ws, year), interns])
    if not per_year:
        return
    chart = BarChart()
    chart.type = "col"
    chart.title = w["title_chart"]
    chart.y_axis.title = w["interns"]
    chart.x_axis.title = w["year"]
    chart.legend = None
    chart.width, chart.height = 18, 9
    values = Reference(ws, min_col=2, min_row=1, max_row=len(per_year) + 1)
    chart.add_data(values, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=2, max_row=len(per_year) + 1))
    ws.add_chart(chart, "D2")
