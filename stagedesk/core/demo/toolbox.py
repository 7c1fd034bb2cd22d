"""The demo's toolbox data: checklists, surveys, interview question sets, needs analyses.

Runs after the registry rows are written, in the same transaction and with the same random
source, and reads back the few facts it needs (statuses, dates, languages). Definitions
come from the built-in toolbox only, never the user's data folder, so the demo is the same
everywhere. Rows are written in batches with Core bulk inserts, like the registry rows.
"""

import datetime as dt
from collections import Counter
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.core.demo.answers import Answerer, FormRows, form_language, staff_facts
from stagedesk.core.demo.base import Context, RowStore, Writer
from stagedesk.core.demo.form_texts import NOT_NEEDED_NOTES, pick
from stagedesk.core.demo.forms import QuestionSets, Surveys
from stagedesk.core.demo.needs import NeedsAnalyses
from stagedesk.core.forms.answers import CheckStatus
from stagedesk.core.forms.definition import RecordKind
from stagedesk.core.forms.registry import FormRegistry, builtin_dir
from stagedesk.core.models import (
    Base,
    Candidate,
    FormAnswer,
    FormDefinitionSnapshot,
    FormResponse,
    Internship,
    InternshipStatus,
    Language,
)

TABLES: tuple[type[Base], ...] = (FormDefinitionSnapshot, FormResponse, FormAnswer)
UNSETTLED_RATE = 0.10  # past-due checklist items nobody ticked off: the overdue ones
NOT_NEEDED_RATE = 0.08  # past-due items marked "not needed"
GRACE = dt.timedelta(days=2)  # items due this recently may still be open


def fill_toolbox(session: Session, context: Context, write: Writer) -> Counter[type[Base]]:
    """Write the toolbox rows for the registry already in the database; return the counts."""
    registry = FormRegistry.load([builtin_dir()])
    rows = RowStore(TABLES, write)
    forms = FormRows(rows)
    part = Context(context.rng, context.today, rows)
    answerer = Answerer(part.rng, forms)
    staff = staff_facts(session)
    Checklists(part, forms).fill(session, registry)
    Surveys(part, forms, answerer, staff).fill(session, registry)
    QuestionSets(part, forms, answerer, staff).fill(session, registry)
    NeedsAnalyses(part, forms, staff).fill(session, registry)
    forms.finish()
    return rows.counts


class Checklists:
    """Every planned or running internship's checklists, with due dates from its start:
    what fell due more than two days ago is mostly settled, what is due later is open."""

    def __init__(self, context: Context, forms: FormRows) -> None:
        self.context = context
        self.forms = forms

    def fill(self, session: Session, registry: FormRegistry) -> None:
        plans = [
            (definition, [(check.id, check.due_day) for check in definition.checks()])
            for definition in registry.checklists(RecordKind.INTERNSHIP)
        ]
        for internship_id, start, language in self._internships(session):
            for definition, checks in plans:
                response_id = self.forms.response(
                    definition, internship_id, form_language(language)
                )
                for field_id, due_day in checks:
                    due = None if due_day is None else start + dt.timedelta(days=due_day)
                    self._item(response_id, field_id, due, form_language(language))

    @staticmethod
    def _internships(session: Session) -> Iterable[tuple[int, dt.date, Language]]:
        query = (
            select(Internship.id, Internship.start_date, Candidate.language)
            .join(Candidate, Internship.candidate_id == Candidate.id)
            .where(Internship.status.in_([InternshipStatus.PLANNED, InternshipStatus.RUNNING]))
            .order_by(Internship.id)
        )
        return [(row[0], row[1], row[2]) for row in session.execute(query)]

    def _item(
        self, response_id: int, field_id: str, due: dt.date | None, language: Language
    ) -> None:
        rng, today = self.context.rng, self.context.today
        if due is None or due >= today - GRACE:
            self.forms.answer(response_id, field_id, due=due)
            return
        draw = rng.random()
        if draw < UNSETTLED_RATE:
            self.forms.answer(response_id, field_id, due=due)
        elif draw < UNSETTLED_RATE + NOT_NEEDED_RATE:
            note = rng.choice(pick(NOT_NEEDED_NOTES, language)) if rng.random() < 0.4 else None
            status = CheckStatus.NOT_NEEDED.value
            self.forms.answer(response_id, field_id, text=status, note=note, due=due)
        else:
            done = min(due + dt.timedelta(days=rng.randint(-5, 3)), today)
            status = CheckStatus.DONE.value
            self.forms.answer(response_id, field_id, text=status, date=done, due=due)
