"""Making, changing and deleting records through the window, keyboard and mouse."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from stagedesk.core.db.database import Database
from stagedesk.core.models import Candidate, Unit
from stagedesk.ui.kit.list_page import RecordListPage
from stagedesk.ui.shell.main_window import MainWindow
from stagedesk.ui.shell.pages import TabbedListsPage
from tests.seed import Seed
from tests.ui.conftest import Dialogs
from tests.ui.helpers import (
    CTRL,
    click,
    click_row,
    click_tab,
    column_texts,
    count,
    retype,
    stored,
)

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


def units_list(window: MainWindow, qtbot) -> RecordListPage:
    page = window.go_to("people")
    assert isinstance(page, TabbedListsPage)
    click_tab(qtbot, page, 1)
    return page.lists[1]


def test_new_with_ctrl_n_and_save_with_ctrl_s(
    window: MainWindow, qtbot, database: Database, seed: Seed
) -> None:
    units = units_list(window, qtbot)
    click_row(qtbot, units.view, column_texts(units.model, 0).index("ICT"))
    assert units.editor.record_id == seed.units["ict"]

    qtbot.keyClick(units.view, Qt.Key.Key_N, CTRL)
    assert units.editor.record_id is None
    assert units.editor.field("name").widget.text() == ""
    assert units.editor.title.text() == "New unit"
    assert not units.view.selectionModel().hasSelection()

    retype(qtbot, units.editor.field("name").widget, "Personeel")
    retype(qtbot, units.editor.field("code").widget, "HR")
    with qtbot.waitSignal(units.editor.saved):
        qtbot.keyClick(units.editor.field("code").widget, Qt.Key.Key_S, CTRL)

    with database.sessions() as session:
        unit = session.scalars(select(Unit).where(Unit.name == "Personeel")).one()
        assert unit.code == "HR"
    assert "Personeel" in column_texts(units.model, 0)
    assert units.count_label.text() == "3 record(s)"
    assert units.editor.record_id == unit.id
    assert units.model.record_id(units.view.currentIndex().row()) == unit.id


def test_edit_an_existing_record(window: MainWindow, qtbot, database: Database, seed: Seed) -> None:
    page = window.go_to("candidates")
    assert isinstance(page, TabbedListsPage)
    candidates = page.lists[0]
    click_row(qtbot, candidates.view, column_texts(candidates.model, 0).index("Claes"))
    assert candidates.editor.title.text() == "Jonas Claes"
    assert not candidates.editor.save_button.isEnabled()  # nothing to save yet

    retype(qtbot, candidates.editor.field("email").widget, "jonas.claes@example.be")
    assert candidates.editor.is_dirty()
    click(qtbot, candidates.editor.save_button)

    jonas = seed.candidates["jonas"]
    assert stored(database, Candidate, jonas, "email") == "jonas.claes@example.be"
    row = candidates.model.row_of(jonas)
    assert row is not None
    assert candidates.model.index(row, 2).data() == "jonas.claes@example.be"
    assert not candidates.editor.is_dirty()
    assert not candidates.editor.save_button.isEnabled()


def test_delete_asks_first(
    window: MainWindow, qtbot, database: Database, seed: Seed, dialogs: Dialogs
) -> None:
    units = units_list(window, qtbot)
    with database.sessions.begin() as session:
        session.add(Unit(name="Archief"))
    units.reload()
    click_row(qtbot, units.view, column_texts(units.model, 0).index("Archief"))

    dialogs.answer(No)
    click(qtbot, units.delete_button)
    assert dialogs.texts("question") == [
        "Delete Archief? It goes to the bin (Settings › Bin), where it can be restored for 30 days."
    ]
    assert count(database, Unit, Unit.name == "Archief") == 1
    assert "Archief" in column_texts(units.model, 0)
    assert units.editor.title.text() == "Archief"

    dialogs.answer(Yes)
    click(qtbot, units.delete_button)
    assert count(database, Unit, Unit.name == "Archief") == 0
    assert column_texts(units.model, 0) == ["Communicatie", "ICT"]
    assert units.editor.record_id is None


def test_delete_of_a_record_still_in_use_says_what_uses_it(
    window: MainWindow, qtbot, database: Database, seed: Seed, dialogs: Dialogs
) -> None:
    units = units_list(window, qtbot)
    click_row(qtbot, units.view, column_texts(units.model, 0).index("ICT"))
    dialogs.answer(Yes)
    click(qtbot, units.delete_button)

    [message] = dialogs.texts("information")
    assert message.startswith("ICT is still used by other records")
    # ICT has Marc, the "Data-analist" opportunity and Sara's internship.
    for line in ("• Internships: 1", "• Opportunities: 1", "• Staff members: 1"):
        assert line in message.splitlines()
    assert count(database, Unit) == 2
    assert units.editor.record_id == seed.units["ict"]
    assert "ICT" in column_texts(units.model, 0)
