"""Filled-in forms coming back: per file what it would change, then apply, whole per form.

A file StageDesk cannot use (not one of its forms, damaged, protected, for a form that no
longer exists, from an unknown version) is listed with the reason and never applied.
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError

from stagedesk.core.models import FormResponse
from stagedesk.core.records.repository import RecordChanged
from stagedesk.core.records.validation import ValidationFailed
from stagedesk.output.readback.importing import FormImport, apply_import, plan_import
from stagedesk.output.readback.reader import MAX_BYTES, PdfRefused
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.printing.filled_in_model import FileLine, FilledInModel


def refusal_text(refusal: PdfRefused) -> str:
    """Why a file cannot be used, in the user's language (``str()`` is English)."""
    template = QCoreApplication.translate("PdfImport", refusal.problem.value)
    return template.format(file=refusal.file, megabytes=MAX_BYTES >> 20)


class ImportDialog(QDialog):
    def __init__(self, context: AppContext, files: list[Path], parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.setWindowTitle(self.tr("Filled-in forms"))
        self.tree = QTreeView(self)
        self.model = FilledInModel((self.tr("Form"), self.tr("Before"), self.tr("After")), self)
        self.tree.setModel(self.model)
        self.tree.setAccessibleName(self.tr("Filled-in forms"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        buttons = QDialogButtonBox(self)
        self.apply_button = QPushButton(self.tr("Apply the ticked forms"), self)
        buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.apply_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(900, 560)
        self.plans: list[FormImport] = []
        self.refused: list[str] = []
        self.load(files)

    def load(self, files: list[Path]) -> None:
        self.plans, self.refused = [], []
        lines = []
        for path in files:
            try:
                with self.context.sessions() as session:
                    plan = plan_import(session, self.context.forms, path)
            except PdfRefused as refusal:
                self.refused.append(refusal_text(refusal))
                lines.append(FileLine((refusal_text(refusal), "", "")))
                continue
            self.plans.append(plan)
            lines.append(self._line(plan))
        self.model.set_lines(lines)
        self.tree.expandAll()
        for column in range(2):
            self.tree.resizeColumnToContents(column)
        self._update_summary()

    def _line(self, plan: FormImport) -> FileLine:
        title = plan.definition.title.get(plan.language)
        count = self.tr("%n change(s)", "", len(plan.changes))
        changes = [(c.label, c.before or "—", c.after) for c in plan.changes]
        unreadable = self.tr("could not be read; left as it was")
        return FileLine(
            (f"{plan.file.name} — {title} — {plan.subject}", "", count),
            plan,
            ticked=plan.changes_anything,
            changes=changes + [(label, "", unreadable) for label in plan.unreadable],
            unreadable_from=len(changes) if plan.unreadable else -1,
        )

    def _update_summary(self) -> None:
        changing = sum(1 for p in self.plans if p.changes_anything)
        text = self.tr("%n form(s) with changes", "", changing)
        if self.refused:
            text += " · " + self.tr("%n file(s) cannot be used", "", len(self.refused))
        self.summary.setText(text)
        self.apply_button.setEnabled(changing > 0)

    def ticked(self) -> list[FormImport]:
        return self.model.ticked()

    @Slot()
    def apply(self) -> None:
        """Each form in its own transaction: one that fails changes nothing, the others
        are kept."""
        applied, failed = 0, []
        for plan in self.ticked():
            try:
                with self.context.sessions.begin() as session:
                    apply_import(session, plan, self.context.today())
                applied += 1
            except (PdfRefused, RecordChanged, ValidationFailed, SQLAlchemyError) as error:
                reason = refusal_text(error) if isinstance(error, PdfRefused) else error
                failed.append(f"{plan.file.name}: {reason}")
        if applied:
            self.context.data_changed.emit(FormResponse)
        message = self.tr("%n form(s) applied.", "", applied)
        if failed:
            message += "\n" + self.tr("Not applied:") + "\n" + "\n".join(failed)
        self.summary.setText(message)
        self.apply_button.setEnabled(False)
