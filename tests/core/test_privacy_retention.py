"""Retention: exactly the people due are picked, on the right day; the settings of the
yearly review; and every report counts the same after anonymising."""

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from stagedesk.core.db.database import Database, open_sqlite
from stagedesk.core.demo.generate import DemoOptions, generate
from stagedesk.core.models import (
    Application,
    ApplicationStatus,
    Candidate,
    Internship,
    InternshipKind,
    InternshipStatus,
    OrganisationSettings,
)
from stagedesk.core.privacy import (
    Options,
    RetentionSettings,
    anonymise,
    due_for_anonymising,
    mark_reviewed,
    postpone,
    read_settings,
    set_years,
)
from stagedesk.core.reports import annual_overview, intern_profile, partners, satisfaction
from stagedesk.core.reports.scope import ReportScope
from tests.privacy_support import REGISTRY
from tests.seed import Seed, seed_small

pytestmark = pytest.mark.clock  # see tests/moved_clock.py


@pytest.fixture
def seed(database: Database) -> Seed:
    return seed_small(database.sessions)


@pytest.fixture
def people(database: Database, seed: Seed) -> dict[str, int]:
    """Former candidates and interns whose last dealings end on known days."""
    found: dict[str, int] = {}
    opportunity = seed.opportunities["writer"]

    def apply(s, who: str, on: dt.date, status: ApplicationStatus, decided: dt.date | None):  # type: ignore[no-untyped-def]
        if who not in found:
            person = Candidate(first_name=who, last_name="Test")
            s.add(person)
            s.flush()
            found[who] = person.id
        s.add(
            Application(
                candidate_id=found[who],
                opportunity_id=opportunity,
                application_date=on,
                status=status,
                decision_date=decided,
            )
        )
        s.flush()

    def intern(s, who: str, start: dt.date, end: dt.date, status: InternshipStatus) -> None:  # type: ignore[no-untyped-def]
        s.add(
            Internship(
                candidate_id=found[who],
                unit_id=seed.units["comm"],
                kind=InternshipKind.CURRICULAR,
                start_date=start,
                end_date=end,
                status=status,
            )
        )

    accepted, rejected = ApplicationStatus.ACCEPTED, ApplicationStatus.REJECTED
    done = InternshipStatus.COMPLETED
    with database.sessions.begin() as s:
        apply(s, "intern", dt.date(2019, 12, 1), accepted, dt.date(2019, 12, 20))
        intern(s, "intern", dt.date(2020, 2, 3), dt.date(2020, 6, 30), done)
        apply(s, "rejected", dt.date(2020, 1, 10), rejected, dt.date(2020, 2, 14))
        apply(s, "withdrawn", dt.date(2020, 3, 3), ApplicationStatus.WITHDRAWN, None)
        apply(s, "waiting", dt.date(2015, 5, 5), ApplicationStatus.INTERVIEWED, None)
        apply(s, "came back", dt.date(2014, 9, 1), accepted, dt.date(2014, 9, 10))
        intern(s, "came back", dt.date(2015, 2, 2), dt.date(2015, 5, 29), done)
        apply(s, "came back", dt.date(2023, 4, 3), rejected, dt.date(2023, 5, 1))
        apply(s, "planned", dt.date(2018, 9, 1), accepted, dt.date(2018, 9, 5))
        intern(s, "planned", dt.date(2019, 2, 4), dt.date(2019, 5, 31), done)
        intern(s, "planned", dt.date(2026, 3, 16), dt.date(2026, 6, 30), InternshipStatus.PLANNED)
        apply(s, "anonymised", dt.date(2010, 1, 4), rejected, dt.date(2010, 1, 20))
        s.get(Candidate, found["anonymised"]).anonymised_on = dt.date(2016, 1, 1)  # type: ignore[union-attr]
    return found


@pytest.mark.parametrize(
    ("today", "due"),
    [
        (dt.date(2025, 2, 14), []),
        (dt.date(2025, 2, 15), ["rejected"]),  # decided 14/02/2020: five years and a day
        (dt.date(2025, 3, 3), ["rejected"]),
        (dt.date(2025, 3, 4), ["rejected", "withdrawn"]),  # no decision: the day applied
        (dt.date(2025, 6, 30), ["rejected", "withdrawn"]),
        (dt.date(2025, 7, 1), ["rejected", "withdrawn", "intern"]),  # ended 30/06/2020
        (dt.date(2028, 5, 1), ["rejected", "withdrawn", "intern"]),
        (dt.date(2028, 5, 2), ["rejected", "withdrawn", "intern", "came back"]),
    ],
)
def test_exactly_those_due_on_the_day(
    database: Database, people: dict[str, int], today: dt.date, due: list[str]
) -> None:
    with database.sessions() as s:
        found = due_for_anonymising(s, today, 5)
    names = {number: name for name, number in people.items()}
    assert [names.get(d.candidate_id, d.name) for d in found] == due  # oldest first
    assert [d.intern for d in found] == [name in ("intern", "came back") for name in due]


def test_someone_who_applied_again_since_the_list_is_left_alone(
    database: Database, seed: Seed, people: dict[str, int]
) -> None:
    today = dt.date(2025, 7, 1)
    with database.sessions() as s:
        listed = [d.candidate_id for d in due_for_anonymising(s, today, 5)]
    with database.sessions.begin() as s:
        s.add(
            Application(
                candidate_id=people["rejected"],
                opportunity_id=seed.opportunities["writer"],
                application_date=dt.date(2025, 6, 30),
            )
        )
    result = anonymise(
        database.sessions, listed, today, Options(registry=REGISTRY, retention_years=5)
    )
    assert result.candidates == (people["intern"], people["withdrawn"])
    with database.sessions() as s:
        assert s.get(Candidate, people["rejected"]).anonymised_on is None  # type: ignore[union-attr]
        assert due_for_anonymising(s, today, 5) == []


def test_the_retention_settings(database: Database, seed: Seed) -> None:
    with database.sessions() as s:
        assert read_settings(s) == RetentionSettings(5, None, None)
        version = s.scalar(select(OrganisationSettings.version))
    set_years(database.sessions, 3)
    postpone(database.sessions, dt.date(2026, 3, 2))
    with database.sessions() as s:
        assert read_settings(s) == RetentionSettings(3, None, dt.date(2026, 4, 1))
    mark_reviewed(database.sessions, dt.date(2026, 3, 5))
    with database.sessions() as s:
        assert read_settings(s) == RetentionSettings(3, dt.date(2026, 3, 5), None)
        # The Organisation tab's editor holds this version: saving there stays possible.
        assert s.scalar(select(OrganisationSettings.version)) == version
    with pytest.raises(ValueError, match="from 1 to 30"):
        set_years(database.sessions, 31)
    with pytest.raises(IntegrityError), database.sessions.begin() as s:
        s.get(OrganisationSettings, 1).retention_years = 0  # type: ignore[union-attr]


def test_the_settings_are_kept_without_an_organisation_yet(database: Database) -> None:
    set_years(database.sessions, 7)
    with database.sessions() as s:
        assert read_settings(s).years == 7


@pytest.mark.parametrize(
    ("settings", "today", "due", "wanted"),
    [
        (RetentionSettings(), dt.date(2026, 3, 2), 3, True),  # never reviewed
        (RetentionSettings(), dt.date(2026, 3, 2), 0, False),  # nothing due
        (RetentionSettings(5, dt.date(2025, 3, 3)), dt.date(2026, 3, 2), 3, False),
        (RetentionSettings(5, dt.date(2025, 3, 2)), dt.date(2026, 3, 2), 3, True),  # a year
        (RetentionSettings(5, None, dt.date(2026, 4, 1)), dt.date(2026, 3, 31), 3, False),
        (RetentionSettings(5, None, dt.date(2026, 4, 1)), dt.date(2026, 4, 1), 3, True),
    ],
)
def test_when_the_yearly_review_is_wanted(
    settings: RetentionSettings, today: dt.date, due: int, wanted: bool
) -> None:
    assert settings.review_wanted(today, due) is wanted


# -- every report the same afterwards -------------------------------------------------

DEMO_TODAY = dt.date(2025, 3, 12)


@pytest.fixture
def demo(tmp_path: Path) -> Database:
    db = open_sqlite(tmp_path / "demo.sqlite")
    generate(db.sessions, DemoOptions(seed=11, years=4, per_year=40, today=DEMO_TODAY))
    yield db  # type: ignore[misc]
    db.dispose()


def all_reports(database: Database, academic: bool) -> dict[str, object]:
    period = {"first_year": 2020, "last_year": 2025, "academic": academic, "today": DEMO_TODAY}
    with database.sessions() as s:
        return {
            "annual": annual_overview(s, ReportScope(**period)),  # type: ignore[arg-type]
            "profile": intern_profile(s, ReportScope(**period)),  # type: ignore[arg-type]
            "partners": partners(s, ReportScope(**period)),  # type: ignore[arg-type]
            "satisfaction": satisfaction(s, ReportScope(**period), registry=REGISTRY),  # type: ignore[arg-type]
        }


@pytest.mark.parametrize("academic", [False, True], ids=["calendar", "academic"])
def test_every_report_counts_the_same_after_anonymising_everyone(
    demo: Database, academic: bool
) -> None:
    before = all_reports(demo, academic)
    with demo.sessions() as s:
        everyone = list(s.scalars(select(Candidate.id)))
    anonymise(demo.sessions, everyone, DEMO_TODAY, Options(registry=REGISTRY))
    with demo.sessions() as s:
        assert (
            s.scalars(
                select(Candidate.date_of_birth).where(Candidate.date_of_birth.is_not(None))
            ).all()
            == []
        )
    after = all_reports(demo, academic)
    assert after["annual"] == before["annual"]
    assert after["partners"] == before["partners"]
    profile_before, profile_after = before["profile"], after["profile"]
    keys = [t.key for t in profile_before.tables]  # type: ignore[attr-defined]
    for key in keys:
        if key == "target_groups":  # answers and consent go: nobody counts any more
            assert sum(profile_before.table(key).totals) > 0  # type: ignore[attr-defined]
            assert sum(profile_after.table(key).totals) == 0  # type: ignore[attr-defined]
        else:
            assert profile_after.table(key) == profile_before.table(key), key  # type: ignore[attr-defined]
    assert before["satisfaction"].comments  # type: ignore[attr-defined]
    assert after["satisfaction"] == replace(before["satisfaction"], comments=[])  # type: ignore[type-var]
