"""The "E-mail" button of an internship: a menu of the moments StageDesk writes a mail
for; each opens the mail, ready to send (``mail_dialog``)."""

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from stagedesk.core.mail import MOMENT_LABELS, MailMoment
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.mail.dialog import MailDialog, open_mail_dialog


class MailButton(QToolButton):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.internship_id: int | None = None
        self.dialog: MailDialog | None = None  # the mail shown last
        self.setText(self.tr("E-mail"))
        self.setToolTip(self.tr("Write a mail to the intern, the mentor or the school"))
        self.setAccessibleName(self.tr("E-mail"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        self.actions_by_moment: dict[MailMoment, QAction] = {}
        for moment in MailMoment:
            action = menu.addAction(QCoreApplication.translate("Mail", MOMENT_LABELS[moment]))
            action.setData(moment.value)
            action.setObjectName(f"mail_{moment.value}")
            self.actions_by_moment[moment] = action
        menu.triggered.connect(self._chosen)
        self.setMenu(menu)
        self.set_internship(None)

    def set_internship(self, internship_id: int | None) -> None:
        """The internship the mails are about; none (a new one not saved yet) disables."""
        self.internship_id = internship_id
        self.setEnabled(internship_id is not None)

    @Slot(QAction)
    def _chosen(self, action: QAction) -> None:
        self.write(MailMoment(str(action.data())))

    def write(self, moment: MailMoment) -> MailDialog | None:
        if self.internship_id is None:
            return None
        shell = self.context.shell
        parent = shell.main_window() if shell is not None else self
        self.dialog = open_mail_dialog(self.context, self.internship_id, moment, parent)
        return self.dialog
