"""The shape of answers in memory, and the rules they must meet before they are saved.

In memory a response is a dict from field id to a value whose type follows the field:
``str`` for text and choices, ``Decimal`` for numbers, ``date``, ``bool`` for yes/no,
``list[str]`` for several choices, :class:`ScaleAnswer`, :class:`CheckAnswer`, and for
table fields a list of rows (dicts from column id to value).
"""

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from typing import Any

from stagedesk.core.forms.definition import SCALE_MAX, SCALE_MIN, Definition, Field, FieldType
from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.records.validation import NOT_A_NUMBER, OUT_OF_RANGE, REQUIRED, Issue

Answers = dict[str, Any]

NOT_A_CHOICE = QT_TRANSLATE_NOOP("Validation", "Choose one of the options offered.")


class CheckStatus(StrEnum):
    DONE = "done"
    NOT_NEEDED = "not_needed"


@dataclass(frozen=True)
class ScaleAnswer:
    """A score from 1 to 5, or "not applicable", with an optional note."""

    score: int | None = None
    not_applicable: bool = False
    note: str | None = None

    @property
    def empty(self) -> bool:
        return self.score is None and not self.not_applicable and not self.note


@dataclass(frozen=True)
class CheckAnswer:
    """A checklist item: its state, when it was done, a note, and when it is due."""

    status: CheckStatus | None = None
    done_on: dt.date | None = None
    note: str | None = None
    due: dt.date | None = None

    @property
    def settled(self) -> bool:
        return self.status is not None

    def overdue(self, today: dt.date) -> bool:
        return not self.settled and self.due is not None and self.due < today


def is_empty(value: Any) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return not value.strip()
    if isinstance(value, (list, tuple)):
        return not value
    if isinstance(value, ScaleAnswer):
        return value.score is None and not value.not_applicable
    if isinstance(value, CheckAnswer):
        return not value.settled
    return False


def validate_answers(
    definition: Definition, answers: Mapping[str, Any], *, complete: bool
) -> list[Issue]:
    """Problems with ``answers``; required fields only count when completing the form."""
    issues: list[Issue] = []
    for field in definition.fields():
        value = answers.get(field.id)
        if complete and field.required and is_empty(value):
            issues.append(Issue(field.id, REQUIRED))
        elif not is_empty(value):
            issues.extend(_value_issues(field, value))
    return issues


def _value_issues(field: Field, value: Any) -> list[Issue]:
    if field.type is FieldType.NUMBER:
        return _number_issues(field, value)
    allowed = {choice.value for choice in field.choices}
    if field.type is FieldType.CHOICE and value not in allowed:
        return [Issue(field.id, NOT_A_CHOICE)]
    if field.type is FieldType.MULTI_CHOICE and not set(value) <= allowed:
        return [Issue(field.id, NOT_A_CHOICE)]
    if (
        field.type is FieldType.SCALE
        and isinstance(value, ScaleAnswer)
        and value.score is not None
        and not SCALE_MIN <= value.score <= SCALE_MAX
    ):
        return [Issue(field.id, OUT_OF_RANGE, {"low": SCALE_MIN, "high": SCALE_MAX})]
    return []


def _number_issues(field: Field, value: Any) -> list[Issue]:
    if not isinstance(value, (int, Decimal)) or isinstance(value, bool):
        return [Issue(field.id, NOT_A_NUMBER)]
    low, high = field.minimum, field.maximum
    if (low is not None and value < low) or (high is not None and value > high):
        return [Issue(field.id, OUT_OF_RANGE, {"low": _n(low), "high": _n(high)})]
    return []


def _n(value: float | None) -> str:
    if value is None:
        return "…"
    return str(int(value)) if float(value).is_integer() else str(value)
