"""Erase this person: what goes and what stays, said first; the name typed to confirm.

``ask_to_erase(context, candidate_id, parent)`` opens the dialog; the erasure itself runs
in the background (``privacy_run``). The dialog closes when it is done and emits
``erased`` with the result.
"""

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.db.backups import list_backups
from stagedesk.core.privacy import Anonymised, Keeping, Line, PersonGone, what_is_kept
from stagedesk.core.text import fold, tidy
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.settings import backup_folder
from stagedesk.ui.privacy.run import PrivacyRun


def line_text(line: Line) -> str:
    return QCoreApplication.translate("Privacy", line.message).format(**line.params)


def _bullets(lines: list[Line], parent: QWidget) -> QLabel:
    """A bulleted list; a long line wraps under its own text, not under the bullet."""
    items = "".join(f"<li>{escape(line_text(line))}</li>" for line in lines)
    label = QLabel(f"<ul style='-qt-list-indent: 1; margin-left: -16px'>{items}</ul>", parent)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    return label


def bullet_texts(label: QLabel) -> list[str]:
    """The lines of a :func:`_bullets` list as the user reads them."""
    document = QTextDocument()
    document.setHtml(label.text())
    return [line for line in document.toPlainText().splitlines() if line.strip()]


class EraseDialog(QDialog):
    erased = Signal(object)  # Anonymised

    def __init__(
        self, context: AppContext, candidate_id: int, keeping: Keeping, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.context, self.candidate_id, self.keeping = context, candidate_id, keeping
        self.run: PrivacyRun | None = None
        self.setWindowTitle(self.tr("Erase {name}").format(name=keeping.name))
        self.setMinimumWidth(560)
        intro = QLabel(
            self.tr(
                "Everything that says who {name} is will be removed from StageDesk for good. "
                "What the reports count stays, without their name. This cannot be undone."
            ).format(name=keeping.name),
            self,
        )
        intro.setWordWrap(True)
        goes = QGroupBox(self.tr("Removed for good"), self)
        self.goes = _bullets(keeping.goes, goes)
        QVBoxLayout(goes).addWidget(self.goes)
        kept = QGroupBox(self.tr("Kept, anonymous"), self)
        self.kept = _bullets(keeping.kept, kept)
        QVBoxLayout(kept).addWidget(self.kept)
        self.warnings = _bullets(keeping.warnings, self)
        self.warnings.setObjectName("privacyWarnings")
        self.warnings.setStyleSheet("font-style: italic")
        prompt = QLabel(
            self.tr("To confirm, type the name: <b>{name}</b>").format(name=keeping.name), self
        )
        self.name_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(self.tr("Name, to confirm"))
        prompt.setBuddy(self.name_edit)
        self.name_edit.textChanged.connect(self._update_button)
        self.buttons = self._buttons()
        layout = QVBoxLayout(self)
        for widget in (intro, goes, kept, self.warnings, prompt, self.name_edit, self.buttons):
            layout.addWidget(widget)
        self._update_button()

    def _buttons(self) -> QDialogButtonBox:
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.erase_button = QPushButton(self.tr("Erase for good"), self)
        self.erase_button.setObjectName("destructive")
        buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.erase)
        buttons.rejected.connect(self.reject)
        return buttons

    def confirmed(self) -> bool:
        """The name typed as shown (case, accents and spaces aside)."""
        return fold(tidy(self.name_edit.text())) == fold(tidy(self.keeping.name))

    @Slot()
    def _update_button(self) -> None:
        self.erase_button.setEnabled(self.confirmed() and self.run is None)

    @Slot()
    def erase(self) -> None:
        if not self.confirmed() or self.run is not None:
            return
        self.run = PrivacyRun.erase(self.context, self.candidate_id, self)
        self.run.done.connect(self._on_done)
        self._update_button()
        self.run.start()

    @Slot(object)
    def _on_done(self, result: Anonymised | None) -> None:
        self.run = None
        if result is None:  # cancelled or failed: nothing changed, the dialog stays
            self._update_button()
            return
        self.erased.emit(result)
        self.accept()


def _backups(context: AppContext) -> tuple[int, Path] | None:
    path = context.database.path
    if path is None:
        return None  # a server's backups are its administrator's
    folder = backup_folder(context.settings, path)
    return len(list_backups(folder, path)), folder


def ask_to_erase(context: AppContext, candidate_id: int, parent: QWidget) -> EraseDialog | None:
    """Open the erase dialog for a candidate; None when they are gone meanwhile."""
    try:
        with context.sessions() as session:
            keeping = what_is_kept(session, candidate_id, context.today(), _backups(context))
    except PersonGone:
        return None
    dialog = EraseDialog(context, candidate_id, keeping, parent)
    dialog.open()
    return dialog
