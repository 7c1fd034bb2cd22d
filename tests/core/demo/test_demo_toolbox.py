"""The demo's toolbox: checklists, surveys, question sets and needs analyses that agree
with the registry and pass the forms' own rules."""

import datetime as dt
from collections import Counter

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.core.forms import FormKind, FormRegistry, RecordKind, builtin_dir, validate_answers
from stagedesk.core.forms.needs import NEEDS_ANALYSIS
from stagedesk.core.forms.responses import load_answers
from stagedesk.core.models import (
    Application,
    ApplicationStatus,
    FormAnswer,
    FormDefinitionSnapshot,
    FormResponse,
    Internship,
    InternshipStatus,
    Opportunity,
    OpportunityStatus,
    ResponseStatus,
    Unit,
)
from tests.core.demo.support import TODAY

# --- the toolbox ------------------------------------------------------------------------

REGISTRY = FormRegistry.load([builtin_dir()])
CHECKLISTS = REGISTRY.checklists(RecordKind.INTERNSHIP)
CURRENT = [InternshipStatus.PLANNED, InternshipStatus.RUNNING]


def test_current_internships_have_each_checklist_once_with_due_dates(session: Session) -> None:
    starts = dict(
        session.execute(
            select(Internship.id, Internship.start_date).where(Internship.status.in_(CURRENT))
        ).all()
    )
    responses = session.scalars(
        select(FormResponse).where(FormResponse.form_id.in_([d.id for d in CHECKLISTS]))
    ).all()
    assert Counter((r.internship_id, r.form_id) for r in responses) == Counter(
        {(i, d.id): 1 for i in starts for d in CHECKLISTS}
    )
    due = {
        (r.id, field.id): field.due_date(starts[r.internship_id])
        for r in responses
        for field in REGISTRY.get(r.form_id).checks()
    }
    stored = session.execute(
        select(FormAnswer.response_id, FormAnswer.field_id, FormAnswer.due_date).where(
            FormAnswer.response_id.in_([r.id for r in responses])
        )
    ).all()
    assert len(stored) == len(due)
    assert {(response, field): day for response, field, day in stored} == due


def test_checklist_items_are_settled_overdue_or_still_to_come(session: Session) -> None:
    checklist_ids = [d.id for d in CHECKLISTS]
    items = session.execute(
        select(FormAnswer.value_text, FormAnswer.value_date, FormAnswer.due_date)
        .join(FormResponse)
        .where(FormResponse.form_id.in_(checklist_ids))
    ).all()
    grace = TODAY - dt.timedelta(days=2)
    settled = [(state, done, due) for state, done, due in items if state is not None]
    overdue = [due for state, _, due in items if state is None and due < TODAY]
    assert len(settled) > 50 and len(overdue) > 5
    assert 0.03 < len(overdue) / (len(settled) + len(overdue)) < 0.2
    assert {state for state, _, _ in settled} == {"done", "not_needed"}
    assert all(due < grace for _, _, due in settled)  # nothing due later is ticked off
    for state, done, due in settled:
        assert (done is not None) == (state == "done")
        assert done is None or done <= min(due + dt.timedelta(days=3), TODAY)


def test_completed_internships_have_surveys_back_and_some_missing(session: Session) -> None:
    completed = dict(
        session.execute(
            select(Internship.id, Internship.end_date).where(
                Internship.status == InternshipStatus.COMPLETED
            )
        ).all()
    )
    for form_id in ("intern_survey", "mentor_survey"):
        surveys = session.scalars(select(FormResponse).where(FormResponse.form_id == form_id))
        returned = {}
        for survey in surveys:
            assert survey.internship_id in completed
            if survey.status is ResponseStatus.COMPLETE:
                returned[survey.internship_id] = survey.completed_on
        assert 0.65 < len(returned) / len(completed) < 0.92
        for internship_id, day in returned.items():
            assert completed[internship_id] < day <= TODAY
        recent = [i for i, end in completed.items() if (TODAY - end).days <= 90]
        assert recent and set(recent) - set(returned), "some recent surveys are missing"


def test_question_sets_agree_with_the_application(session: Session) -> None:
    rows = session.execute(
        select(FormResponse, Application)
        .join(Application, FormResponse.application_id == Application.id)
        .where(FormResponse.form_id == "question_set")
    ).all()
    decisions = dict(
        session.execute(
            select(FormAnswer.response_id, FormAnswer.value_text).where(
                FormAnswer.field_id == "decision"
            )
        ).all()
    )
    expected = {ApplicationStatus.ACCEPTED: "accept", ApplicationStatus.REJECTED: "reject"}
    seen = Counter(application.status for _, application in rows)
    assert seen[ApplicationStatus.ACCEPTED] and seen[ApplicationStatus.REJECTED]
    for response, application in rows:
        assert decisions.get(response.id) == expected.get(application.status)
        complete = application.status in expected
        assert (response.status is ResponseStatus.COMPLETE) == complete
        assert response.completed_on == (application.decision_date if complete else None)
    interviewed = select(Application.id).where(Application.status == ApplicationStatus.INTERVIEWED)
    assert set(session.scalars(interviewed)) <= {a.id for _, a in rows}


def test_needs_analyses_linked_and_not_yet(session: Session) -> None:
    analyses = session.scalars(
        select(FormResponse).where(FormResponse.form_id == NEEDS_ANALYSIS)
    ).all()
    linked = [a for a in analyses if a.opportunity_id is not None]
    waiting = Counter(a.unit_id for a in analyses if a.opportunity_id is None)
    assert linked and set(waiting) == set(session.scalars(select(Unit.id)))
    assert set(waiting.values()) <= {1, 2}
    titles = dict(
        session.execute(
            select(FormAnswer.response_id, FormAnswer.value_text).where(
                FormAnswer.field_id == "title"
            )
        ).all()
    )
    for analysis in linked:
        opportunity = session.get(Opportunity, analysis.opportunity_id)
        assert opportunity is not None and opportunity.unit_id == analysis.unit_id
        assert opportunity.status in (OpportunityStatus.PROPOSED, OpportunityStatus.OFFERED)
        assert titles[analysis.id] == opportunity.title


def test_answers_load_and_pass_the_forms_rules(session: Session) -> None:
    """A sample of each form and status, read back the way the app reads them."""
    snapshots = set(session.execute(select(FormDefinitionSnapshot.form_id)).scalars())
    used = set(session.scalars(select(FormResponse.form_id).distinct()))
    assert snapshots == used
    # The organisation's own documents (policy, rules) are left for the user to try.
    own = {"info_sheet", "policy_plan", "internship_rules"}
    assert used == {d.id for d in REGISTRY.all() if d.kind is not FormKind.CARD} - own
    for form_id, status in session.execute(
        select(FormResponse.form_id, FormResponse.status).distinct()
    ).all():
        definition = REGISTRY.get(form_id)
        sample = session.scalars(
            select(FormResponse)
            .where(FormResponse.form_id == form_id, FormResponse.status == status)
            .order_by(FormResponse.id)
            .limit(15)
        ).all()
        for response in sample:
            answers = load_answers(session, definition, response.id)
            assert answers, (form_id, response.id)
            complete = response.status == "complete"
            assert validate_answers(definition, answers, complete=complete) == []
