"""What a pre-filled form shows: earlier answers, and known facts for the empty fields,
as the text printed or put in a PDF field."""

import datetime as dt
from decimal import Decimal
from enum import Enum
from typing import Any

from stagedesk.core.forms import Answers, Choice, terms
from stagedesk.core.forms.prefill import prefilled
from stagedesk.output.pdf.forms import names
from stagedesk.output.pdf.forms.job import FormJob


def form_values(job: FormJob) -> Answers:
    """The answers to print: none on a blank form; else the earlier answers, with what
    StageDesk knows in the empty fields (``core.forms.prefill``)."""
    if not job.filled:
        return {}
    return prefilled(
        job.definition, job.answers, job.facts, lambda fact: as_text(fact, job.language)
    )


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
