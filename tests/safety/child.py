"""A StageDesk process to be killed: it says on stdout how far it got, line by line.

    python tests/safety/child.py import DB LIST.xlsx
    python tests/safety/child.py edits DB

``import``: checks the list, prints "checked", then imports it in one transaction and
prints "chunk N of M" as it goes (each 500 rows are written to the file, not yet
committed), then "committed".
``edits``: saves candidates one by one, each save its own transaction changing first and
last name together, and prints "saved N" after each commit.
"""

import datetime as dt
import sys
from pathlib import Path

from sqlalchemy import select

from stagedesk.core.db.database import open_sqlite
from stagedesk.core.forms import FormRegistry
from stagedesk.core.imports import check_table, import_plan, match_columns, read_table
from stagedesk.core.models import Candidate
from stagedesk.core.progress import run_to_end
from stagedesk.core.records import repository


def say(text: str) -> None:
    print(text, flush=True)


def run_import(db: Path, path: Path) -> None:
    database = open_sqlite(db)
    table = read_table(path)
    with database.sessions() as session:
        plan = run_to_end(
            check_table(session, table, match_columns(table.headers), path.name, TODAY)
        )
    say("checked")
    steps = import_plan(database.sessions, plan, FormRegistry.load(), TODAY)
    for done, total in steps:
        say(f"chunk {done} of {total}")
    say("committed")


def run_edits(db: Path) -> None:
    database = open_sqlite(db)
    with database.sessions() as session:
        ids = session.scalars(select(Candidate.id).order_by(Candidate.id)).all()
    for round_number in range(1, 1000):
        for candidate_id in ids:
            values = repository.load(database.sessions, Candidate, candidate_id)
            values["first_name"] = values["last_name"] = f"Round{round_number}"
            repository.save(database.sessions, Candidate, values, candidate_id, today=TODAY)
            say(f"saved {round_number} {candidate_id}")


TODAY = dt.date(2026, 3, 2)

if __name__ == "__main__":
    if sys.argv[1] == "import":
        run_import(Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        run_edits(Path(sys.argv[2]))
