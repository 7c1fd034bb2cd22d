"""An internship's checklists: made when the internship is, due dates that follow its start."""

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.core.forms.definition import RecordKind
from stagedesk.core.forms.registry import FormRegistry
from stagedesk.core.forms.responses import find_response, start_response
from stagedesk.core.models import FormAnswer, FormResponse, Internship


def sync_checklists(
    session: Session,
    registry: FormRegistry,
    internship: Internship,
    previous_start: dt.date | None,
) -> None:
    """Give the internship every checklist it lacks, and move due dates with its start.

    Runs inside the transaction that saves the internship, so the two never disagree.
    """
    language = internship.intern.language.value if internship.intern else "nl"
    for definition in registry.checklists(RecordKind.INTERNSHIP):
        if find_response(session, definition.id, RecordKind.INTERNSHIP, internship.id):
            continue
        response = start_response(session, definition, internship.id, language=language)
        for check in definition.checks():
            session.add(
                FormAnswer(
                    response_id=response.id,
                    field_id=check.id,
                    due_date=check.due_date(internship.start_date),
                )
            )
    if previous_start is not None and previous_start != internship.start_date:
        shift_due_dates(session, internship.id, internship.start_date - previous_start)
    session.flush()


def shift_due_dates(session: Session, internship_id: int, by: dt.timedelta) -> None:
    # In Python rather than SQL: date arithmetic is written differently in every database.
    answers = session.scalars(
        select(FormAnswer)
        .join(FormResponse, FormAnswer.response_id == FormResponse.id)
        .where(FormResponse.internship_id == internship_id, FormAnswer.due_date.is_not(None))
    )
    for answer in answers:
        assert answer.due_date is not None
        answer.due_date = answer.due_date + by
