"""The Reports page over other organisations' files: "Add another organisation's file…",
then one annual workbook with every organisation's rows, the other file never changed."""

import hashlib
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from stagedesk.ui.reports.page import ReportsPage
from tests.cli.test_report_several import _organisation
from tests.ui.helpers import click
from tests.ui.test_reports_page import page

__all__ = ["page"]  # the fixture, used by name
pytestmark = pytest.mark.clock  # see tests/moved_clock.py


def test_one_workbook_over_this_and_another_organisations_file(
    qtbot: QtBot, page: ReportsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = _organisation(tmp_path / "kabinet.sqlite", "Kabinet Werk", ["Beleidscel"], 3)
    before = hashlib.sha256(other.read_bytes()).hexdigest()
    files = page.other_files
    assert files.isVisible() and not files.clear_button.isVisible()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(other), ""))
    click(qtbot, files.add_button)
    assert files.paths == [other] and "kabinet.sqlite" in files.shown.text()
    assert not page.pdf_button.isEnabled()  # over several files the answer is a workbook
    opened: list[Path] = []
    page.open_result = opened.append
    target = tmp_path / "samen.xlsx"
    page.export_to(target)
    qtbot.waitUntil(lambda: opened == [target], timeout=20_000)
    data = list(load_workbook(target).worksheets[-2].iter_rows(values_only=True))  # data
    organisations = {row[0] for row in data[1:]}
    assert "Kabinet Werk" in organisations and len(organisations) == 2
    assert any(row[:2] == ("Kabinet Werk", "Beleidscel") for row in data)
    assert hashlib.sha256(other.read_bytes()).hexdigest() == before  # read, never changed
    click(qtbot, files.clear_button)
    assert files.paths == [] and page.pdf_button.isEnabled()
    page.report_box.setCurrentIndex(page.report_box.findData("profile"))
    assert not files.isVisible()  # only the annual overview reads several files
