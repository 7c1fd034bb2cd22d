"""No command writes over a file StageDesk keeps, whatever suffix the user typed.

Case 1 of the safety review: ``print … --out db.sqlite`` turned the database into a PDF.
Every command with ``--out`` is tried against the database, its journal, lock and
before-upgrade copy, a document, a mail draft, a backup and another database elsewhere;
each is refused with exit 2 and one line, and the kept file is unchanged to the byte.
"""

import hashlib
import shutil
from pathlib import Path

import pytest

from stagedesk.cli.main import main
from stagedesk.core.db.database import Database
from stagedesk.core.db.kept_files import WouldOverwrite, check_not_kept
from tests.output.test_mail import mail_seed
from tests.seed import Seed


def _commands(seed: Seed) -> dict[str, list[str]]:
    running = str(seed.internships["running"])
    candidate = str(seed.candidates["celine"])
    return {
        "print": ["print", "intern_survey", "--internship", running, "--fillable"],
        "info-sheet": ["info-sheet", "--internship", running],
        "dossier": ["dossier", "--internship", running],
        "opportunities": ["opportunities"],
        "mail": ["mail", "practical_info", "--internship", running],
        "export": ["export"],
        "calendar": ["calendar"],
        "report": ["report", "annual", "--from", "2024", "--to", "2026"],
        "person export": ["person", "export", "--candidate", candidate],
        "import-template": ["import-template"],
    }


SUFFIXES = {"mail": ".eml", "export": ".xlsx", "calendar": ".ics", "report": ".xlsx"}
SUFFIXES |= {"person export": ".xlsx", "import-template": ".xlsx"}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def seed(database: Database) -> Seed:
    return mail_seed(database)  # the small organisation, with mail addresses


@pytest.fixture
def kept(db_path: Path, database: Database, seed: Seed, tmp_path: Path) -> dict[str, Path]:
    """One file of each kind StageDesk keeps, really there."""
    files = {
        "database": db_path,
        "journal": db_path.with_name(db_path.name + "-journal"),
        "lock": db_path.with_name(db_path.name + ".lock"),
        "before-upgrade": db_path.with_name(db_path.name + ".before-upgrade"),
        "document": db_path.with_name(f"{db_path.stem}-documents") / "3" / "abc-cv.pdf",
        "draft": db_path.with_name(f"{db_path.stem}-drafts") / "info.eml",
        "backup": db_path.with_name(f"{db_path.stem}-backups") / "x-daily.sqlite",
        "another database": tmp_path / "elsewhere" / "old.pdf",
    }
    for name, path in files.items():
        if name == "database":
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        if name in ("another database", "before-upgrade", "backup"):
            shutil.copyfile(db_path, path)
        else:
            path.write_bytes(f"kept {name}".encode())
    return files


@pytest.mark.parametrize(
    "command",
    [
        "print",
        "info-sheet",
        "dossier",
        "opportunities",
        "mail",
        "export",
        "calendar",
        "report",
        "person export",
        "import-template",
    ],
)
def test_no_command_writes_over_a_kept_file(
    command: str,
    db_path: Path,
    seed: Seed,
    kept: dict[str, Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    args = ["--db", str(db_path), *_commands(seed)[command]]  # --db first: for every command
    before = {name: _digest(path) for name, path in kept.items()}
    for name, path in kept.items():
        assert main([*args, "--out", str(path)]) == 2, name
        said = capsys.readouterr().err
        assert said.startswith("stagedesk: ") and "Choose another" in said, (name, said)
        assert said.count("\n") == 1
    assert {name: _digest(path) for name, path in kept.items()} == before
    elsewhere = db_path.parent / "elsewhere-ok" / f"out{SUFFIXES.get(command, '.pdf')}"
    elsewhere.parent.mkdir()
    assert main([*args, "--out", str(elsewhere)]) == 0  # the guard refuses only kept files
    assert elsewhere.stat().st_size > 0


def test_another_spelling_of_the_database_is_still_the_database(
    db_path: Path, database: Database, tmp_path: Path
) -> None:
    link = tmp_path / "link.pdf"
    link.symlink_to(db_path)
    hard = tmp_path / "hard.pdf"
    hard.hardlink_to(db_path)
    dotted = db_path.parent / "." / ".." / db_path.parent.name / db_path.name
    for target in (link, hard, dotted, db_path.with_name(db_path.name + "-wal")):
        with pytest.raises(WouldOverwrite):
            check_not_kept(target, db_path)
    check_not_kept(tmp_path / "report.pdf", db_path)  # a new file beside it is fine
    own = tmp_path / "OneDrive" / "StageDesk backups"
    with pytest.raises(WouldOverwrite):
        check_not_kept(own / "report.pdf", db_path, own_backups=own)
