"""Printing one form for one record — the one way every caller does it.

The tools tab, the Steps page, ``stagedesk paper print``, the mail attachment and the
batch print a form the same way: the record's response is found or started (so that the
code on the paper leads back to it, and a new response takes the language it is printed
in), what is known is gathered, and the PDF is written outside the database session.
"""

import datetime as dt
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session, sessionmaker

from stagedesk.core.forms import Definition, FormRegistry
from stagedesk.core.forms.tools import open_response
from stagedesk.output.pdf.forms.collect import card_job, form_job
from stagedesk.output.pdf.forms.job import FormJob, Variant
from stagedesk.output.pdf.forms.writer import write_form


def record_form_job(
    session: Session,
    registry: FormRegistry,
    definition: Definition,
    record_id: int | None,
    variant: Variant,
    *,
    language: str | None,
    today: dt.date,
) -> FormJob:
    """The job for ``definition`` filled in for record ``record_id``; with no record, a
    blank copy that leads back to no response (code 0). ``language`` None prints in the
    response's own language. Needs a session that may write."""
    if record_id is None:
        if language is None:
            raise ValueError("a blank copy with no record needs a language")
        return card_job(session, definition, language, today=today)
    response_id = open_response(session, definition, record_id, language=language)
    return form_job(session, registry, response_id, variant, language=language, today=today)


def print_form(
    sessions: sessionmaker[Session],
    registry: FormRegistry,
    definition: Definition,
    record_id: int | None,
    variant: Variant,
    target: Path | BinaryIO,
    *,
    language: str | None = None,
    today: dt.date,
) -> FormJob:
    """Print one form to ``target`` and say what was printed (its code, its language)."""
    with sessions.begin() as session:
        job = record_form_job(
            session, registry, definition, record_id, variant, language=language, today=today
        )
    write_form(job, target)
    return job
