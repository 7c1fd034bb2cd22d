"""The internship calendar: which events, and the .ics file parsed back with icalendar.

The seed (today 2 March 2026) with a small toolbox:
  Céline, running 02/02–20/03/2026: checklist "prep" (agreement due 13/01, done;
    insurance due 23/01 and badge due 04/03, open), a visit 20/02, feedback 01/03, an
    absence 25/02 (not an evaluation moment), both surveys not handed back.
  Sara, planned 16/03–30/04/2026: agreement due 24/02, insurance 06/03, badge 15/04; both
    surveys ahead (planned counts as running).
  Jonas, completed 02/09/2024–31/01/2025: more than a year ago, so left out unless asked
    for; his intern survey came back, his mentor's did not.
"""

import datetime as dt
from pathlib import Path

import pytest
from icalendar import Calendar
from sqlalchemy import select

from stagedesk.cli.main import main
from stagedesk.core.calendar.days import NoSuchInternship, calendar_identity, load_calendar
from stagedesk.core.db.database import Database
from stagedesk.core.forms import CheckAnswer, CheckStatus, FormRegistry, RecordKind
from stagedesk.core.forms.checklists import sync_checklists
from stagedesk.core.forms.overview import change_check
from stagedesk.core.forms.responses import find_response
from stagedesk.core.models import (
    FollowUpEntry,
    FollowUpKind,
    FormResponse,
    Internship,
    InternshipKind,
    InternshipStatus,
    OrganisationSettings,
    ResponseStatus,
)
from stagedesk.output.ics import calendar_bytes, write_calendar
from tests.forms_support import T, survey_toml
from tests.seed import TODAY, Seed, seed_small

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

D = dt.date
CHECKLIST = f"""
id = "prep"
version = 1
kind = "checklist"
filled_by = "coordinator"
record = "internship"
stages = ["planned", "running"]
title = {{ nl = "Voorbereiding", fr = "Préparation", en = "Preparation" }}

[[sections]]
id = "before"
title = {T}

[[sections.fields]]
id = "agreement"
type = "check"
label = {{ nl = "Overeenkomst", fr = "Convention", en = "Agreement" }}
due_day = -20

[[sections.fields]]
id = "insurance"
type = "check"
label = {{ nl = "Verzekering", fr = "Assurance", en = "Insurance" }}
due_day = -10

[[sections.fields]]
id = "badge"
type = "check"
label = {{ nl = "Badge", fr = "Badge", en = "Badge" }}
due_day = 30
"""


def _survey(form_id: str, filled_by: str, title: str) -> str:
    return survey_toml(form_id, filled_by, nl=f"{title} (nl)", fr=f"{title} (fr)", en=title)


@pytest.fixture
def registry(tmp_path: Path) -> FormRegistry:
    folder = tmp_path / "forms"
    folder.mkdir()
    (folder / "prep.toml").write_text(CHECKLIST, encoding="utf-8")
    for form_id, by, title in (
        ("intern_survey", "intern", "Intern survey"),
        ("mentor_survey", "mentor", "Mentor survey"),
        ("info", "coordinator", "Info"),  # the coordinator's own: no moment to ask for
    ):
        (folder / f"{form_id}.toml").write_text(_survey(form_id, by, title), "utf-8")
    return FormRegistry.load([folder])


@pytest.fixture
def seed(database: Database, registry: FormRegistry) -> Seed:
    seed = seed_small(database.sessions)
    running = seed.internships["running"]
    with database.sessions.begin() as s:
        old = Internship(
            candidate_id=seed.candidates["jonas"],
            unit_id=seed.units["ict"],
            kind=InternshipKind.CURRICULAR,
            start_date=D(2024, 9, 2),
            end_date=D(2025, 1, 31),
            status=InternshipStatus.COMPLETED,
        )
        s.add(old)
        s.flush()
        seed.internships["old"] = old.id
        s.add_all(
            [
                FollowUpEntry(
                    internship_id=running, entry_date=D(2026, 3, 1), kind=FollowUpKind.FEEDBACK
                ),
                FollowUpEntry(
                    internship_id=running, entry_date=D(2026, 2, 25), kind=FollowUpKind.ABSENCE
                ),
                FormResponse(
                    form_id="intern_survey",
                    form_version=1,
                    internship_id=old.id,
                    status=ResponseStatus.COMPLETE,
                ),
            ]
        )
        for internship in s.scalars(select(Internship)):
            sync_checklists(s, registry, internship, None)
        response = find_response(s, "prep", RecordKind.INTERNSHIP, running)
        assert response is not None
        change_check(
            s,
            registry.get("prep"),
            response.id,
            "agreement",
            lambda a: CheckAnswer(CheckStatus.DONE, D(2026, 1, 10), None, a.due),
        )
    return seed


def events(database: Database, registry: FormRegistry, **options: object) -> set[tuple]:
    with database.sessions() as session:
        calendar = load_calendar(session, registry, today=TODAY, **options)  # type: ignore[arg-type]
    return {(e.kind.value, e.day, e.title) for e in calendar.events}


CELINE = {
    ("start", D(2026, 2, 2), "Céline Lambert starts"),
    ("end", D(2026, 3, 20), "Céline Lambert ends"),
    ("check", D(2026, 1, 23), "Insurance (Céline Lambert)"),
    ("check", D(2026, 3, 4), "Badge (Céline Lambert)"),
    ("visit", D(2026, 2, 20), "Visit: Céline Lambert"),
    ("feedback", D(2026, 3, 1), "Feedback moment: Céline Lambert"),
    ("survey", D(2026, 3, 20), "Intern survey: Céline Lambert"),
    ("survey", D(2026, 3, 20), "Mentor survey: Céline Lambert"),
}
SARA = {
    ("start", D(2026, 3, 16), "Sara El Amrani starts"),
    ("end", D(2026, 4, 30), "Sara El Amrani ends"),
    ("check", D(2026, 2, 24), "Agreement (Sara El Amrani)"),
    ("check", D(2026, 3, 6), "Insurance (Sara El Amrani)"),
    ("check", D(2026, 4, 15), "Badge (Sara El Amrani)"),
    ("survey", D(2026, 4, 30), "Intern survey: Sara El Amrani"),
    ("survey", D(2026, 4, 30), "Mentor survey: Sara El Amrani"),
}
JONAS = {
    ("start", D(2024, 9, 2), "Jonas Claes starts"),
    ("end", D(2025, 1, 31), "Jonas Claes ends"),
    ("survey", D(2025, 1, 31), "Mentor survey: Jonas Claes"),
}


def test_the_events_of_internships_that_did_not_end_long_ago(
    database: Database, registry: FormRegistry, seed: Seed
) -> None:
    assert events(database, registry, language="en") == CELINE | SARA


def test_an_earlier_date_brings_older_internships_back(
    database: Database, registry: FormRegistry, seed: Seed
) -> None:
    found = events(database, registry, language="en", since=D(2025, 1, 1))
    assert found == CELINE | SARA | JONAS


def test_one_internship_has_all_its_events_and_its_own_name(
    database: Database, registry: FormRegistry, seed: Seed
) -> None:
    assert events(database, registry, language="en", internship_id=seed.internships["old"]) == (
        JONAS
    )
    with database.sessions() as session:
        calendar = load_calendar(
            session, registry, language="en", today=TODAY, internship_id=seed.internships["planned"]
        )
        assert calendar.name == "Internship Sara El Amrani"
        assert {(e.kind.value, e.day, e.title) for e in calendar.events} == SARA
        with pytest.raises(NoSuchInternship):
            load_calendar(session, registry, language="en", today=TODAY, internship_id=999)


def test_titles_in_dutch_and_french(database: Database, registry: FormRegistry, seed: Seed) -> None:
    running = seed.internships["running"]
    dutch = events(database, registry, language="nl", internship_id=running)
    assert ("start", D(2026, 2, 2), "Start stage Céline Lambert") in dutch
    assert ("check", D(2026, 1, 23), "Verzekering (Céline Lambert)") in dutch
    assert ("survey", D(2026, 3, 20), "Intern survey (nl): Céline Lambert") in dutch
    french = events(database, registry, language="fr", internship_id=running)
    assert ("end", D(2026, 3, 20), "Fin du stage de Céline Lambert") in french
    assert ("feedback", D(2026, 3, 1), "Moment de feedback : Céline Lambert") in french


def parse(data: bytes) -> tuple[Calendar, dict[str, dict[str, object]]]:
    calendar = Calendar.from_ical(data)
    found = {}
    for event in calendar.walk("VEVENT"):
        found[str(event["UID"])] = {
            "start": event.decoded("DTSTART"),
            "end": event.decoded("DTEND"),
            "value": event["DTSTART"].params.get("VALUE"),
            "summary": str(event["SUMMARY"]),
            "description": str(event["DESCRIPTION"]),
            "categories": [str(c) for c in event["CATEGORIES"].cats],
            "sequence": int(event["SEQUENCE"]),
            "stamp": event.decoded("DTSTAMP"),
            "modified": event.decoded("LAST-MODIFIED"),
            "transp": str(event["TRANSP"]),
        }
    return calendar, found


def _ics(database: Database, registry: FormRegistry, now: dt.datetime) -> bytes:
    with database.sessions() as session:
        calendar = load_calendar(session, registry, language="en", today=TODAY)
    return calendar_bytes(calendar, now=now)


def test_the_ics_file_parses_back_with_all_day_events(
    database: Database, registry: FormRegistry, seed: Seed, tmp_path: Path
) -> None:
    now = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    calendar, found = parse(_ics(database, registry, now))
    assert str(calendar["X-WR-CALNAME"]) == "Internships – Voorbeeldorganisatie"
    assert str(calendar["PRODID"]).startswith("-//StageDesk//")
    assert str(calendar["VERSION"]) == "2.0"
    assert len(found) == len(CELINE | SARA)
    with database.sessions() as session:
        identity = calendar_identity(session)
    running = seed.internships["running"]
    start = found[f"internship-{running}-start@{identity}.stagedesk"]
    assert start["summary"] == "Céline Lambert starts"
    assert (start["start"], start["end"], start["value"]) == (D(2026, 2, 2), D(2026, 2, 3), "DATE")
    assert type(start["start"]) is dt.date  # all-day, not a moment
    assert start["categories"] == ["StageDesk", "Internship"]
    assert "Unit: Communicatie" in start["description"]
    assert "Mentor: An Peeters" in start["description"]
    assert start["stamp"] == now
    assert start["transp"] == "TRANSPARENT"
    modified = start["modified"]
    assert isinstance(modified, dt.datetime) and modified.utcoffset() == dt.timedelta(0)
    checks = [e for e in found.values() if e["categories"] == ["StageDesk", "Checklist"]]
    assert {c["summary"] for c in checks} >= {"Insurance (Céline Lambert)"}
    assert all("Checklist: Preparation" in c["description"] for c in checks)


def test_exporting_again_updates_the_same_events(
    database: Database, registry: FormRegistry, seed: Seed
) -> None:
    now = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    _, first = parse(_ics(database, registry, now))
    _, again = parse(_ics(database, registry, now))
    assert set(first) == set(again)
    running = seed.internships["running"]
    with database.sessions.begin() as s:
        s.scalars(select(OrganisationSettings)).one().name = "Nieuwe naam"
        internship = s.get(Internship, running)
        assert internship is not None
        internship.start_date = D(2026, 2, 9)
        s.flush()
        sync_checklists(s, registry, internship, D(2026, 2, 2))
    _, moved = parse(_ics(database, registry, now))
    assert set(moved) == set(first)  # the same UIDs, even with a new organisation name
    start = next(uid for uid in first if uid.startswith(f"internship-{running}-start@"))
    assert moved[start]["start"] == D(2026, 2, 9)
    assert moved[start]["sequence"] > first[start]["sequence"]
    insurance = next(
        uid
        for uid in first
        if "-insurance@" in uid and first[uid]["summary"] == "Insurance (Céline Lambert)"
    )
    assert (first[insurance]["start"], moved[insurance]["start"]) == (
        D(2026, 1, 23),
        D(2026, 1, 30),
    )
    assert moved[insurance]["sequence"] > first[insurance]["sequence"]


def test_without_an_organisation_the_identity_is_still_fixed(database: Database) -> None:
    with database.sessions() as session:
        assert calendar_identity(session) == "stagedesk"
    with database.sessions.begin() as session:
        session.add(OrganisationSettings(name="X"))
    with database.sessions() as session:
        identity = calendar_identity(session)
    assert identity.startswith("db") and identity[2:].isdigit()


def test_the_file_is_written_whole(
    database: Database, registry: FormRegistry, seed: Seed, tmp_path: Path
) -> None:
    with database.sessions() as session:
        calendar = load_calendar(session, registry, language="en", today=TODAY)
    target = tmp_path / "out" / "internships.ics"
    target.parent.mkdir()
    assert write_calendar(calendar, target) == len(CELINE | SARA)
    assert [p.name for p in target.parent.iterdir()] == ["internships.ics"]
    assert Calendar.from_ical(target.read_bytes())["X-WR-CALNAME"]


def test_cli_writes_the_calendar_and_refuses_bad_input(
    database: Database,
    seed: Seed,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "sara.ics"
    common = ["calendar", "--db", str(db_path)]
    planned = str(seed.internships["planned"])
    assert main([*common, "--internship", planned, "--lang", "fr", "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith(f"{out}\t")
    summaries = {str(e["SUMMARY"]) for e in Calendar.from_ical(out.read_bytes()).walk("VEVENT")}
    assert "Début du stage de Sara El Amrani" in summaries
    assert "Convention (Sara El Amrani)" in summaries  # the form kept in the database
    for arguments, reason in (
        (["--internship", "999", "--out", str(out)], "no internship 999"),
        (["--out", str(tmp_path / "x.txt")], "use FILE.ics"),
        (["--out", str(tmp_path / "missing" / "x.ics")], "does not exist"),
    ):
        assert main([*common, *arguments]) == 2
        error = capsys.readouterr().err
        assert error.startswith("stagedesk: ") and reason in error
        assert len(error.strip().splitlines()) == 1
