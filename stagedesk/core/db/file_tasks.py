"""Files follow the transaction: the one place that moves or deletes StageDesk's files.

In the transaction that changes the records, ``plan_delete`` and ``plan_move`` write what
is to happen to a file (``models.FileTask``); once committed, ``do_file_tasks`` does it
and removes each task done. A crash before the commit leaves records and files as they
were; after it, the tasks are done at the next start. A file that cannot be changed now
(open in a viewer on Windows, a read-only folder) keeps its task and its reason, and is
named to the user: nothing is said to be gone while a copy is left.

Names are relative to the database's folders (``paths.beside``: ``documents``,
``drafts``); a name that would lead out of its folder is never followed.
"""

from collections.abc import Mapping
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import delete, or_, select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.core.db.paths import beside, inside
from stagedesk.core.models import FileTask

FOLDERS = ("documents", "drafts")
PROBLEM_LENGTH = 300


@dataclass(frozen=True)
class Leftover:
    """A file StageDesk could not change yet, and why."""

    path: Path
    problem: str


def folders_of(db_path: Path | None) -> dict[str, Path]:
    """The database's own folders, by the names tasks use."""
    return {folder: beside(db_path, folder) for folder in FOLDERS}


def plan_delete(session: Session, folder: str, name: str) -> None:
    """Delete ``name`` in ``folder`` once this session's transaction is committed."""
    _plan(session, folder, name, None)


def plan_move(session: Session, folder: str, name: str, to: str) -> None:
    """Move ``name`` to ``to`` in ``folder`` once this transaction is committed. A task
    still waiting for either file is superseded: the newest plan is the one that holds."""
    _plan(session, folder, name, to)


def _plan(session: Session, folder: str, name: str, to: str | None) -> None:
    if folder not in FOLDERS:
        raise ValueError(f"unknown folder {folder!r}")
    names = {name} | ({to} if to else set())
    same_files = or_(FileTask.name.in_(names), FileTask.move_to.in_(names))
    session.execute(delete(FileTask).where(FileTask.folder == folder, same_files))
    session.add(FileTask(folder=folder, name=name, move_to=to, tries=0))
    session.flush()


def do_file_tasks(
    sessions: sessionmaker[Session], folders: Mapping[str, Path | None]
) -> list[Leftover]:
    """Do every waiting task of the folders given; what is left (and why)."""
    wanted = [name for name, path in folders.items() if path is not None]
    with sessions() as session:
        query = select(FileTask).where(FileTask.folder.in_(wanted)).order_by(FileTask.id)
        tasks = [(t.id, t.folder, t.name, t.move_to) for t in session.scalars(query)]
    left: list[Leftover] = []
    for task_id, folder_name, name, move_to in tasks:
        folder = folders[folder_name]
        assert folder is not None
        try:
            _do(folder, name, move_to)
        except OSError as error:
            problem = (error.strerror or str(error))[:PROBLEM_LENGTH]
            left.append(Leftover(folder / name, problem))
            with sessions.begin() as session:
                task = session.get(FileTask, task_id)
                if task is not None:
                    task.tries += 1
                    task.problem = problem
            continue
        with sessions.begin() as session:
            session.execute(delete(FileTask).where(FileTask.id == task_id))
    return left


def waiting(sessions: sessionmaker[Session], folders: Mapping[str, Path]) -> list[Leftover]:
    """The tasks not done yet, as the files they are about."""
    with sessions() as session:
        query = select(FileTask).order_by(FileTask.id)
        return [
            Leftover(folders[t.folder] / t.name, t.problem or "")
            for t in session.scalars(query)
            if t.folder in folders
        ]


def _do(folder: Path, name: str, move_to: str | None) -> None:
    source = inside(folder, name)
    if source is None:
        return  # a name edited by hand to lead elsewhere: never followed
    if move_to is None:
        source.unlink(missing_ok=True)
        _drop_empty(source.parent, folder)
        return
    target = inside(folder, move_to)
    if target is None or not source.exists():
        return  # already moved, or lost outside StageDesk: the records still hold
    target.parent.mkdir(parents=True, exist_ok=True)
    source.replace(target)
    _drop_empty(source.parent, folder)


def _drop_empty(parent: Path, folder: Path) -> None:
    """An internship's folder goes once empty (never the documents folder itself)."""
    if parent.resolve() != folder.resolve():
        with suppress(OSError):
            parent.rmdir()
