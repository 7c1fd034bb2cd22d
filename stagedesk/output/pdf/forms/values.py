"""What a pre-filled form shows: earlier answers, and known facts for the empty fields,
as the text printed or put in a PDF field."""

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from enum import Enum
from typing import Any

from stagedesk.core.forms import Answers, CheckAnswer, Choice, FieldType, terms
from stagedesk.core.forms.answers import is_empty
from stagedesk.core.forms.definition import Field
from stagedesk.output.pdf.forms import names
from stagedesk.output.pdf.forms.job import FormJob


def form_values(job: FormJob) -> Answers:
    """The answers to print: none on a blank form; else the earlier answers, the facts
    named by a field's ``source`` where there is no answer, and checklist due dates."""
    if not job.filled:
        return {}
    values = dict(job.answers)
    start = job.facts.get("internship.start_date")
    for field in job.definition.fields():
        value = values.get(field.id)
        if field.source and is_empty(value):
            fact = _as_answer(field, job.facts.get(field.source))
            if fact is not None:
                values[field.id] = fact
        due = field.due_date(start) if isinstance(start, dt.date) else None
        if field.type is FieldType.CHECK and due is not None:
            check = value if isinstance(value, CheckAnswer) else CheckAnswer()
            values[field.id] = check if check.due else replace(check, due=due)
    return values


def _as_answer(field: Field, fact: Any) -> Any:
    """A known fact as this field's answer, or None when it does not fit the field."""
    if fact is None or fact == "":
        return None
    kind = field.type
    if kind is FieldType.YES_NO:
        return fact if isinstance(fact, bool) else None
    if kind is FieldType.DATE:
        return fact if isinstance(fact, dt.date) else None
    if kind is FieldType.NUMBER:
        numeric = isinstance(fact, int | float | Decimal) and not isinstance(fact, bool)
        return fact if numeric else None
    if kind in (FieldType.TEXT, FieldType.LONG_TEXT):
        return fact
    return None


def date_text(value: dt.date) -> str:
    return value.strftime(names.DATE_FORMAT)


def number_text(value: int | float | Decimal, language: str) -> str:
    """38, 7,5 (Dutch and French) or 7.5 (English)."""
    number = Decimal(str(value))
    if number == number.to_integral_value():
        return str(int(number))
    text = format(number.normalize(), "f")
    return text if language == "en" else text.replace(".", ",")


def as_text(value: Any, language: str) -> str:
    """Any answer or fact as readable text in the form's language ("" when empty)."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return (terms.YES if value else terms.NO).get(language)
    if isinstance(value, dt.date):
        return date_text(value)
    if isinstance(value, Enum):
        return str(value.value).replace("_", " ")
    if isinstance(value, int | float | Decimal):
        return number_text(value, language)
    return str(value)


def choice_label(choices: tuple[Choice, ...], value: Any, language: str) -> str:
    """The label of the chosen value, or the value itself when it is not a choice."""
    for choice in choices:
        if choice.value == value:
            return choice.label.get(language)
    return as_text(value, language)
