"""A candidate's privacy actions, in a "Privacy" menu button on the candidate editor:
export everything about them (xlsx or JSON), or erase them."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMenu,
    QMessageBox,
    QRadioButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.mail.drafts import drafts_dir, safe_file_name
from stagedesk.core.privacy import Anonymised, PersonGone
from stagedesk.core.records.documents import documents_dir
from stagedesk.output.files import TargetRefused
from stagedesk.output.person_export import export_person
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.labels import ui_language
from stagedesk.ui.kit.save_as import ask_save_path
from stagedesk.ui.privacy.erase_dialog import EraseDialog, ask_to_erase


class PersonExportDialog(QDialog):
    """Which format, and whether the target-group answers go along; then where."""

    def __init__(self, context: AppContext, candidate_id: int, name: str, parent: QWidget):
        super().__init__(parent)
        self.context, self.candidate_id, self.name = context, candidate_id, name
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export this person's data"))
        self.setMinimumWidth(420)
        intro = QLabel(
            self.tr(
                "Everything StageDesk holds about {name}, for them to read (Excel) or to "
                "take along to another program (JSON)."
            ).format(name=name),
            self,
        )
        intro.setWordWrap(True)
        self.xlsx = QRadioButton(self.tr("Excel workbook (.xlsx)"), self)
        self.json = QRadioButton(self.tr("JSON (.json)"), self)
        self.xlsx.setChecked(True)
        self.target_groups = QCheckBox(self.tr("Include target-group answers"), self)
        self.target_groups.setToolTip(self.tr("Sensitive data: only when the person asks for them"))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Save as…"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (intro, self.xlsx, self.json, self.target_groups, buttons):
            layout.addWidget(widget)

    @property
    def suffix(self) -> str:
        return ".json" if self.json.isChecked() else ".xlsx"

    @Slot()
    def save(self) -> None:
        target = self._ask_target()
        if target is None:
            return

        try:
            with self.context.sessions() as session:
                exported = export_person(
                    session,
                    self.candidate_id,
                    target,
                    ui_language(),
                    include_target_groups=self.target_groups.isChecked(),
                    registry=self.context.forms,
                    documents=documents_dir(self.context.database),
                    drafts=drafts_dir(self.context.database),
                )
        except (TargetRefused, OSError, PersonGone) as error:
            QMessageBox.warning(
                self,
                self.tr("Not exported"),
                self.tr("{name} could not be written: {reason}").format(
                    name=target.name, reason=error
                ),
            )
            return
        self.written = target
        text = self.tr("Saved as {name}, in {folder}.").format(
            name=target.name, folder=target.parent
        )
        if exported.folder is not None:
            text += " " + self.tr(
                "Their documents and mail drafts (%n file(s)) are in the folder {folder}.",
                "",
                len(exported.files),
            ).format(folder=exported.folder.name)
        text += "\n\n" + self.tr("These files hold personal data.")
        QMessageBox.information(self, self.tr("Exported"), text)
        self.accept()

    def _ask_target(self) -> Path | None:
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        suggested = Path(documents) / safe_file_name(f"{self.name} - StageDesk{self.suffix}")
        json = self.suffix == ".json"
        files = self.tr("JSON files (*.json)") if json else self.tr("Excel workbooks (*.xlsx)")
        title = self.windowTitle()
        return ask_save_path(self, self.context, title, str(suggested), files, self.suffix)


class PrivacyButton(QToolButton):
    """The "Privacy" menu of one candidate. ``erased`` once they were erased."""

    erased = Signal(object)  # Anonymised

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.candidate_id: int | None = None
        self.name = ""
        self.dialog: QDialog | None = None
        # Asked before erasing (the editor's unsaved changes); False: not now.
        self.before_erasing: Callable[[], bool] = lambda: True
        self.setText(self.tr("Privacy"))
        self.setToolTip(self.tr("This person's data: export it for them, or erase it"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.export_action = menu.addAction(self.tr("Export this person's data…"))
        self.export_action.triggered.connect(self.export)
        self.erase_action = menu.addAction(self.tr("Erase this person…"))
        self.erase_action.triggered.connect(self.erase)
        self.setMenu(menu)
        self.set_candidate(None, "")

    def set_candidate(self, candidate_id: int | None, name: str) -> None:
        self.candidate_id, self.name = candidate_id, name
        self.setEnabled(candidate_id is not None)

    @Slot()
    def export(self) -> None:
        if self.candidate_id is None:
            return
        self.dialog = PersonExportDialog(self.context, self.candidate_id, self.name, self)
        self.dialog.open()

    @Slot()
    def erase(self) -> None:
        if self.candidate_id is None or not self.before_erasing():
            return
        dialog = ask_to_erase(self.context, self.candidate_id, self)
        if isinstance(dialog, EraseDialog):
            dialog.erased.connect(self._on_erased)
            self.dialog = dialog

    @Slot(object)
    def _on_erased(self, result: Anonymised) -> None:
        self.erased.emit(result)
