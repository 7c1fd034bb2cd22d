"""The annual overview workbook: an answer sheet, a sheet per question, a flat data sheet.

Written in openpyxl's write-only mode. Every text that comes from user data goes through
``_text``: the cell is forced to the string type, so a unit named "=SUM(A1)" stays a name
and never becomes a formula.
"""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.styles import Font

from stagedesk.core.models import InternshipKind
from stagedesk.core.reports import AnnualOverview
from stagedesk.output.xlsx.sheets import (
    header_row,
    print_wide,
    row_cells,
    set_widths,
    table_sheet,
    text_cell,
)

WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "overview": "Overzicht",
        "chart": "Grafiek",
        "title_chart": "Stagiairs per jaar",
        "data": "Gegevens",
        "title": "Stagiairs per dienst en per jaar",
        "period": "Periode",
        "unit": "Dienst",
        "year": "Jaar",
        "applicants": "Kandidaten",
        "interns": "Stagiairs",
        "days": "Gemiddelde duur (dagen)",
        "weeks": "Gemiddelde duur (weken)",
        "hired": "Later aangeworven",
        "function": "Functie",
        "count": "Aantal",
        "requirements": "Vereisten",
        "total": "Totaal",
        "s_applicants": "Kandidaten",
        "s_interns": "Stagiairs",
        "s_duration": "Duur",
        "s_kinds": "Soort stage",
        "s_hired": "Aangeworven per functie",
        "s_requirements": "Vereisten per functie",
        "how": "Zo tellen we",
        "d_applicants": "Kandidaten: kandidaturen met een datum in dat jaar"
        " (aanvaarde inbegrepen).",
        "d_interns": "Stagiairs: stages die in dat jaar beginnen (vroegtijdig gestopte"
        " inbegrepen, geplande die nog niet begonnen zijn niet).",
        "d_duration": "Duur: kalenderdagen van begin tot einde, beide inbegrepen;"
        " weken = dagen / 7.",
        "d_hired": "Later aangeworven: stagiairs van dat jaar (volgens begin) die later"
        " in dienst kwamen.",
    },
    "fr": {
        "overview": "Aperçu",
        "chart": "Graphique",
        "title_chart": "Stagiaires par année",
        "data": "Données",
        "title": "Stagiaires par service et par année",
        "period": "Période",
        "unit": "Service",
        "year": "Année",
        "applicants": "Candidats",
        "interns": "Stagiaires",
        "days": "Durée moyenne (jours)",
        "weeks": "Durée moyenne (semaines)",
        "hired": "Engagés par la suite",
        "function": "Fonction",
        "count": "Nombre",
        "requirements": "Exigences",
        "total": "Total",
        "s_applicants": "Candidats",
        "s_interns": "Stagiaires",
        "s_duration": "Durée",
        "s_kinds": "Type de stage",
        "s_hired": "Engagés par fonction",
        "s_requirements": "Exigences par fonction",
        "how": "Comment nous comptons",
        "d_applicants": "Candidats : candidatures datées de l'année"
        " (candidatures acceptées comprises).",
        "d_interns": "Stagiaires : stages qui commencent dans l'année (stages arrêtés"
        " prématurément compris, stages prévus pas encore commencés exclus).",
        "d_duration": "Durée : jours calendrier du début à la fin, tous deux compris ;"
        " semaines = jours / 7.",
        "d_hired": "Engagés par la suite : stagiaires de l'année (selon le début)"
        " engagés plus tard par l'organisation.",
    },
    "en": {
        "overview": "Overview",
        "chart": "Chart",
        "title_chart": "Interns per year",
        "data": "Data",
        "title": "Interns per unit and per year",
        "period": "Period",
        "unit": "Unit",
        "year": "Year",
        "applicants": "Applicants",
        "interns": "Interns",
        "days": "Average duration (days)",
        "weeks": "Average duration (weeks)",
        "hired": "Hired later",
        "function": "Function",
        "count": "Count",
        "requirements": "Requirements",
        "total": "Total",
        "s_applicants": "Applicants",
        "s_interns": "Interns",
        "s_duration": "Duration",
        "s_kinds": "Internship kinds",
        "s_hired": "Hired later by function",
        "s_requirements": "Requirements by function",
        "how": "How we count",
        "d_applicants": "Applicants: applications dated in that year (accepted ones included).",
        "d_interns": "Interns: internships starting in that year (stopped-early ones"
        " included, planned ones not yet started excluded).",
        "d_duration": "Duration: calendar days from start to end, both included; weeks = days / 7.",
        "d_hired": "Hired later: interns of that year (by start) later hired by the organisation.",
    },
}
KINDS: dict[InternshipKind, dict[str, str]] = {
    InternshipKind.CURRICULAR: {"nl": "Curriculair", "fr": "Curriculaire", "en": "Curricular"},
    InternshipKind.VOLUNTARY: {"nl": "Vrijwillig", "fr": "Volontaire", "en": "Voluntary"},
    InternshipKind.JOB_SEEKER: {
        "nl": "Werkzoekenden",
        "fr": "Demandeurs d'emploi",
        "en": "Job-seeker scheme",
    },
    InternshipKind.WORK_BASED_LEARNING: {
        "nl": "Werkplekleren",
        "fr": "Alternance",
        "en": "Work-based learning",
    },
    InternshipKind.WORK_PLACEMENT_AGREEMENT: {
        "nl": "Beroepsinlevingsovereenkomst",
        "fr": "Convention d'immersion",
        "en": "Work-placement agreement",
    },
    InternshipKind.OBSERVATION: {"nl": "Observatie", "fr": "Observation", "en": "Observation"},
    InternshipKind.OTHER: {"nl": "Andere", "fr": "Autre", "en": "Other"},
}


def data_header(language: str) -> list[str]:
    """The data sheet's header row, the same columns in every language."""
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
    ]


def write_annual_overview(overview: AnnualOverview, target: Path, *, language: str) -> None:
    if language not in WORDS:
        raise ValueError(f"unknown language {language!r}; choose nl, fr or en")
    w = WORDS[language]
    book = Workbook(write_only=True)
    _overview_sheet(book, overview, w)
    _chart_sheet(book, overview, w)
    rows = overview.rows
    unit_year = [w["unit"], w["year"]]
    table_sheet(
        book,
        w["s_applicants"],
        [*unit_year, w["applicants"]],
        ([r.unit, r.year, r.applicants] for r in rows),
        widths=[30, 12, 12],
    )
    table_sheet(
        book,
        w["s_interns"],
        [*unit_year, w["interns"]],
        ([r.unit, r.year, r.interns] for r in rows),
        widths=[30, 12, 12],
    )
    table_sheet(
        book,
        w["s_duration"],
        [*unit_year, w["interns"], w["days"], w["weeks"]],
        ([r.unit, r.year, r.interns, r.average_days, r.average_weeks] for r in rows),
        widths=[30, 12, 12, 24, 24],
    )
    table_sheet(
        book,
        w["s_kinds"],
        [*unit_year, w["interns"], *(KINDS[kind][language] for kind in InternshipKind)],
        ([r.unit, r.year, r.interns, *(r.kinds[kind] for kind in InternshipKind)] for r in rows),
        widths=[30, 12, 12, *(16 for _ in InternshipKind)],
    )
    table_sheet(
        book,
        w["s_hired"],
        [*unit_year, w["function"], w["count"]],
        ([u, y, f, c] for u, y, f, c in overview.hired_by_function),
        widths=[30, 12, 30, 10],
    )
    table_sheet(
        book,
        w["s_requirements"],
        [w["unit"], w["function"], w["requirements"]],
        ([u, f, t] for u, f, t in overview.requirements),
        widths=[30, 30, 80],
    )
    table_sheet(
        book,
        w["data"],
        data_header(language),
        (
            [
                r.unit,
                r.year,
                r.applicants,
                r.interns,
                r.average_days,
                r.kinds[InternshipKind.CURRICULAR],
                r.kinds[InternshipKind.VOLUNTARY],
                r.hired_later,
            ]
            for r in rows
        ),
        widths=[30, 12, 12, 12, 24, 14, 14, 18],
        table=f"Table{w['data']}".replace("é", "e"),
        count=len(rows),
    )
    book.save(target)


def _overview_sheet(book: Workbook, overview: AnnualOverview, w: dict[str, str]) -> None:
    ws = book.create_sheet(w["overview"])
    print_wide(ws)
    header = [w["unit"], w["year"], w["applicants"], w["interns"], w["days"], w["weeks"]]
    header.append(w["hired"])
    set_widths(ws, [30, 12, 12, 12, 24, 24, 18])
    ws.freeze_panes = "A5"
    years = list(dict.fromkeys(r.year for r in overview.rows))
    period = f"{years[0]} – {years[-1]}" if len(years) > 1 else "".join(years)
    title = text_cell(ws, w["title"])
    title.font = Font(bold=True, size=14)
    ws.append([title])
    ws.append([text_cell(ws, w["period"]), text_cell(ws, period)])
    ws.append([])
    ws.append(header_row(ws, header))
    for year in years:
        of_year = [r for r in overview.rows if r.year == year]
        for r in of_year:
            ws.append(
                row_cells(
                    ws,
                    [
                        r.unit,
                        r.year,
                        r.applicants,
                        r.interns,
                        r.average_days,
                        r.average_weeks,
                        r.hired_later,
                    ],
                )
            )
        interns = sum(r.interns for r in of_year)
        days = sum((r.average_days or 0.0) * r.interns for r in of_year)
        average = days / interns if interns else None
        total = row_cells(
            ws,
            [
                w["total"],
                year,
                sum(r.applicants for r in of_year),
                interns,
                average,
                None if average is None else round(average / 7, 1),
                sum(r.hired_later for r in of_year),
            ],
        )
        for cell in total:
            if cell is not None:
                cell.font = Font(bold=True)
        ws.append(total)
    ws.append([])
    heading = text_cell(ws, w["how"])
    heading.font = Font(bold=True)
    ws.append([heading])
    for key in ("d_applicants", "d_interns", "d_duration", "d_hired"):
        ws.append([text_cell(ws, w[key])])


def interns_per_year(overview: AnnualOverview) -> list[tuple[str, int]]:
    """Interns per year, summed over the units, in the overview's order of years."""
    totals: dict[str, int] = {}
    for r in overview.rows:
        totals[r.year] = totals.get(r.year, 0) + r.interns
    return list(totals.items())


def _chart_sheet(book: Workbook, overview: AnnualOverview, w: dict[str, str]) -> None:
    """Interns per year (summed over units) in two columns, and a native bar chart of them."""
    ws = book.create_sheet(w["chart"])
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
