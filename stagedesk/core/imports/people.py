"""One person on several rows of a list: the person StageDesk makes from the first row is
what her latest row says she is now (her level, her school), with what earlier rows left
out filled in (an e-mail, a birth date). Written only when a row says something new. Two
rows that give her two dates of birth cannot both be right: the later one is refused."""

from typing import Any, cast

from sqlalchemy import Table, bindparam, update
from sqlalchemy.orm import Session

from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.imports.columns import Column
from stagedesk.core.imports.known import Known, Ref
from stagedesk.core.imports.refs import New, link, link_id
from stagedesk.core.imports.rows import ImportRow, RowProblem
from stagedesk.core.models import Candidate

OTHER_BIRTH = QT_TRANSLATE_NOOP(
    "Import",
    "Row {row} gives {name} another date of birth ({other}): one of the two rows is wrong.",
)
FACTS = ("email", "date_of_birth", "gender", "education_level")
# What the latest row says a person is now; the others only fill in what is missing.
NOW = frozenset({"gender", "education_level", "school", "programme"})
LINKS = frozenset({"school", "programme"})


def facts_of(row: ImportRow, school: Ref | None, programme: Ref | None) -> dict[str, Any]:
    facts: dict[str, Any] = {name: getattr(row, name) for name in FACTS}
    return {**facts, "school": school, "programme": programme}


Pending = dict[int, dict[str, Any]]  # per person written already: the values to update


def fill_in(
    pending: Pending, ref: Ref, row: ImportRow, school: Ref | None, programme: Ref | None
) -> None:
    """A later row about a person this import made (``ref``), as said above; for a person
    written already, the update waits in ``pending`` for :func:`write_pending`."""
    if not isinstance(ref, New):
        return  # one StageDesk held: a change the user decides on
    known = ref.facts
    changed = {
        name: value
        for name, value in facts_of(row, school, programme).items()
        if value is not None
        and known.get(name) != value
        and (name in NOW or known.get(name) is None)
    }
    if not changed:
        return
    known.update(changed)
    if ref.record is not None:
        for name, value in changed.items():
            (link if name in LINKS else setattr)(ref.record, name, value)
        return
    # Written already with its chunk. A school new in this very chunk has no id yet: the
    # person keeps the earlier one.
    values = {
        f"{name}_id" if name in LINKS else name: link_id(value) if name in LINKS else value
        for name, value in changed.items()
    }
    values = {name: value for name, value in values.items() if value is not None}
    assert ref.id is not None  # written with its chunk: it has its id
    pending.setdefault(ref.id, {}).update(values)


def write_pending(session: Session, pending: Pending) -> None:
    """The waiting updates, a statement per set of columns (executemany), not per person."""
    by_columns: dict[tuple[str, ...], list[dict[str, Any]]] = {}
    for person, values in pending.items():
        by_columns.setdefault(tuple(sorted(values)), []).append({"person": person, **values})
    table = cast(Table, Candidate.__table__)
    for columns, rows in by_columns.items():
        statement = (
            update(table)
            .where(table.c.id == bindparam("person"))
            .values({name: bindparam(name) for name in columns})
        )
        session.connection().execute(statement, rows)
    pending.clear()


def contradicted(known: Known, row: ImportRow, ref: Ref) -> list[RowProblem]:
    """A date of birth another row of the list gave otherwise for the same person (found by
    her e-mail): one of the two rows is wrong, and this one is refused."""
    person = known.by_ref.get(ref)
    born = row.date_of_birth
    if person is None or person.row is None or not (born and person.born != born):
        return []
    if person.born is None:
        person.born, person.row = born, row.row  # the first row left it out: this one gives it
        return []
    shown = {
        "name": f"{row.first_name} {row.last_name}",
        "row": person.row,
        "other": person.born.strftime("%d/%m/%Y"),
    }
    return [RowProblem(row.row, Column.DATE_OF_BIRTH, OTHER_BIRTH, shown)]
