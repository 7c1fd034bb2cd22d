"""A newer list on the command line: each change is listed old → new under the list's own
header, and applied only when --changes says so."""

from pathlib import Path

import pytest
from sqlalchemy import select

from stagedesk.cli.main import main
from stagedesk.core.db.database import open_sqlite
from stagedesk.core.models import Internship, Unit
from tests.core.imports.lists import write_xlsx
from tests.core.imports.test_reimport import FIRST, HEADER, NEWER


def _run(db: Path, *args: str) -> int:
    return main(["import", *args, "--db", str(db)])


def test_changes_are_listed_and_applied_only_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "stagedesk.sqlite"
    assert _run(db, str(write_xlsx(tmp_path / "v1.xlsx", HEADER, FIRST))) == 0
    newer = str(write_xlsx(tmp_path / "v2.xlsx", HEADER, NEWER))
    capsys.readouterr()
    assert _run(db, newer) == 2
    out, err = capsys.readouterr()
    assert "v2.xlsx: row 2, An Peeters: Einddatum: 27/03/2026 → 10/04/2026" in out
    assert "v2.xlsx: row 2, An Peeters: Status: running → completed" in out
    assert "v2.xlsx: row 4, Cas Maes: Vergoeding: 300.00 → 350.00" in out
    assert "6 change(s) to records already in StageDesk" in err and "nothing was imported" in err
    assert _run(db, newer, "--changes=none") == 0
    assert "changed" not in capsys.readouterr().out
    database = open_sqlite(db)
    try:
        with database.sessions() as session:
            ends = sorted(session.scalars(select(Internship.end_date)))
    finally:
        database.dispose()
    assert len(ends) == 3 and ends[-1].isoformat() == "2026-06-30"  # Dirk came in
    assert "2026-04-10" not in {end.isoformat() for end in ends}
    assert _run(db, newer, "--changes=all") == 0
    assert "4 record(s) were changed" in capsys.readouterr().out  # 6 fields of 4 records
    assert _run(db, newer) == 0  # the same list once more: nothing to make, nothing to change
    assert "rows were already in StageDesk" in capsys.readouterr().out


def test_a_unit_written_short_is_said_and_a_words_file_names_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "stagedesk.sqlite"
    header = ["Voornaam", "Achternaam", "Dienst", "Status"]
    rows = [["An", "Peeters", "Dienst ICT", "kandidaat"], ["Bo", "Claes", "D. ICT", "kandidaat"]]
    path = str(write_xlsx(tmp_path / "lijst.xlsx", header, rows))
    assert _run(db, path, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "lijst.xlsx: note: the unit “D. ICT” (1 row(s)) looks like “Dienst ICT”" in out
    assert "2 units" in out
    words = tmp_path / "woorden.csv"
    words.write_text("kolom;woord;betekenis\nDienst;D. ICT;Dienst ICT\n", encoding="utf-8")
    assert _run(db, path, "--words", str(words)) == 0
    out = capsys.readouterr().out
    assert "looks like" not in out and "1 units" in out
    database = open_sqlite(db)
    try:
        with database.sessions() as session:
            assert list(session.scalars(select(Unit.name))) == ["Dienst ICT"]
    finally:
        database.dispose()
    assert _run(db, path, "--dry-run") == 0  # remembered: asked once
    assert "looks like" not in capsys.readouterr().out


def test_the_dates_option_and_how_the_rows_come_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "stagedesk.sqlite"
    header = ["Voornaam", "Achternaam", "Dienst", "Begindatum", "Einddatum", "Niveau"]
    rows = [
        ["An", "Peeters", "ICT", "03/04/2025", "06/05/2025", "master"],
        ["Bo", "Claes", "ICT", "03/04/2025", "06/05/2025", "bachelor"],
        ["Totaal", None, None, None, None, None],
        ["Cas", None, "ICT", None, None, None],
    ]
    path = str(write_xlsx(tmp_path / "lijst.xlsx", header, rows))
    assert _run(db, path, "--dry-run", "--unknown-words=empty", "--import-rest") == 0
    out = capsys.readouterr().out
    assert (
        "rows: 1 as they are, 0 with a word explained, 1 with text kept in the notes,"
        " 1 refused, 1 passed over (totals, headings)"
    ) in out
    assert "read month first" not in out
    assert _run(db, path, "--dates=month-first", "--unknown-words=empty", "--import-rest") == 0
    assert "Begindatum: read month first (mm/dd/yyyy)" in capsys.readouterr().out
    database = open_sqlite(db)
    try:
        with database.sessions() as session:
            starts = set(session.scalars(select(Internship.start_date)))
    finally:
        database.dispose()
    assert {start.isoformat() for start in starts} == {"2025-03-04"}
