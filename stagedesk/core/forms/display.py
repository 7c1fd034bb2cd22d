"""An answer as text, in the form's language: for the import preview, the dossier, xlsx."""

import datetime as dt
from decimal import Decimal
from typing import Any

from stagedesk.core.forms import terms
from stagedesk.core.forms.answers import CheckAnswer, CheckStatus, ScaleAnswer
from stagedesk.core.forms.definition import Field, FieldType


def _date(value: dt.date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


def _number(value: Decimal | int) -> str:
    text = f"{value:f}" if isinstance(value, Decimal) else str(value)
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(".", ",")


def answer_text(field: Field, value: Any, language: str) -> str:
    """``value`` of ``field`` as a person would write it; '' when there is none."""
    if value is None:
        return ""
    kind = field.type
    labels = {choice.value: choice.label.get(language) for choice in field.choices}
    if kind is FieldType.CHOICE:
        return labels.get(str(value), str(value))
    if kind is FieldType.MULTI_CHOICE:
        return ", ".join(labels.get(v, v) for v in value)
    if kind is FieldType.YES_NO:
        return (terms.YES if value else terms.NO).get(language)
    if kind is FieldType.SCALE:
        return _scale(value, language)
    if kind is FieldType.CHECK:
        return _check(value, language)
    if kind is FieldType.ROWS:
        return "; ".join(
            " · ".join(str(cell) for cell in row.values() if cell not in (None, ""))
            for row in value
        )
    if kind is FieldType.DATE:
        return _date(value)
    if kind is FieldType.NUMBER:
        return _number(value)
    return str(value)


def _scale(value: ScaleAnswer, language: str) -> str:
    score = terms.NOT_APPLICABLE.get(language) if value.not_applicable else str(value.score or "")
    return f"{score} — {value.note}" if value.note else score


def _check(value: CheckAnswer, language: str) -> str:
    parts = []
    if value.status is CheckStatus.DONE:
        parts.append(
            terms.DONE.get(language) + (f" {_date(value.done_on)}" if value.done_on else "")
        )
    elif value.status is CheckStatus.NOT_NEEDED:
        parts.append(terms.NOT_NEEDED.get(language))
    if value.note:
        parts.append(value.note)
    return " — ".join(parts)
