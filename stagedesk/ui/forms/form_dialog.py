"""A toolbox form in a window of its own, and the function that opens it."""

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from stagedesk.core.records.repository import RecordGone
from stagedesk.ui.forms.form_view import FormView
from stagedesk.ui.kit import dialogs
from stagedesk.ui.kit.context import AppContext


class FormDialog(QDialog):
    """Holds one FormView; closing it with unsaved answers asks first."""

    def __init__(self, context: AppContext, response_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.view = FormView(context, response_id, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.view)
        self.setSizeGripEnabled(True)
        self.resize(900, 700)
        self._set_title()
        self.view.saved.connect(self._set_title)

    @Slot()
    def _set_title(self) -> None:
        self.setWindowTitle(self.view.title.text())

    @Slot()
    def reject(self) -> None:
        # Escape and the window's close button both come here (QDialog's closeEvent calls
        # reject, and ignores the close when the dialog is still shown afterwards).
        if self.view.maybe_leave():
            super().reject()


def open_form(parent: QWidget, context: AppContext, response_id: int) -> FormDialog | None:
    """Show a form response in its own window, modal to ``parent`` but without blocking
    (the caller may listen to ``finished``); None when the response no longer exists."""
    try:
        dialog = FormDialog(context, response_id, parent)
    except RecordGone:
        dialogs.save_failed(parent, RecordGone(response_id))
        return None
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
