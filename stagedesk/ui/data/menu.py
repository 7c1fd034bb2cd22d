"""The toolbar's "Excel and calendar" menu: the old list in, everything out, the calendar.

Each entry loads its module on first use: the toolbar is built before the database layer is
imported, and start-up stays fast.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolButton

if TYPE_CHECKING:
    from stagedesk.ui.shell.main_window import MainWindow


class DataMenu(QObject):
    def __init__(self, window: "MainWindow") -> None:
        super().__init__(window)
        self.window = window
        self.button = QToolButton(window)
        self.button.setText(self.tr("Excel and calendar"))
        self.button.setAccessibleName(self.tr("Excel and calendar"))
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.button)
        self.import_action = self._action(
            menu, self.tr("Import an Excel list…"), self.import_list, "Ctrl+I"
        )
        self.import_action.setToolTip(
            self.tr("Bring an old Excel or CSV list of interns in (Ctrl+I)")
        )
        self.template_action = self._action(menu, self.tr("Empty import list…"), self.template)
        menu.addSeparator()
        self.export_action = self._action(
            menu, self.tr("Export everything to Excel…"), self.export, "Ctrl+E"
        )
        self.calendar_action = self._action(
            menu, self.tr("Calendar of all internships (.ics)…"), self.calendar
        )
        self.button.setMenu(menu)

    def _action(self, menu: QMenu, text: str, slot: object, keys: str = "") -> QAction:
        action = QAction(text, self.window)
        if keys:
            action.setShortcut(QKeySequence(keys))
            self.window.addAction(action)  # the shortcut works with the menu closed
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _ready(self) -> bool:
        return self.window.has_database

    @Slot()
    def import_list(self) -> None:
        if self._ready():
            from stagedesk.ui.data.list_import import import_list

            import_list(self.window.context, self.window)

    @Slot()
    def template(self) -> None:
        from stagedesk.ui.data.list_import import save_import_template

        save_import_template(self.window, self.window)

    @Slot()
    def export(self) -> None:
        if self._ready():
            from stagedesk.ui.data.actions import export_everything

            export_everything(self.window)

    @Slot()
    def calendar(self) -> None:
        if self._ready():
            from stagedesk.ui.data.actions import export_calendar

            export_calendar(self.window)
