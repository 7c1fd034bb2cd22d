"""The last two pages of the first-start wizard: where the data lives, and how to begin."""

from collections.abc import Callable
from enum import StrEnum
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from stagedesk.ui.first_start.pages import Page
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.settings import backup_folder


class Beginning(StrEnum):
    EMPTY = "empty"  # start with nothing but the organisation
    IMPORT = "import"  # bring the old Excel list in
    DEMO = "demo"  # look around in the demo organisation first


def _selectable(label: QLabel) -> QLabel:
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class DataPage(Page):
    """Where the database is, and where its backups go (another folder may be chosen)."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.db_path = context.database.path
        self.chosen: Path | None = None  # another backups folder, stored at Finish
        self.where = _selectable(QLabel(self))
        self.backups = _selectable(QLabel(self))
        self.choose_button = QPushButton(self)
        self.choose_button.clicked.connect(self.choose_folder)
        self.choose_button.setVisible(self.db_path is not None)
        # Replaced in tests: the folder dialog.
        self.ask_folder: Callable[[Path], Path | None] = self._ask_folder
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.choose_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.where)
        layout.addSpacing(8)
        layout.addWidget(self.backups)
        layout.addLayout(row)
        layout.addStretch(1)
        self.retranslate()

    @property
    def folder(self) -> Path | None:
        """The backups folder that will be used (None for a server database)."""
        if self.db_path is None:
            return None
        return self.chosen or backup_folder(self.context.settings, self.db_path)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Where your data lives"))
        self.setSubTitle(self.tr("You can move both later in Settings."))
        self.choose_button.setText(self.tr("Choose another &folder…"))
        self.choose_button.setAccessibleName(self.tr("Choose another folder for the backups"))
        location = self.context.database.location
        if self.db_path is None:
            self.where.setText(
                self.tr("Your data is in a shared database on a server:\n{}").format(location)
            )
            self.backups.setText(
                self.tr("The server's administrator makes the backups of a server database.")
            )
            return
        self.where.setText(self.tr("Your data is kept in this file:\n{}").format(location))
        self.backups.setText(
            self.tr(
                "StageDesk copies it every day you use it, and keeps the copies in:\n{}"
            ).format(self.folder)
        )

    @Slot()
    def choose_folder(self) -> None:
        current = self.folder
        assert current is not None
        chosen = self.ask_folder(current)
        if chosen is not None:
            self.chosen = chosen
            self.retranslate()

    def _ask_folder(self, current: Path) -> Path | None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Folder for the backups"), str(current)
        )
        return Path(name) if name else None


class StartPage(Page):
    """Empty, with the old Excel list, or the demo organisation first."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list_file: Path | None = None
        self.group = QButtonGroup(self)
        self.buttons = {choice: QRadioButton(self) for choice in Beginning}
        self.buttons[Beginning.EMPTY].setChecked(True)
        self.file_button = QPushButton(self)
        self.file_label = QLabel(self)
        self.file_label.setWordWrap(True)
        self.note = QLabel(self)
        self.note.setWordWrap(True)
        # Replaced in tests: the file dialog.
        self.ask_list_file: Callable[[], Path | None] = self._ask_list_file
        file_row = QHBoxLayout()
        file_row.setContentsMargins(24, 0, 0, 0)
        file_row.addWidget(self.file_button)
        file_row.addWidget(self.file_label, 1)
        layout = QVBoxLayout(self)
        for choice, button in self.buttons.items():
            self.group.addButton(button)
            layout.addWidget(button)
            if choice is Beginning.IMPORT:
                layout.addLayout(file_row)
        layout.addSpacing(12)
        layout.addWidget(self.note)
        layout.addStretch(1)
        self.group.buttonToggled.connect(self._on_choice)
        self.file_button.clicked.connect(self.choose_file)
        self.retranslate()
        self._on_choice()

    @property
    def choice(self) -> Beginning:
        return next(choice for choice, button in self.buttons.items() if button.isChecked())

    def retranslate(self) -> None:
        self.setTitle(self.tr("How do you want to begin?"))
        self.setSubTitle(self.tr("Your organisation is saved when you click Finish."))
        self.buttons[Beginning.EMPTY].setText(self.tr("Start with an empty organisation"))
        self.buttons[Beginning.IMPORT].setText(self.tr("Import my Excel list of interns"))
        self.buttons[Beginning.DEMO].setText(self.tr("Explore the demo organisation first"))
        self.file_button.setText(self.tr("Choose the &list…"))
        self._show_file()
        self.note.setText(
            self.tr(
                "The demo organisation is made-up data in a file of its own: your organisation "
                "stays empty and safe. Settings takes you back to your own data."
            )
        )

    def _show_file(self) -> None:
        self.file_label.setText(
            self.list_file.name if self.list_file else self.tr("No list chosen yet.")
        )

    def isComplete(self) -> bool:
        return self.choice is not Beginning.IMPORT or self.list_file is not None

    @Slot()
    def _on_choice(self) -> None:
        importing = self.choice is Beginning.IMPORT
        self.file_button.setEnabled(importing)
        self.file_label.setEnabled(importing)
        self.note.setVisible(self.choice is Beginning.DEMO)
        self.completeChanged.emit()

    @Slot()
    def choose_file(self) -> None:
        chosen = self.ask_list_file()
        if chosen is not None:
            self.list_file = chosen
            self._show_file()
            self.completeChanged.emit()

    def _ask_list_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Your list of interns"),
            "",
            self.tr("Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)"),
        )
        return Path(name) if name else None
