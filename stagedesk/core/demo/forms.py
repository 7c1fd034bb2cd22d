"""Forms people fill in the demo: the intern's and mentor's surveys after a completed
internship, and the coordinator's interview question sets."""

import datetime as dt

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from stagedesk.core.demo.answers import MOODS, NUMBERS, Answerer, FormRows, StaffFact, form_language
from stagedesk.core.demo.base import Context, Weighted
from stagedesk.core.demo.form_texts import ASSESSMENTS, DECISION_REASONS, INTERVIEW_TESTS, pick
from stagedesk.core.forms.definition import Definition, Field
from stagedesk.core.forms.registry import FormRegistry
from stagedesk.core.models import (
    Application,
    ApplicationStatus,
    Candidate,
    Internship,
    InternshipStatus,
    Language,
    ResponseStatus,
)

SURVEYS = ("intern_survey", "mentor_survey")
RETURN_RATE = 0.8  # surveys handed back
RECENT_RETURN_RATE = 0.5  # ... of internships that ended less than three weeks ago
RECENT = dt.timedelta(days=21)
REJECTED_INTERVIEWED = 0.5  # rejected candidates who had an interview first
TEST_RATE = 0.3  # interviews with a small test
LAST_YEAR = dt.timedelta(days=365)  # decided applications with a question set: the last year's
# Interview moods by how it ended.
_INTERVIEW_MOODS = {
    "accept": Weighted({3: 20, 4: 50, 5: 30}),
    "reject": Weighted({2: 40, 3: 45, 4: 15}),
    "open": MOODS,
}
_OUTCOMES = {ApplicationStatus.ACCEPTED: "accept", ApplicationStatus.REJECTED: "reject"}
_INTERVIEWED = ApplicationStatus.INTERVIEWED
# Fields the question set fills by hand rather than at random.
_DECIDED_FIELDS = ("decision", "decision_reasons", "decision_communicated_on")
_TEST_FIELDS = ("test_description", "test_result")


class Surveys:
    """Most completed internships have both surveys back; some are missing or half done."""

    def __init__(
        self, context: Context, forms: FormRows, answerer: Answerer, staff: dict[int, StaffFact]
    ) -> None:
        self.context, self.forms, self.answerer, self.staff = context, forms, answerer, staff

    def fill(self, session: Session, registry: FormRegistry) -> None:
        intern_form, mentor_form = (registry.get(form_id) for form_id in SURVEYS)
        query = (
            select(
                Internship.id,
                Internship.end_date,
                Internship.mentor_id,
                Candidate.language,
                Candidate.first_name,
                Candidate.last_name,
            )
            .join(Candidate, Internship.candidate_id == Candidate.id)
            .where(Internship.status == InternshipStatus.COMPLETED)
            .order_by(Internship.id)
        )
        for row in session.execute(query).all():
            intern = (form_language(row.language), f"{row.first_name} {row.last_name}")
            mentor = self.staff.get(row.mentor_id or 0)
            self._survey(intern_form, row.id, row.end_date, *intern)
            if mentor is not None:
                self._survey(mentor_form, row.id, row.end_date, mentor.language, mentor.name)

    def _survey(
        self,
        definition: Definition,
        internship_id: int,
        end: dt.date,
        language: Language,
        name: str,
    ) -> None:
        rng, today = self.context.rng, self.context.today
        language = form_language(language)
        rate = RECENT_RETURN_RATE if today - end < RECENT else RETURN_RATE
        fields = definition.fields()
        if rng.random() < rate:
            response_id = self.forms.response(
                definition,
                internship_id,
                language,
                status=ResponseStatus.COMPLETE,
                completed_on=min(end + dt.timedelta(days=rng.randint(1, 14)), today),
                answered_by=name,
            )
            self.answerer.fill(response_id, definition.id, fields, MOODS.draw(rng), language)
        elif rng.random() < 0.5:  # started, never handed back
            response_id = self.forms.response(definition, internship_id, language)
            started = fields[: rng.randint(1, len(fields) // 2)]
            self.answerer.fill(response_id, definition.id, started, MOODS.draw(rng), language)


class QuestionSets:
    """Interview grids: for the last twelve months' accepted (and some rejected) applications,
    complete with the decision; for every interviewed one, a draft without decision."""

    def __init__(
        self, context: Context, forms: FormRows, answerer: Answerer, staff: dict[int, StaffFact]
    ) -> None:
        self.context, self.forms, self.answerer = context, forms, answerer
        self.coordinators = [fact.name for fact in staff.values() if fact.coordinator]

    def fill(self, session: Session, registry: FormRegistry) -> None:
        definition = registry.get("question_set")
        decisions = _decision_values(definition.field("decision"))
        scored = [f for f in definition.fields() if f.id not in (*_DECIDED_FIELDS, *_TEST_FIELDS)]
        decided = and_(
            Application.status.in_(list(_OUTCOMES)),
            Application.application_date > self.context.today - LAST_YEAR,
        )
        query = (
            select(
                Application.id,
                Application.status,
                Application.decision_date,
                Candidate.language,
            )
            .join(Candidate, Application.candidate_id == Candidate.id)
            .where(or_(decided, Application.status == _INTERVIEWED))
            .order_by(Application.id)
        )
        for row in session.execute(query).all():
            outcome = _OUTCOMES.get(row.status, "open")
            if outcome == "reject" and self.context.rng.random() >= REJECTED_INTERVIEWED:
                continue
            response_id = self._response(
                definition, row.id, row.decision_date, outcome, row.language
            )
            language = form_language(row.language)
            mood = _INTERVIEW_MOODS[outcome].draw(self.context.rng)
            self.answerer.fill(response_id, definition.id, scored, mood, language)
            self._assessment(response_id, outcome, mood, language)
            if outcome != "open":
                decision = (outcome, decisions[outcome])
                self._decision(response_id, decision, row.decision_date, language)

    def _response(
        self,
        definition: Definition,
        application_id: int,
        decided: dt.date | None,
        outcome: str,
        language: Language,
    ) -> int:
        rng = self.context.rng
        complete = outcome != "open"
        return self.forms.response(
            definition,
            application_id,
            form_language(language),
            status=ResponseStatus.COMPLETE if complete else ResponseStatus.DRAFT,
            completed_on=decided if complete else None,
            answered_by=rng.choice(self.coordinators) if self.coordinators else None,
        )

    def _assessment(self, response_id: int, outcome: str, mood: int, language: Language) -> None:
        """A test now and then, and the overall impression (always once decided)."""
        rng, answer = self.context.rng, self.forms.answer
        if rng.random() < TEST_RATE:
            answer(
                response_id, "test_description", text=rng.choice(pick(INTERVIEW_TESTS, language))
            )
            answer(response_id, "test_result", number=NUMBERS[self.answerer.score(mood)])
        if outcome != "open" or rng.random() < 0.5:
            text = rng.choice(pick(ASSESSMENTS[outcome], language))
            answer(response_id, "overall_assessment", text=text)

    def _decision(
        self,
        response_id: int,
        decision: tuple[str, str],
        decided: dt.date | None,
        language: Language,
    ) -> None:
        """The decision (outcome, choice value), often with its reasons, and when it was told."""
        rng, answer = self.context.rng, self.forms.answer
        outcome, value = decision
        answer(response_id, "decision", text=value)
        if rng.random() < 0.6:
            answer(
                response_id,
                "decision_reasons",
                text=rng.choice(pick(DECISION_REASONS[outcome], language)),
            )
        if decided is not None:
            answer(response_id, "decision_communicated_on", date=decided)


def _decision_values(field: Field) -> dict[str, str]:
    """The decision's choice for each outcome, read from the definition: the choice whose
    value starts the application status ("accept" for "accepted")."""
    found = {}
    for status, outcome in _OUTCOMES.items():
        matches = [
            choice.value for choice in field.choices if status.value.startswith(choice.value)
        ]
        if not matches:
            raise LookupError(f"question_set has no decision choice for {status.value}")
        found[outcome] = matches[0]
    return found
