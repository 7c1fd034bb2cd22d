"""A specimen of any form: made-up facts and answers, to preview a definition, to make
the pictures in ``resources/screenshots`` and to test the writer with."""

import datetime as dt
from decimal import Decimal
from typing import Any

from stagedesk.core.forms import (
    Answers,
    CheckAnswer,
    CheckStatus,
    Column,
    Definition,
    Field,
    FieldType,
    ScaleAnswer,
    Text,
)
from stagedesk.core.forms.codes import FormCode
from stagedesk.output.pdf.forms.job import FormJob, Letterhead, Variant

SUBJECT = "Céline Lefèvre-Œuvray"
ORGANISATION = "Stad Lier — Dienst Personeel & Organisatie"
START = dt.date(2026, 3, 2)
PRINTED = dt.date(2026, 2, 16)
SENTENCE = Text(
    nl="Ik wil leren hoe een team een project van begin tot einde aanpakt, en mijn "
    "Frans oefenen met collega's en burgers.",
    fr="Je voudrais apprendre comment une équipe mène un projet de bout en bout, et "
    "pratiquer le néerlandais avec des collègues et des citoyens.",
    en="I want to learn how a team carries a project from start to finish, and practise "
    "my French with colleagues and citizens.",
)
SHORT = Text(nl="Voorbeeldantwoord", fr="Exemple de réponse", en="Sample answer")
FACTS: dict[str, Any] = {
    "intern.name": SUBJECT,
    "intern.email": "celine.lefevre@student.example.be",
    "intern.phone": "+32 470 12 34 56",
    "intern.date_of_birth": dt.date(2004, 9, 14),
    "school.name": "Hogeschool Antwerpen",
    "supervisor.name": "Dr. Ann Claes",
    "mentor.name": "Jef Van den Broeck",
    "mentor.email": "jef.vandenbroeck@lier.example.be",
    "unit.name": "Dienst Communicatie",
    "internship.kind": "curricular",
    "internship.start_date": START,
    "internship.end_date": dt.date(2026, 5, 29),
    "internship.hours_per_week": Decimal(38),
    "internship.days_per_week": Decimal(5),
    "internship.telework": True,
    "internship.paid": False,
}


def specimen_job(
    definition: Definition,
    language: str = "nl",
    variant: Variant = Variant.PREFILLED,
    *,
    response_id: int = 123,
    answered: float = 1.0,
    logo: bytes | None = None,
) -> FormJob:
    """A job with the facts above and answers to the first ``answered`` share of the
    fields (none on a blank form)."""
    fields = [f for f in definition.fields() if f.answers and not f.source]  # facts fill those
    count = round(len(fields) * answered)
    filled = variant is not Variant.BLANK
    answers = {f.id: specimen_answer(f, i, language) for i, f in enumerate(fields[:count])}
    return FormJob(
        definition=definition,
        language=language,
        variant=variant,
        code=FormCode(response_id, definition.id, definition.version),
        letterhead=Letterhead(ORGANISATION, logo),
        subject=SUBJECT,
        facts=dict(FACTS) if filled else {},
        answers=answers if filled else {},
        printed_on=PRINTED,
    )


def specimen_answers(definition: Definition, language: str = "nl") -> Answers:
    """An answer for every field that takes one."""
    fields = [f for f in definition.fields() if f.answers]
    return {f.id: specimen_answer(f, i, language) for i, f in enumerate(fields)}


def specimen_answer(field: Field, index: int, language: str) -> Any:
    """A plausible answer of the right type; ``index`` varies scores and choices."""
    kind = field.type
    if kind is FieldType.SCALE:
        if index % 7 == 6:
            return ScaleAnswer(None, True, SENTENCE.get(language) if field.notes else None)
        return ScaleAnswer(index % 5 + 1, False, SENTENCE.get(language) if field.notes else None)
    if kind is FieldType.CHECK:
        if index % 3:
            return CheckAnswer()
        return CheckAnswer(CheckStatus.DONE, START - dt.timedelta(days=3), "OK — Jef")
    if kind is FieldType.ROWS:
        return [_row(field.columns, day, language) for day in range(3)]
    if kind is FieldType.MULTI_CHOICE:
        return [choice.value for choice in field.choices[::2]]
    return _plain(kind, field, index, language)


def _plain(kind: FieldType, field: Field | Column, index: int, language: str) -> Any:
    if kind is FieldType.CHOICE:
        return field.choices[index % len(field.choices)].value
    if kind is FieldType.YES_NO:
        return index % 2 == 0
    if kind is FieldType.DATE:
        return START + dt.timedelta(days=index)
    if kind is FieldType.NUMBER:  # within the field's limits: a reader leaves others out
        number = Decimal(12 + index)
        highest = getattr(field, "maximum", None)
        return number if highest is None else min(number, Decimal(str(highest)).to_integral())
    if kind is FieldType.LONG_TEXT:
        return SENTENCE.get(language)
    return SHORT.get(language)


def _row(columns: tuple[Column, ...], day: int, language: str) -> dict[str, Any]:
    return {c.id: _plain(c.type, c, day, language) for c in columns}
