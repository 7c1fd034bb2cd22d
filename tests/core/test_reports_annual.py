"""The annual overview on a hand-built fixture; every expected number is worked out by hand.

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

Fixture (today = 1 June 2025, calendar years 2023–2025 unless said otherwise):

units: Finance; "=SUM(A1)" (a name that looks like a formula); Legal (applicants, no
interns); Empty (nothing at all). Every unit appears in every year, with zeros: a missing
row would read as a missing answer; so does "(spontaneous)", which has an applicant in 2024.

applications: Finance 2023-12-31, 2024-01-01, 2024-06-10 (accepted); "=SUM(A1)"
2024-03-01; Legal 2024-05-05, 2024-09-09; spontaneous 2024-02-02 and 2022-12-31 (outside).

internships:
  i1 Finance curricular 2023-12-15..2024-01-14 completed, hired 2026 as "Boekhouder":
     17 + 14 = 31 days, counted in 2023
  i2 Finance voluntary 2024-02-01..2024-02-29 stopped early: 29 days (leap year), counted
  i3 Finance curricular 2024-03-01..2024-03-31 completed, hired, no function: 31 days
  i4 Finance curricular 2025-09-01..2025-10-31 planned, in the future: not counted
  i5 "=SUM(A1)" observation 2024-07-01..2024-07-05: 5 days
  i6 Finance job seeker 2025-05-01..2025-07-31 running: 31 + 30 + 31 = 92 days
  i7 Finance curricular 2025-05-15..2025-06-15 still "planned" but started: 17 + 15 = 32 days
"""

import datetime as dt
import zipfile
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy.orm import Session

from stagedesk.cli.main import main
from stagedesk.core.db.database import Database
from stagedesk.core.models import (
    Application,
    ApplicationStatus,
    Candidate,
    Internship,
    InternshipKind,
    InternshipStatus,
    Opportunity,
    Unit,
)
from stagedesk.core.reports import annual_overview
from stagedesk.core.reports.scope import ReportScope
from stagedesk.output.xlsx import write_annual_overview
from tests.databases import on_command_line

TODAY = dt.date(2025, 6, 1)
K = InternshipKind
D = dt.date


def _candidate(session: Session) -> Candidate:
    candidate = Candidate(first_name="Ann", last_name="Peeters")
    session.add(candidate)
    return candidate


def _apply(
    session: Session, opportunity: Opportunity | None, day: dt.date, **extra: object
) -> None:
    session.add(
        Application(
            candidate=_candidate(session),
            opportunity=opportunity,
            application_date=day,
            **extra,
        )
    )


def _intern(
    session: Session,
    unit: Unit,
    kind: InternshipKind,
    start: dt.date,
    end: dt.date,
    status: InternshipStatus,
    opportunity: Opportunity | None = None,
    **extra: object,
) -> None:
    session.add(
        Internship(
            intern=_candidate(session),
            unit=unit,
            opportunity=opportunity,
            kind=kind,
            start_date=start,
            end_date=end,
            status=status,
            **extra,
        )
    )


@pytest.fixture
def database(any_database: Database) -> Database:
    """The reports' queries run on a SQLite file and on PostgreSQL alike."""
    return any_database


@pytest.fixture
def units(database: Database) -> dict[str, int]:
    with database.sessions.begin() as session:
        finance, formula, legal, empty = (
            Unit(name=name) for name in ("Finance", "=SUM(A1)", "Legal", "Empty")
        )
        session.add_all([finance, formula, legal, empty])
        accountant = Opportunity(
            title="Accountant", unit=finance, requirements="Bachelor accounting"
        )
        analyst = Opportunity(title="Analyst", unit=formula)
        jurist = Opportunity(title="Jurist", unit=legal, requirements="Master law")
        session.add_all([accountant, analyst, jurist])
        _apply(session, accountant, D(2023, 12, 31))
        _apply(session, accountant, D(2024, 1, 1))
        _apply(session, accountant, D(2024, 6, 10), status=ApplicationStatus.ACCEPTED)
        _apply(session, analyst, D(2024, 3, 1))
        _apply(session, jurist, D(2024, 5, 5))
        _apply(session, jurist, D(2024, 9, 9))
        _apply(session, None, D(2024, 2, 2))
        _apply(session, None, D(2022, 12, 31))
        done, stopped = InternshipStatus.COMPLETED, InternshipStatus.STOPPED_EARLY
        planned, running = InternshipStatus.PLANNED, InternshipStatus.RUNNING
        _intern(
            session,
            finance,
            K.CURRICULAR,
            D(2023, 12, 15),
            D(2024, 1, 14),
            done,
            accountant,
            hired_later=True,
            hired_date=D(2026, 3, 1),
            hired_function="Boekhouder",
        )
        _intern(session, finance, K.VOLUNTARY, D(2024, 2, 1), D(2024, 2, 29), stopped)
        _intern(
            session, finance, K.CURRICULAR, D(2024, 3, 1), D(2024, 3, 31), done, hired_later=True
        )
        _intern(session, finance, K.CURRICULAR, D(2025, 9, 1), D(2025, 10, 31), planned)
        _intern(session, formula, K.OBSERVATION, D(2024, 7, 1), D(2024, 7, 5), done, analyst)
        _intern(session, finance, K.JOB_SEEKER, D(2025, 5, 1), D(2025, 7, 31), running)
        _intern(session, finance, K.CURRICULAR, D(2025, 5, 15), D(2025, 6, 15), planned)
        session.flush()
        return {unit.name: unit.id for unit in (finance, formula, legal, empty)}


def _kinds(**counts: int) -> dict[InternshipKind, int]:
    return {kind: counts.get(kind.name.lower(), 0) for kind in InternshipKind}


def _overview(database: Database, **options: object):  # type: ignore[no-untyped-def]
    with database.sessions() as session:
        return annual_overview(
            session,
            ReportScope(**{"first_year": 2023, "last_year": 2025, "today": TODAY, **options}),
        )


def test_every_figure_per_unit_and_year(database: Database, units: dict[str, int]) -> None:
    overview = _overview(database)
    got = [
        (r.unit, r.year, r.applicants, r.interns, r.average_days, r.average_weeks, r.hired_later)
        for r in overview.rows
    ]
    nothing = (None, None, 0)
    assert got == [
        ("=SUM(A1)", "2023", 0, 0, *nothing),
        ("Empty", "2023", 0, 0, *nothing),
        ("Finance", "2023", 1, 1, 31.0, 4.4, 1),
        ("Legal", "2023", 0, 0, *nothing),
        ("(spontaan)", "2023", 0, 0, *nothing),
        ("=SUM(A1)", "2024", 1, 1, 5.0, 0.7, 0),
        ("Empty", "2024", 0, 0, *nothing),
        ("Finance", "2024", 2, 2, 30.0, 4.3, 1),
        ("Legal", "2024", 2, 0, *nothing),
        ("(spontaan)", "2024", 1, 0, *nothing),
        ("=SUM(A1)", "2025", 0, 0, *nothing),
        ("Empty", "2025", 0, 0, *nothing),
        ("Finance", "2025", 0, 2, 62.0, 8.9, 0),
        ("Legal", "2025", 0, 0, *nothing),
        ("(spontaan)", "2025", 0, 0, *nothing),
    ]
    kinds = {(r.unit, r.year): r.kinds for r in overview.rows if r.interns}
    assert kinds == {
        ("Finance", "2023"): _kinds(curricular=1),
        ("=SUM(A1)", "2024"): _kinds(observation=1),
        ("Finance", "2024"): _kinds(curricular=1, voluntary=1),
        ("Finance", "2025"): _kinds(curricular=1, job_seeker=1),
    }
    assert list(overview.rows[0].kinds)[:2] == [K.CURRICULAR, K.VOLUNTARY]
    # i1 was hired in 2026 (after the period), i3 on no known date: none by hiring date.
    hired = [
        (h.unit, h.function, h.year, h.by_hiring, h.by_internship)
        for h in overview.hired_by_function
    ]
    assert hired == [("Finance", "Boekhouder", "2023", 0, 1), ("Finance", "—", "2024", 0, 1)]
    assert [r.hired for r in overview.rows] == [0] * 15
    # every text, with the years it held (the years its function had someone); no text, no row
    assert [(q.unit, q.function, q.text, q.years) for q in overview.requirements] == [
        ("Finance", "Accountant", "Bachelor accounting", "2023, 2024"),
        ("Legal", "Jurist", "Master law", "2024"),
    ]
    # Nobody was paid; no reason was written down.
    assert [(r.unit, r.year, r.paid, r.unpaid) for r in overview.rows if r.interns] == [
        ("Finance", "2023", 0, 1),
        ("=SUM(A1)", "2024", 0, 1),
        ("Finance", "2024", 0, 2),
        ("Finance", "2025", 0, 2),
    ]
    assert [(u.unit, u.year, u.reason, u.interns) for u in overview.unpaid_reasons] == [
        ("Finance", "2023", "—", 1),
        ("=SUM(A1)", "2024", "—", 1),
        ("Finance", "2024", "—", 2),
        ("Finance", "2025", "—", 2),
    ]
    totals = [(t.year, t.applicants, t.interns, t.hired_later) for t in overview.totals]
    assert totals == [("2023", 1, 1, 1), ("2024", 6, 3, 1), ("2025", 0, 2, 0)]
    assert overview.period == "2023–2025"


def test_spontaneous_is_named_in_the_language(database: Database, units: dict[str, int]) -> None:
    for language, name in (("fr", "(spontanée)"), ("en", "(spontaneous)")):
        rows = _overview(database, language=language, first_year=2024, last_year=2024).rows
        assert rows[-1].unit == name
        assert rows[-1].applicants == 1


def test_filters_by_unit_and_kind(database: Database, units: dict[str, int]) -> None:
    only_finance = _overview(database, unit_ids=[units["Finance"]])
    assert [(r.unit, r.year, r.applicants, r.interns) for r in only_finance.rows] == [
        ("Finance", "2023", 1, 1),
        ("Finance", "2024", 2, 2),
        ("Finance", "2025", 0, 2),
    ]
    curricular = _overview(database, kinds=[K.CURRICULAR], first_year=2024, last_year=2025)
    assert [(r.unit, r.year, r.applicants, r.interns, r.average_days) for r in curricular.rows] == [
        ("=SUM(A1)", "2024", 1, 0, None),
        ("Empty", "2024", 0, 0, None),
        ("Finance", "2024", 2, 1, 31.0),
        ("Legal", "2024", 2, 0, None),
        ("(spontaan)", "2024", 1, 0, None),
        ("=SUM(A1)", "2025", 0, 0, None),
        ("Empty", "2025", 0, 0, None),
        ("Finance", "2025", 0, 1, 32.0),
        ("Legal", "2025", 0, 0, None),
        ("(spontaan)", "2025", 0, 0, None),
    ]


def test_bad_period_and_unknown_unit_are_refused(database: Database, units: dict[str, int]) -> None:
    with pytest.raises(ValueError, match="backwards"):
        _overview(database, first_year=2025, last_year=2020)
    with pytest.raises(ValueError, match="unknown unit id"):
        _overview(database, unit_ids=[9999])


def test_academic_years_start_on_1_september(database: Database) -> None:
    with database.sessions.begin() as session:
        unit = Unit(name="Finance")
        _intern(
            session, unit, K.VOLUNTARY, D(2024, 8, 15), D(2024, 8, 31), InternshipStatus.COMPLETED
        )
        _intern(
            session, unit, K.CURRICULAR, D(2024, 9, 1), D(2024, 9, 30), InternshipStatus.COMPLETED
        )
    rows = _overview(database, first_year=2023, last_year=2024, academic=True).rows
    assert [(r.year, r.interns, r.average_days) for r in rows] == [
        ("2023–2024", 1, 17.0),
        ("2024–2025", 1, 30.0),
    ]


def test_workbook_reads_back(database: Database, units: dict[str, int], tmp_path: Path) -> None:
    target = tmp_path / "annual.xlsx"
    write_annual_overview(_overview(database), target, language="nl")
    book = load_workbook(target)
    assert book.sheetnames[0] == "Overzicht"
    data = book["Gegevens"]
    rows = list(data.iter_rows(values_only=True))
    assert rows[0] == (
        "Dienst",
        "Jaar",
        "Kandidaten",
        "Stagiairs",
        "Gemiddelde duur (dagen)",
        "Curriculair",
        "Vrijwillig",
        "Later aangeworven",
        "Bezoldigd",
        "Onbezoldigd",
    )
    none = (0, 0, None, 0, 0, 0, 0, 0)
    assert rows[1:] == [
        ("=SUM(A1)", 2023, *none),
        ("Empty", 2023, *none),
        ("Finance", 2023, 1, 1, 31.0, 1, 0, 1, 0, 1),
        ("Legal", 2023, *none),
        ("(spontaan)", 2023, *none),
        ("=SUM(A1)", 2024, 1, 1, 5.0, 0, 0, 0, 0, 1),
        ("Empty", 2024, *none),
        ("Finance", 2024, 2, 2, 30.0, 1, 1, 1, 0, 2),
        ("Legal", 2024, 2, 0, None, 0, 0, 0, 0, 0),
        ("(spontaan)", 2024, 1, 0, None, 0, 0, 0, 0, 0),
        ("=SUM(A1)", 2025, *none),
        ("Empty", 2025, *none),
        ("Finance", 2025, 0, 2, 62.0, 1, 0, 0, 0, 2),
        ("Legal", 2025, *none),
        ("(spontaan)", 2025, *none),
    ]
    formula_unit = data["A2"]
    assert formula_unit.value == "=SUM(A1)"
    assert formula_unit.data_type == "s"
    assert type(data["C2"].value) is int and type(data["B2"].value) is int  # years: numbers
    # a whole-number average is stored as "31" and reads back as 31; its format stays 0.0
    assert data["E4"].value == 31.0
    duration = list(book["Duur"].iter_rows(min_row=2, values_only=True))
    assert duration[2] == ("Finance", 2023, 1, 31, 4.4, None)  # hours: none known
    assert type(duration[2][4]) is float
    assert data["E4"].number_format == "0.0"
    assert data.freeze_panes == "A2"
    assert list(data.tables) == ["TableGegevens"]
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            assert all(cell.data_type != "f" for cell in row)
    overview = list(book["Overzicht"].iter_rows(values_only=True))
    # The year's total counts people: six applicants, each applied once.
    assert ("Totaal (personen)", 2024, 6, 3, pytest.approx(65 / 3), 3.1, 1, 0, 0, 3) in overview
    assert overview[1][:2] == ("Periode", "2023–2025")
    how = [row[0] for row in book["Zo tellen we"].iter_rows(values_only=True)]
    assert how[0] == "Zo tellen we" and len(how) == 12
    assert any("telt één keer in het totaal" in line for line in how)
    requirements = list(book["Vereisten per functie"].iter_rows(values_only=True))
    assert requirements[1] == ("Finance", "Accountant", "Bachelor accounting", "2023, 2024")
    french = tmp_path / "annual-fr.xlsx"
    write_annual_overview(_overview(database, language="fr"), french, language="fr")
    assert next(load_workbook(french)["Données"].iter_rows(values_only=True)) == (
        "Service",
        "Année",
        "Candidats",
        "Stagiaires",
        "Durée moyenne (jours)",
        "Curriculaire",
        "Volontaire",
        "Engagés par la suite",
        "Rémunéré",
        "Non rémunéré",
    )


def test_cli_writes_the_workbook_and_refuses_bad_input(
    database: Database,
    units: dict[str, int],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "out.xlsx"
    common = ["report", "annual", *on_command_line(database)]
    assert main([*common, "--from", "2023", "--to", "2025", "--out", str(out)]) == 0
    data = load_workbook(out)["Gegevens"]
    assert "Finance" in [row[0] for row in data.iter_rows(values_only=True)]
    assert main([*common, "--from", "2025", "--to", "2020", "--out", str(out)]) == 2
    assert "backwards" in capsys.readouterr().err
    assert (
        main([*common, "--from", "2023", "--to", "2025", "--unit", "999", "--out", str(out)]) == 2
    )
    assert "unknown unit id(s): 999" in capsys.readouterr().err
    assert main([*common, "--from", "2023", "--to", "2025", "--out", str(tmp_path / "a.csv")]) == 2
    assert "use FILE.xlsx or FILE.pdf" in capsys.readouterr().err
    with_threshold = [*common, *("--from", "2023", "--to", "2025", "--hours-threshold", "300")]
    assert main([*with_threshold, "--lang", "en", "--out", str(out)]) == 0
    more = load_workbook(out)["Drop-out, telework, hours"]
    assert more.cell(1, 9).value == "At least 300 hours"
    with pytest.raises(SystemExit):  # argparse: "give a number of hours from 1 to 2500"
        main([*common, "--from", "2023", "--to", "2025", "--hours-threshold", "0"])


def test_workbook_has_a_native_chart_of_interns_per_year(
    database: Database, units: dict[str, int], tmp_path: Path
) -> None:
    target = tmp_path / "annual.xlsx"
    write_annual_overview(_overview(database), target, language="nl")
    with zipfile.ZipFile(target) as archive:
        assert "xl/charts/chart1.xml" in archive.namelist()
        chart = archive.read("xl/charts/chart1.xml").decode()
    assert "barChart" in chart
    assert "'Grafiek'!$B$2:$B$4" in chart
    book = load_workbook(target)
    assert book.sheetnames[:2] == ["Overzicht", "Grafiek"]
    # interns per year, summed over units, worked out by hand from the fixture
    assert list(book["Grafiek"].iter_rows(values_only=True)) == [
        ("Jaar", "Stagiairs"),
        ("2023", 1),
        ("2024", 3),
        ("2025", 2),
    ]


def test_a_function_offered_each_year_is_one_row_per_text(database: Database) -> None:
    """A unit offers "Helpdesk" as a new opportunity every year: the reader asks per
    function, so each text is one row with all its years; a new text is a row of its own."""
    with database.sessions.begin() as session:
        ict = Unit(name="ICT")
        texts = {2023: "Nederlands", 2024: "Nederlands", 2025: "Nederlands en Frans"}
        for year, text in texts.items():
            helpdesk = Opportunity(title="Helpdesk", unit=ict, requirements=text)
            _apply(session, helpdesk, D(year, 2, 1))
    requirements = _overview(database).requirements
    assert [(q.unit, q.function, q.text, q.years) for q in requirements] == [
        ("ICT", "Helpdesk", "Nederlands", "2023, 2024"),
        ("ICT", "Helpdesk", "Nederlands en Frans", "2025"),
    ]


def test_interns_per_unit_over_the_years_on_one_sheet(
    database: Database, units: dict[str, int], tmp_path: Path
) -> None:
    """Question 003: a unit a row, a year a column, worked out by hand from the fixture."""
    target = tmp_path / "annual.xlsx"
    write_annual_overview(_overview(database), target, language="nl")
    table = list(load_workbook(target)["Stagiairs per jaar (tabel)"].iter_rows(values_only=True))
    assert table == [
        ("Dienst", "2023", "2024", "2025", "Totaal"),
        ("=SUM(A1)", 0, 1, 0, 1),
        ("Empty", 0, 0, 0, 0),
        ("Finance", 1, 2, 2, 5),
        ("Legal", 0, 0, 0, 0),
        ("(spontaan)", 0, 0, 0, 0),
        ("Totaal", 1, 3, 2, 6),
    ]


def test_drop_out_telework_hours_and_the_years_compared(
    database: Database, units: dict[str, int], tmp_path: Path
) -> None:
    """Worked out by hand: Finance 2024 has two interns, one stopped early (i2)."""
    target = tmp_path / "annual.xlsx"
    write_annual_overview(_overview(database), target, language="en")
    book = load_workbook(target)
    more = list(book["Drop-out, telework, hours"].iter_rows(values_only=True))
    assert more[0][-1] == "At least 160 hours"
    assert ("Finance", 2024, 2, 1, 50.0, 0, 0.0, 0, 0) in more
    assert ("Legal", 2024, 0, 0, None, 0, None, 0, 0) in more
    trend = list(book["Year on year"].iter_rows(values_only=True))
    assert trend[1:4] == [
        (2023, 1, 1, 31.0, 0.0, 0.0, 0.0, 0),
        (2024, 6, 3, pytest.approx(65 / 3), 33.3, 0.0, 0.0, 0),
        (2025, 0, 2, 62.0, 0.0, 0.0, 0.0, 0),
    ]
    assert trend[5] == ("Change from the year before",) + (None,) * 7
    assert trend[6:] == [
        (2024, 5, 2, -9.3, 33.3, 0.0, 0.0, 0),
        (2025, -6, -1, 40.3, -33.3, 0.0, 0.0, 0),
    ]
