"""Changes the user has not saved are never lost without a question."""

from PySide6.QtWidgets import QMessageBox

from stagedesk.core.db.database import Database
from stagedesk.core.models import Candidate
from stagedesk.ui.kit.list_page import RecordListPage
from stagedesk.ui.shell.main_window import MainWindow
from stagedesk.ui.shell.pages import TabbedListsPage
from stagedesk.ui.shell.sidebar import row_of
from tests.seed import Seed
from tests.ui.conftest import Dialogs
from tests.ui.helpers import (
    click,
    click_row,
    click_sidebar,
    column_texts,
    retype,
    stored,
)

Save = QMessageBox.StandardButton.Save
Discard = QMessageBox.StandardButton.Discard
Cancel = QMessageBox.StandardButton.Cancel
UNSAVED = "You have changes that are not saved yet. Save them?"


def row_of_page(key: str) -> int:
    return row_of(key)


def selected_rows(page: RecordListPage) -> list[int]:
    return [index.row() for index in page.view.selectionModel().selectedRows()]


def candidates_list(window: MainWindow) -> RecordListPage:
    page = window.go_to("candidates")
    assert isinstance(page, TabbedListsPage)
    return page.lists[0]


def test_selecting_another_row_asks(
    window: MainWindow, qtbot, database: Database, seed: Seed, dialogs: Dialogs
) -> None:
    candidates = candidates_list(window)
    names = column_texts(candidates.model, 0)
    jonas, celine = seed.candidates["jonas"], seed.candidates["celine"]
    click_row(qtbot, candidates.view, names.index("Claes"))
    phone = candidates.editor.field("phone").widget
    retype(qtbot, phone, "0470 12 34 56")

    dialogs.answer(Cancel)
    click_row(qtbot, candidates.view, names.index("Lambert"))
    assert dialogs.texts("question") == [UNSAVED]
    assert candidates.editor.record_id == jonas  # stays on the record being edited
    assert phone.text() == "0470 12 34 56"
    # The highlighted row is the record still in the editor, not the one clicked.
    qtbot.waitUntil(lambda: selected_rows(candidates) == [names.index("Claes")])
    assert candidates.model.record_id(candidates.view.currentIndex().row()) == jonas

    dialogs.answer(Discard)
    click_row(qtbot, candidates.view, names.index("Lambert"))
    assert candidates.editor.record_id == celine
    assert stored(database, Candidate, jonas, "phone") is None

    retype(qtbot, phone, "02 123 45 67")
    dialogs.answer(Save)
    click_row(qtbot, candidates.view, names.index("Claes"))
    assert stored(database, Candidate, celine, "phone") == "02 123 45 67"
    assert candidates.editor.record_id == jonas
    assert phone.text() == ""
    assert len(dialogs.texts("question")) == 3


def test_new_record_asks_too(window: MainWindow, qtbot, seed: Seed, dialogs: Dialogs) -> None:
    candidates = candidates_list(window)
    assert candidates.open_record(seed.candidates["sara"])
    retype(qtbot, candidates.editor.field("phone").widget, "0499 00 00 00")
    dialogs.answer(Cancel)
    click(qtbot, candidates.new_button)
    assert dialogs.texts("question") == [UNSAVED]
    assert candidates.editor.record_id == seed.candidates["sara"]
    click(qtbot, candidates.editor.revert_button)

    # A new record being typed: a click on a row asks too, and Cancel leaves no row
    # highlighted as if it were open.
    click(qtbot, candidates.new_button)
    retype(qtbot, candidates.editor.field("first_name").widget, "Noor")
    dialogs.answer(Cancel)
    click_row(qtbot, candidates.view, 0)
    assert candidates.editor.record_id is None
    qtbot.waitUntil(lambda: selected_rows(candidates) == [])
    dialogs.answer(Discard)
    click_row(qtbot, candidates.view, 0)  # the same row again still opens it
    assert candidates.editor.record_id == candidates.model.record_id(0)


def test_a_save_that_fails_keeps_the_user_where_they_are(
    window: MainWindow, qtbot, database: Database, seed: Seed, dialogs: Dialogs
) -> None:
    candidates = candidates_list(window)
    names = column_texts(candidates.model, 0)
    click_row(qtbot, candidates.view, names.index("Claes"))
    retype(qtbot, candidates.editor.field("email").widget, "jonas@")
    dialogs.answer(Save)
    click_row(qtbot, candidates.view, names.index("Lambert"))
    assert candidates.editor.record_id == seed.candidates["jonas"]
    assert candidates.editor.error_text("email") == "This is not a valid e-mail address."
    assert stored(database, Candidate, seed.candidates["jonas"], "email") == "jonas@example.be"
    click(qtbot, candidates.editor.revert_button)


def test_leaving_the_page_asks(
    window: MainWindow, qtbot, database: Database, seed: Seed, dialogs: Dialogs
) -> None:
    candidates = candidates_list(window)
    candidates_row = row_of_page("candidates")
    assert candidates.open_record(seed.candidates["jonas"])
    retype(qtbot, candidates.editor.field("phone").widget, "0470 12 34 56")

    dialogs.answer(Cancel)
    click_sidebar(qtbot, window, "internships")
    assert dialogs.texts("question") == [UNSAVED]
    assert window.sidebar.currentRow() == candidates_row
    assert window.stack.currentIndex() == candidates_row
    assert candidates.isVisible()
    assert candidates.editor.field("phone").widget.text() == "0470 12 34 56"

    dialogs.answer(Discard)
    click_sidebar(qtbot, window, "internships")
    assert window.stack.currentIndex() == row_of_page("internships")
    assert stored(database, Candidate, seed.candidates["jonas"], "phone") is None

    click_sidebar(qtbot, window, "candidates")
    assert candidates.editor.field("phone").widget.text() == ""  # the change is gone
    retype(qtbot, candidates.editor.field("phone").widget, "0470 65 43 21")
    dialogs.answer(Save)
    click_sidebar(qtbot, window, "schools")
    assert window.stack.currentIndex() == row_of_page("schools")
    assert stored(database, Candidate, seed.candidates["jonas"], "phone") == "0470 65 43 21"


def test_closing_the_window_asks(
    window: MainWindow, qtbot, database: Database, seed: Seed, dialogs: Dialogs
) -> None:
    candidates = candidates_list(window)
    assert candidates.open_record(seed.candidates["jonas"])
    retype(qtbot, candidates.editor.field("phone").widget, "0470 12 34 56")
    dialogs.answer(Cancel)
    assert window.close() is False
    assert window.isVisible()
    assert candidates.editor.field("phone").widget.text() == "0470 12 34 56"

    dialogs.answer(Save)
    assert window.close() is True
    assert not window.isVisible()
    assert stored(database, Candidate, seed.candidates["jonas"], "phone") == "0470 12 34 56"
    assert dialogs.texts("question") == [UNSAVED, UNSAVED]
