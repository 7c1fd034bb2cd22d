"""The bin: deleted records are kept for 30 days and can be put back whole.

``delete_to_bin`` copies the record and every row the database's cascades remove with it
(an internship's follow-up entries, its forms and their answers) into one ``BinEntry``,
then deletes, in one transaction. ``restore`` puts all those rows back with the same ids,
parent tables first, in one transaction, or refuses and says why: a record the rows point
at is gone (in the bin too: restore that first, or pass ``with_parents``; or deleted for
good), another record took the deleted record's number or a name that must be unique.

A restored row is the row as it was, ``version`` included: an editor that still holds
that version holds exactly what is back, so saving from it is no conflict, while one that
loaded an older version is refused as before.

The bin never keeps personal data for ever: ``purge_older_than`` (at start-up) and
``empty_bin`` delete for good, and ``forget`` drops every entry about records that are
being erased. ``repository.delete`` stays the delete that bypasses the bin, for erasing.

A document's file goes along: into the ``bin`` folder inside the documents folder on
delete, back on restore, deleted with the entry, each once the transaction has committed
(``core.db.file_tasks``: a crash in between leaves records and files agreeing). Functions
whose rows may hold documents take that folder as ``documents``
(``core.documents.documents_dir``).
"""

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.core.bin import rows as bin_rows
from stagedesk.core.bin.words import (
    NUMBER_TAKEN,
    PARENT_GONE,
    PARENT_IN_BIN,
    VALUE_TAKEN,
    Reason,
    describe,
    kind,
)
from stagedesk.core.db.database import Database
from stagedesk.core.db.file_tasks import do_file_tasks, plan_delete, plan_move
from stagedesk.core.models import Base, BinEntry
from stagedesk.core.records.documents import documents_dir
from stagedesk.core.records.repository import RecordGone, StillReferenced

BIN_DAYS = 30
BIN_FOLDER = "bin"  # inside the documents folder; stored names start with a number

Sessions = sessionmaker[Session]


@dataclass(frozen=True)
class BinItem:
    """One entry as the bin lists it."""

    entry_id: int
    table: str
    record_id: int
    label: str
    deleted_at: dt.datetime
    rows: int  # the record and the rows that went with it

    @property
    def expires_on(self) -> dt.date:
        """The day it is deleted for good."""
        return self.deleted_at.date() + dt.timedelta(days=BIN_DAYS)

    def days_left(self, today: dt.date) -> int:
        return max(0, (self.expires_on - today).days)


class EntryGone(Exception):
    """The entry was restored or emptied meanwhile (elsewhere, or by another user)."""


class RestoreRefused(Exception):
    """Nothing was restored. ``parents``: bin entries that, restored along, would make it
    possible (set only when that is all that is missing; see ``with_parents``)."""

    def __init__(self, reasons: list[Reason], parents: list[int]) -> None:
        super().__init__(" ".join(str(reason) for reason in reasons))
        self.reasons = reasons
        self.parents = parents


@dataclass(frozen=True)
class Restored:
    entries: tuple[int, ...]
    tables: tuple[str, ...]  # every table that got rows back, parents first

    def models(self) -> list[type[Base]]:
        return [bin_rows.model_of(table) for table in self.tables]


# -- deleting -------------------------------------------------------------------------


def delete_to_bin(
    sessions: Sessions,
    model: type[Base],
    record_id: int,
    now: dt.datetime,
    *,
    documents: Path | None = None,
) -> int:
    """Move a record and what its delete cascades to into the bin; the entry's id.

    Raises :class:`RecordGone`, or :class:`StillReferenced` (nothing deleted) when other
    records point at it or at one of the rows that would go with it.
    """
    table = bin_rows.table_of(model.__tablename__)
    with sessions.begin() as session:
        # Locked on PostgreSQL, so no child can be added between copying and deleting.
        if session.get(model, record_id, with_for_update=True) is None:
            raise RecordGone(record_id)
        found = bin_rows.collect(session, table, record_id)
        blocked = bin_rows.blocking(session, found)
        if blocked:
            raise StillReferenced(blocked)
        label = describe(session, table.name, found[table.name][0])
        entry = BinEntry(
            deleted_at=now,
            model=table.name,
            record_id=record_id,
            label=label[:300],
            payload=bin_rows.dumps(found),
        )
        session.add(entry)
        session.execute(delete(table).where(table.c.id == record_id))
        session.flush()
        entry_id = int(entry.id)
        _plan_moves(session, documents, _files(found), into_bin=True)
    _do_files(sessions, documents)  # committed: now the files follow
    return entry_id


# -- restoring ------------------------------------------------------------------------


def restore(
    sessions: Sessions,
    entry_id: int,
    *,
    with_parents: bool = False,
    documents: Path | None = None,
) -> Restored:
    """Put an entry's rows back with their ids, or raise :class:`RestoreRefused`.

    ``with_parents``: entries in the bin that hold records these rows point at (the unit
    of a deleted internship, deleted after it) come back along, in the same transaction.
    """
    with sessions.begin() as session:
        entries = _plan(session, entry_id, with_parents)
        found = _combined(entries)
        _check(session, entries, found)
        bin_rows.insert_rows(session, found, {(e.model, e.record_id) for e in entries})
        restored = Restored(
            tuple(sorted(e.id for e in entries)),
            tuple(t.name for t in Base.metadata.sorted_tables if t.name in found),
        )
        for entry in entries:
            session.delete(entry)
        session.flush()
        _plan_moves(session, documents, _files(found), into_bin=False)
    _do_files(sessions, documents)
    return restored


def _plan(session: Session, entry_id: int, with_parents: bool) -> list[BinEntry]:
    entry = session.get(BinEntry, entry_id)
    if entry is None:
        raise EntryGone(entry_id)
    plan = [entry]
    holders = _holders(session) if with_parents else {}
    while holders:
        wanted = bin_rows.pointed_at(_combined(plan))
        missing = wanted - bin_rows.existing(session, wanted)
        extra = {holders[k] for k in missing if k in holders} - set(plan)
        if not extra:
            break
        plan.extend(sorted(extra, key=lambda e: e.id))
    return plan


def _combined(entries: list[BinEntry]) -> bin_rows.Rows:
    found: bin_rows.Rows = {}
    for entry in entries:
        for table, rows in bin_rows.loads(entry.payload).items():
            found.setdefault(table, []).extend(rows)
    return found


def _holders(session: Session) -> dict[bin_rows.Key, BinEntry]:
    """Which entry holds each row in the bin."""
    return {
        key: entry
        for entry in session.scalars(select(BinEntry))
        for key in bin_rows.payload_keys(entry.payload)
    }


def _check(session: Session, entries: list[BinEntry], found: bin_rows.Rows) -> None:
    reasons: list[Reason] = []
    roots = {(e.model, e.record_id) for e in entries}
    for table, record_id in sorted(bin_rows.existing(session, roots)):
        reasons.append(Reason(NUMBER_TAKEN, {"kind": kind(table), "id": record_id}))
    wanted = bin_rows.pointed_at(found)
    missing = sorted(wanted - bin_rows.existing(session, wanted))
    holders = _holders(session) if missing else {}
    parents: list[int] = []
    for table, record_id in missing:
        holder = holders.get((table, record_id))
        if holder is None:
            reasons.append(Reason(PARENT_GONE, {"kind": kind(table), "id": record_id}))
        elif holder.id not in parents:
            parents.append(holder.id)
            params: dict[str, object] = {"kind": kind(holder.model), "label": holder.label}
            reasons.append(Reason(PARENT_IN_BIN, params))
    for clash in bin_rows.clashes(session, found):
        reasons.append(Reason(VALUE_TAKEN, {"kind": kind(clash.table), "value": clash.value}))
    if reasons:
        raise RestoreRefused(reasons, parents if len(parents) == len(reasons) else [])


# -- listing and deleting for good ----------------------------------------------------


def list_bin(sessions: Sessions) -> list[BinItem]:
    """Everything in the bin, the latest delete first."""
    with sessions() as session:
        query = select(BinEntry).order_by(BinEntry.deleted_at.desc(), BinEntry.id.desc())
        return [
            BinItem(e.id, e.model, e.record_id, e.label, e.deleted_at, bin_rows.count(e.payload))
            for e in session.scalars(query)
        ]


def purge_on_opening(database: Database, now: dt.datetime) -> int:
    """The start-up purge: what has been in the bin for 30 days goes for good."""
    return purge_older_than(database.sessions, now, documents=documents_dir(database))


def empty_bin(sessions: Sessions, *, documents: Path | None = None) -> int:
    """Delete everything in the bin for good; how many entries that was."""
    return _drop(sessions, lambda entries: entries, documents)


def purge_older_than(
    sessions: Sessions,
    now: dt.datetime,
    days: int = BIN_DAYS,
    *,
    documents: Path | None = None,
) -> int:
    """Delete for good what has been in the bin for ``days`` days (on day 30, with the
    default: deleted on 1 March, gone on 31 March)."""
    first_kept = now.date() - dt.timedelta(days=days - 1)
    return _drop(
        sessions,
        lambda entries: [e for e in entries if e.deleted_at.date() < first_kept],
        documents,
    )


def forget(
    sessions: Sessions,
    records: Iterable[tuple[type[Base], int]],
    *,
    documents: Path | None = None,
) -> int:
    """Delete for good the entries holding these records or rows that point at them
    (directly, or through other rows in the bin): for erasing a person. Run inside the
    erasure's transaction (``sessions`` joins it): their files are only planned, and go
    when the erasure has committed (its ``do_file_tasks``)."""
    targets = {(model.__tablename__, record_id) for model, record_id in records}

    def about(entries: list[BinEntry]) -> list[BinEntry]:
        chosen: list[BinEntry] = []
        while True:
            more = [
                e
                for e in entries
                if e not in chosen
                and (rows := bin_rows.loads(e.payload))
                and (bin_rows.keys(rows) | bin_rows.pointed_at(rows)) & targets
            ]
            if not more:
                return chosen
            chosen.extend(more)
            for entry in more:
                targets.update(bin_rows.payload_keys(entry.payload))

    return _drop(sessions, about, documents, files_now=False)


def _drop(
    sessions: Sessions,
    choose: Callable[[list[BinEntry]], list[BinEntry]],
    documents: Path | None,
    *,
    files_now: bool = True,
) -> int:
    with sessions.begin() as session:
        entries = choose(list(session.scalars(select(BinEntry).order_by(BinEntry.id))))
        names = [name for e in entries for name in _files(bin_rows.loads(e.payload))]
        _folder(documents, names)
        for entry in entries:
            session.delete(entry)
        for name in names:
            plan_delete(session, "documents", f"{BIN_FOLDER}/{name}")
    if files_now:
        _do_files(sessions, documents)  # once the entries are gone for sure
    return len(entries)


# -- document files -------------------------------------------------------------------


def _files(found: bin_rows.Rows) -> list[str]:
    """The stored file names, leaving out any that would lead out of the documents folder
    (a database edited by hand): the bin never moves or deletes a file elsewhere."""
    names = [str(row["stored_name"]) for row in found.get("documents", [])]
    return [name for name in names if _plain_name(name)]


def _plain_name(name: str) -> bool:
    path = Path(name)
    return bool(name) and not path.is_absolute() and not path.drive and ".." not in path.parts


def _folder(documents: Path | None, names: list[str]) -> Path:
    if documents is None and names:
        raise ValueError("documents are involved: pass the documents folder")
    return documents or Path()


def _plan_moves(
    session: Session, documents: Path | None, names: list[str], *, into_bin: bool
) -> None:
    """The files to move into the bin folder (or back) once the transaction commits."""
    _folder(documents, names)
    for name in names:
        kept, binned = name, f"{BIN_FOLDER}/{name}"
        source, target = (kept, binned) if into_bin else (binned, kept)
        plan_move(session, "documents", source, target)


def _do_files(sessions: Sessions, documents: Path | None) -> None:
    # A file that cannot be moved now keeps its task: tried again at the next start.
    do_file_tasks(sessions, {"documents": documents})
