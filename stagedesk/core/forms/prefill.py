"""What a form shows before anyone types: the one rule for the screen, the PDF and the
dossier.

A field left empty shows what StageDesk already knows (the fact its ``source`` names),
and a checklist item with no due date of its own is due ``due_day`` days after the
internship's start. A fact is only used when it fits the field: a date for a date field,
a yes/no for a yes/no, a number for a number; text fields take any fact, written out by
the caller's ``text`` (the screen and the paper each say dates and numbers their way).
"""

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any

from stagedesk.core.forms.answers import Answers, CheckAnswer, is_empty
from stagedesk.core.forms.definition import Definition, Field, FieldType
from stagedesk.core.forms.facts import Facts

START = "internship.start_date"  # the fact checklist due dates count from


def prefilled(
    definition: Definition, stored: Answers, facts: Facts, text: Callable[[Any], str] = str
) -> Answers:
    """The stored answers, with the known facts and due dates in what is still empty."""
    values = dict(stored)
    start = facts.get(START)
    for field in definition.fields():
        value = values.get(field.id)
        if field.source and is_empty(value):
            fact = fitting_fact(field, facts.get(field.source), text)
            if fact is not None:
                values[field.id] = fact
        dated = field.type is FieldType.CHECK and field.due_day is not None
        if dated and isinstance(start, dt.date):
            values[field.id] = with_due_date(field, value, start)
    return values


def fitting_fact(field: Field, fact: Any, text: Callable[[Any], str] = str) -> Any:
    """A known fact as this field's answer, or None when it does not fit the field."""
    if fact is None or fact == "":
        return None
    kind = field.type
    if kind in (FieldType.TEXT, FieldType.LONG_TEXT):
        return text(fact) or None
    if kind is FieldType.YES_NO:
        return fact if isinstance(fact, bool) else None
    if kind is FieldType.NUMBER:
        number = isinstance(fact, int | float | Decimal) and not isinstance(fact, bool)
        return Decimal(str(fact)) if number else None
    if kind is FieldType.DATE:
        return fact if isinstance(fact, dt.date) else None
    return None


def with_due_date(field: Field, value: Any, start: dt.date) -> CheckAnswer:
    """A checklist item's answer with its due date: its own if it has one, else the
    item's ``due_day`` counted from ``start`` (none if the item has no ``due_day``)."""
    check = value if isinstance(value, CheckAnswer) else CheckAnswer()
    return check if check.due is not None else replace(check, due=field.due_date(start))
