"""A messy old list comes in, record by record; a second import creates nothing."""

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import func, select

from stagedesk.core.db.database import Database
from stagedesk.core.imports import Column
from stagedesk.core.models import (
    Application,
    ApplicationStatus,
    Candidate,
    EducationLevel,
    FormResponse,
    Gender,
    Internship,
    InternshipKind,
    InternshipStatus,
    Opportunity,
    OpportunityStatus,
    Programme,
    RequirementText,
    School,
    SchoolKind,
    StaffMember,
    Unit,
)
from tests.core.imports.lists import (
    MESSY_HEADER,
    MESSY_ROWS,
    TODAY,
    check,
    import_file,
    write_csv,
    write_xlsx,
)
from tests.paths import DATA


@pytest.fixture
def database(any_database: Database) -> Database:
    """Every import here runs on a SQLite file and on PostgreSQL (where the database,
    not the import, hands out the ids)."""
    return any_database


def _counts(session) -> dict[str, int]:  # type: ignore[no-untyped-def]
    models = (
        Unit, School, Programme, StaffMember, Opportunity, RequirementText, Candidate, Application
    )  # fmt: skip
    counts = {m.__name__: session.scalar(select(func.count()).select_from(m)) for m in models}
    counts["Internship"] = session.scalar(select(func.count()).select_from(Internship))
    return counts


def test_the_preview_counts_exactly_what_the_import_makes(database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "oud.xlsx", MESSY_HEADER, MESSY_ROWS)
    plan = check(database.sessions, path)
    assert plan.errors == []
    assert [p.row for p in plan.rows] == [2, 4, 5, 7, 8]  # blank lines skipped, file numbers
    assert dict(plan.created) == {
        "units": 3,
        "schools": 3,
        "programmes": 1,
        "mentors": 2,
        "opportunities": 3,  # Communicatie has one "(algemeen)" for Jan and Pierre
        "requirement_texts": 1,  # Helpdesk's, in 2024
        "candidates": 4,  # Jan twice (his e-mail in capitals the second time)
        "applications": 5,
        "internships": 3,
    }
    with database.sessions() as session:
        assert sum(_counts(session).values()) == 0  # checking wrote nothing
    result = import_file(database, path)
    assert result.created == plan.created
    with database.sessions() as session:
        assert _counts(session) == {
            "Unit": 3,
            "School": 3,
            "Programme": 1,
            "StaffMember": 2,
            "Opportunity": 3,
            "RequirementText": 1,
            "Candidate": 4,
            "Application": 5,
            "Internship": 3,
        }


def test_each_record_is_what_the_row_says(database, tmp_path: Path) -> None:
    import_file(database, write_xlsx(tmp_path / "oud.xlsx", MESSY_HEADER, MESSY_ROWS))
    with database.sessions() as s:
        jan = s.scalars(select(Candidate).where(Candidate.first_name == "Jan")).one()
        assert (jan.last_name, jan.email) == ("Peeters", "jan.peeters@example.be")
        assert jan.date_of_birth == dt.date(2003, 5, 1)
        assert jan.gender is Gender.MALE
        assert jan.education_level is EducationLevel.PROFESSIONAL_BACHELOR
        assert jan.school is not None and jan.school.name == "Hogeschool Gent"
        assert jan.school.kind is SchoolKind.UNIVERSITY_COLLEGE
        assert jan.programme is not None and jan.programme.name == "Office management"
        applications = sorted(jan.applications, key=lambda a: a.application_date)
        assert [(a.application_date, a.status) for a in applications] == [
            (dt.date(2024, 2, 3), ApplicationStatus.ACCEPTED),
            (dt.date(2025, 1, 10), ApplicationStatus.REJECTED),
        ]
        assert applications[1].opportunity is not None
        assert applications[1].opportunity.unit.name == "Communicatie"
        stage = s.scalars(select(Internship).where(Internship.candidate_id == jan.id)).one()
        assert (stage.start_date, stage.end_date) == (dt.date(2024, 3, 1), dt.date(2024, 5, 31))
        assert (stage.kind, stage.status) == (InternshipKind.CURRICULAR, InternshipStatus.COMPLETED)
        assert stage.hours_per_week == 38
        assert stage.hired_later and stage.hired_date == dt.date(2024, 9, 1)
        assert stage.hired_function == "Helpdeskmedewerker"
        assert stage.mentor is not None and stage.mentor.full_name == "An Claes"
        assert stage.mentor.is_mentor and stage.mentor.unit is stage.unit
        assert stage.application is applications[0]
        helpdesk = stage.opportunity
        assert helpdesk is not None and helpdesk.title == "Helpdesk"
        assert helpdesk.requirements == "Nederlands, Frans"
        assert helpdesk.status is OpportunityStatus.CLOSED

        celine = s.scalars(select(Candidate).where(Candidate.first_name == "Céline")).one()
        assert (celine.last_name, celine.gender) == ("Dubois", Gender.FEMALE)
        assert celine.school is not None and celine.school.kind is SchoolKind.UNIVERSITY
        hers = s.scalars(select(Internship).where(Internship.candidate_id == celine.id)).one()
        # "dienst ict" / "helpdesk  " / "an claes" are the same unit, function and mentor
        assert hers.unit is stage.unit and hers.opportunity is helpdesk
        assert hers.mentor is stage.mentor
        assert hers.kind is InternshipKind.VOLUNTARY and not hers.hired_later
        assert hers.application is not None
        assert hers.application.application_date == dt.date(2024, 7, 1)  # the start date

        els = s.scalars(select(Candidate).where(Candidate.first_name == "Els")).one()
        planned = s.scalars(select(Internship).where(Internship.candidate_id == els.id)).one()
        assert planned.status is InternshipStatus.PLANNED
        assert planned.kind is InternshipKind.WORK_BASED_LEARNING
        assert planned.opportunity is not None
        assert planned.opportunity.status is OpportunityStatus.FILLED
        # A planned internship gets its checklists, as one made in the window does.
        checklists = s.scalars(
            select(FormResponse.form_id).where(FormResponse.internship_id == planned.id)
        ).all()
        assert {"logistics_checklist", "welcome_checklist"} <= set(checklists)

        pierre = s.scalars(select(Candidate).where(Candidate.first_name == "Pierre")).one()
        assert pierre.school is not None and pierre.school.kind is SchoolKind.SECONDARY_SCHOOL
        assert [a.status for a in pierre.applications] == [ApplicationStatus.INTERVIEWED]
        general = pierre.applications[0].opportunity
        assert general is not None and general.title == "(algemeen)"


def test_a_second_import_of_the_same_list_creates_nothing(database, tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "oud.xlsx", MESSY_HEADER, MESSY_ROWS)
    import_file(database, path)
    with database.sessions() as session:
        before = _counts(session)
    again = check(database.sessions, path)
    assert sum(again.created.values()) == 0
    assert again.changes == []  # nothing to change either
    assert again.unchanged == len(again.rows)
    result = import_file(database, path)
    assert sum(result.created.values()) == 0
    with database.sessions() as session:
        assert _counts(session) == before


def test_existing_records_are_found_however_they_are_typed(database, tmp_path: Path) -> None:
    from tests.seed import seed_small

    seed_small(database.sessions)
    with database.sessions() as session:
        before = _counts(session)
    rows = [
        # Céline Lambert of the seed, by name and birth date, in another unit's words
        ["celine", "LAMBERT", None, "01/05/2003", "ict", "Communicatiemedewerker", "geweigerd"],
        # Jonas Claes by e-mail; "communicatie" is the seed's unit
        ["Jonas", "Claes", "Jonas@Example.be", None, "communicatie", None, "retiré"],
    ]
    header = ["First name", "Last name", "Email", "Date of birth", "Unit", "Function", "Status"]
    path = write_xlsx(tmp_path / "en.xlsx", header, rows)
    plan = check(database.sessions, path)
    assert plan.errors == []
    assert plan.created["candidates"] == 0 and plan.created["units"] == 0
    assert plan.created["opportunities"] == 2  # the function is another unit's; "(general)"
    import_file(database, path)
    with database.sessions() as session:
        after = _counts(session)
    assert after["Candidate"] == before["Candidate"]
    assert after["Application"] == before["Application"] + 2


def test_a_csv_from_excel_on_windows_is_read(database, tmp_path: Path) -> None:
    header = ["Prénom", "Nom", "Service", "Statut", "Type de stage", "Date de début"]
    header.append("Date de fin")
    rows = [["Hélène", "Boël", "Comptabilité", "en cours", "alternance", "1/2/2026", "30/4/2026"]]
    path = write_csv(tmp_path / "liste.csv", header, rows, encoding="cp1252")
    plan = check(database.sessions, path)
    assert plan.errors == [] and plan.warnings == []
    import_file(database, path)
    with database.sessions() as s:
        stage = s.scalars(select(Internship)).one()
        assert stage.intern.full_name == "Hélène Boël"
        assert stage.unit.name == "Comptabilité"
        assert stage.status is InternshipStatus.RUNNING
        assert stage.start_date == dt.date(2026, 2, 1)


def test_an_empty_status_follows_from_the_dates(database, tmp_path: Path) -> None:
    header = ["Voornaam", "Achternaam", "Dienst", "Begindatum", "Einddatum", "Soort stage"]
    rows = [
        ["A", "Verleden", "X", "01/01/2025", "31/01/2025", "andere"],
        ["B", "Nu", "X", "01/02/2026", "31/03/2026", "andere"],
        ["C", "Later", "X", "01/04/2026", "30/04/2026", "andere"],
        ["D", "Kandidaat", "X", None, None, None],
    ]
    plan = check(database.sessions, write_xlsx(tmp_path / "s.xlsx", header, rows), TODAY)
    assert [str(r.status) for r in plan.rows] == ["completed", "running", "planned", "applied"]


def test_header_matching_ignores_case_accents_and_spacing() -> None:
    from stagedesk.core.imports import match_columns

    match = match_columns(["PRENOM", "nom de famille", "E-MAIL ", "service", "Date De Début", "?"])
    assert match.columns[:5] == (
        Column.FIRST_NAME,
        Column.LAST_NAME,
        Column.EMAIL,
        Column.UNIT,
        Column.START_DATE,
    )
    assert match.missing == [] and match.unmatched == [5]
    doubled = match_columns(["Voornaam", "Achternaam", "Dienst", "Afdeling"])
    assert doubled.columns[3] is None  # the first header naming a column wins
    by_hand = doubled.with_column(3, Column.UNIT)
    assert by_hand.doubled == [Column.UNIT]


def test_old_excel_and_opendocument_files_read_like_xlsx() -> None:
    from stagedesk.core.imports import read_table

    # The same short list saved by LibreOffice as .xls (Excel 97–2003) and .ods.
    data = DATA
    xlsx = read_table(data / "old-list.xlsx")
    for name in ("old-list.xls", "old-list.ods"):
        other = read_table(data / name)
        assert other.headers == xlsx.headers
        assert [number for number, _ in other.rows] == [number for number, _ in xlsx.rows]
        for (_, mine), (_, theirs) in zip(other.rows, xlsx.rows, strict=True):
            # numbers may come back as 38.0 where xlsx says 38; the importer reads both
            assert [str(v).removesuffix(".0") for v in mine if v is not None] == [
                str(v).removesuffix(".0") for v in theirs if v is not None
            ]


def test_a_student_of_a_french_speaking_school_reads_french(database, tmp_path: Path) -> None:
    from stagedesk.core.models import Language

    with database.sessions.begin() as s:
        s.add(School(name="Haute École du Canal", kind=SchoolKind.UNIVERSITY_COLLEGE,
                     language=Language.FRENCH))  # fmt: skip
    header = ["Voornaam", "Achternaam", "Dienst", "Onderwijsinstelling"]
    rows = [["Zoé", "Lambert", "ICT", "haute ecole du canal"], ["Wout", "Peeters", "ICT", None]]
    import_file(database, write_xlsx(tmp_path / "talen.xlsx", header, rows))
    with database.sessions() as s:
        languages = dict(s.execute(select(Candidate.first_name, Candidate.language)).all())
    assert languages == {"Zoé": Language.FRENCH, "Wout": Language.DUTCH}  # else the org's
