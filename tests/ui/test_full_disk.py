"""Saving in the window when the disk is full: a clear message, the typing kept."""

from PySide6.QtWidgets import QMessageBox

from stagedesk.core.db.database import Database
from stagedesk.core.models import Candidate
from stagedesk.ui.shell.main_window import MainWindow
from stagedesk.ui.shell.pages import TabbedListsPage
from tests.safety.full_disk import fill_the_disk
from tests.seed import Seed
from tests.ui.helpers import click, click_row, column_texts, stored


def test_a_full_disk_says_so_and_keeps_what_was_typed(
    window: MainWindow, qtbot, database: Database, seed: Seed, dialogs
) -> None:
    page = window.go_to("candidates")
    assert isinstance(page, TabbedListsPage)
    candidates = page.lists[0]
    click_row(qtbot, candidates.view, column_texts(candidates.model, 0).index("Claes"))
    fill_the_disk(database)
    notes = candidates.editor.field("notes").widget
    notes.setPlainText("Een lange notitie. " * 3000)
    click(qtbot, candidates.editor.save_button)
    [text] = dialogs.texts("warning")
    assert text.startswith("The disk is full, so this could not be saved.")
    assert candidates.editor.is_dirty()  # nothing typed is lost: save again after cleaning up
    assert stored(database, Candidate, seed.candidates["jonas"], "notes") is None
    dialogs.answer(QMessageBox.StandardButton.Discard)  # closing asks about the unsaved notes
    window.close()
