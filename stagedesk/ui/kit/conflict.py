"""Someone else saved the record first: what they changed, and what the user wants now.

Shown instead of saving over the other coordinator's work. The dialog opens window-modal
(``open()``, not ``exec()``), and the editor acts on ``finished`` with the answer.
"""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from stagedesk.ui.kit.fields import Field
from stagedesk.ui.kit.labels import format_value
from stagedesk.ui.kit.spec import EntitySpec
from stagedesk.ui.kit.text_rows import TextRows

# The answers, as ``QDialog.finished`` gives them.
KEEP_THEIRS = 1  # reload: the other coordinator's record, the user's changes dropped
KEEP_EDITING = 2  # the user's changes stay on screen, on top of the other's record


@dataclass(frozen=True)
class Difference:
    """A field the other coordinator changed, as both coordinators see it."""

    label: str
    theirs: str
    yours: str


def differences(
    spec: EntitySpec,
    fields: dict[str, Field],
    loaded: dict[str, Any],
    theirs: dict[str, Any],
    yours: dict[str, Any],
) -> list[Difference]:
    """The fields of the form whose stored value changed since ``loaded``, in form order."""
    labels = {field.name: field.label for field in spec.fields()}
    return [
        Difference(
            QCoreApplication.translate("Field", labels[name]),
            _shown(field, theirs.get(name)),
            _shown(field, yours.get(name)),
        )
        for name, field in fields.items()
        if theirs.get(name) != loaded.get(name)
    ]


def _shown(field: Field, value: Any) -> str:
    """A value as the field would show it: a chosen record by its name."""
    widget = field.widget
    if isinstance(widget, QComboBox) and value is not None and widget.findData(value) >= 0:
        return widget.itemText(widget.findData(value))
    return format_value(value) or "—"


class ConflictDialog(QDialog):
    def __init__(self, differences: list[Difference], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Saved by someone else"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.intro = QLabel(self._intro(differences), self)
        self.intro.setWordWrap(True)
        self.table = QTreeView(self)
        self.table.setRootIsDecorated(False)
        self.table.setAccessibleName(self.tr("What the other person changed"))
        headers = (self.tr("Field"), self.tr("Saved by them"), self.tr("Yours, not saved"))
        self.model = TextRows(headers, self.table)
        self.model.show([((d.label, d.theirs, d.yours), d) for d in differences])
        self.table.setModel(self.model)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):  # theirs and yours side by side, long texts wrapped
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        self.table.setVisible(bool(differences))
        advice = QLabel(
            self.tr(
                "“Keep theirs” shows the record as they saved it; your changes are dropped.\n"
                "“Keep editing” keeps your changes on screen and takes theirs everywhere "
                "else; saving then writes your values over theirs."
            ),
            self,
        )
        advice.setWordWrap(True)
        self.keep_theirs_button = QPushButton(self.tr("Keep &theirs (reload)"), self)
        self.keep_editing_button = QPushButton(self.tr("Keep &editing"), self)
        self.keep_theirs_button.clicked.connect(lambda: self.done(KEEP_THEIRS))
        self.keep_editing_button.clicked.connect(lambda: self.done(KEEP_EDITING))
        buttons = QDialogButtonBox(self)
        buttons.addButton(self.keep_theirs_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.keep_editing_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.keep_editing_button.setDefault(True)  # Enter or Esc: nothing of theirs lost
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(advice)
        layout.addWidget(buttons)
        self.resize(640, 320 if differences else 180)

    def _intro(self, differences: list[Difference]) -> str:
        said = self.tr(
            "Someone else saved this record after you opened it, so your changes were not "
            "saved: they would have overwritten theirs."
        )
        if differences:
            return said + " " + self.tr("This is what they changed:")
        return said + " " + self.tr("They changed nothing that this form shows.")

    def reject(self) -> None:  # Esc or the window's close button
        self.done(KEEP_EDITING)

    def rows(self) -> list[tuple[str, str, str]]:
        """What the table shows: field, theirs, yours."""
        cell = self.model.data
        return [
            (
                cell(self.model.index(row, 0)),
                cell(self.model.index(row, 1)),
                cell(self.model.index(row, 2)),
            )
            for row in range(self.model.rowCount())
        ]
