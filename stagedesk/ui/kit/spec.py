"""Declarative description of a kind of record: its list columns and its editor's fields.

One spec drives both the list page and the editor, so adding a field is one line here,
one column in the model and a migration.
"""

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from sqlalchemy.orm import Session

from stagedesk.core.models import Base
from stagedesk.core.records.listing import Listing
from stagedesk.ui.kit.table_model import Column


class Kind:
    TEXT = "text"
    LONG = "long"
    DATE = "date"
    INT = "int"
    DECIMAL = "decimal"
    BOOL = "bool"
    YES_NO = "yes_no"  # a nullable bool: not answered, yes or no
    ENUM = "enum"
    REF = "ref"


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str  # marked with QT_TRANSLATE_NOOP in the "Field" context
    kind: str = Kind.TEXT
    enum: type[StrEnum] | None = None
    ref: type[Base] | None = None
    ref_filter: dict[str, Any] = field(default_factory=dict)
    depends_on: str | None = None  # a REF whose choices follow another field (school)
    optional: bool = True  # ENUM/REF: offer an empty choice
    help: str = ""


@dataclass(frozen=True)
class Section:
    title: str  # "Field" context
    fields: tuple[FieldSpec, ...]


@dataclass(frozen=True)
class EntitySpec:
    key: str  # stable name for settings, e.g. "internships"
    model: type[Base]
    title: str  # plural, "Page" context
    new_label: str  # "Page" context, e.g. "New internship"
    columns: tuple[Column, ...]
    sections: tuple[Section, ...]
    listing: Callable[[Session], Listing]
    describe: Callable[[dict[str, Any]], str]
    defaults: Callable[[], dict[str, Any]] = dict

    def fields(self) -> list[FieldSpec]:
        return [f for section in self.sections for f in section.fields]
