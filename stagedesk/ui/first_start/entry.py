"""``maybe_run_first_start(window)``: the wizard on a fresh install, then where to begin.

After Finish, in the chosen language: "Start empty" shows the Steps page, "Import my
Excel list" opens the import on the chosen file, "Explore the demo" makes the demo
organisation and starts StageDesk again on it.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Slot
from PySide6.QtWidgets import QApplication, QWidget

from stagedesk.core.first_start import needs_first_start
from stagedesk.core.models import OrganisationSettings, StaffMember
from stagedesk.ui.first_start.demo import DemoMaker, Restart, default_restart
from stagedesk.ui.first_start.start_pages import Beginning
from stagedesk.ui.first_start.wizard import FirstStartWizard
from stagedesk.ui.kit.language import current_language, install_language, pseudo_installed

if TYPE_CHECKING:
    from stagedesk.ui.shell.main_window import MainWindow

STATUS_MS = 15_000


class FirstStart(QObject):
    """The wizard shown over the window, and what follows it.

    The language picked on the wizard's first page is installed at once, so the next
    pages speak it; Cancel puts the earlier one back. After Finish the window is built
    again in the chosen language (``MainWindow.switch_language``) before the follow-up;
    ``window`` is then the new one.
    """

    def __init__(self, window: "MainWindow", restart: Restart = default_restart) -> None:
        super().__init__(window)
        self.window = window
        self.restart = restart  # replaced in tests: StageDesk is not started again
        self.started_in = current_language()
        self.wizard = FirstStartWizard(window.context, window)
        self.wizard.language_chosen.connect(self._show_language)
        self.wizard.rejected.connect(self._restore_language)
        self.wizard.accepted.connect(self.follow_up)
        self.follow: QObject | QWidget | None = None  # the import dialog or the demo maker

    @Slot(str)
    def _show_language(self, language: str) -> None:
        app = QApplication.instance()
        if app is not None and language != current_language():
            install_language(app, language, pseudo=pseudo_installed(app))

    @Slot()
    def _restore_language(self) -> None:
        self._show_language(self.started_in)

    def _in_chosen_language(self) -> "MainWindow":
        """The window, built again if the chosen language is not the one it was built in."""
        language = self.wizard.language_page.language
        if language == self.started_in:
            return self.window
        new = self.window.switch_language(language)
        if new is not None:
            self.setParent(new)  # the old window goes, with its children
            new.first_start = self  # type: ignore[attr-defined]
            self.window = new
        return self.window

    @Slot()
    def follow_up(self) -> None:
        beginning, list_file = self.wizard.beginning, self.wizard.start_page.list_file
        if beginning is Beginning.DEMO:  # StageDesk starts again, in the chosen language
            maker = DemoMaker(self.window, self.window.context, self.restart)
            self.follow = maker
            maker.start()
            return
        window = self._in_chosen_language()
        for model in (OrganisationSettings, StaffMember):  # both were just saved
            window.context.data_changed.emit(model)
        if beginning is Beginning.IMPORT and list_file is not None:
            from stagedesk.ui.data.list_import import import_list

            self.follow = import_list(window.context, window, list_file)
        else:
            window.go_to("steps")
            window.statusBar().showMessage(
                self.tr("Welcome! The Steps page shows where to begin."), STATUS_MS
            )


def maybe_run_first_start(window: "MainWindow", restart: Restart = default_restart) -> bool:
    """Show the first-start wizard (without blocking) when the database has no
    organisation name yet; True when it is shown. ``window.first_start`` holds it."""
    if not needs_first_start(window.context.sessions):
        return False
    first_start = FirstStart(window, restart)
    window.first_start = first_start  # type: ignore[attr-defined]
    first_start.wizard.open()
    return True
