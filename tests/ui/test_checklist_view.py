"""An internship's checklists: one click ticks an item and saves it, overdue items are red,
notes are typed in place, and "only open items" hides what is settled."""

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QLineEdit, QTableView, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import delete

from stagedesk.core.db.database import Database
from stagedesk.core.forms import CheckAnswer, CheckStatus, FormRegistry, RecordKind
from stagedesk.core.forms.checklists import shift_due_dates, sync_checklists
from stagedesk.core.forms.overview import internship_checklists
from stagedesk.core.forms.responses import find_response, load_answers
from stagedesk.core.models import FormResponse, Internship
from stagedesk.ui.forms.checklist_model import (
    DONE,
    DONE_ON,
    DUE,
    ITEM,
    NOT_NEEDED,
    NOTE,
    RESPONSIBLE,
    ChecklistModel,
)
from stagedesk.ui.forms.checklist_view import ChecklistBox, ChecklistView
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.settings import open_settings
from tests.seed import TODAY, Seed
from tests.ui.conftest import Dialogs
from tests.ui.helpers import LEFT, column_texts, tick

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

CHECKLIST = """
id = "prep"
version = 1
kind = "checklist"
filled_by = "coordinator"
record = "internship"
stages = ["planned", "running"]
title = { nl = "Voorbereiding", fr = "Préparation", en = "Preparation" }

[[sections]]
id = "papers"
title = { nl = "Papieren", fr = "Papiers", en = "Papers" }

[[sections.fields]]
id = "insurance"
type = "check"
label = { nl = "Verzekering nagekeken", fr = "Assurance vérifiée", en = "Insurance checked" }
help = { nl = "Ook de weg naar het werk.", fr = "Aussi le trajet.", en = "Also the commute." }
reference = { nl = "Wet van 3 juli 1967", fr = "Loi du 3 juillet 1967", en = "Act of 1967" }
due_day = -10
responsible = "school"

[[sections.fields]]
id = "agreement"
type = "check"
label = { nl = "Overeenkomst getekend", fr = "Convention signée", en = "Agreement signed" }
due_day = -20
responsible = "coordinator"

[[sections]]
id = "first_day"
title = { nl = "Eerste dag", fr = "Premier jour", en = "First day" }

[[sections.fields]]
id = "badge"
type = "check"
label = { nl = "Badge klaar", fr = "Badge prêt", en = "Badge ready" }
due_day = 30
responsible = "facilities"
"""

# Céline started on 02/03 minus a month (02/02/2026): the agreement was due 13/01, the
# insurance 23/01 (both overdue on TODAY, 02/03), the badge 04/03.
AGREEMENT, INSURANCE, BADGE = range(3)
RED = QColor("#b3261e")


@pytest.fixture
def registry(tmp_path: Path) -> FormRegistry:
    folder = tmp_path / "forms"
    folder.mkdir()
    (folder / "prep.toml").write_text(CHECKLIST, encoding="utf-8")
    return FormRegistry.load([folder])


@pytest.fixture
def context(database: Database, registry: FormRegistry, settings_path: str) -> AppContext:
    return AppContext(database, open_settings(settings_path), today=lambda: TODAY, forms=registry)


@pytest.fixture
def checklists(database: Database, registry: FormRegistry, seed: Seed) -> int:
    """The running internship with its checklist made, as saving the internship does."""
    with database.sessions.begin() as session:
        internship = session.get(Internship, seed.internships["running"])
        assert internship is not None
        sync_checklists(session, registry, internship, None)
    return seed.internships["running"]


@pytest.fixture
def view(qtbot: QtBot, context: AppContext, checklists: int) -> ChecklistView:
    view = ChecklistView(context)
    qtbot.addWidget(view)
    view.resize(1000, 600)  # wide enough for every column
    view.show()
    qtbot.waitExposed(view)
    view.show_internship(checklists)
    return view


def box_of(view: ChecklistView) -> ChecklistBox:
    assert len(view.boxes) == 1
    return view.boxes[0]


def click_cell(qtbot: QtBot, table: QTableView, row: int, column: int) -> None:
    index = table.model().index(row, column)
    table.scrollTo(index)
    rect = table.visualRect(index)
    assert rect.isValid() and not table.isColumnHidden(column), "the cell is not in sight"
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())


def stored_checks(database: Database, registry: FormRegistry, internship_id: int) -> dict:
    with database.sessions() as session:
        response = find_response(session, "prep", RecordKind.INTERNSHIP, internship_id)
        assert response is not None
        return load_answers(session, registry.get("prep"), response.id)


def shown(model: QAbstractItemModel, row: int, column: int, role: int) -> object:
    return model.index(row, column).data(role)


def test_the_checklist_shows_its_items_by_due_date(view: ChecklistView) -> None:
    box = box_of(view)
    assert box.title() == "Voorbereiding"  # in the language of the response (the intern's)
    table = box.view.model()
    assert column_texts(table, DUE) == ["13/01/2026", "23/01/2026", "04/03/2026"]
    assert column_texts(table, ITEM) == [
        "Overeenkomst getekend",
        "Verzekering nagekeken",
        "Badge klaar",
    ]
    assert column_texts(table, RESPONSIBLE) == ["Coordinator", "School", "Facilities"]
    assert box.progress.text() == "0 of 3 settled"
    assert box.overdue.text() == "2 overdue"
    tooltip = str(shown(table, INSURANCE, ITEM, Qt.ItemDataRole.ToolTipRole))
    for part in ("Papieren", "Ook de weg naar het werk.", "Reference: Wet van 3 juli 1967"):
        assert part in tooltip


def test_one_click_ticks_an_item_saves_it_and_moves_the_progress(
    view: ChecklistView, qtbot: QtBot, context: AppContext, database: Database, registry
) -> None:
    box = box_of(view)
    with qtbot.waitSignal(context.data_changed) as changed:
        click_cell(qtbot, box.view, INSURANCE, DONE)
    assert changed.args == [FormResponse]

    stored = stored_checks(database, registry, view.internship_id or 0)["insurance"]
    assert stored == CheckAnswer(CheckStatus.DONE, TODAY, None, dt.date(2026, 1, 23))
    table = box.view.model()
    assert shown(table, INSURANCE, DONE, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert shown(table, INSURANCE, DONE_ON, Qt.ItemDataRole.DisplayRole) == "02/03/2026"
    assert box.progress.text() == "1 of 3 settled"
    assert box.overdue.text() == "1 overdue"

    click_cell(qtbot, box.view, INSURANCE, DONE)  # unticked again
    stored = stored_checks(database, registry, view.internship_id or 0)["insurance"]
    assert stored == CheckAnswer(due=dt.date(2026, 1, 23))
    assert shown(table, INSURANCE, DONE_ON, Qt.ItemDataRole.DisplayRole) == ""
    assert box.progress.text() == "0 of 3 settled"

    box.view.setFocus()  # the keyboard does the same: Space on the cell
    box.view.setCurrentIndex(table.index(BADGE, DONE))
    qtbot.keyClick(box.view, Qt.Key.Key_Space)
    assert stored_checks(database, registry, view.internship_id or 0)["badge"].status == (
        CheckStatus.DONE
    )
    assert box.progress.text() == "1 of 3 settled"


def test_overdue_items_are_red_with_a_bold_due_date_until_settled(
    view: ChecklistView, qtbot: QtBot
) -> None:
    box = box_of(view)
    table = box.view.model()

    def colour(row: int, column: int) -> QColor | None:
        brush = shown(table, row, column, Qt.ItemDataRole.ForegroundRole)
        return None if brush is None else brush.color()  # type: ignore[attr-defined]

    def bold(row: int) -> bool:
        font = shown(table, row, DUE, Qt.ItemDataRole.FontRole)
        return font is not None and font.bold()  # type: ignore[attr-defined]

    assert [colour(row, ITEM) for row in range(3)] == [RED, RED, None]
    assert colour(AGREEMENT, RESPONSIBLE) == RED  # the whole line
    assert [bold(row) for row in range(3)] == [True, True, False]

    click_cell(qtbot, box.view, AGREEMENT, NOT_NEEDED)
    assert colour(AGREEMENT, ITEM) is None and not bold(AGREEMENT)
    assert box.progress.text() == "1 of 3 settled"


def test_done_and_not_needed_exclude_each_other(
    view: ChecklistView, qtbot: QtBot, database: Database, registry
) -> None:
    box = box_of(view)
    table = box.view.model()
    click_cell(qtbot, box.view, BADGE, NOT_NEEDED)
    assert stored_checks(database, registry, view.internship_id or 0)["badge"].status == (
        CheckStatus.NOT_NEEDED
    )
    click_cell(qtbot, box.view, BADGE, DONE)
    badge = stored_checks(database, registry, view.internship_id or 0)["badge"]
    assert (badge.status, badge.done_on) == (CheckStatus.DONE, TODAY)
    assert shown(table, BADGE, NOT_NEEDED, Qt.ItemDataRole.CheckStateRole) == (
        Qt.CheckState.Unchecked
    )
    assert box.progress.text() == "1 of 3 settled"


def test_a_note_typed_in_its_cell_is_saved(
    view: ChecklistView, qtbot: QtBot, database: Database, registry
) -> None:
    box = box_of(view)
    table = box.view
    index = table.model().index(INSURANCE, NOTE)
    centre = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), LEFT, pos=centre)
    qtbot.mouseDClick(table.viewport(), LEFT, pos=centre)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit)
    qtbot.keyClicks(editor, "Polis 17 bij Ethias")
    with qtbot.waitSignal(box.model.saved):  # Qt commits an edit when it is back in its loop
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    stored = stored_checks(database, registry, view.internship_id or 0)["insurance"]
    assert stored == CheckAnswer(None, None, "Polis 17 bij Ethias", dt.date(2026, 1, 23))
    assert index.data() == "Polis 17 bij Ethias"
    assert box.progress.text() == "0 of 3 settled"  # a note settles nothing


def test_only_open_items_hides_what_is_settled(
    view: ChecklistView, qtbot: QtBot, database: Database
) -> None:
    box = box_of(view)
    table = box.view.model()
    click_cell(qtbot, box.view, AGREEMENT, DONE)
    tick(qtbot, view.only_open)
    assert view.only_open.isChecked()
    assert column_texts(table, ITEM) == ["Verzekering nagekeken", "Badge klaar"]

    click_cell(qtbot, box.view, 0, NOT_NEEDED)  # settled: it goes out of the list at once
    assert column_texts(table, ITEM) == ["Badge klaar"]
    assert box.progress.text() == "2 of 3 settled"  # the progress counts every item

    tick(qtbot, view.only_open)
    assert len(column_texts(table, ITEM)) == 3


def test_a_narrow_editor_keeps_the_label_readable(view: ChecklistView, qtbot: QtBot) -> None:
    box = box_of(view)
    view.resize(480, 600)
    qtbot.waitUntil(lambda: box.view.isColumnHidden(NOTE))
    assert box.view.isColumnHidden(RESPONSIBLE) and box.view.isColumnHidden(DONE_ON)
    assert box.view.columnWidth(ITEM) >= 150
    header = box.view.model().headerData
    assert header(NOT_NEEDED, Qt.Orientation.Horizontal) == "N/A"
    assert header(NOT_NEEDED, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "Not needed"
    )
    view.resize(1000, 600)
    qtbot.waitUntil(lambda: not box.view.isColumnHidden(NOTE))
    assert header(NOT_NEEDED, Qt.Orientation.Horizontal) == "Not needed"
    # Every item in sight without the table scrolling on its own: the page scrolls.
    qtbot.waitUntil(lambda: box.view.height() >= box.view.sizeHint().height())
    last = box.view.visualRect(box.view.model().index(BADGE, ITEM))
    assert last.bottom() <= box.view.viewport().height()


def test_a_checklist_deleted_elsewhere_is_said_and_nothing_ticked(
    view: ChecklistView, qtbot: QtBot, database: Database, dialogs: Dialogs
) -> None:
    with database.sessions.begin() as session:
        session.execute(delete(FormResponse))
    box = box_of(view)
    click_cell(qtbot, box.view, AGREEMENT, DONE)
    assert dialogs.texts("warning") == [
        "This record was deleted elsewhere. Your changes were not saved."
    ]
    assert view.boxes == []  # what is stored now is shown
    assert view.hint.text() == "This internship has no checklists yet."


def test_due_dates_follow_the_internship_saved_elsewhere(
    view: ChecklistView, context: AppContext, database: Database
) -> None:
    with database.sessions.begin() as session:
        shift_due_dates(session, view.internship_id or 0, dt.timedelta(days=7))
    context.data_changed.emit(Internship)
    table = box_of(view).view.model()
    assert column_texts(table, DUE) == ["20/01/2026", "30/01/2026", "11/03/2026"]


def test_an_internship_without_checklists_gets_them_with_one_click(
    qtbot: QtBot, context: AppContext, seed: Seed, database: Database, registry
) -> None:
    view = ChecklistView(context)
    qtbot.addWidget(view)
    view.show()
    view.show_internship(seed.internships["planned"])
    assert view.boxes == []
    assert view.hint.text() == "This internship has no checklists yet."
    with qtbot.waitSignal(context.data_changed):
        qtbot.mouseClick(view.add_button, LEFT)
    assert [box.title() for box in view.boxes] == ["Voorbereiding"]
    assert not view.hint.isVisible() and not view.add_button.isVisible()
    assert len(stored_checks(database, registry, seed.internships["planned"])) == 3

    view.show_internship(None)
    assert view.boxes == [] and not view.isEnabled()


def test_a_window_of_its_own_stays_in_step(
    qtbot: QtBot, context: AppContext, checklists: int
) -> None:
    editor = QWidget()  # in the app the view is a tab of the (narrow) internship editor
    qtbot.addWidget(editor)
    view = ChecklistView(context, editor)
    QVBoxLayout(editor).addWidget(view)
    editor.resize(480, 600)
    editor.show()
    qtbot.waitExposed(editor)
    view.show_internship(checklists)
    qtbot.mouseClick(view.window_button, LEFT)
    (window,) = (w for w in editor.findChildren(ChecklistView) if w.isWindow())
    qtbot.waitExposed(window)
    assert window.windowTitle() == "Checklists of Céline Lambert"
    assert not window.window_button.isVisible()
    window_box = box_of(window)
    qtbot.waitUntil(lambda: not window_box.view.isColumnHidden(NOTE))  # every column
    click_cell(qtbot, window_box.view, AGREEMENT, DONE)
    assert box_of(view).progress.text() == "1 of 3 settled"  # the tab follows
    window.close()


# -- the model on its own -----------------------------------------------------------------
@pytest.fixture
def model(context: AppContext, registry: FormRegistry, checklists: int) -> ChecklistModel:
    model = ChecklistModel(context)
    with context.sessions() as session:
        (checklist,) = internship_checklists(session, registry, checklists)
    model.set_checklist(checklist)
    return model


def test_the_model_names_its_columns_and_flags_what_can_change(model: ChecklistModel) -> None:
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Due", "Item", "Responsible", "Done", "Not needed", "Done on", "Note"]
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    flags = [model.flags(model.index(0, c)) for c in range(model.columnCount())]
    checkable = [bool(f & Qt.ItemFlag.ItemIsUserCheckable) for f in flags]
    editable = [bool(f & Qt.ItemFlag.ItemIsEditable) for f in flags]
    assert checkable == [False, False, False, True, True, False, False]
    assert editable == [False, False, False, False, False, False, True]
    assert model.data(model.index(0, DONE)) is None  # only the box, no text
    assert model.data(model.index(9, ITEM)) is None


def test_the_model_saves_what_is_set(
    model: ChecklistModel, qtbot: QtBot, database: Database, registry, checklists: int
) -> None:
    with qtbot.waitSignal(model.saved), qtbot.waitSignal(model.dataChanged):
        assert model.setData(
            model.index(BADGE, DONE), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole
        )
    assert model.setData(model.index(BADGE, NOTE), "  Badge 12  ", Qt.ItemDataRole.EditRole)
    assert stored_checks(database, registry, checklists)["badge"] == CheckAnswer(
        CheckStatus.DONE, TODAY, "Badge 12", dt.date(2026, 3, 4)
    )
    assert model.data(model.index(BADGE, NOTE), Qt.ItemDataRole.EditRole) == "Badge 12"
    assert (model.settled(), model.total(), model.overdue()) == (1, 3, 2)
    # What cannot change is refused, and nothing is written.
    assert not model.setData(model.index(BADGE, ITEM), "Iets anders", Qt.ItemDataRole.EditRole)
    assert not model.setData(model.index(BADGE, DONE), "x", Qt.ItemDataRole.EditRole)
