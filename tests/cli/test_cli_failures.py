"""The command line fails in one line, never a traceback (case 9 and 10 of the safety
review): output cut short by ``| head``, the database server dying in the middle of a
save, a restore into a folder that cannot be written."""

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine, event, text
from sqlalchemy.engine import URL

from stagedesk.cli.main import main
from stagedesk.core.db.database import open_sqlite, open_url
from stagedesk.core.demo.generate import DemoOptions, generate
from tests.core.imports.lists import write_xlsx
from tests.paths import PROJECT

STAGEDESK = [sys.executable, "-m", "stagedesk"]


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """400 internships: their list is more than a pipe's buffer takes at once."""
    path = tmp_path_factory.mktemp("many") / "stagedesk.sqlite"
    database = open_sqlite(path)
    try:
        generate(
            database.sessions, DemoOptions(seed=3, years=2, per_year=200, today=dt.date(2025, 3, 1))
        )
    finally:
        database.dispose()
    return path


def test_output_cut_short_by_head_ends_quietly(many: Path, tmp_path: Path) -> None:
    errors = tmp_path / "stderr.txt"
    command = " ".join([*STAGEDESK, "internships", "--db", f"'{many}'"])
    shell = f"{command} 2>'{errors}' | head -1; echo \"exit ${{PIPESTATUS[0]}}\""
    result = subprocess.run(
        ["bash", "-c", shell], capture_output=True, text=True, cwd=PROJECT, timeout=120
    )
    first, status = result.stdout.splitlines()
    assert first.count("\t") == 4  # one internship, whole
    assert errors.read_text() == ""  # no BrokenPipeError, no traceback
    assert status == "exit 1"


def test_the_server_dying_in_the_middle_of_a_save_is_one_line(
    postgres_url: URL, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = postgres_url.render_as_string(hide_password=False)
    open_url(url).dispose()  # its tables made
    rows = [[f"Voornaam{n}", f"Achternaam{n}", "ICT"] for n in range(600)]
    path = write_xlsx(tmp_path / "lijst.xlsx", ["Voornaam", "Achternaam", "Dienst"], rows)

    def die(connection, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]
        if statement.startswith("INSERT INTO candidates"):
            pid = connection.connection.dbapi_connection.info.backend_pid
            killer = open_url(url)
            try:
                with killer.engine.begin() as other:
                    other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
            finally:
                killer.dispose()

    event.listen(Engine, "before_cursor_execute", die)
    try:
        code = main(["import", str(path), "--db-url", url])
    finally:
        event.remove(Engine, "before_cursor_execute", die)
    said = capsys.readouterr().err
    assert code == 2, said
    assert "Traceback" not in said and said.count("\n") == 1
    assert said.startswith("stagedesk: the database could not finish, so nothing was saved:")
    assert "Voornaam5" not in said and len(said) < 400  # no statement, no parameters
    server = open_url(url)
    try:
        with server.engine.connect() as connection:
            assert connection.scalar(text("SELECT count(*) FROM candidates")) == 0
    finally:
        server.dispose()


def test_a_restore_into_a_folder_that_cannot_be_written_is_one_line(
    many: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "shared"
    folder.mkdir()
    target = folder / "stagedesk.sqlite"
    target.write_bytes(many.read_bytes())
    if os.geteuid() != 0:
        folder.chmod(0o555)
        prefix: list[str] = []
    else:  # root ignores permissions: the folder read-only in a mount namespace of its own
        mount = 'mount --bind "$1" "$1" && mount -o remount,ro,bind "$1" && shift && exec "$@"'
        prefix = ["unshare", "-m", "sh", "-c", mount, "sh", str(folder)]
        probe = subprocess.run([*prefix, "true"], capture_output=True)
        if probe.returncode != 0:
            pytest.skip("no way to make a read-only folder here")
    before = target.read_bytes()
    try:
        result = subprocess.run(
            [*prefix, *STAGEDESK, "restore", str(many), "--db", str(target), "--yes"],
            capture_output=True,
            text=True,
            cwd=PROJECT,
            timeout=120,
        )
    finally:
        folder.chmod(0o755)
    assert "Traceback" not in result.stderr, result.stderr
    assert result.returncode == 2
    [line] = result.stderr.splitlines()
    assert line.startswith("stagedesk: ") and str(folder) in line
    assert target.read_bytes() == before
