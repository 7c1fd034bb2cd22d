"""Pay and time as old lists give them: an allowance under "Vergoeding" (amounts, or yes
and no), days per week, and why an internship was not paid."""

from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from stagedesk.core.db.database import Database
from stagedesk.core.models import Internship
from tests.core.imports.lists import check, import_file, write_xlsx

HEADER = [
    "Voornaam", "Achternaam", "Dienst", "Begindatum", "Einddatum", "Vergoeding",
    "Dagen per week", "Waarom onbezoldigd",
]  # fmt: skip
ROWS = [
    ["An", "Peeters", "ICT", "01/02/2024", "30/04/2024", "€ 350", 4, None],
    ["Bart", "Claes", "ICT", "01/02/2024", "30/04/2024", "nee", 5, "Regels van de hogeschool"],
    ["Chloé", "Dubois", "ICT", "01/02/2024", "30/04/2024", "1.200,50", None, None],
    ["Dirk", "Maes", "ICT", "01/02/2024", "30/04/2024", 0, 3, "Vrijwillige stage"],
    ["Eva", "Smet", "ICT", "01/02/2024", "30/04/2024", "ja", None, None],
]  # fmt: skip


def test_amounts_under_vergoeding_are_the_allowance(database: Database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "vergoedingen.xlsx", HEADER, ROWS)
    plan = check(database.sessions, path)
    assert plan.match.columns[5] == "allowance"  # the values, not the header, decide
    import_file(database, path)
    with database.sessions() as session:
        found = {
            i.intern.first_name: (i.paid, i.allowance, i.days_per_week, i.unpaid_reason)
            for i in session.scalars(select(Internship))
        }
    assert found == {
        "An": (True, Decimal("350.00"), 4, None),
        "Bart": (False, None, 5, "Regels van de hogeschool"),
        "Chloé": (True, Decimal("1200.50"), None, None),
        "Dirk": (False, None, 3, "Vrijwillige stage"),
        "Eva": (True, None, None, None),
    }


def test_a_paid_column_of_yes_and_no_stays_one(database: Database, tmp_path: Path) -> None:
    header = ["Voornaam", "Achternaam", "Dienst", "Begindatum", "Einddatum", "Vergoed"]
    rows = [["An", "Peeters", "ICT", "01/02/2024", "30/04/2024", "ja"]]
    plan = check(database.sessions, write_xlsx(tmp_path / "ja.xlsx", header, rows))
    assert plan.match.columns[5] == "paid" and plan.rows[0].paid is True


def test_a_row_both_unpaid_and_with_an_allowance_is_refused(
    database: Database, tmp_path: Path
) -> None:
    header = [*HEADER[:5], "Vergoed", "Vergoeding per maand", "Dagen per week"]
    rows = [
        ["An", "Peeters", "ICT", "01/02/2024", "30/04/2024", "nee", 350, 8],
        ["Bo", "Claes", "ICT", "01/02/2024", "30/04/2024", None, "veel", None],
    ]
    plan = check(database.sessions, write_xlsx(tmp_path / "tegenstrijdig.xlsx", header, rows))
    said = {(p.row, p.column): p.text for p in plan.errors}
    assert said == {
        (2, "allowance"): "The row says the internship was not paid, and gives an allowance of"
        " € 350.00.",
        (2, "days_per_week"): "Days per week must be from 1 to 7.",
        (3, "allowance"): "“veel” is not an amount in euro.",
    }
    assert plan.refused_rows == [2, 3]
