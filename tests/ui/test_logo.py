"""The organisation's logo: chosen in Settings, checked, and printed on every PDF."""

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage
from pytestqt.qtbot import QtBot

from stagedesk.core.db.database import Database
from stagedesk.core.models import OrganisationSettings
from stagedesk.ui.settings.organisation import SettingsPage
from stagedesk.ui.shell.main_window import MainWindow
from tests.output.test_pdf_read import _print
from tests.seed import Seed
from tests.ui.helpers import click, count


def _png(path: Path) -> Path:
    image = QImage(120, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("#1f4e79"))
    assert image.save(str(path), "PNG")
    return path


def test_a_logo_is_stored_and_printed(
    window: MainWindow, qtbot: QtBot, database: Database, seed: Seed, tmp_path: Path
) -> None:
    page = window.go_to("settings")
    assert isinstance(page, SettingsPage)
    box = page.logo
    box.ask_file = lambda: _png(tmp_path / "logo.png")
    click(qtbot, box.choose_button)
    assert box.message.text() == "" and box.preview.pixmap() is not None
    with database.sessions() as session:
        settings = session.query(OrganisationSettings).one()
        assert settings.logo is not None and settings.logo.startswith(b"\x89PNG")
    printed = tmp_path / "survey.pdf"
    _print(database, seed, "intern_survey", printed)
    for pdf_page in PdfReader(printed).pages:
        assert pdf_page.images, "every page carries the logo"
    click(qtbot, box.remove_button)
    with database.sessions() as session:
        assert session.query(OrganisationSettings).one().logo is None


def test_a_file_that_is_not_an_image_is_refused(
    window: MainWindow, database: Database, tmp_path: Path
) -> None:
    page = window.go_to("settings")
    assert isinstance(page, SettingsPage)
    text = tmp_path / "logo.png"
    text.write_text("not an image")
    assert not page.logo.set_logo(text)
    assert page.logo.message.text() == "Choose a PNG or JPEG image."
    assert count(database, OrganisationSettings, OrganisationSettings.logo.is_not(None)) == 0
