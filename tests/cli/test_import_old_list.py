"""The old list as it really is (issue 15): a few hundred rows over five years, "bachelor"
where StageDesk knows two kinds of bachelor, the internship's hours in total under "Uren",
a "Vergoed" column and a column of remarks. Nothing is refused whole for a word, nothing is
dropped without a decision."""

import datetime as dt
import random
from pathlib import Path

import pytest
from openpyxl import Workbook
from sqlalchemy import select

from stagedesk.cli.main import main
from stagedesk.core.db.database import open_sqlite
from stagedesk.core.models import Application, Candidate, EducationLevel, Internship

HEADER = [
    "Voornaam", "Achternaam", "Dienst", "Onderwijsniveau", "Soort stage", "Begindatum",
    "Einddatum", "Uren", "Vergoed", "Opmerking",
]  # fmt: skip
LEVELS = ["bachelor", "professionele bachelor", "master", "Bachelor", "academische bachelor"]


def _old_list(path: Path, rows: int = 300) -> Path:
    """Five years of interns, typed as people type: dates as text and as dates."""
    pick = random.Random(15)
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(HEADER)
    for n in range(rows):
        start = dt.date(2020 + n % 5, pick.choice([2, 9]), pick.randint(1, 20))
        end = start + dt.timedelta(days=pick.randint(20, 120))
        first = start.strftime("%d/%m/%Y") if n % 3 else dt.datetime.combine(start, dt.time())
        sheet.append([
            f"Voornaam{n}", f"Achternaam{n}", pick.choice(["ICT", "Communicatie", "Financiën"]),
            LEVELS[n % len(LEVELS)], "curriculair", first, end, pick.randint(80, 600),
            "ja" if n % 4 == 0 else "nee", "via jobbeurs" if n % 7 == 0 else None,
        ])  # fmt: skip
    book.save(path)
    return path


@pytest.fixture
def old_list(tmp_path: Path) -> Path:
    return _old_list(tmp_path / "stagiairs 2020-2024.xlsx")


def _run(db: Path, *args: str) -> int:
    return main(["import", *args, "--db", str(db)])


def test_nothing_is_dropped_or_refused_without_a_decision(
    old_list: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "stagedesk.sqlite"
    assert _run(db, str(old_list)) == 2
    err = capsys.readouterr().err
    assert "the column “Opmerking” (J) is not used by StageDesk" in err
    assert _run(db, str(old_list), "--keep-as-note", "Opmerking") == 2
    out, err = capsys.readouterr()
    assert "read as hours in total" in out
    unknown = [line for line in err.splitlines() if "is not known" in line]
    # one line per word, however many rows use it ("bachelor" and "Bachelor" are one)
    assert unknown == [
        "stagiairs 2020-2024.xlsx: Onderwijsniveau: “bachelor” is not known (120 row(s));"
        " best guess: professional bachelor"
    ]
    assert "--unknown-words=empty" in err and "nothing was imported" in err
    assert "Hours per week must be" not in err  # totals are not read as weeks any more


def test_unknown_words_come_in_as_unknown_with_the_lists_word_kept(
    old_list: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = tmp_path / "stagedesk.sqlite"
    args = [str(old_list), "--keep-as-note", "J", "--unknown-words=empty"]
    assert _run(db, *args) == 0
    assert "300 rows read; created:" in capsys.readouterr().out
    database = open_sqlite(db)
    try:
        with database.sessions() as session:
            people = {c.first_name: c for c in session.scalars(select(Candidate))}
            assert len(people) == 300
            assert people["Voornaam0"].education_level is None  # "bachelor": unknown
            assert people["Voornaam1"].education_level is EducationLevel.PROFESSIONAL_BACHELOR
            notes = {a.candidate.first_name: a.notes for a in session.scalars(select(Application))}
            assert notes["Voornaam0"] == "Onderwijsniveau: bachelor\nOpmerking: via jobbeurs"
            assert notes["Voornaam1"] is None
            internships = {i.intern.first_name: i for i in session.scalars(select(Internship))}
            assert all(i.hours_per_week is None for i in internships.values())
            assert all(80 <= (i.total_hours or 0) <= 600 for i in internships.values())
            assert internships["Voornaam0"].paid and not internships["Voornaam1"].paid
    finally:
        database.dispose()
    assert _run(db, *args) == 0  # the same list again: nothing new
    assert "300 rows were already in StageDesk" in capsys.readouterr().out


def test_a_words_file_says_what_they_mean(
    old_list: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    words = tmp_path / "woorden.csv"
    words.write_text("kolom;woord;betekenis\nOnderwijsniveau;Bachelor;professionele bachelor\n")
    db = tmp_path / "stagedesk.sqlite"
    assert _run(db, str(old_list), "--ignore", "Opmerking", "--words", str(words)) == 0
    database = open_sqlite(db)
    try:
        with database.sessions() as session:
            levels = {c.first_name: c.education_level for c in session.scalars(select(Candidate))}
            notes = [a.notes for a in session.scalars(select(Application))]
    finally:
        database.dispose()
    assert levels["Voornaam0"] is EducationLevel.PROFESSIONAL_BACHELOR
    assert levels["Voornaam3"] is EducationLevel.PROFESSIONAL_BACHELOR  # "Bachelor" too
    assert notes == [None] * 300  # the ignored column left nothing
    wrong = tmp_path / "fout.csv"
    wrong.write_text("Onderwijsniveau;bachelor;bachelier en droit\n")
    assert _run(db, str(old_list), "--ignore", "J", "--words", str(wrong)) == 2
    assert "“bachelier en droit” is no meaning for Onderwijsniveau" in capsys.readouterr().err


def test_what_words_mean_is_remembered_for_the_next_list(
    old_list: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from stagedesk.core.imports import Column
    from stagedesk.core.imports.meanings import UNKNOWN, Meanings, remember, remembered

    words = tmp_path / "woorden.csv"
    words.write_text("Onderwijsniveau;bachelor;academische bachelor\n")
    db = tmp_path / "stagedesk.sqlite"
    assert _run(db, str(old_list), "--ignore", "J", "--words", str(words)) == 0
    capsys.readouterr()
    later = _old_list(tmp_path / "lijst 2025.xlsx", rows=30)  # the next year's list
    assert _run(db, str(later), "--ignore", "J", "--dry-run") == 0  # asks nothing again
    assert "is not known" not in capsys.readouterr().err
    database = open_sqlite(db)
    try:
        with database.sessions.begin() as session:
            remember(session, Meanings({(Column.PAID, "ok"): True, (Column.KIND, "x"): UNKNOWN}))
        with database.sessions() as session:
            chosen = remembered(session).chosen
    finally:
        database.dispose()
    assert chosen == {
        (Column.EDUCATION_LEVEL, "bachelor"): EducationLevel.ACADEMIC_BACHELOR,
        (Column.PAID, "ok"): True,
        (Column.KIND, "x"): UNKNOWN,
    }


def test_the_rest_comes_in_when_asked_and_the_bad_rows_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.core.imports.lists import write_xlsx

    rows = [
        ["An", "Peeters", "ICT", "02/09/2024", "20/12/2024"],
        ["Jan", None, "ICT", "02/09/2024", "20/12/2024"],  # no last name: who is it?
        ["Eva", "Maes", "ICT", "31/02/2024", "20/12/2024"],  # no such day
        ["Tom", "Claes", "HR", "03/02/2025", "28/03/2025"],
    ]
    header = ["Voornaam", "Achternaam", "Dienst", "Begindatum", "Einddatum"]
    path = write_xlsx(tmp_path / "half.xlsx", header, rows)
    db = tmp_path / "stagedesk.sqlite"
    assert _run(db, str(path)) == 2
    assert "--import-rest imports the rows without one" in capsys.readouterr().err
    assert _run(db, str(path), "--import-rest") == 0
    out, err = capsys.readouterr()
    assert "half.xlsx: row 3, Achternaam: This column must be filled in." in err
    assert "half.xlsx: row 4, Begindatum:" in err
    assert "2 row(s) with a problem left out; the rest is imported" in out
    database = open_sqlite(db)
    try:
        with database.sessions() as session:
            names = sorted(c.first_name for c in session.scalars(select(Candidate)))
    finally:
        database.dispose()
    assert names == ["An", "Tom"]
