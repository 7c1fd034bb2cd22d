"""Import lists as a coordinator's Excel would hold them: written with openpyxl or as CSV."""

import csv
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from stagedesk.core.imports import (
    ColumnMatch,
    ImportPlan,
    ImportResult,
    Table,
    check_table,
    import_plan,
    match_columns,
    read_table,
)
from stagedesk.core.imports.columns import read_numbers
from stagedesk.core.progress import run_to_end

TODAY = dt.date(2026, 3, 2)

# A messy list: Dutch and French words, dates as real dates and as text in both styles,
# the same person twice (once with her e-mail in capitals), blank rows, stray spaces.
MESSY_HEADER = [
    "Voornaam",
    "Achternaam ",
    "E-mail",
    "Geboortedatum",
    "Geslacht",
    "Onderwijsniveau",
    "Onderwijsinstelling",
    "Opleiding",
    "Dienst",
    "Functie",
    "Vereisten",
    "Mentor",
    "Kandidatuurdatum",
    "Status",
    "Soort stage",
    "Begindatum",
    "Einddatum",
    "Uren",
    "Later aangeworven",
    "Functie bij aanwerving",
    "Datum aanwerving",
]
MESSY_ROWS: list[list[Any]] = [
    [
        "Jan ", "Peeters", "jan.peeters@example.be", dt.datetime(2003, 5, 1), "M",
        "professionele bachelor", "Hogeschool Gent", "Office management", "Dienst ICT",
        "Helpdesk", "Nederlands, Frans", "An Claes", "03/02/2024", "afgerond", "curriculair",
        "01/03/2024", "2024-05-31", 38, "ja", "Helpdeskmedewerker", "01/09/2024",
    ],
    [],
    [
        "  Céline", "Dubois ", None, "12/11/2002", "femme", "master",
        "Université de Liège", None, "dienst ict", "helpdesk  ", None, "an claes", None,
        "terminé", "volontaire", dt.datetime(2024, 7, 1), dt.datetime(2024, 8, 15), None,
        "non", None, None,
    ],
    [
        "JAN", "peeters", "JAN.PEETERS@EXAMPLE.BE", None, None, None, None, None,
        "Communicatie", None, None, None, "2025-01-10", "geweigerd", None, None, None, None,
        None, None, None,
    ],
    [None] * 21,
    [
        "Els", "Maes", "els.maes@example.be", "2004-02-29", "V", None, None, None, "HR",
        "Rekrutering", None, "Marc Wouters", None, "gepland", "werkplekleren", "01/04/2026",
        "30/06/2026", "20", None, None, None,
    ],
    [
        "Pierre", "Lejeune", "p.lejeune@example.be", None, "H", "secondaire",
        "Athénée Royal de Namur", None, "Communicatie", None, None, None, "15/01/2026",
        "entretien", None, None, None, None, None, None, None,
    ],
]  # fmt: skip


def write_xlsx(path: Path, header: Sequence[Any], rows: Sequence[Sequence[Any]]) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(list(header))
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def write_csv(
    path: Path, header: Sequence[str], rows: Sequence[Sequence[Any]], encoding: str = "utf-8-sig"
) -> Path:
    with path.open("w", newline="", encoding=encoding) as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(header)
        writer.writerows(rows)
    return path


def _match(table: Table) -> ColumnMatch:
    """As the window and the command line match a list: by header, then by values."""
    return read_numbers(match_columns(table.headers), table.rows)


def check(sessions: Any, path: Path, today: dt.date = TODAY) -> ImportPlan:
    table = read_table(path)
    with sessions() as session:
        plan: ImportPlan = run_to_end(check_table(session, table, _match(table), path.name, today))
    return plan


def import_file(database: Any, path: Path, today: dt.date = TODAY) -> ImportResult:
    from stagedesk.core.forms import FormRegistry

    plan = check(database.sessions, path, today)
    assert plan.can_import, [(p.row, p.column, p.text) for p in plan.errors]
    result: ImportResult = run_to_end(
        import_plan(database.sessions, plan, FormRegistry.load(), today)
    )
    return result
