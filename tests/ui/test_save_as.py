"""The one "Save as": a file StageDesk keeps is refused with its reason, and asked again."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from stagedesk.core.db.database import Database
from stagedesk.ui.kit.save_as import ask_save_path
from stagedesk.ui.shell.main_window import MainWindow


def _answers(monkeypatch: pytest.MonkeyPatch, *chosen: tuple[str, str]) -> list[str]:
    """The file dialog answers ``chosen`` in turn; returns what it was offered."""
    offered: list[str] = []
    queue = list(chosen)

    def fake(_parent: object, _title: str, suggested: str, _files: str) -> tuple[str, str]:
        offered.append(suggested)
        return queue.pop(0)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake)
    return offered


def test_the_database_is_refused_and_the_dialog_asks_again(
    window: MainWindow, database: Database, tmp_path: Path, monkeypatch, dialogs
) -> None:
    assert database.path is not None
    before = database.path.read_bytes()
    documents = database.path.with_name(f"{database.path.stem}-documents")
    copy = tmp_path / "older" / "stagedesk.pdf"  # a database, whatever its name says
    copy.parent.mkdir()
    copy.write_bytes(before)
    offered = _answers(
        monkeypatch,
        (str(database.path), "PDF (*.pdf)"),  # ".pdf" added: a new file beside it
        (str(copy), "PDF (*.pdf)"),
        (str(documents / "7" / "cv.pdf"), "PDF (*.pdf)"),
        (str(tmp_path / "report"), "PDF (*.pdf)"),
    )
    context = window.context
    first = ask_save_path(window, context, "Save", "x.pdf", "PDF (*.pdf)", ".pdf")
    assert first == database.path.with_name(database.path.name + ".pdf")
    chosen = ask_save_path(window, context, "Save", "x.pdf", "PDF (*.pdf)", ".pdf")
    assert chosen == tmp_path / "report.pdf"
    warned = dialogs.texts("warning")
    assert len(warned) == 2
    assert "is a StageDesk database" in warned[0] and "keeps its own files" in warned[1]
    assert offered[2] == str(copy)  # asked again where the user was
    assert database.path.read_bytes() == before == copy.read_bytes()


def test_the_chosen_file_type_gives_the_suffix(
    window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    files = "Excel workbook (*.xlsx);;CSV file (*.csv)"
    _answers(
        monkeypatch,
        (str(tmp_path / "problems"), "CSV file (*.csv)"),
        (str(tmp_path / "problems.XLSX"), "CSV file (*.csv)"),
        ("", ""),
    )
    assert ask_save_path(window, window.context, "Save", "p", files) == tmp_path / "problems.csv"
    assert ask_save_path(window, None, "Save", "p", files) == tmp_path / "problems.XLSX"
    assert ask_save_path(window, None, "Save", "p", files) is None  # cancelled
