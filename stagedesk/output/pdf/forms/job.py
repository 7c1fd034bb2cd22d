"""What it takes to print one form: everything is gathered first, then drawn (Qt-free)."""

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from stagedesk.core.forms import Answers, Definition
from stagedesk.core.forms.codes import FormCode


class Variant(StrEnum):
    BLANK = "blank"  # to fill in by hand
    PREFILLED = "prefilled"  # by hand, with what StageDesk knows already printed in
    FILLABLE = "fillable"  # real form fields, for any PDF reader (pre-filled too)


@dataclass(frozen=True)
class Letterhead:
    """On every page: who the organisation is."""

    organisation: str
    logo: bytes | None = None  # PNG or JPEG


@dataclass(frozen=True)
class FormJob:
    definition: Definition
    language: str
    variant: Variant
    code: FormCode
    letterhead: Letterhead
    subject: str  # who the form is about, on every page: the intern, candidate or unit
    facts: dict[str, Any] = field(default_factory=dict)  # source -> value, for pre-filling
    answers: Answers = field(default_factory=dict)  # answers already given
    printed_on: dt.date = field(default_factory=dt.date.today)

    @property
    def filled(self) -> bool:
        """Whether known facts and earlier answers are printed in."""
        return self.variant is not Variant.BLANK
