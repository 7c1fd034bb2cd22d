"""The satisfaction report as a printable PDF: per survey (intern, mentor) a horizontal bar
chart of the mean per question (when it fits on a page), then per question a table of the
mean, spread and number of answers per year and unit (with the year over all units in
bold), and at the end the comments with their year and unit.

    write_satisfaction_report(session, result, path, language="nl", today=date,
                              period_label="2022–2024")

Built like the annual report: document.py's page frame, grid.py's tables and reportlab's
own graphics for the chart.
"""

import datetime as dt
import math
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics import renderPDF  # type: ignore[import-untyped]
from reportlab.graphics.charts.barcharts import HorizontalBarChart  # type: ignore[import-untyped]
from reportlab.graphics.shapes import Drawing  # type: ignore[import-untyped]
from sqlalchemy.orm import Session

from stagedesk.core.reports import QuestionScore, Satisfaction
from stagedesk.core.reports.satisfaction import SURVEYS
from stagedesk.output.pdf.documents.document import ROOM, DocHead, layout, shorten, write_document
from stagedesk.output.pdf.forms.collect import letterhead
from stagedesk.output.pdf.kit import fonts, style
from stagedesk.output.pdf.kit.grid import QUIET, Cell, Look, caption, paragraph, subheading, table
from stagedesk.output.pdf.kit.layout import Block, Canvas
from stagedesk.output.pdf.reports.annual import NUMBER, TOTAL, _cells, _columns, _decimal
from stagedesk.output.xlsx.more import WORDS

BAR_ROW = 15.0  # the height of one question in the chart
LABEL_SHARE = 0.5  # the question labels take this share of the chart's width
PDF_WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "report": "Tevredenheid van stagiairs en mentors",
        "chart": "Gemiddelde per vraag (1–5), alle jaren en diensten samen",
        "all_units": "alle diensten",
        "spread": "Spreiding",
        "note": "Gemiddelde op 1 tot 5; spreiding = standaardafwijking van de antwoorden.",
        "no_scores": "Geen antwoorden op deze bevraging in deze periode.",
        "no_comments": "Geen opmerkingen in deze periode.",
    },
    "fr": {
        "report": "Satisfaction des stagiaires et des maîtres de stage",
        "chart": "Moyenne par question (1–5), toutes années et tous services",
        "all_units": "tous les services",
        "spread": "Dispersion",
        "note": "Moyenne sur 1 à 5 ; dispersion = écart type des réponses.",
        "no_scores": "Aucune réponse à cette enquête dans cette période.",
        "no_comments": "Aucun commentaire dans cette période.",
    },
    "en": {
        "report": "Satisfaction of interns and mentors",
        "chart": "Mean per question (1–5), all years and units together",
        "all_units": "all units",
        "spread": "Spread",
        "note": "Mean on a scale of 1 to 5; spread = standard deviation of the answers.",
        "no_scores": "No answers to this survey in this period.",
        "no_comments": "No comments in this period.",
    },
}
SURVEY_TITLES = {
    "nl": {"intern_survey": "Bevraging stagiairs", "mentor_survey": "Bevraging mentors"},
    "fr": {
        "intern_survey": "Enquête stagiaires",
        "mentor_survey": "Enquête maîtres de stage",
    },
    "en": {"intern_survey": "Intern survey", "mentor_survey": "Mentor survey"},
}
COMMENT = Look(fonts.REGULAR, 9.0, style.INK)
SMALL_QUESTION = Look(fonts.ITALIC, 8.0, style.GREY)


def write_satisfaction_report(
    session: Session,
    result: Satisfaction,
    target: Path | BinaryIO,
    *,
    language: str,
    today: dt.date,
    period_label: str,
) -> int:
    """Write the satisfaction report as a PDF; returns its number of pages."""
    if language not in PDF_WORDS:
        raise ValueError(f"unknown language {language!r}; choose nl, fr or en")
    fonts.register_fonts()  # text is measured before anything is written
    parts = [_survey(result, form_id, language) for form_id in SURVEYS]
    parts.append(_comments(result, language))
    head = DocHead(
        letterhead(session), PDF_WORDS[language]["report"], period_label, language, today
    )
    return write_document(head, layout(parts), target)


def pooled(scores: Sequence[QuestionScore]) -> tuple[int, float, float] | None:
    """n, mean and population spread of the answers behind ``scores`` taken together
    (exact: the spread is recombined from each group's n, mean and spread)."""
    n = sum(s.n for s in scores)
    if not n:
        return None
    mean = sum(s.mean * s.n for s in scores) / n
    square = sum((s.sd**2 + s.mean**2) * s.n for s in scores) / n
    return n, mean, math.sqrt(max(square - mean**2, 0.0))


def _questions(scores: Sequence[QuestionScore]) -> dict[str, list[QuestionScore]]:
    """The scores per question label, in the survey's question order."""
    by_question: dict[str, list[QuestionScore]] = {}
    for score in scores:
        by_question.setdefault(score.question, []).append(score)
    return by_question


def _survey(result: Satisfaction, form_id: str, language: str) -> list[Block]:
    w, p = WORDS[language], PDF_WORDS[language]
    scores = [s for s in result.scores if s.form_id == form_id]
    title = scores[0].survey if scores else SURVEY_TITLES[language][form_id]
    blocks = [subheading(title, p["note"])]
    if not scores:
        return [*blocks, paragraph(p["no_scores"], QUIET)]
    questions = _questions(scores)
    means = [(q, pooled(of)) for q, of in questions.items()]
    chart = _chart([(q, all_[1]) for q, all_ in means if all_ is not None], language)
    if chart is not None:
        blocks.append(caption(p["chart"]))
        blocks.append(chart)
    columns = _columns(
        [
            (w["year"], 0.2),
            (w["unit"], 0.38),
            (w["n"], 0.14),
            (w["mean"], 0.14),
            (p["spread"], 0.14),
        ]
    )
    for question, of in questions.items():
        blocks.append(caption(question))
        rows: list[list[Cell]] = []
        for year in dict.fromkeys(s.year for s in of):
            of_year = [s for s in of if s.year == year]
            for s in of_year:
                rows.append(
                    _cells(
                        [s.year, s.unit, s.n, _decimal(s.mean, language), _decimal(s.sd, language)]
                    )
                )
            together = pooled(of_year)
            if together is not None and len(of_year) > 1:
                n, mean, sd = together
                rows.append(
                    [
                        [(year, TOTAL)],
                        [(p["all_units"], TOTAL)],
                        [(str(n), TOTAL)],
                        [(_decimal(mean, language), TOTAL)],
                        [(_decimal(sd, language), TOTAL)],
                    ]
                )
        blocks.extend(table(columns, rows))
    return blocks


def _comments(result: Satisfaction, language: str) -> list[Block]:
    w, p = WORDS[language], PDF_WORDS[language]
    blocks = [subheading(w["comments"])]
    if not result.comments:
        return [*blocks, paragraph(p["no_comments"], QUIET)]
    columns = _columns([(w["year"], 0.14), (w["unit"], 0.24), (w["comment"], 0.62)])
    for form_id in SURVEYS:
        of = [c for c in result.comments if c.form_id == form_id]
        if not of:
            continue
        blocks.append(caption(of[0].survey))
        rows: list[list[Cell]] = [
            [
                [(c.year, NUMBER)],
                [(c.unit, NUMBER)],
                [(c.question, SMALL_QUESTION), (c.text, COMMENT)],
            ]
            for c in of
        ]
        blocks.extend(table(columns, rows))
    return blocks


def _chart(means: Sequence[tuple[str, float]], language: str) -> Block | None:
    """A horizontal bar chart of the mean per question, the first question on top; None
    when there is nothing to draw or the chart would not fit on a page."""
    if not means:
        return None
    height = len(means) * BAR_ROW + 30
    if height > ROOM - 60:  # leave room for the survey's title above it
        return None
    width = style.WIDTH
    label_room = width * LABEL_SHARE
    size = 7.5
    labels = [
        shorten(
            fonts.wrap(q, fonts.REGULAR, size, label_room - 8),
            1,
            fonts.REGULAR,
            size,
            label_room - 8,
        )[0]
        for q, _ in means
    ]
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_room, 18
    chart.width, chart.height = width - label_room - 12, height - 24
    chart.data = [[mean for _, mean in means]]
    chart.categoryAxis.categoryNames = labels
    chart.categoryAxis.reverseDirection = 1
    chart.categoryAxis.labels.fontName = fonts.REGULAR
    chart.categoryAxis.labels.fontSize = size
    chart.categoryAxis.labels.fillColor = style.INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = style.LIGHT
    chart.valueAxis.labels.fontName = fonts.REGULAR
    chart.valueAxis.labels.fontSize = 8
    chart.valueAxis.labels.fillColor = style.GREY
    chart.valueAxis.strokeColor = style.LIGHT
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 5
    chart.valueAxis.valueStep = 1
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = style.SHADE
    chart.bars[0].fillColor = style.BAR
    chart.bars[0].strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 4
    chart.barLabelFormat = lambda value: _decimal(value, language)
    chart.barLabels.fontName = fonts.BOLD
    chart.barLabels.fontSize = 7.5
    chart.barLabels.fillColor = style.INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.nudge = 8
    drawing.add(chart)

    def draw(canvas: Canvas, top: float) -> None:
        renderPDF.draw(drawing, canvas, style.LEFT, top - height)

    return Block(height, draw, space_before=4)
