"""One answer from several organisations' files (issue 16, item 4): `report annual --db a
--db b --db c` reads each file without changing it (one of an older schema), and writes one
workbook whose rows are each file's own answer with its organisation first."""

import datetime as dt
import hashlib
import shutil
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from sqlalchemy.engine import URL

from stagedesk.cli.main import main
from stagedesk.core.db.database import Database, open_sqlite, open_url
from stagedesk.core.models import (
    Application,
    Candidate,
    Internship,
    InternshipKind,
    InternshipStatus,
    Opportunity,
    OrganisationSettings,
    Unit,
)
from tests.paths import DATA

PERIOD = ["--from", "2023", "--to", "2024"]


def _organisation(path: Path, name: str, units: list[str], people: int) -> Path:
    database = open_sqlite(path, backups=path.parent / "backups")
    try:
        _fill(database, name, units, people)
    finally:
        database.dispose()
    return path


def _fill(database: Database, name: str, units: list[str], people: int) -> None:
    """An organisation with its units, people applying in 2023 and 2024, and interns."""
    with database.sessions.begin() as session:
        session.add(OrganisationSettings(name=name))
        for n, unit_name in enumerate(units):
            unit = Unit(name=unit_name)
            function = Opportunity(title="Medewerker", unit=unit)
            for p in range(people + n):
                person = Candidate(first_name=f"{name}{p}", last_name=unit_name)
                day = dt.date(2023 + p % 2, 3, 1 + p)
                session.add(
                    Application(candidate=person, opportunity=function, application_date=day)
                )
                session.add(
                    Internship(
                        intern=person,
                        unit=unit,
                        kind=InternshipKind.CURRICULAR,
                        start_date=day + dt.timedelta(days=30),
                        end_date=day + dt.timedelta(days=30 + 7 * (p + 1)),
                        status=InternshipStatus.COMPLETED,
                        paid=p % 3 == 0,
                    )
                )


def _data(path: Path) -> list[tuple[Any, ...]]:
    return list(load_workbook(path)["Gegevens"].iter_rows(values_only=True))


def _totals(path: Path, first: int) -> list[tuple[int, int, int]]:
    """(year, applicants, interns) of the overview's total rows; ``first``: the column of
    the unit (1 when the organisation comes before it)."""
    rows = load_workbook(path)["Overzicht"].iter_rows(values_only=True)
    return [
        (row[first + 1], row[first + 2], row[first + 3])
        for row in rows
        if row[first] == "Totaal (personen)"
    ]


def _hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_one_workbook_from_three_files_none_changed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cabinet = _organisation(tmp_path / "kabinet.sqlite", "Kabinet Onderwijs", ["Beleidscel"], 3)
    city = _organisation(tmp_path / "stad.sqlite", "Stad Aalst", ["ICT", "Personeel"], 2)
    older = shutil.copy(DATA / "schema-0009.sqlite", tmp_path / "oud.sqlite")  # schema 0009
    before = {path: _hash(Path(path)) for path in (cabinet, city, older)}
    files = [arg for path in (cabinet, city, older) for arg in ("--db", str(path))]
    out = tmp_path / "samen.xlsx"
    assert main(["report", "annual", *files, *PERIOD, "--out", str(out)]) == 0
    assert {path: _hash(Path(path)) for path in before} == before  # read, never changed
    combined = _data(out)
    assert combined[0][:3] == ("Organisatie", "Dienst", "Jaar")
    summed: dict[int, list[int]] = {2023: [0, 0], 2024: [0, 0]}  # applicants, interns
    for name, path in (
        ("Kabinet Onderwijs", cabinet),
        ("Stad Aalst", city),
        ("Stad Zennevallei", older),
    ):
        alone = tmp_path / f"{Path(path).stem}.xlsx"
        copy = shutil.copy(path, tmp_path / f"alone-{Path(path).name}")  # the one-file route
        assert main(["report", "annual", "--db", str(copy), *PERIOD, "--out", str(alone)]) == 0
        own = [row[1:] for row in combined if row[0] == name]
        assert own == _data(alone)[1:], name  # each organisation's rows are its own answer
        assert own, name
        for year, applicants, interns in _totals(alone, first=0):
            summed[year][0] += applicants
            summed[year][1] += interns
    # The year's total adds up the organisations' totals (people, each file its own).
    assert {year: [a, i] for year, a, i in _totals(out, first=1)} == summed
    assert summed[2023][0] > 0 and summed[2024][1] > 0
    assert str(out) in capsys.readouterr().out


def test_what_several_files_cannot_do_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    a = _organisation(tmp_path / "a.sqlite", "A", ["ICT"], 1)
    b = _organisation(tmp_path / "b.sqlite", "B", ["ICT"], 1)
    two = ["--db", str(a), "--db", str(b)]
    cases = {
        "--unit names a unit of one file": [*PERIOD, "--unit", "1", "--out", "x.xlsx"],
        "over several files the answer is a workbook": [*PERIOD, "--out", "x.pdf"],
    }
    for said, options in cases.items():
        assert main(["report", "annual", *two, *options]) == 2
        assert said in capsys.readouterr().err
    assert main(["report", "profile", *two, *PERIOD, "--out", "x.xlsx"]) == 2
    assert "only 'report annual' reads several files" in capsys.readouterr().err
    missing = ["--db", str(a), "--db", str(tmp_path / "nowhere.sqlite")]
    assert main(["report", "annual", *missing, *PERIOD, "--out", str(tmp_path / "x.xlsx")]) == 2
    assert "nowhere.sqlite does not exist" in capsys.readouterr().err
    (tmp_path / "notes.sqlite").write_text("not a database", encoding="utf-8")
    garbage = ["--db", str(a), "--db", str(tmp_path / "notes.sqlite")]
    assert main(["report", "annual", *garbage, *PERIOD, "--out", str(tmp_path / "x.xlsx")]) == 2
    assert "notes.sqlite is not a StageDesk database" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()  # nothing half-written


def test_a_server_database_alongside_a_file(
    tmp_path: Path, postgres_url: URL, capsys: pytest.CaptureFixture[str]
) -> None:
    url = postgres_url.render_as_string(hide_password=False)
    server = open_url(url)
    try:
        _fill(server, "Provincie", ["Welzijn"], 2)
    finally:
        server.dispose()
    city = _organisation(tmp_path / "stad.sqlite", "Stad Aalst", ["ICT"], 2)
    out = tmp_path / "samen.xlsx"
    both = ["--db-url", url, "--db", str(city)]
    assert main(["report", "annual", *both, *PERIOD, "--out", str(out)]) == 0
    data = _data(out)
    assert {row[:2] for row in data[1:]} == {("Provincie", "Welzijn"), ("Stad Aalst", "ICT")}
    assert data[1][0] == "Provincie"  # the server's database first
    assert main(["internships", *both]) == 2
    assert "give --db or --db-url, not both" in capsys.readouterr().err
