"""The Steps page's content and its "done" checks, without a window: the guide's three
plans as shipped, every link pointing at something that exists, and the checks on a real
database."""

import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from stagedesk.core.db.database import Database
from stagedesk.core.forms import FormRegistry, RecordKind, builtin_dir
from stagedesk.core.forms.responses import save_answers, start_response
from stagedesk.core.guide.plans import ACTIONS, GuideInvalid, Step, load_guide, load_plan
from stagedesk.core.guide.progress import CHECKS, academic_year_start, progress
from stagedesk.core.models import (
    FollowUpEntry,
    Internship,
    Opportunity,
    OpportunityStatus,
    ResponseStatus,
)
from stagedesk.ui.shell.sidebar import KEYS
from tests.seed import TODAY, Seed, seed_small

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

REGISTRY = FormRegistry.load([builtin_dir()])
PLANS = load_guide()
STEPS = [step for plan in PLANS for step in plan.steps]


def test_the_three_plans_of_the_guide_in_order() -> None:
    assert [(plan.id, len(plan.steps)) for plan in PLANS] == [
        ("policy", 5),
        ("coordinate", 8),
        ("mentor", 6),
    ]
    assert len({step.key for step in STEPS}) == len(STEPS)


@pytest.mark.parametrize("step", STEPS, ids=[step.key for step in STEPS])
def test_every_step_links_to_a_page_and_tools_that_exist(step: Step) -> None:
    assert step.page in KEYS
    for tool in step.tools:
        assert tool in ACTIONS or tool in REGISTRY.definitions, f"{step.key}: no tool {tool}"
    assert step.check is None or step.check in CHECKS


def test_most_steps_have_a_tool_and_a_check() -> None:
    """A step without a tool is the exception (following up, sharing results)."""
    without_tool = [step.key for step in STEPS if not step.tools]
    assert without_tool == ["coordinate.follow", "coordinate.share"]
    assert [step.key for step in STEPS if step.check is None] == ["coordinate.share"]
    # The organisation's own documents are steps 2 and 4 of part A.
    policy = {step.id: step for step in PLANS[0].steps}
    assert policy["plan"].tools == ("policy_plan",)
    assert policy["rules"].tools == ("internship_rules",)
    assert REGISTRY.get("policy_plan").record is RecordKind.ORGANISATION


@pytest.mark.parametrize("step", STEPS, ids=[step.key for step in STEPS])
def test_each_step_is_written_in_three_languages(step: Step) -> None:
    for text in (step.title, step.text):
        assert len({text.nl, text.fr, text.en}) == 3, f"{step.key}: a text left untranslated"
    sentences = step.text.en.count(". ") + 1
    assert 1 <= sentences <= 3, f"{step.key}: {sentences} sentences"


def test_a_plan_with_a_mistake_names_its_file(tmp_path: Path) -> None:
    broken = tmp_path / "broken.toml"
    broken.write_text(
        'id = "x"\norder = 1\ntitle = { nl = "A", fr = "B", en = "C" }\n'
        '[[steps]]\nid = "one"\npage = "steps"\n'
        'title = { nl = "A", fr = "B", en = "C" }\ntext = { nl = "A", en = "C" }\n',
        encoding="utf-8",
    )
    with pytest.raises(GuideInvalid, match=r"broken\.toml, step 1: text has no fr text"):
        load_plan(broken)
    broken.write_text("id = ", encoding="utf-8")
    with pytest.raises(GuideInvalid, match=r"broken\.toml"):
        load_guide(tmp_path)


def test_the_academic_year_starts_on_1_september() -> None:
    assert academic_year_start(dt.date(2026, 3, 2)) == dt.date(2025, 9, 1)
    assert academic_year_start(dt.date(2025, 9, 1)) == dt.date(2025, 9, 1)
    assert academic_year_start(dt.date(2025, 8, 31)) == dt.date(2024, 9, 1)


def _done(database: Database) -> dict[str, bool]:
    with database.sessions() as session:
        return progress(session, TODAY, CHECKS)


def test_an_empty_organisation_has_everything_to_do(database: Database) -> None:
    assert _done(database) == dict.fromkeys(CHECKS, False)


def test_what_the_small_organisation_has_done(database: Database) -> None:
    seed_small(database.sessions)
    done = _done(database)
    # Internships, a follow-up visit and an offered opportunity (entered now, without a
    # period: after this academic year's 1 September) this year; nothing else yet.
    assert {name for name, value in done.items() if value} == {
        "internships_recorded",
        "follow_up_this_year",
        "offered_this_year",
    }


def _answer(database: Database, form_id: str, record_id: int, answers: dict[str, Any]) -> None:
    definition = REGISTRY.get(form_id)
    with database.sessions.begin() as session:
        response = start_response(session, definition, record_id)
        save_answers(session, definition, response, answers)


def test_the_policy_and_the_rules_count_once_written(database: Database) -> None:
    seed = seed_small(database.sessions)
    with database.sessions.begin() as session:  # started, but nothing written yet
        start_response(session, REGISTRY.get("policy_plan"), seed.organisation)
    assert not _done(database)["policy_plan"]
    _answer(database, "policy_plan", seed.organisation, {"vision": "Een frisse blik."})
    _answer(database, "internship_rules", seed.organisation, {"hours": "9 tot 17 uur."})
    done = _done(database)
    assert done["policy_plan"] and done["internship_rules"]


def test_surveys_count_when_returned_this_academic_year(database: Database) -> None:
    seed = seed_small(database.sessions)
    running = seed.internships["running"]
    definition = REGISTRY.get("intern_survey")
    with database.sessions.begin() as session:  # returned, but last academic year
        response = start_response(session, definition, running)
        response.status, response.completed_on = ResponseStatus.COMPLETE, dt.date(2025, 6, 30)
    assert not _done(database)["surveys_returned"]
    with database.sessions.begin() as session:
        response = start_response(session, REGISTRY.get("mentor_survey"), running)
        response.status, response.completed_on = ResponseStatus.COMPLETE, dt.date(2026, 2, 27)
    assert _done(database)["surveys_returned"]


def test_checklists_count_when_every_current_internship_has_one(database: Database) -> None:
    seed: Seed = seed_small(database.sessions)
    checklist = REGISTRY.get("logistics_checklist")
    with database.sessions.begin() as session:
        start_response(session, checklist, seed.internships["running"])
    assert not _done(database)["logistics_started"]  # the planned one has none yet
    with database.sessions.begin() as session:
        start_response(session, checklist, seed.internships["planned"])
    done = _done(database)
    assert done["logistics_started"] and not done["welcome_started"]


def test_opportunities_offered_for_this_year(database: Database) -> None:
    seed = seed_small(database.sessions)
    with database.sessions.begin() as session:
        for opportunity in session.query(Opportunity):  # made long ago, for last year
            opportunity.period_start = dt.date(2025, 2, 1)
    assert not _done(database)["offered_this_year"]
    with database.sessions.begin() as session:
        writer = session.get(Opportunity, seed.opportunities["writer"])
        assert writer is not None and writer.status is OpportunityStatus.OFFERED
        writer.period_start = dt.date(2026, 4, 1)
    assert _done(database)["offered_this_year"]


def test_follow_up_counts_from_1_september(database: Database) -> None:
    seed_small(database.sessions)
    with database.sessions.begin() as session:
        for entry in session.query(FollowUpEntry):
            entry.entry_date = dt.date(2025, 8, 31)
    assert not _done(database)["follow_up_this_year"]
    assert _done(database)["internships_recorded"]
    with database.sessions.begin() as session:
        session.query(FollowUpEntry).delete()
        session.query(Internship).delete()
    assert not _done(database)["internships_recorded"]
