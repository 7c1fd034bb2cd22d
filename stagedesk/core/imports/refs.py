"""A record an import makes, and linking records to it before and after it is written.

The resolver writes new records a chunk at a time and lets go of them; a row further down
still links to them, by the record while it is in the session, then by its id.
"""

from typing import Any

from stagedesk.core.imports.known import Ref
from stagedesk.core.models import Base


class New:
    """A record this import makes: the record until it is written, then only its id."""

    __slots__ = ("facts", "id", "record")

    def __init__(self, record: Base) -> None:
        self.record: Base | None = record
        self.id: int | None = None
        self.facts: dict[str, Any] = {}  # for a person: what her rows gave so far


_ID_COLUMNS = {"intern": "candidate_id"}


def link_id(ref: Ref) -> Any:
    """A link's id, once written (a record made in an earlier chunk has one by now)."""
    return ref.id if isinstance(ref, New) else ref


def link(record: Base, name: str, ref: Ref) -> None:
    """Point ``record.name`` at ``ref``: by id once it has one, else at the new record."""
    if isinstance(ref, New):
        if ref.id is None:
            setattr(record, name, ref.record)
            return
        ref = ref.id
    setattr(record, _ID_COLUMNS.get(name, f"{name}_id"), ref)
