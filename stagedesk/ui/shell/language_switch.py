"""Switching the language while StageDesk runs.

Widgets set their texts when they are built, so a new language shows by building the main
window again: a new window of the same kind on the same database, with the same size,
place and page, after asking about unsaved changes as closing does.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication

from stagedesk.ui.kit.language import install_language, pseudo_installed
from stagedesk.ui.kit.settings import UI_LANGUAGE

if TYPE_CHECKING:
    from stagedesk.ui.shell.main_window import MainWindow


class WindowHolder(QObject):
    """Keeps the main window a switch built alive: a window without a parent lives only
    as long as Python holds it. A child of the application, found by its type."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        self.window: MainWindow | None = None


def switch_language(window: "MainWindow", language: str) -> "MainWindow | None":
    """Store ``language`` and show the interface in it: a new main window replaces
    ``window``. None, and nothing changed, if the user chose to stay with unsaved changes."""
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    quits = app.quitOnLastWindowClosed()
    app.setQuitOnLastWindowClosed(False)  # for a moment no window is open
    try:
        if not window.close():  # asks about unsaved changes; keeps size and place
            return None
    finally:
        app.setQuitOnLastWindowClosed(quits)
    window.settings.setValue(UI_LANGUAGE, language)
    install_language(app, language, pseudo=pseudo_installed(app))
    kind = type(window)  # a window like this one
    new = kind(window.context) if window.has_database else kind(settings=window.settings)
    holder = app.findChild(WindowHolder) or WindowHolder(app)
    holder.window = new
    new.show()
    window.deleteLater()
    return new
