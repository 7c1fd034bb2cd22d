"""The toolbox in the lifecycle, without a window: tools per stage, needs analysis to
opportunity, checklists made with the internship, on the real definitions in forms/."""

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from stagedesk.core.db.database import Database
from stagedesk.core.forms import CheckAnswer, FormKind, FormRegistry, RecordKind
from stagedesk.core.forms.facts import response_facts
from stagedesk.core.forms.needs import AlreadyAnOpportunity, make_opportunity, needs_analyses
from stagedesk.core.forms.responses import load_answers, save_answers, start_response
from stagedesk.core.forms.tools import open_response, tools_for
from stagedesk.core.internships import complete_internship, save_internship
from stagedesk.core.models import (
    FormResponse,
    Internship,
    Language,
    Opportunity,
    OpportunityStatus,
)
from stagedesk.core.records import repository
from stagedesk.core.records.validation import ValidationFailed
from tests.seed import TODAY, Seed, seed_small

pytestmark = pytest.mark.clock  # see tests/moved_clock.py


@pytest.fixture(scope="module")
def registry() -> FormRegistry:
    return FormRegistry.load()


@pytest.fixture
def seeded(any_database: Database) -> tuple[Database, Seed]:
    """The small organisation, on a SQLite file and on PostgreSQL."""
    return any_database, seed_small(any_database.sessions)


def test_the_toolbox_has_all_eight_tools(registry: FormRegistry) -> None:
    assert {d.id for d in registry.all()} >= {
        "needs_analysis",
        "question_set",
        "logistics_checklist",
        "info_sheet",
        "welcome_checklist",
        "intern_survey",
        "mentor_survey",
        "feedback_rules",
    }
    assert {d.id for d in registry.checklists(RecordKind.INTERNSHIP)} == {
        "logistics_checklist",
        "welcome_checklist",
    }


def test_tools_follow_the_stage(seeded: tuple[Database, Seed], registry: FormRegistry) -> None:
    database, seed = seeded
    with database.sessions() as session:
        applied = tools_for(
            session, registry, RecordKind.APPLICATION, seed.applications["waiting"], "applied"
        )
        planned = tools_for(
            session, registry, RecordKind.INTERNSHIP, seed.internships["planned"], "planned"
        )
        completed = tools_for(
            session, registry, RecordKind.INTERNSHIP, seed.internships["running"], "completed"
        )
    assert [t.definition.id for t in applied] == ["question_set"]
    assert "intern_survey" not in {t.definition.id for t in planned}
    assert {"intern_survey", "mentor_survey"} <= {t.definition.id for t in completed}
    assert all(t.definition.kind is not FormKind.CHECKLIST for t in completed)


def test_a_form_opens_once_in_the_interns_language(
    seeded: tuple[Database, Seed], registry: FormRegistry
) -> None:
    database, seed = seeded
    with database.sessions.begin() as session:
        intern = session.get(Internship, seed.internships["running"])
        assert intern is not None
        intern.intern.language = Language.FRENCH
    survey = registry.get("intern_survey")
    with database.sessions.begin() as session:
        first = open_response(session, survey, seed.internships["running"])
        again = open_response(session, survey, seed.internships["running"])
        response = session.get(FormResponse, first)
        assert response is not None and response.language is Language.FRENCH
    assert first == again


def test_a_needs_analysis_becomes_an_opportunity(
    seeded: tuple[Database, Seed], registry: FormRegistry
) -> None:
    database, seed = seeded
    definition = registry.get("needs_analysis")
    answers = {
        "title": "Helpdesk eerste lijn",
        "description": "Vragen van collega's beantwoorden.",
        "expected_result": "Een FAQ voor het intranet.",
        "domain": "ICT",
        "education_level": "professional_bachelor",
        "hours_per_week": Decimal(38),
        "places": Decimal(2),
        "period_start": dt.date(2026, 9, 14),
        "period_end": dt.date(2026, 12, 18),
        "mentor_name": "Marc Dubois",
        "requirements": "Klantvriendelijk.",
        "languages": ["nl", "fr"],
    }
    with database.sessions.begin() as session:
        response = start_response(session, definition, None, unit_id=seed.units["ict"])
        save_answers(session, definition, response, answers)
        response_id = response.id
    with database.sessions() as session:
        facts = response_facts(session, session.get(FormResponse, response_id), definition.record)
        assert facts["unit.name"] == "ICT"
    with database.sessions.begin() as session:
        opportunity_id = make_opportunity(session, registry, response_id)
    with database.sessions() as session:
        made = session.get(Opportunity, opportunity_id)
        assert made is not None
        assert (made.title, made.unit_id, made.status) == (
            "Helpdesk eerste lijn",
            seed.units["ict"],
            OpportunityStatus.OFFERED,
        )
        assert made.description is not None and "Een FAQ voor het intranet." in made.description
        assert (made.hours_per_week, made.places, made.mentor_id) == (38, 2, seed.staff["marc"])
        assert made.period_start == dt.date(2026, 9, 14)
        assert made.requirements == "Klantvriendelijk.\nVereiste talen: Nederlands, Frans"
        listed = needs_analyses(session).rows
    assert [row[-1] for row in listed] == ["Helpdesk eerste lijn"]
    with pytest.raises(AlreadyAnOpportunity), database.sessions.begin() as session:
        make_opportunity(session, registry, response_id)


def test_a_needs_analysis_without_a_title_is_refused(
    seeded: tuple[Database, Seed], registry: FormRegistry
) -> None:
    database, seed = seeded
    with database.sessions.begin() as session:
        response_id = start_response(
            session, registry.get("needs_analysis"), None, unit_id=seed.units["ict"]
        ).id
    with pytest.raises(ValidationFailed), database.sessions.begin() as session:
        make_opportunity(session, registry, response_id)
    with database.sessions() as session:
        assert len(session.scalars(select(Opportunity)).all()) == 2


CHECKLISTS = ["logistics_checklist", "welcome_checklist"]


def jonas_at_ict(seed: Seed) -> dict[str, object]:
    return {
        "candidate_id": seed.candidates["jonas"],
        "unit_id": seed.units["ict"],
        "kind": "curricular",
        "start_date": dt.date(2026, 9, 14),
        "end_date": dt.date(2026, 12, 18),
    }


def checklists_of(database: Database, internship_id: int) -> list[str]:
    with database.sessions() as session:
        query = select(FormResponse.form_id).where(FormResponse.internship_id == internship_id)
        return sorted(session.scalars(query))


def test_an_internship_written_another_way_is_completed_once(
    seeded: tuple[Database, Seed], registry: FormRegistry
) -> None:
    # An imported row or an internship from before the toolbox: saved without its
    # checklists, completed afterwards, and completing it again adds nothing.
    database, seed = seeded
    values = jonas_at_ict(seed)
    internship_id = repository.save(database.sessions, Internship, values, today=TODAY)
    assert checklists_of(database, internship_id) == []
    for _ in range(2):
        with database.sessions.begin() as session:
            internship = session.get(Internship, internship_id)
            assert internship is not None
            complete_internship(session, registry, internship)
        assert checklists_of(database, internship_id) == [
            "logistics_checklist",
            "welcome_checklist",
        ]


def test_a_new_internship_gets_its_checklists_with_due_dates(
    seeded: tuple[Database, Seed], registry: FormRegistry
) -> None:
    database, seed = seeded
    values = jonas_at_ict(seed)
    internship_id = save_internship(database.sessions, registry, values, today=TODAY)
    logistics = registry.get("logistics_checklist")
    with database.sessions() as session:
        response = session.scalar(
            select(FormResponse).where(
                FormResponse.internship_id == internship_id,
                FormResponse.form_id == "logistics_checklist",
            )
        )
        assert response is not None
        answers = load_answers(session, logistics, response.id)
    assert set(answers) == {check.id for check in logistics.checks()}
    for check in logistics.checks():
        answer = answers[check.id]
        assert isinstance(answer, CheckAnswer) and not answer.settled
        assert answer.due == check.due_date(dt.date(2026, 9, 14))
