"""Anonymising people: after the retention period, or at once when someone asks to be
erased. One transaction; then the bytes really go.

What happens to a person is in ``clearing`` and ``form_texts`` (and, said to the user, in
``kept.what_is_kept``): the name becomes a pseudonym ("X 2019-0042"), contact details,
date of birth (its age band stays on each internship), target groups and their consent,
notes and every written text go; what the reports count stays, so every report gives the
same figures afterwards (save the target-group table, which loses them, and the
satisfaction report's comments). Their documents go, files and all, and the bin forgets
every deleted record about them (``bin.forget``, in the same transaction, through a
savepoint). Files go once the transaction is committed (``core.db.file_tasks``): their
documents, the bin's copies, and the mail drafts to them that StageDesk saved. A file
that cannot be deleted now (open in a viewer; a read-only folder) is named in ``left``
and tried again at the next start and from Settings › Privacy.

Old bytes: SQLite keeps a deleted or overwritten value in the file until its space is
used again. The transaction runs with ``PRAGMA secure_delete``, which zeroes what it frees
(cheap: a few milliseconds for 2,000 people), and the file is rewritten with ``VACUUM``
afterwards, which also drops what earlier edits left behind (the e-mail address changed
last year). VACUUM of the demo database of 10 years × 1,000 internships (67 MB) takes
1.2 s on a laptop. It needs a moment when no other StageDesk reads the file; if it
cannot get one (another coordinator busy on a shared file), ``compacted`` is False and the
secure delete has still zeroed this erasure's bytes. The rollback journal, which holds
the old pages during the transaction, is deleted at the commit (SQLite's default journal
mode, which StageDesk never changes). On PostgreSQL the old row versions stay in the
server's table files until the server reclaims them (autovacuum marks the space free,
only VACUUM FULL rewrites the files): that is the server's job, and ``zeroed`` is False so
that StageDesk says so rather than claiming the bytes are gone.
"""

import datetime as dt
from collections.abc import Generator, Sequence
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.core.bin import trash as recycle_bin
from stagedesk.core.db.file_tasks import Leftover, do_file_tasks, plan_delete
from stagedesk.core.forms.registry import FormRegistry
from stagedesk.core.models import Candidate
from stagedesk.core.privacy import clearing
from stagedesk.core.privacy.drafts import drafts_about
from stagedesk.core.privacy.form_texts import clear_form_texts
from stagedesk.core.privacy.records import PersonRecords, records_of
from stagedesk.core.privacy.retention import due_for_anonymising
from stagedesk.core.progress import run_to_end

CHUNK = 500  # candidates per round of statements (and between two progress reports)

Sessions = sessionmaker[Session]
Steps = Generator[tuple[int, int], None, "Anonymised"]


class PersonGone(Exception):
    """No such candidate (deleted meanwhile, or a wrong number)."""


@dataclass(frozen=True)
class Anonymised:
    candidates: tuple[int, ...]  # who was anonymised
    files: int  # their document files and mail drafts deleted
    bin_entries: int  # entries the bin forgot
    compacted: bool  # the SQLite file was rewritten: no old page of theirs is left
    zeroed: bool = True  # SQLite zeroed what was freed; False on a server (its own job)
    left: tuple[Leftover, ...] = ()  # files that could not be deleted yet, and why


@dataclass(frozen=True)
class Options:
    documents: Path | None = None  # the documents folder (``documents.documents_dir``)
    drafts: Path | None = None  # the mail drafts folder (``mail.drafts.drafts_dir``)
    registry: FormRegistry | None = None  # the forms in use (loaded when None)
    withdraw_open: bool = False  # an erasure: open applications are withdrawn
    retention_years: int | None = None  # only those of the ids still due (see below)


def anonymise_steps(
    sessions: Sessions, candidate_ids: Sequence[int], today: dt.date, options: Options = Options()
) -> Steps:
    """Anonymise these candidates, yielding ``(done, total)`` as it goes (for
    ``ui.workers.Job``); closing the generator before the end rolls everything back.

    With ``options.retention_years`` only those of ``candidate_ids`` who are still due are
    anonymised (one may have applied again since the list was shown).
    """
    registry = options.registry or FormRegistry.load()
    wanted = sorted(set(candidate_ids))
    yield 0, len(wanted)
    with sessions.begin() as session:
        connection = session.connection()
        engine = connection.engine
        previous = _secure_delete(connection, True)
        try:
            ids = _still_there(session, wanted, today, options.retention_years)
            doomed = drafts_about(options.drafts, _contacts(session, ids))
            everything: list[PersonRecords] = []
            names: list[str] = []
            for start in range(0, len(ids), CHUNK):
                records = records_of(session, ids[start : start + CHUNK])
                names += _clear(session, records, today, registry, options)
                everything.append(records)
                yield start + len(records.candidates), len(ids)
            forgotten = _forget(connection, everything, options.documents)
            planned = _plan_deletes(session, options, names, doomed)
        finally:
            with suppress(Exception):  # left on, it only makes deletes a little slower
                _secure_delete(connection, previous)
    # Committed: now the files (each task goes once done), then the file's old pages.
    folders = {"documents": options.documents, "drafts": options.drafts}
    left = tuple(do_file_tasks(sessions, folders))
    compacted = compact(engine) if ids else False
    kept = {leftover.path for leftover in left}
    files = sum(1 for path in planned if path not in kept)
    zeroed = previous is not None  # secure delete is SQLite's; a server reclaims itself
    return Anonymised(tuple(ids), files, forgotten, compacted, zeroed, left)


def anonymise(
    sessions: Sessions, candidate_ids: Sequence[int], today: dt.date, options: Options = Options()
) -> Anonymised:
    """:func:`anonymise_steps` run to the end."""
    return _run(anonymise_steps(sessions, candidate_ids, today, options))


def erase_steps(
    sessions: Sessions, candidate_id: int, today: dt.date, options: Options = Options()
) -> Steps:
    """Erase one person on their request, now, whatever the retention: anonymised as
    above, and their open applications withdrawn. Raises :class:`PersonGone`."""
    with sessions() as session:
        if session.get(Candidate, candidate_id) is None:
            raise PersonGone(candidate_id)
    options = Options(options.documents, options.drafts, options.registry, True, None)
    result = yield from anonymise_steps(sessions, [candidate_id], today, options)
    if not result.candidates:
        raise PersonGone(candidate_id)  # deleted between the look and the transaction
    return result


def erase_person(
    sessions: Sessions, candidate_id: int, today: dt.date, options: Options = Options()
) -> Anonymised:
    """:func:`erase_steps` run to the end."""
    return _run(erase_steps(sessions, candidate_id, today, options))


def _run(steps: Steps) -> Anonymised:
    return run_to_end(steps)


def _still_there(
    session: Session, wanted: list[int], today: dt.date, years: int | None
) -> list[int]:
    if years is not None:
        due = {d.candidate_id for d in due_for_anonymising(session, today, years)}
        return [candidate_id for candidate_id in wanted if candidate_id in due]
    found: set[int] = set()
    for start in range(0, len(wanted), CHUNK):
        chunk = wanted[start : start + CHUNK]
        # Locked on PostgreSQL: nobody edits them while they are being anonymised.
        query = select(Candidate.id).where(Candidate.id.in_(chunk)).with_for_update()
        found.update(session.scalars(query))
    return sorted(found)


def _clear(
    session: Session,
    records: PersonRecords,
    today: dt.date,
    registry: FormRegistry,
    options: Options,
) -> list[str]:
    ids = records.candidates
    if records.documents and options.documents is None:
        raise ValueError("documents are involved: pass the documents folder")
    clearing.keep_age_bands(session, ids)  # before the date of birth goes
    clearing.clear_candidates(session, ids, today)
    clearing.clear_applications(session, ids, today, withdraw_open=options.withdraw_open)
    clear_form_texts(session, registry, records.responses)
    return clearing.clear_internships(session, records)


def _forget(connection: Connection, everything: list[PersonRecords], documents: Path | None) -> int:
    """The bin forgets them, inside this transaction (a savepoint of it)."""
    keys = [key for records in everything for key in records.every_record()]
    if not keys:
        return 0
    joined = sessionmaker(
        bind=connection, join_transaction_mode="create_savepoint", expire_on_commit=False
    )
    return recycle_bin.forget(joined, keys, documents=documents)


def _contacts(session: Session, ids: list[int]) -> list[tuple[str, str | None]]:
    """Full names and e-mail addresses, read before they go (to find their drafts)."""
    found: list[tuple[str, str | None]] = []
    for start in range(0, len(ids), CHUNK):
        query = select(Candidate.first_name, Candidate.last_name, Candidate.email).where(
            Candidate.id.in_(ids[start : start + CHUNK]), Candidate.anonymised_on.is_(None)
        )
        found += [(f"{first} {last}", email) for first, last, email in session.execute(query)]
    return found


def _plan_deletes(
    session: Session, options: Options, names: list[str], doomed: list[Path]
) -> list[Path]:
    """Their document files and mail drafts, to delete once the erasure has committed."""
    planned: list[Path] = []
    if options.documents is not None:
        for name in names:
            plan_delete(session, "documents", name)
            planned.append(options.documents / name)
    for path in doomed:
        assert options.drafts is not None  # drafts were only looked for in that folder
        plan_delete(session, "drafts", path.relative_to(options.drafts).as_posix())
        planned.append(path)
    return planned


def _secure_delete(connection: Connection, on: bool | None) -> bool | None:
    """Switch SQLite's secure delete on this connection; what it was (None elsewhere)."""
    if connection.dialect.name != "sqlite" or on is None:
        return None
    driver: Any = connection.connection.driver_connection
    before = bool(driver.execute("PRAGMA secure_delete").fetchone()[0])
    driver.execute(f"PRAGMA secure_delete = {int(on)}")
    return before


def compact(engine: Engine) -> bool:
    """Rewrite a SQLite file with VACUUM, so no freed page keeps old values; False when
    not SQLite or when the file is busy (another StageDesk reading it)."""
    if engine.dialect.name != "sqlite":
        return False
    raw = engine.raw_connection()
    try:
        raw.driver_connection.execute("VACUUM")  # type: ignore[union-attr]
    except Exception:  # locked or busy (someone reads it), or the disk is full
        # The erasure is committed whatever happens here: say "not compacted", which is
        # true, rather than let a failure read as "nothing was changed".
        return False
    finally:
        raw.close()
    return True
