"""Policy at a glance: ONE page for management, computed from the existing reports.

    write_policy_at_a_glance(session, ReportScope(2022, 2024, today), path)

Interns and applicants per year (a small table and a bar chart), then the key figures
over the whole period: average duration, share curricular and voluntary, hired later,
the mean overall satisfaction of interns and of mentors (the surveys' overall question,
else all their questions together), mentors who would host again and the number of
partner schools. Every figure comes from stagedesk.core.reports, so it matches the
detailed reports.
"""

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import BinaryIO

from reportlab.graphics import renderPDF  # type: ignore[import-untyped]
from reportlab.graphics.charts.barcharts import VerticalBarChart  # type: ignore[import-untyped]
from reportlab.graphics.charts.legends import Legend  # type: ignore[import-untyped]
from reportlab.graphics.shapes import Drawing  # type: ignore[import-untyped]
from reportlab.lib.colors import Color  # type: ignore[import-untyped]
from sqlalchemy.orm import Session

from stagedesk.core.models import InternshipKind
from stagedesk.core.reports import (
    AnnualOverview,
    Partners,
    Satisfaction,
    annual_overview,
    partners,
    satisfaction,
)
from stagedesk.core.reports.partners import NONE
from stagedesk.core.reports.scope import ReportScope
from stagedesk.output.pdf.documents.document import DocHead, layout, write_document
from stagedesk.output.pdf.forms.collect import letterhead
from stagedesk.output.pdf.kit import fonts, style
from stagedesk.output.pdf.kit.grid import QUIET, Cell, paragraph, subheading, table
from stagedesk.output.pdf.kit.layout import Block, Canvas
from stagedesk.output.pdf.reports.annual import EMPTY, TOTAL, _cells, _columns, _decimal
from stagedesk.output.pdf.reports.satisfaction import pooled
from stagedesk.output.words.annual import WORDS

CHART_HEIGHT = 50 * style.MM
OVERALL = "overall_satisfaction"
APPLICANTS_BAR = Color(0.62, 0.72, 0.84)
PDF_WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "report": "Stagebeleid in één oogopslag",
        "per_year": "Kandidaten en stagiairs per jaar",
        "figures": "Kerncijfers over de hele periode",
        "figure": "Cijfer",
        "value": "Waarde",
        "duration": "Gemiddelde duur van een stage",
        "days_weeks": "{days} dagen ({weeks} weken)",
        "curricular": "Aandeel curriculaire stages",
        "voluntary": "Aandeel vrijwillige stages",
        "hired": "Stagiairs later aangeworven",
        "intern_score": "Algemene tevredenheid stagiairs (1–5)",
        "mentor_score": "Algemene tevredenheid mentors (1–5)",
        "answers": "{mean} ({n} antwoorden)",
        "host_again": "Mentors die opnieuw een stagiair willen",
        "of": "{share} ({part} van {whole})",
        "schools": "Partnerscholen",
        "no_data": "Geen kandidaten of stagiairs in deze periode.",
        "how": "Stagiairs: stages die in dat jaar beginnen; kandidaten: kandidaturen van dat"
        " jaar. Tevredenheid: de vraag naar de algemene tevredenheid in de bevragingen."
        " Opnieuw een stagiair: ja-antwoorden op de bevraging van de mentors.",
    },
    "fr": {
        "report": "La politique de stages en un coup d'œil",
        "per_year": "Candidats et stagiaires par année",
        "figures": "Chiffres clés sur toute la période",
        "figure": "Chiffre",
        "value": "Valeur",
        "duration": "Durée moyenne d'un stage",
        "days_weeks": "{days} jours ({weeks} semaines)",
        "curricular": "Part des stages curriculaires",
        "voluntary": "Part des stages volontaires",
        "hired": "Stagiaires engagés par la suite",
        "intern_score": "Satisfaction générale des stagiaires (1–5)",
        "mentor_score": "Satisfaction générale des maîtres de stage (1–5)",
        "answers": "{mean} ({n} réponses)",
        "host_again": "Maîtres de stage prêts à accueillir à nouveau",
        "of": "{share} ({part} sur {whole})",
        "schools": "Écoles partenaires",
        "no_data": "Aucun candidat ni stagiaire dans cette période.",
        "how": "Stagiaires : stages qui commencent dans l'année ; candidats : candidatures de"
        " l'année. Satisfaction : la question sur la satisfaction générale des enquêtes."
        " Accueillir à nouveau : réponses oui à l'enquête des maîtres de stage.",
    },
    "en": {
        "report": "Internship policy at a glance",
        "per_year": "Applicants and interns per year",
        "figures": "Key figures over the whole period",
        "figure": "Figure",
        "value": "Value",
        "duration": "Average duration of an internship",
        "days_weeks": "{days} days ({weeks} weeks)",
        "curricular": "Share of curricular internships",
        "voluntary": "Share of voluntary internships",
        "hired": "Interns hired later",
        "intern_score": "Overall satisfaction of interns (1–5)",
        "mentor_score": "Overall satisfaction of mentors (1–5)",
        "answers": "{mean} ({n} answers)",
        "host_again": "Mentors who would host an intern again",
        "of": "{share} ({part} of {whole})",
        "schools": "Partner schools",
        "no_data": "No applicants or interns in this period.",
        "how": "Interns: internships starting in that year; applicants: applications of that"
        " year. Satisfaction: the surveys' question on overall satisfaction. Host again:"
        " yes answers in the mentor survey.",
    },
}


def write_policy_at_a_glance(session: Session, scope: ReportScope, target: Path | BinaryIO) -> int:
    """Write the one-page summary; returns its number of pages (1). All interns count:
    the scope's units and kinds are not used, the page is about the whole organisation."""
    language = scope.language
    if language not in PDF_WORDS:
        raise ValueError(f"unknown language {language!r}; choose nl, fr or en")
    fonts.register_fonts()
    whole = replace(scope, unit_ids=None, kinds=None)
    overview = annual_overview(session, whole)
    scores = satisfaction(session, whole)
    partner = partners(session, whole)
    blocks = glance_blocks(overview, scores, partner, language)
    head = DocHead(
        letterhead(session),
        PDF_WORDS[language]["report"],
        scope.period_label,
        language,
        scope.today,
    )
    return write_document(head, layout([blocks]), target)


def per_year(overview: AnnualOverview) -> list[tuple[str, int, int, int]]:
    """Year, applicants (people), interns and hired later, over the units."""
    return [(t.year, t.applicants, t.interns, t.hired_later) for t in overview.totals]


def glance_blocks(
    overview: AnnualOverview, scores: Satisfaction, partner: Partners, language: str
) -> list[Block]:
    w, p = WORDS[language], PDF_WORDS[language]
    blocks: list[Block] = [subheading(p["per_year"])]
    years = per_year(overview)
    if not years:
        blocks.append(paragraph(p["no_data"], QUIET))
    else:
        columns = _columns(
            [(w["year"], 0.25), (w["applicants"], 0.25), (w["interns"], 0.25), (w["hired"], 0.25)]
        )
        rows: list[list[Cell]] = [_cells([y, a, i, h]) for y, a, i, h in years]
        totals = [sum(a for _, a, _, _ in years), sum(i for _, _, i, _ in years)]
        totals.append(sum(h for *_, h in years))
        rows.append([[(w["total"], TOTAL)], *([(str(t), TOTAL)] for t in totals)])
        blocks.extend(table(columns, rows))
        blocks.append(_chart(years, w["applicants"], w["interns"]))
    blocks.append(subheading(p["figures"]))
    columns = _columns([(p["figure"], 0.6), (p["value"], 0.4)])
    blocks.extend(table(columns, [_cells(r) for r in figures(overview, scores, partner, language)]))
    blocks.append(paragraph(p["how"], QUIET, space_before=8))
    return blocks


def figures(
    overview: AnnualOverview, scores: Satisfaction, partner: Partners, language: str
) -> list[tuple[str, str]]:
    """The key figures as (label, value) text."""
    p = PDF_WORDS[language]
    interns = sum(r.interns for r in overview.rows)
    days = sum((r.average_days or 0.0) * r.interns for r in overview.rows)
    average = days / interns if interns else None
    duration = (
        EMPTY
        if average is None
        else p["days_weeks"].format(
            days=_decimal(average, language), weeks=_decimal(average / 7, language)
        )
    )

    def share(part: int, whole: int) -> str:
        if not whole:
            return EMPTY
        percent = _decimal(100 * part / whole, language) + " %"
        return p["of"].format(share=percent, part=part, whole=whole)

    def kind(k: InternshipKind) -> int:
        return sum(r.kinds.get(k, 0) for r in overview.rows)

    hired = sum(r.hired_later for r in overview.rows)
    yes = sum(h.yes for h in partner.host_again)
    votes = yes + sum(h.no for h in partner.host_again)
    schools = {s.school for s in partner.schools if s.school != NONE}
    return [
        (p["duration"], duration),
        (p["curricular"], share(kind(InternshipKind.CURRICULAR), interns)),
        (p["voluntary"], share(kind(InternshipKind.VOLUNTARY), interns)),
        (p["hired"], share(hired, interns)),
        (p["intern_score"], _overall(scores, "intern_survey", language)),
        (p["mentor_score"], _overall(scores, "mentor_survey", language)),
        (p["host_again"], share(yes, votes)),
        (p["schools"], str(len(schools))),
    ]


def _overall(scores: Satisfaction, form_id: str, language: str) -> str:
    """The mean of the survey's overall question (all its questions when it has none)."""
    of = [s for s in scores.scores if s.form_id == form_id]
    overall = [s for s in of if s.field_id == OVERALL] or of
    together = pooled(overall)
    if together is None:
        return EMPTY
    n, mean, _ = together
    return PDF_WORDS[language]["answers"].format(mean=_decimal(mean, language), n=n)


def _chart(years: Sequence[tuple[str, int, int, int]], applicants: str, interns: str) -> Block:
    """Applicants and interns per year side by side (reportlab graphics)."""
    width, height = style.WIDTH, CHART_HEIGHT
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 34, 20
    chart.width, chart.height = width - 150, height - 30
    chart.data = [[a for _, a, _, _ in years], [i for _, _, i, _ in years]]
    chart.categoryAxis.categoryNames = [y for y, *_ in years]
    for axis in (chart.categoryAxis, chart.valueAxis):
        axis.labels.fontName = fonts.REGULAR
        axis.labels.fontSize = 8
        axis.strokeColor = style.LIGHT
    chart.categoryAxis.labels.fillColor = style.INK
    chart.valueAxis.labels.fillColor = style.GREY
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = style.SHADE
    if max((max(a, i) for _, a, i, _ in years), default=0) < 5:
        chart.valueAxis.valueMax = 5
        chart.valueAxis.valueStep = 1
    colours = (APPLICANTS_BAR, style.BAR)
    for n, colour in enumerate(colours):
        chart.bars[n].fillColor = colour
        chart.bars[n].strokeColor = None
    chart.barSpacing = 2
    chart.groupSpacing = 10 if len(years) > 6 else 24
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = fonts.BOLD
    chart.barLabels.fontSize = 7.5
    chart.barLabels.fillColor = style.INK
    chart.barLabels.nudge = 6
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = width - 100, height - 12
    legend.fontName = fonts.REGULAR
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 2
    legend.colorNamePairs = list(zip(colours, (applicants, interns), strict=True))
    legend.strokeColor = None
    drawing.add(legend)

    def draw(canvas: Canvas, top: float) -> None:
        renderPDF.draw(drawing, canvas, style.LEFT, top - height)

    return Block(height, draw, space_before=8)
