"""Files follow the transaction (cases 3 and 5 of the safety review).

An erasure is killed (SIGKILL: nothing cleans up) before each of its SQL statements, its
commit, and each file it moves or deletes; StageDesk then opens the database again as it
does at start-up (``do_file_tasks``). Every time, records and files must agree: either
nothing happened (the person, their documents, the bin's copy and their mail draft all
there) or everything did (the person anonymised and not one of those files left).

The kill runs in a forked child, so the hundred or so kill points take seconds, not
minutes of interpreter starts.
"""

import datetime as dt
import os
import shutil
import signal
import sys
from collections.abc import Callable
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, event, select

from stagedesk.core.bin import trash
from stagedesk.core.db.database import open_sqlite
from stagedesk.core.db.file_tasks import do_file_tasks, folders_of
from stagedesk.core.models import Candidate, Document, DocumentType, FileTask
from stagedesk.core.privacy import Options, erase_person
from stagedesk.core.privacy.drafts import drafts_about
from stagedesk.core.records.documents import DocumentStore, documents_dir
from tests.seed import seed_small

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX")

TODAY = dt.date(2026, 3, 2)
NOW = dt.datetime(2026, 3, 2, 9, 0)


def _world(folder: Path) -> tuple[Path, int]:
    """A database with Céline: two documents, one of them in the bin, and a mail draft."""
    path = folder / "stagedesk.sqlite"
    database = open_sqlite(path)
    try:
        seed = seed_small(database.sessions)
        store = DocumentStore(documents_dir(database), database.sessions)
        ids = []
        for name in ("cv-celine.pdf", "overeenkomst.pdf"):
            source = folder / name
            source.write_bytes(f"%PDF-1.4 {name}".encode())
            ids.append(
                store.add(seed.internships["running"], source, DocumentType.OTHER, today=TODAY)
            )
            source.unlink()
        trash.delete_to_bin(database.sessions, Document, ids[0], NOW, documents=store.folder)
        drafts = folders_of(path)["drafts"]
        drafts.mkdir()
        mail = EmailMessage()
        mail["To"] = "celine@example.be"
        mail["Subject"] = "Praktische info"
        mail.set_content("Dag Céline")
        (drafts / "info.eml").write_bytes(bytes(mail))
        return path, seed.candidates["celine"]
    finally:
        database.dispose()


def _files(path: Path) -> set[str]:
    folders = folders_of(path).values()
    return {str(f.relative_to(path.parent)) for d in folders for f in d.rglob("*") if f.is_file()}


def _erase(path: Path, candidate: int) -> None:
    database = open_sqlite(path)
    folders = folders_of(path)
    options = Options(documents=folders["documents"], drafts=folders["drafts"])
    erase_person(database.sessions, candidate, TODAY, options)


def _erase_killed_at(path: Path, candidate: int, kill_at: int) -> int:
    return _killed_at(path, kill_at, lambda database: _erase(path, candidate))


def _killed_at(path: Path, kill_at: int, work: Callable[[Any], object]) -> int:
    """Run ``work`` in a forked child killed before its ``kill_at``-th step (0: never);
    the number of steps it took when not killed."""
    reading, writing = os.pipe()
    child = os.fork()
    if child == 0:  # the child: count the steps, die at the chosen one
        os.close(reading)
        try:
            steps = _count_steps(kill_at)
            event.listen(Engine, "before_cursor_execute", lambda *a: steps())
            event.listen(Engine, "commit", lambda *a: steps())
            work(None)
            os.write(writing, str(steps(count_only=True)).encode())
        finally:
            os._exit(0)
    os.close(writing)
    said = os.read(reading, 100)
    os.close(reading)
    _, status = os.waitpid(child, 0)
    if kill_at:
        assert (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL) or said
    return int(said or 0)


def _count_steps(kill_at: int) -> Callable[..., int]:
    done = 0

    def step(count_only: bool = False) -> int:
        nonlocal done
        if count_only:
            return done
        done += 1
        if done == kill_at:
            os.kill(os.getpid(), signal.SIGKILL)
        return done

    for name in ("unlink", "replace", "rmdir"):  # every file StageDesk changes
        original = getattr(Path, name)

        def patched(self: Path, *args: Any, _original: Any = original, **kw: Any) -> Any:
            step()
            return _original(self, *args, **kw)

        setattr(Path, name, patched)
    return step


def _state(path: Path, candidate: int) -> tuple[bool, set[str], int, int]:
    database = open_sqlite(path)
    try:
        do_file_tasks(database.sessions, folders_of(path))  # as at start-up
        with database.sessions() as session:
            person = session.get(Candidate, candidate)
            assert person is not None
            tasks = len(session.scalars(select(FileTask)).all())
        bin_entries = len(trash.list_bin(database.sessions))
        return person.anonymised_on is not None, _files(path), tasks, bin_entries
    finally:
        database.dispose()


def test_an_erasure_killed_at_any_step_leaves_records_and_files_agreeing(
    tmp_path: Path,
) -> None:
    origin, candidate = _world(tmp_path / "origin")
    before = _files(origin)
    assert {"stagedesk-drafts/info.eml"} < before and any("/bin/" in f for f in before)
    total = _erase_killed_at(_fresh(origin, tmp_path / "whole"), candidate, 0)
    assert total > 20
    outcomes = set()
    for kill_at in range(1, total + 1):
        path = _fresh(origin, tmp_path / f"kill-{kill_at}")
        _erase_killed_at(path, candidate, kill_at)
        erased, files, tasks, bin_entries = _state(path, candidate)
        assert tasks == 0, kill_at
        if erased:
            assert files == set(), (kill_at, files)  # not one copy of her left
            assert bin_entries == 0
        else:
            assert files == before, (kill_at, before - files)  # nothing of her lost
            assert bin_entries == 1
        outcomes.add(erased)
        shutil.rmtree(path.parent)
    assert outcomes == {True, False}  # the kills fell on both sides of the commit


def _fresh(origin: Path, folder: Path) -> Path:
    shutil.copytree(origin.parent, folder)
    return folder / origin.name


def _as_unprivileged(prepare: Callable[[], object], work: Callable[[], int]) -> tuple[int, str]:
    """Run ``work`` in a forked child as a user without rights (root ignores
    permissions: as root, the child becomes ``nobody``); its exit code and output.
    ``prepare`` runs first with the parent's rights: this Python lives in root's home,
    which ``nobody`` cannot read, so what ``work`` imports late is imported there."""
    reading, writing = os.pipe()
    child = os.fork()
    if child == 0:
        code = 1
        try:
            os.close(reading)
            os.dup2(writing, 1)
            os.dup2(writing, 2)
            sys.stdout = open(1, "w", closefd=False)  # noqa: SIM115 - pytest captured them
            sys.stderr = open(2, "w", closefd=False)  # noqa: SIM115
            prepare()
            if os.geteuid() == 0:
                import pwd

                nobody = pwd.getpwnam("nobody")
                os.setgroups([])
                os.setgid(nobody.pw_gid)
                os.setuid(nobody.pw_uid)
            code = work()
        except BaseException as error:  # told to the parent, never raised in a fork
            import traceback

            os.write(2, f"child failed: {error!r}\n{traceback.format_exc()}".encode())
        finally:
            sys.stdout.flush()
            sys.stderr.flush()
            os._exit(code)
    os.close(writing)
    chunks = []
    while chunk := os.read(reading, 65536):
        chunks.append(chunk)
    os.close(reading)
    _, status = os.waitpid(child, 0)
    return os.waitstatus_to_exitcode(status), b"".join(chunks).decode()


def test_a_file_that_cannot_be_deleted_is_named_kept_as_a_task_and_deleted_later(
    tmp_path: Path,
) -> None:
    import tempfile

    from stagedesk.cli.main import main

    # A folder the unprivileged child can reach (pytest's own is the root user's only).
    place = Path(tempfile.mkdtemp(prefix="stagedesk-unprivileged-"))
    try:
        place.chmod(0o755)
        path, candidate = _world(place)
        drafts = folders_of(path)["drafts"]
        if os.geteuid() == 0:
            import pwd

            nobody = pwd.getpwnam("nobody")
            for item in [place, *place.rglob("*")]:
                if item != drafts and drafts not in item.parents:
                    os.chown(item, nobody.pw_uid, nobody.pw_gid)
        drafts.chmod(0o555)  # the draft cannot be deleted by that user

        def erase() -> int:
            os.environ["XDG_DATA_HOME"] = str(place / "home")  # that user's own data folder
            return main(
                ["person", "erase", "--db", str(path), "--candidate", str(candidate), "--yes"]
            )

        def prepare() -> object:  # the mail parser, as erasing reads the drafts
            return drafts_about(drafts, [("Céline Lambert", "celine@example.be")])

        code, said = _as_unprivileged(prepare, erase)
        assert code == 2, said
        assert "Erased Céline Lambert" in said
        assert "1 file(s) could not be deleted yet" in said
        assert f"{drafts / 'info.eml'}: Permission denied" in said
        assert "Traceback" not in said
        assert (drafts / "info.eml").exists()
        database = open_sqlite(path)
        try:
            with database.sessions() as session:
                assert session.get(Candidate, candidate).anonymised_on is not None  # type: ignore[union-attr]
                [task] = session.scalars(select(FileTask)).all()
                assert task.problem == "Permission denied" and task.tries == 1
            drafts.chmod(0o755)  # the program that held it was closed
            if os.geteuid() == 0:
                os.chown(drafts, nobody.pw_uid, nobody.pw_gid)
            assert do_file_tasks(database.sessions, folders_of(path)) == []  # next start
            assert not (drafts / "info.eml").exists()
            with database.sessions() as session:
                assert session.scalars(select(FileTask)).all() == []
        finally:
            database.dispose()
    finally:
        for item in [place, *place.rglob("*")]:
            if item.is_dir():
                item.chmod(0o755)
        shutil.rmtree(place)


def _bin_state(path: Path) -> tuple[int, int, set[str]]:
    """After opening as at start-up: documents on record, entries in the bin, files."""
    database = open_sqlite(path)
    try:
        do_file_tasks(database.sessions, folders_of(path))
        with database.sessions() as session:
            kept = len(session.scalars(select(Document)).all())
            assert session.scalars(select(FileTask)).all() == []
        return kept, len(trash.list_bin(database.sessions)), _files(path)
    finally:
        database.dispose()


def test_a_document_moved_to_the_bin_or_back_when_killed_stays_with_its_record(
    tmp_path: Path,
) -> None:
    """Deleting the kept document to the bin, then putting the binned one back: killed at
    each step, the file is where its record says, never lost, never doubled."""
    origin, _candidate = _world(tmp_path / "origin")

    def to_bin(_: object) -> None:
        database = open_sqlite(origin_copy[0])
        with database.sessions() as session:
            kept = session.scalars(select(Document.id)).one()
        trash.delete_to_bin(database.sessions, Document, kept, NOW, documents=documents_of())

    def back(_: object) -> None:
        database = open_sqlite(origin_copy[0])
        [entry] = trash.list_bin(database.sessions)
        trash.restore(database.sessions, entry.entry_id, documents=documents_of())

    origin_copy: list[Path] = []

    def documents_of() -> Path:
        return folders_of(origin_copy[0])["documents"]

    for work, before, after in ((to_bin, (1, 1), (0, 2)), (back, (1, 1), (2, 0))):
        origin_copy[:] = [_fresh(origin, tmp_path / "count")]
        total = _killed_at(origin_copy[0], 0, work)
        shutil.rmtree(origin_copy[0].parent)
        assert total > 3
        outcomes = set()
        for kill_at in range(1, total + 1):
            origin_copy[:] = [_fresh(origin, tmp_path / f"{work.__name__}-{kill_at}")]
            _killed_at(origin_copy[0], kill_at, work)
            kept, binned, files = _bin_state(origin_copy[0])
            assert (kept, binned) in (before, after), (work.__name__, kill_at)
            in_bin = {f for f in files if "/bin/" in f}
            assert len(files) == len(_files(origin)), (kill_at, files)  # none lost or doubled
            assert len(in_bin) == binned, (work.__name__, kill_at, files)
            outcomes.add((kept, binned))
            shutil.rmtree(origin_copy[0].parent)
        assert outcomes == {before, after}
