"""One year as a government asks it (question 001), as a workbook: places and interns per
department, how the interns came, agreements and paid work-based places, the interns'
profile (small cells hidden), and how we counted."""

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font

from stagedesk.core.models import InternshipKind
from stagedesk.core.reports import Profile
from stagedesk.core.reports.one_year import OneYear, Route
from stagedesk.output.words.annual import KINDS
from stagedesk.output.words.one_year import HOW, ROUTES, WORDS
from stagedesk.output.xlsx.more import profile_sheets
from stagedesk.output.xlsx.sheets import set_widths, table_sheet, text_cell


def write_one_year(answer: OneYear, profile: Profile, target: Path, *, language: str) -> None:
    if language not in WORDS:
        raise ValueError(f"unknown language {language!r}; choose nl, fr or en")
    w = WORDS[language]
    book = Workbook(write_only=True)
    total = answer.total
    table_sheet(
        book,
        w["s_units"],
        [w["unit"], w["opportunities"], w["places"], w["interns"], w["hired"]],
        [
            *([u.unit, u.opportunities, u.places, u.interns, u.hired] for u in answer.units),
            [w["total"], total.opportunities, total.places, total.interns, total.hired],
        ],
        widths=[32, 22, 14, 14, 22],
    )
    routes = [[ROUTES[route][language], answer.routes[route]] for route in Route]
    kinds = [[KINDS[kind][language], answer.kinds[kind]] for kind in InternshipKind]
    table_sheet(
        book,
        w["s_routes"],
        [w["route"], w["interns"]],
        [*routes, [w["total"], total.interns], [], [w["kind"], w["interns"]], *kinds],
        widths=[40, 14],
    )
    table_sheet(
        book,
        w["s_agreements"],
        [w["what"], w["count"]],
        [
            [w["agreements"], answer.work_placement_agreements],
            [w["paid_work_based"], answer.paid_work_based],
        ],
        widths=[60, 12],
    )
    profile_sheets(book, profile, language)
    ws = book.create_sheet(w["how"])
    set_widths(ws, [120])
    heading = text_cell(ws, f"{w['how']} — {answer.year}")
    heading.font = Font(bold=True, size=14)
    ws.append([heading])
    for line in HOW[language]:
        ws.append([text_cell(ws, line)])
    book.save(target)
