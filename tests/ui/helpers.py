"""Doing what a user does, one widget at a time, and reading back what they would see."""

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QTableView,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from stagedesk.core.db.database import Database
from stagedesk.ui.shell.main_window import MainWindow
from stagedesk.ui.shell.sidebar import row_of

LEFT = Qt.MouseButton.LeftButton
CTRL = Qt.KeyboardModifier.ControlModifier


def retype(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Select what a text box holds and type ``text`` over it (ASCII only: QTest)."""
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_A, CTRL)
    if text:
        qtbot.keyClicks(widget, text)
    else:
        qtbot.keyClick(widget, Qt.Key.Key_Backspace)
    assert isinstance(widget, (QLineEdit, QPlainTextEdit, QDateEdit))


def type_date(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Type a date as a user writes it, "20/03/2026", over whatever the box shows."""
    assert isinstance(widget, QDateEdit)
    retype(qtbot, widget, text)
    assert widget.text() == text, f"typed {text!r}, the box shows {widget.text()!r}"


def choose(qtbot: QtBot, widget: QWidget, typed: str, label: str) -> None:
    """Pick ``label`` in a searchable drop-down: type part of it, take it from the popup."""
    assert isinstance(widget, QComboBox)
    line = widget.lineEdit()
    assert line is not None
    retype(qtbot, line, typed)
    completer = widget.completer()
    assert completer is not None
    popup = completer.popup()
    qtbot.waitUntil(popup.isVisible)
    matches = completer.completionModel()
    offered = [matches.index(row, 0).data() for row in range(matches.rowCount())]
    assert label in offered, f"typing {typed!r} offers {offered}"
    for _ in range(offered.index(label) + 1):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    assert widget.currentText() == label


def tick(qtbot: QtBot, widget: QWidget) -> None:
    """Click a check box on its box (a wide check box ignores clicks beyond its text)."""
    assert isinstance(widget, QCheckBox)
    qtbot.mouseClick(widget, LEFT, pos=QPoint(8, widget.height() // 2))


def click(qtbot: QtBot, button: QAbstractButton) -> None:
    assert button.isVisible() and button.isEnabled(), f"{button.text()!r} cannot be clicked"
    qtbot.mouseClick(button, LEFT)


def click_row(qtbot: QtBot, view: QTableView, row: int) -> None:
    index = view.model().index(row, 0)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), LEFT, pos=view.visualRect(index).center())


def click_header(qtbot: QtBot, view: QTableView, column: int) -> None:
    header = view.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), LEFT, pos=QPoint(x, header.height() // 2))


def click_sidebar(qtbot: QtBot, window: MainWindow, key: str) -> None:
    row = row_of(key)
    item = window.sidebar.item(row)
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), LEFT, pos=rect.center())


def click_tab(qtbot: QtBot, tabs: QTabWidget, index: int) -> None:
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(index).center())


def column_texts(model: QAbstractItemModel, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def row_texts(model: QAbstractItemModel, row: int) -> list[str]:
    return [model.index(row, column).data() for column in range(model.columnCount())]


def tree_rows(widget: QAbstractItemView) -> list[list[str]]:
    """The cells of each line of a list, as shown."""
    model = widget.model()
    return [
        [model.index(r, c).data() or "" for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def double_click_row(qtbot: QtBot, view: QAbstractItemView, row: int) -> None:
    """Double-click line ``row`` of a view, where it is in sight, as a user does."""
    index = view.model().index(row, 0)
    view.scrollTo(index)
    centre = view.visualRect(index).intersected(view.viewport().rect()).center()
    qtbot.mouseClick(view.viewport(), LEFT, pos=centre)
    qtbot.mouseDClick(view.viewport(), LEFT, pos=centre)


def count(database: Database, model: type[Any], *where: Any) -> int:
    with database.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model).where(*where)) or 0)


def stored(database: Database, model: type[Any], record_id: int, name: str) -> Any:
    with database.sessions() as session:
        record = session.get(model, record_id)
        assert record is not None, f"{model.__name__} {record_id} is not in the database"
        return getattr(record, name)
