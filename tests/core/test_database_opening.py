"""Opening databases: every bad file gets one clear message and is left exactly as it was.

Everything here runs on real files: real SQLite databases, real damage, a really read-only
folder (a read-only bind mount or an unprivileged user when the tests run as root), and
the real command line in a subprocess.
"""

import datetime as dt
import functools
import os
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path, PurePosixPath, PureWindowsPath
from typing import Any

import pytest
from sqlalchemy import text

from stagedesk.core.db import migrate
from stagedesk.core.db.database import (
    SQLITE_MAGIC,
    DatabaseProblem,
    Problem,
    backup_path,
    open_sqlite,
    open_url,
)
from stagedesk.core.db.engine import sqlite_backup, sqlite_uri
from stagedesk.core.models import Candidate, Internship, InternshipKind, Unit
from stagedesk.core.records import repository
from tests.paths import PROJECT

NOBODY = 65534


# --- helpers -------------------------------------------------------------------------


@dataclass(frozen=True)
class Snapshot:
    """Everything about a path that opening it must not change."""

    content: bytes | None
    mtime_ns: int
    size: int
    neighbours: frozenset[str]

    @classmethod
    def of(cls, path: Path) -> "Snapshot":
        stat = path.stat()
        content = None if path.is_dir() else path.read_bytes()
        return cls(
            content,
            stat.st_mtime_ns,
            stat.st_size,
            frozenset(p.name for p in path.parent.iterdir()),
        )


def names(folder: Path) -> list[str]:
    return sorted(child.name for child in folder.iterdir())


def assert_untouched(path: Path, before: Snapshot) -> None:
    after = Snapshot.of(path)
    assert after.content == before.content, "the file's bytes changed"
    assert after.mtime_ns == before.mtime_ns, "the file's modification time changed"
    assert after.size == before.size
    assert after.neighbours == before.neighbours, "files appeared or vanished next to it"


def make_stagedesk_db(path: Path, units: int = 3) -> Path:
    """A real StageDesk database at head with a few rows in it."""
    database = open_sqlite(path)
    try:
        with database.sessions.begin() as session:
            for number in range(units):
                session.add(Unit(name=f"Unit {number}", notes="x" * 300))
            candidate = Candidate(first_name="Noor", last_name="Vermeulen")
            session.add(candidate)
            session.flush()
            session.add(
                Internship(
                    candidate_id=candidate.id,
                    unit_id=1,
                    kind=InternshipKind.CURRICULAR,
                    start_date=dt.date(2024, 2, 5),
                    end_date=dt.date(2024, 5, 31),
                )
            )
    finally:
        database.dispose()
    return path


def problem_line(problem: Problem, path: Path) -> str:
    return "stagedesk: " + problem.value.format(path=str(path), detail="")


def cli_command(path: Path) -> list[str]:
    demo = ["demo", "--db", str(path), "--years", "1", "--per-year", "5"]
    return [sys.executable, "-m", "stagedesk", *demo]


def start_cli(path: Path) -> "subprocess.Popen[str]":
    return subprocess.Popen(
        cli_command(path), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=PROJECT
    )


def finish(process: "subprocess.Popen[str]") -> "subprocess.CompletedProcess[str]":
    stdout, stderr = process.communicate(timeout=120)
    return subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)


def assert_one_line_refusal(result: "subprocess.CompletedProcess[str]", expected: str) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2, result.stderr
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].strip(), result.stderr
    assert lines[0] == expected


# --- the bad files -------------------------------------------------------------------


def text_file(folder: Path) -> Path:
    path = folder / "interns.sqlite"
    path.write_text("first name;last name\nNoor;Vermeulen\n", encoding="utf-8")
    return path


def short_file(folder: Path) -> Path:
    path = folder / "stub.sqlite"
    path.write_bytes(b"SQLite")  # shorter than the header
    return path


def other_program(folder: Path) -> Path:
    path = folder / "contacts.db"
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
        connection.execute("INSERT INTO contacts (name) VALUES ('Ann'), ('Bob')")
    return path


def other_alembic_program(folder: Path) -> Path:
    """Another program that also uses Alembic: having alembic_version is not enough."""
    path = folder / "inventory.db"
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        connection.execute("INSERT INTO alembic_version VALUES ('0001')")
        connection.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT)")
    return path


def _page_size(path: Path) -> int:
    size = int.from_bytes(path.read_bytes()[16:18], "big")
    return 65536 if size == 1 else size


def corrupt_page(folder: Path) -> Path:
    """A StageDesk file with the root page of a table overwritten, as a bad disk would."""
    path = make_stagedesk_db(folder / "damaged.sqlite", units=200)
    with closing(sqlite3.connect(path)) as connection:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'units'"
        ).fetchone()
    page = _page_size(path)
    assert root > 1 and root * page < path.stat().st_size  # really in the middle
    with path.open("r+b") as handle:
        handle.seek((root - 1) * page)
        handle.write(b"\xff" * page)
    _assert_sqlite_finds_damage(path)
    return path


def corrupt_header(folder: Path) -> Path:
    """The magic is intact, the rest of the 100-byte header is garbage."""
    path = make_stagedesk_db(folder / "damaged-header.sqlite")
    with path.open("r+b") as handle:
        handle.seek(len(SQLITE_MAGIC))
        handle.write(b"\xee" * (100 - len(SQLITE_MAGIC)))
    _assert_sqlite_finds_damage(path)
    return path


def _assert_sqlite_finds_damage(path: Path) -> None:
    """The test is only worth something if SQLite itself sees the damage."""
    with closing(sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)) as connection:
        try:
            verdict = connection.execute("PRAGMA quick_check").fetchall()
        except sqlite3.DatabaseError:
            return
    assert verdict != [("ok",)], "the damage went unnoticed by quick_check"


def newer_stagedesk(folder: Path) -> Path:
    path = make_stagedesk_db(folder / "from-the-future.sqlite")
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff'")
    return path


def a_folder(folder: Path) -> Path:
    path = folder / "looks-like-a-file.sqlite"
    path.mkdir()
    (path / "something").write_text("inside")
    return path


BAD_FILES: dict[str, tuple[Callable[[Path], Path], Problem]] = {
    "text file": (text_file, Problem.NOT_A_DATABASE),
    "shorter than a header": (short_file, Problem.NOT_A_DATABASE),
    "another program's database": (other_program, Problem.NOT_STAGEDESK),
    "another Alembic program's database": (other_alembic_program, Problem.NOT_STAGEDESK),
    "damaged page": (corrupt_page, Problem.CORRUPT),
    "damaged header": (corrupt_header, Problem.CORRUPT),
    "newer StageDesk": (newer_stagedesk, Problem.NEWER),
    "a folder": (a_folder, Problem.IS_FOLDER),
}


@pytest.fixture(params=list(BAD_FILES), ids=list(BAD_FILES))
def bad_file(request: pytest.FixtureRequest, tmp_path: Path) -> tuple[Path, Problem]:
    make, problem = BAD_FILES[request.param]
    return make(tmp_path), problem


def test_bad_file_is_refused_and_left_alone(bad_file: tuple[Path, Problem]) -> None:
    path, expected = bad_file
    before = Snapshot.of(path)
    with pytest.raises(DatabaseProblem) as caught:
        open_sqlite(path)
    assert caught.value.problem is expected
    message = str(caught.value)
    assert str(path) in message and "\n" not in message
    assert_untouched(path, before)


@dataclass
class CliRun:
    path: Path
    expected: Problem
    before: Snapshot
    result: "subprocess.CompletedProcess[str]"


@pytest.fixture(scope="module")
def cli_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, CliRun]:
    """The command line on every bad file, all at once: each run pays ~1 s of imports."""
    started = {}
    for name, (make, expected) in BAD_FILES.items():
        path = make(tmp_path_factory.mktemp("cli"))
        started[name] = (path, expected, Snapshot.of(path), start_cli(path))
    return {
        name: CliRun(path, expected, before, finish(process))
        for name, (path, expected, before, process) in started.items()
    }


@pytest.mark.parametrize("case", list(BAD_FILES))
def test_bad_file_on_the_command_line(cli_runs: dict[str, CliRun], case: str) -> None:
    run = cli_runs[case]
    assert_one_line_refusal(run.result, problem_line(run.expected, run.path))
    assert run.result.stdout == ""
    assert_untouched(run.path, run.before)


def test_newer_file_is_refused_without_a_backup(tmp_path: Path) -> None:
    path = newer_stagedesk(tmp_path)
    with pytest.raises(DatabaseProblem):
        open_sqlite(path)
    assert not backup_path(path).exists()


# --- a folder we may not write in ----------------------------------------------------


def _drop_to_nobody() -> None:
    os.setgid(NOBODY)
    os.setuid(NOBODY)


_MOUNT_READ_ONLY = 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" && shift && exec "$@"'
_UNSHARE = {"unshare": ["unshare", "-m"], "userns": ["unshare", "-U", "-r", "-m"]}


def _in_read_only_mount(strategy: str, folder: Path) -> list[str]:
    """A command prefix: in a private mount namespace, ``folder`` bind-mounted read-only."""
    return [*_UNSHARE[strategy], "sh", "-c", _MOUNT_READ_ONLY, "sh", str(folder)]


@functools.cache
def _read_only_strategy() -> str | None:
    """How this machine can give us a folder that a process really cannot write in.

    As an ordinary user chmod is enough. Root ignores permissions, so then either the
    process runs as "nobody" (if nobody can run this Python at all), or it runs in its own
    mount namespace where the folder is bind-mounted read-only (nothing outside changes).
    """
    if os.geteuid() != 0:
        return "chmod"
    try:
        probe = subprocess.run(
            [sys.executable, "-c", "import stagedesk.core.db.database"],
            preexec_fn=_drop_to_nobody,
            capture_output=True,
            cwd="/",
            timeout=60,
        )
        if probe.returncode == 0:
            return "nobody"
    except OSError:
        pass
    with tempfile.TemporaryDirectory() as folder:
        for strategy in _UNSHARE:
            touch = ["sh", "-c", 'touch "$0/x"', folder]
            try:
                probe = subprocess.run(
                    _in_read_only_mount(strategy, Path(folder)) + touch,
                    capture_output=True,
                    timeout=60,
                )
            except OSError:
                continue
            if probe.returncode != 0 and b"Read-only file system" in probe.stderr:
                return strategy
    return None


@dataclass
class ReadOnlyFolder:
    """A folder, and how to start a process for which it is really read-only."""

    folder: Path
    prefix: list[str]
    options: dict[str, Any]

    def start(self, command: list[str]) -> "subprocess.Popen[str]":
        return subprocess.Popen(
            [*self.prefix, *command],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=PROJECT,
            **self.options,
        )


@pytest.fixture
def read_only_folder(tmp_path: Path) -> Iterator[ReadOnlyFolder]:
    strategy = _read_only_strategy()
    if strategy is None:
        pytest.skip("no way to make a read-only folder here (root, no unshare, nobody can't)")
    if strategy == "nobody":  # nobody must be able to reach it: not under pytest's 0700 dir
        base = Path(tempfile.mkdtemp(prefix="stagedesk-ro-"))
        base.chmod(0o755)
    else:
        base = tmp_path
    folder = base / "shared"
    folder.mkdir()
    prefix: list[str] = []
    options: dict[str, Any] = {}
    if strategy == "nobody":
        options["preexec_fn"] = _drop_to_nobody
    elif strategy in _UNSHARE:
        prefix = _in_read_only_mount(strategy, folder)
    try:
        yield ReadOnlyFolder(folder, prefix, options)
    finally:
        folder.chmod(0o755)
        if strategy == "nobody":
            for child in folder.iterdir():
                child.unlink()
            folder.rmdir()
            base.rmdir()


OPEN_AND_REPORT = """
import sys
from pathlib import Path
from stagedesk.core.db.database import DatabaseProblem, open_sqlite
for name in sys.argv[1:]:
    try:
        open_sqlite(Path(name)).dispose()
    except DatabaseProblem as problem:
        print(problem.problem.name)
    else:
        print("OPENED")
"""


def test_read_only_folder(read_only_folder: ReadOnlyFolder) -> None:
    folder = read_only_folder.folder
    existing = make_stagedesk_db(folder / "stagedesk.sqlite")
    existing.chmod(0o644)
    new = folder / "new.sqlite"
    if _read_only_strategy() == "chmod":
        folder.chmod(0o555)
    before = Snapshot.of(existing)

    api = read_only_folder.start([sys.executable, "-c", OPEN_AND_REPORT, str(existing), str(new)])
    cli = {path: read_only_folder.start(cli_command(path)) for path in (existing, new)}

    result = finish(api)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [Problem.READ_ONLY.name] * 2
    for path, process in cli.items():
        assert_one_line_refusal(finish(process), problem_line(Problem.READ_ONLY, path))
    assert_untouched(existing, before)
    assert names(folder) == ["stagedesk.sqlite"]


# --- what is fine to open ------------------------------------------------------------


def _revision(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def test_new_path_in_a_new_folder_is_created_at_head(tmp_path: Path) -> None:
    path = tmp_path / "not" / "yet" / "there" / "stagedesk.sqlite"
    database = open_sqlite(path)
    try:
        with database.sessions() as session:
            assert session.query(Unit).count() == 0
    finally:
        database.dispose()
    assert _revision(path) == migrate.SCHEMA_HEAD
    assert names(path.parent) == ["stagedesk.sqlite"]  # no probe, no backup


def test_empty_file_is_initialised(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    path.touch()
    open_sqlite(path).dispose()
    assert _revision(path) == migrate.SCHEMA_HEAD


def test_empty_sqlite_database_is_initialised(tmp_path: Path) -> None:
    path = tmp_path / "empty.sqlite"
    with closing(sqlite3.connect(path)) as connection:
        connection.execute("PRAGMA user_version = 0")  # writes the header, no tables
        connection.execute("VACUUM")
    assert path.read_bytes().startswith(SQLITE_MAGIC)
    open_sqlite(path).dispose()
    assert _revision(path) == migrate.SCHEMA_HEAD


def test_head_database_reopens_with_its_rows(tmp_path: Path) -> None:
    path = make_stagedesk_db(tmp_path / "stagedesk.sqlite", units=4)
    database = open_sqlite(path)
    try:
        with database.sessions() as session:
            assert session.query(Unit).count() == 4
            assert session.query(Internship).one().intern.full_name == "Noor Vermeulen"
    finally:
        database.dispose()
    assert not backup_path(path).exists()  # nothing to upgrade, nothing copied


def test_path_with_uri_characters(tmp_path: Path) -> None:
    """'#', '?', '%' and spaces are ordinary in file names but syntax in SQLite URIs."""
    path = make_stagedesk_db(tmp_path / "team #2 ? 100% zeker" / "stage desk.sqlite")
    open_sqlite(path).dispose()
    sqlite_backup(path, tmp_path / "copy.sqlite")
    assert _revision(tmp_path / "copy.sqlite") == migrate.SCHEMA_HEAD


def test_opening_at_head_does_not_import_alembic(tmp_path: Path) -> None:
    """Alembic is only needed to migrate; importing it slows every start-up."""
    path = tmp_path / "stagedesk.sqlite"
    code = (
        "import sys\nfrom pathlib import Path\n"
        "from stagedesk.core.db.database import open_sqlite\n"
        "for step in ('create', 'reopen'):\n"
        "    open_sqlite(Path(sys.argv[1])).dispose()\n"
        "    print(step, sorted(m for m in sys.modules if m.split('.')[0] == 'alembic'))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        cwd=PROJECT,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["create []", "reopen []"]
    assert _revision(path) == migrate.SCHEMA_HEAD


def test_url_to_sqlite_file_goes_through_the_same_checks(tmp_path: Path) -> None:
    path = other_program(tmp_path)
    before = Snapshot.of(path)
    with pytest.raises(DatabaseProblem) as caught:
        open_url(f"sqlite:///{path}")
    assert caught.value.problem is Problem.NOT_STAGEDESK
    assert_untouched(path, before)


def test_in_memory_url_is_not_a_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    database = open_url("sqlite:///:memory:")
    try:
        with database.engine.connect() as connection:
            assert migrate.current_revision(connection) == migrate.SCHEMA_HEAD
    finally:
        database.dispose()
    assert list(tmp_path.iterdir()) == []  # no file called ":memory:"


# --- a crash in the middle of a save -------------------------------------------------

_CRASH_MID_TRANSACTION = """
import os, sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("PRAGMA cache_size = 2")  # spill changes into the file before commit
connection.execute("BEGIN")
connection.execute(sys.argv[2])
os._exit(0)  # the power goes out: no commit, no rollback, the journal stays behind
"""


def crash_during(path: Path, statement: str) -> Path:
    subprocess.run(
        [sys.executable, "-c", _CRASH_MID_TRANSACTION, str(path), statement], check=True, timeout=60
    )
    journal = path.with_name(path.name + "-journal")
    assert journal.exists() and journal.stat().st_size > 0
    return journal


def test_interrupted_save_is_rolled_back_not_called_damaged(tmp_path: Path) -> None:
    """After a crash SQLite leaves a "hot journal"; a read-only look cannot replay it."""
    path = make_stagedesk_db(tmp_path / "stagedesk.sqlite", units=400)
    journal = crash_during(path, "UPDATE units SET notes = 'half-saved'")
    database = open_sqlite(path)
    try:
        with database.engine.connect() as connection:
            notes = connection.execute(text("SELECT DISTINCT notes FROM units")).scalars().all()
            assert notes == ["x" * 300]
            assert connection.execute(text("SELECT count(*) FROM units")).scalar() == 400
    finally:
        database.dispose()
    assert not journal.exists()


def test_interrupted_save_of_another_program_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "contacts.db"
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("CREATE TABLE contacts (id INTEGER PRIMARY KEY, name TEXT)")
        connection.executemany("INSERT INTO contacts (name) VALUES (?)", [("n" * 400,)] * 1000)
    journal = crash_during(path, "UPDATE contacts SET name = 'half-saved'")
    before, journal_before = Snapshot.of(path), Snapshot.of(journal)
    with pytest.raises(DatabaseProblem) as caught:
        open_sqlite(path)
    assert caught.value.problem is Problem.NOT_STAGEDESK
    assert_untouched(path, before)
    assert_untouched(journal, journal_before)


def test_database_briefly_locked_by_another_process_is_waited_for(tmp_path: Path) -> None:
    path = make_stagedesk_db(tmp_path / "stagedesk.sqlite")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
            "c.execute('BEGIN EXCLUSIVE'); print('locked', flush=True)\n"
            "time.sleep(0.5); c.execute('COMMIT')\n",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        open_sqlite(path).dispose()  # waits for the lock instead of calling the file damaged
    finally:
        holder.wait(timeout=30)


# --- the SQLite URI ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "uri"),
    [
        (PurePosixPath("/home/ann/stagedesk.sqlite"), "file:///home/ann/stagedesk.sqlite?mode=ro"),
        (PurePosixPath("/tmp/a #1?/50%.db"), "file:///tmp/a%20%231%3F/50%25.db?mode=ro"),
        (
            PureWindowsPath(r"C:\Users\Ann\stagedesk.sqlite"),
            "file:///C:/Users/Ann/stagedesk.sqlite?mode=ro",
        ),
        # A network share: Path.as_uri() would give file://server/..., which SQLite refuses.
        (
            PureWindowsPath(r"\\server\hr\stagedesk.sqlite"),
            "file:////server/hr/stagedesk.sqlite?mode=ro",
        ),
    ],
)
def test_sqlite_uri(path: PurePosixPath | PureWindowsPath, uri: str) -> None:
    assert sqlite_uri(path) == uri


def test_a_read_only_file_in_a_writable_folder_is_said_as_such(tmp_path: Path) -> None:
    """The file is read-only (a copy from a CD, Windows' read-only mark), its folder not:
    the message is about the file, not about the folder (case 10 of the safety review)."""
    strategy = _read_only_strategy()
    path = make_stagedesk_db(tmp_path / "stagedesk.sqlite")
    before = Snapshot.of(path)
    if strategy == "chmod":
        path.chmod(0o444)
        prefix: list[str] = []
    elif strategy in _UNSHARE:
        prefix = _in_read_only_mount(strategy, path)  # a bind mount of the file alone
    else:
        pytest.skip("no way to make one file read-only for a process here")
    result = subprocess.run(
        [*prefix, sys.executable, "-c", OPEN_AND_REPORT, str(path)],
        capture_output=True,
        text=True,
        cwd=PROJECT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [Problem.FILE_READ_ONLY.name]
    path.chmod(0o644)
    assert_untouched(path, before)


def test_a_database_name_too_long_for_its_companions_is_refused(tmp_path: Path) -> None:
    """250 characters: its journal ("-journal") and lock would not fit in a file name."""
    path = tmp_path / ("s" * 243 + ".sqlite")
    with pytest.raises(DatabaseProblem) as refused:
        open_sqlite(path)
    assert refused.value.problem is Problem.NAME_TOO_LONG
    assert "at most 224 characters" in str(refused.value)
    assert list(tmp_path.iterdir()) == []
    fitting = tmp_path / ("s" * 217 + ".sqlite")  # 224: every companion fits
    database = open_sqlite(fitting)
    try:
        repository.save(database.sessions, Unit, {"name": "ICT"})  # a journal is written
    finally:
        database.dispose()
