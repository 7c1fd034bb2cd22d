"""What every page needs, handed in explicitly: the database, settings, the clock."""

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Signal

from stagedesk.core.db.database import Database
from stagedesk.core.forms import FormRegistry
from stagedesk.ui.kit.shell import Shell


class AppContext(QObject):
    """Shared by the pages of one main window.

    ``data_changed`` carries the model class of a record that was saved or deleted, so
    other pages refresh their lists and drop-downs only when something they show changed.
    """

    data_changed = Signal(object)

    def __init__(
        self,
        database: Database,
        settings: QSettings,
        today: Callable[[], dt.date] = dt.date.today,
        forms: FormRegistry | None = None,
    ) -> None:
        super().__init__()
        self.database = database
        self.settings = settings
        self.today = today
        # The toolbox in use: built-in definitions and the organisation's own copies.
        self.forms = forms if forms is not None else FormRegistry.load()
        # The main window these pages live in, set when it attaches this context.
        self.shell: Shell | None = None

    @property
    def sessions(self):  # type: ignore[no-untyped-def]
        return self.database.sessions
