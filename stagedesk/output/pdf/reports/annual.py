"""The annual overview as a printable report: totals per year with a bar chart of the
interns per year, then the figures per unit and year, then who was hired later by function.

    write_annual_report(session, overview, path, language="nl", today=date,
                        period_label="2022–2024")

The same page frame as the other documents (letterhead, title and period on every page,
"page n of m"); the tables repeat their head on every page. The chart is drawn with
reportlab's own graphics, so it stays sharp when printed.
"""

import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics import renderPDF  # type: ignore[import-untyped]
from reportlab.graphics.charts.barcharts import VerticalBarChart  # type: ignore[import-untyped]
from reportlab.graphics.shapes import Drawing  # type: ignore[import-untyped]
from sqlalchemy.orm import Session

from stagedesk.core.models import InternshipKind
from stagedesk.core.reports import AnnualOverview
from stagedesk.output.pdf.documents.document import DocHead, layout, write_document
from stagedesk.output.pdf.forms.collect import letterhead
from stagedesk.output.pdf.kit import fonts, style
from stagedesk.output.pdf.kit.grid import (
    GAP,
    HEAD,
    PLAIN,
    QUIET,
    Cell,
    Column,
    Look,
    paragraph,
    subheading,
    table,
)
from stagedesk.output.pdf.kit.layout import Block, Canvas
from stagedesk.output.words.annual import KINDS, WORDS
from stagedesk.output.xlsx.annual import HOW, interns_per_year

EMPTY = "—"
CHART_HEIGHT = 62 * style.MM
PDF_WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "report": "Jaaroverzicht stages",
        "per_year": "Totalen per jaar",
        "per_year_note": "Alle diensten samen.",
        "chart": "Stagiairs per jaar",
        "per_unit": "Per dienst en per jaar",
        "hired": "Later aangeworven per functie",
        "no_hired": "Geen stagiairs van deze periode later aangeworven.",
        "no_data": "Geen kandidaten of stagiairs in deze periode.",
        "no_requirements": "Geen vereisten genoteerd voor de functies van deze periode.",
        "pay_note": "Alle diensten samen; daaronder de redenen voor onbezoldigde stages.",
    },
    "fr": {
        "report": "Aperçu annuel des stages",
        "per_year": "Totaux par année",
        "per_year_note": "Tous les services ensemble.",
        "chart": "Stagiaires par année",
        "per_unit": "Par service et par année",
        "hired": "Engagés par la suite, par fonction",
        "no_hired": "Aucun stagiaire de cette période engagé par la suite.",
        "no_data": "Aucun candidat ni stagiaire dans cette période.",
        "no_requirements": "Aucune exigence notée pour les fonctions de cette période.",
        "pay_note": "Tous les services ensemble ; en dessous, les motifs des stages non rémunérés.",
    },
    "en": {
        "report": "Annual internship overview",
        "per_year": "Totals per year",
        "per_year_note": "All units together.",
        "chart": "Interns per year",
        "per_unit": "Per unit and per year",
        "hired": "Hired later by function",
        "no_hired": "No interns of this period were hired later.",
        "no_data": "No applicants or interns in this period.",
        "no_requirements": "No requirements written down for this period's functions.",
        "pay_note": "All units together; below, the reasons given for unpaid internships.",
    },
}
NUMBER = Look(fonts.REGULAR, 9.0, style.INK)
TOTAL = Look(fonts.BOLD, 9.0, style.INK)


def write_annual_report(
    session: Session,
    overview: AnnualOverview,
    target: Path | BinaryIO,
    *,
    language: str,
    today: dt.date,
    period_label: str,
) -> int:
    """Write the annual overview as a PDF; returns its number of pages."""
    if language not in PDF_WORDS:
        raise ValueError(f"unknown language {language!r}; choose nl, fr or en")
    fonts.register_fonts()  # text is measured before anything is written
    parts = [
        _summary(overview, language),
        _per_unit(overview, language),
        _hired(overview, language),
        _requirements(overview, language),
        _pay(overview, language),
    ]
    head = DocHead(
        letterhead(session), PDF_WORDS[language]["report"], period_label, language, today
    )
    return write_document(head, layout(parts), target)


def _summary(overview: AnnualOverview, language: str) -> list[Block]:
    w, p = WORDS[language], PDF_WORDS[language]
    blocks = [subheading(p["per_year"], p["per_year_note"])]
    if not any(total.applicants or total.interns for total in overview.totals):
        return [*blocks, paragraph(p["no_data"], QUIET)]
    columns = _columns(
        [
            (w["year"], 0.16),
            (w["applicants"], 0.14),
            (w["interns"], 0.14),
            (w["days"], 0.2),
            (w["weeks"], 0.2),
            (w["hired"], 0.16),
        ]
    )
    rows: list[list[Cell]] = [
        _cells(
            [
                total.year,
                total.applicants,
                total.interns,
                _decimal(total.average_days, language),
                _decimal(total.average_weeks, language),
                total.hired_later,
            ]
        )
        for total in overview.totals
    ]
    blocks.extend(table(columns, rows))
    blocks.append(subheading(p["chart"]))
    blocks.append(_chart(interns_per_year(overview)))
    blocks.append(subheading(w["how"]))
    blocks.extend(paragraph(w[key], QUIET, space_before=3) for key in HOW)
    return blocks


def _per_unit(overview: AnnualOverview, language: str) -> list[Block]:
    w, p = WORDS[language], PDF_WORDS[language]
    curricular = KINDS[InternshipKind.CURRICULAR][language]
    voluntary = KINDS[InternshipKind.VOLUNTARY][language]
    titles = [
        w["unit"],
        w["year"],
        w["applicants"],
        w["interns"],
        w["days"],
        curricular,
        voluntary,
        w["hired"],
    ]
    rows = [
        _cells(
            [
                r.unit,
                r.year,
                r.applicants,
                r.interns,
                _decimal(r.average_days, language),
                r.kinds[InternshipKind.CURRICULAR],
                r.kinds[InternshipKind.VOLUNTARY],
                r.hired_later,
            ]
        )
        for r in overview.rows
    ]
    blocks = [subheading(p["per_unit"])]
    if not rows:
        return [*blocks, paragraph(p["no_data"], QUIET)]
    return [*blocks, *table(_fitted(titles, [r.year for r in overview.rows]), rows)]


def _hired(overview: AnnualOverview, language: str) -> list[Block]:
    w, p = WORDS[language], PDF_WORDS[language]
    blocks = [subheading(p["hired"])]
    if not overview.hired_by_function:
        return [*blocks, paragraph(p["no_hired"], QUIET)]
    columns = _columns(
        [
            (w["unit"], 0.26),
            (w["year"], 0.12),
            (w["function"], 0.26),
            (w["by_hiring"], 0.18),
            (w["by_internship"], 0.18),
        ]
    )
    hired = overview.hired_by_function
    rows = [_cells([h.unit, h.year, h.function, h.by_hiring, h.by_internship]) for h in hired]
    by_hiring, by_internship = (
        sum(h.by_hiring for h in hired),
        sum(h.by_internship for h in hired),
    )
    rows.append(
        [[(w["total"], TOTAL)], [], [], [(str(by_hiring), TOTAL)], [(str(by_internship), TOTAL)]]
    )
    return [*blocks, *table(columns, rows)]


def _requirements(overview: AnnualOverview, language: str) -> list[Block]:
    """Every requirements text of each function, with the years it held (question 108-4)."""
    w, p = WORDS[language], PDF_WORDS[language]
    blocks = [subheading(w["s_requirements"])]
    if not overview.requirements:
        return [*blocks, paragraph(p["no_requirements"], QUIET)]
    columns = _columns(
        [(w["unit"], 0.22), (w["function"], 0.22), (w["requirements"], 0.4), (w["years"], 0.16)]
    )
    rows = [_cells([q.unit, q.function, q.text, q.years]) for q in overview.requirements]
    return [*blocks, *table(columns, rows)]


def _pay(overview: AnnualOverview, language: str) -> list[Block]:
    """Paid and unpaid per year, and the reasons given for unpaid ones (question 108-6)."""
    w, p = WORDS[language], PDF_WORDS[language]
    blocks = [subheading(w["s_pay"], p["pay_note"])]
    columns = _columns(
        [(w["year"], 0.2), (w["interns"], 0.2), (w["paid"], 0.3), (w["unpaid"], 0.3)]
    )
    rows = [_cells([t.year, t.interns, t.paid, t.unpaid]) for t in overview.totals]
    blocks.extend(table(columns, rows))
    if overview.unpaid_reasons:
        columns = _columns(
            [(w["unit"], 0.28), (w["year"], 0.14), (w["reason"], 0.44), (w["count"], 0.14)]
        )
        reasons = overview.unpaid_reasons
        blocks.extend(
            table(columns, [_cells([u.unit, u.year, u.reason, u.interns]) for u in reasons])
        )
    return blocks


def _fitted(titles: Sequence[str], years: Sequence[str]) -> list[Column]:
    """The first column (the unit) takes what the others leave; each other column is as
    wide as the longest word of its title (titles wrap between words, never inside one),
    and the year column as wide as its widest year."""

    def widest(texts: Sequence[str], look: Look) -> float:
        return max(
            fonts.width(word, look.font, look.size) for text in texts for word in text.split()
        )

    rest = [widest([title], HEAD) + GAP + 4 for title in titles[1:]]
    rest[0] = max(rest[0], widest(years, PLAIN) + GAP + 4)
    first = style.WIDTH - sum(rest)
    return [Column(title, width) for title, width in zip(titles, [first, *rest], strict=True)]


def _columns(spec: Sequence[tuple[str, float]]) -> list[Column]:
    return [Column(title, style.WIDTH * share) for title, share in spec]


def _cells(values: Sequence[object]) -> list[Cell]:
    cells: list[Cell] = []
    for value in values:
        if isinstance(value, str):
            cells.append([(value, PLAIN)])
        else:
            cells.append([(str(value), NUMBER)])
    return cells


def _decimal(value: float | None, language: str) -> str:
    if value is None:
        return EMPTY
    text = f"{value:.1f}"
    return text if language == "en" else text.replace(".", ",")


def _chart(per_year: Sequence[tuple[str, int]]) -> Block:
    """A bar chart of the interns per year (reportlab graphics, drawn as vectors)."""
    width, height = style.WIDTH, CHART_HEIGHT
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 22
    chart.width, chart.height = width - 50, height - 36
    chart.data = [[count for _, count in per_year]]
    chart.categoryAxis.categoryNames = [year for year, _ in per_year]
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.fillColor = style.INK
    chart.categoryAxis.strokeColor = style.LIGHT
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labels.fillColor = style.GREY
    chart.valueAxis.strokeColor = style.LIGHT
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = style.SHADE
    most = max((count for _, count in per_year), default=0)
    if most < 5:
        chart.valueAxis.valueMax = 5
        chart.valueAxis.valueStep = 1
    chart.bars[0].fillColor = style.BAR
    chart.bars[0].strokeColor = None
    chart.barSpacing = 2
    chart.groupSpacing = 10 if len(per_year) > 6 else 24
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.BOLD
    chart.barLabels.fontSize = 8
    chart.barLabels.fillColor = style.INK
    chart.barLabels.nudge = 6
    drawing.add(chart)

    def draw(canvas: Canvas, top: float) -> None:
        renderPDF.draw(drawing, canvas, style.LEFT, top - height)

    return Block(height, draw, space_before=6)
