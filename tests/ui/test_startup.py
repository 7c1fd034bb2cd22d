"""Starting StageDesk: the self-test of a build, and a file that is not a database."""

import subprocess
import sys
from pathlib import Path

import pytest

from stagedesk.core.db.database import open_sqlite
from stagedesk.core.demo.generate import DemoOptions, generate
from stagedesk.ui.shell.app import run
from tests.seed import TODAY
from tests.ui.conftest import Dialogs

PROJECT = Path(__file__).resolve().parents[2]
NOT_A_DATABASE = b"Naam;Voornaam\nLambert;Celine\n"


def stagedesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "stagedesk", *args],
        cwd=PROJECT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


@pytest.fixture
def text_file(tmp_path: Path) -> Path:
    path = tmp_path / "stagiairs.csv"
    path.write_bytes(NOT_A_DATABASE)
    return path


def test_self_test_passes_on_a_demo_database(tmp_path: Path) -> None:
    path = tmp_path / "demo.sqlite"
    database = open_sqlite(path)
    generate(database.sessions, DemoOptions(years=1, per_year=10, today=TODAY))
    database.dispose()

    result = stagedesk("self-test", "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "passed" in result.stdout
    assert "Traceback" not in result.stderr


def test_self_test_refuses_a_text_file_in_one_line(text_file: Path) -> None:
    result = stagedesk("self-test", "--db", str(text_file))
    assert result.returncode == 2
    assert result.stderr.splitlines() == [f"stagedesk: {text_file} is not a StageDesk database."]
    assert "Traceback" not in result.stderr
    assert text_file.read_bytes() == NOT_A_DATABASE


def test_the_window_refuses_a_text_file_with_a_message(
    text_file: Path, dialogs: Dialogs, qapp, user_settings
) -> None:
    assert run(text_file, None, []) == 2
    assert dialogs.texts("critical") == [f"{text_file} is not a StageDesk database."]
    assert text_file.read_bytes() == NOT_A_DATABASE
    assert sorted(p.name for p in text_file.parent.iterdir()) == [text_file.name]  # no copies
