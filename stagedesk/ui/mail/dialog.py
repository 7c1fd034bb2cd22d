"""One mail, ready to send: recipient, subject and text filled in from the template (the
text may be changed for this one mail), the attachment named, and the ways out: the mail
program (an ``.eml`` draft), a ``mailto:`` link when nothing is attached, or a file.

    open_mail_dialog(context, internship_id, moment, parent)
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Slot
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.mail import (
    MAIL_LANGUAGES,
    MOMENT_LABELS,
    Attachment,
    MailDraft,
    MailMoment,
    MailRefused,
    TemplateStore,
    build_draft,
)
from stagedesk.core.mail.drafts import drafts_dir, safe_file_name
from stagedesk.core.models import FormResponse, Language
from stagedesk.output.mail import attachment_pdf, mailto_url, write_eml
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.labels import enum_label
from stagedesk.ui.kit.save_as import ask_save_path


def refusal_text(refusal: MailRefused) -> str:
    """Why a mail cannot be made, in the user's language."""
    template = QCoreApplication.translate("Mail", refusal.message)
    return template.format(**refusal.params)


def open_mail_dialog(
    context: AppContext, internship_id: int, moment: MailMoment, parent: QWidget | None = None
) -> "MailDialog | None":
    """Show the mail for ``moment``; None (and a message saying why) when it cannot be made."""
    store = TemplateStore.standard()
    try:
        with context.sessions() as session:
            draft = build_draft(session, context.forms, store, internship_id, moment)
    except MailRefused as refusal:
        title = QCoreApplication.translate("Mail", "No mail")
        QMessageBox.warning(parent, title, refusal_text(refusal))
        return None
    dialog = MailDialog(context, draft, store, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


class MailDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        draft: MailDraft,
        store: TemplateStore,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context, self.draft, self.store = context, draft, store
        self.written: Path | None = None  # the last file written
        self.setWindowTitle(QCoreApplication.translate("Mail", MOMENT_LABELS[draft.moment]))
        self._build()
        self._show_draft()

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.to_label = QLabel(self)
        self.to_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.from_label = QLabel(self)
        self.language_box = QComboBox(self)
        self.language_box.setAccessibleName(self.tr("Language"))
        self.language_box.setToolTip(self.tr("Changing the language fills in the text again"))
        for code in MAIL_LANGUAGES:
            self.language_box.addItem(enum_label(Language(code)), code)
        self.subject = QLineEdit(self)
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit(self)
        self.body.setAccessibleName(self.tr("Text"))
        self.body.setMinimumSize(520, 260)
        self.attachment_label = QLabel(self)
        self.attachment_label.setWordWrap(True)
        rows = QFormLayout()
        rows.addRow(self.tr("To:"), self.to_label)
        rows.addRow(self.tr("From:"), self.from_label)
        rows.addRow(self.tr("&Language:"), self.language_box)
        rows.addRow(self.tr("&Subject:"), self.subject)
        rows.addRow(self.tr("&Text:"), self.body)
        rows.addRow(self.tr("Attachment:"), self.attachment_label)
        layout = QVBoxLayout(self)
        layout.addLayout(rows, 1)
        layout.addLayout(self._buttons())
        self.language_box.currentIndexChanged.connect(self._language_chosen)

    def _buttons(self) -> QHBoxLayout:
        self.open_button = QPushButton(self.tr("&Open in mail program"), self)
        self.open_button.setToolTip(self.tr("A new mail, ready to send, in Outlook or Thunderbird"))
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_in_mail_program)
        self.mailto_button = QPushButton(self.tr("Open as &mailto: link"), self)
        self.mailto_button.setToolTip(self.tr("For a mail program that does not open .eml files"))
        self.mailto_button.clicked.connect(self.open_mailto)
        self.save_button = QPushButton(self.tr("Save &as…"), self)
        self.save_button.clicked.connect(self.save_as)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addStretch(1)
        row.addWidget(self.mailto_button)
        row.addWidget(self.open_button)
        row.addWidget(close)
        return row

    def _show_draft(self) -> None:
        draft = self.draft
        self.to_label.setText(f"{draft.to.name} <{draft.to.address}>")
        sender = draft.sender
        self.from_label.setText(
            f"{sender.name} <{sender.address}>"
            if sender
            else self.tr("the account your mail program sends from")
        )
        self.language_box.blockSignals(True)
        self.language_box.setCurrentIndex(self.language_box.findData(draft.language))
        self.language_box.blockSignals(False)
        self.subject.setText(draft.subject)
        self.body.setPlainText(draft.body)
        if draft.attachment_name:
            self.attachment_label.setText(draft.attachment_name)
        else:
            self.attachment_label.setText(self.tr("none"))
        self.mailto_button.setVisible(draft.attachment is None)

    # -- what the user does ----------------------------------------------------------------
    def current(self) -> MailDraft:
        """The draft with the subject and text as the user left them."""
        return self.draft.edited(self.subject.text(), self.body.toPlainText())

    @Slot(int)
    def _language_chosen(self, index: int) -> None:
        language = str(self.language_box.itemData(index))
        try:
            with self.context.sessions() as session:
                self.draft = build_draft(
                    session,
                    self.context.forms,
                    self.store,
                    self.draft.internship_id,
                    self.draft.moment,
                    language=language,
                )
        except MailRefused as refusal:
            QMessageBox.warning(self, self.tr("No mail"), refusal_text(refusal))
        self._show_draft()

    @Slot()
    def open_in_mail_program(self) -> Path | None:
        name = safe_file_name(f"{self.subject.text()[:80] or self.draft.moment.value}.eml")
        path = self.write(drafts_dir(self.context.database) / name)
        if path is None:
            return None
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                self,
                self.tr("Mail saved"),
                self.tr(
                    "No program on this computer opens .eml files. The mail is saved as "
                    "{path}: open it from your mail program."
                ).format(path=path),
            )
        self.accept()
        return path

    @Slot()
    def open_mailto(self) -> str | None:

        try:
            url = mailto_url(self.current())
        except MailRefused as refusal:
            QMessageBox.warning(self, self.tr("No mailto: link"), refusal_text(refusal))
            return None
        QDesktopServices.openUrl(QUrl.fromEncoded(url.encode("ascii")))
        self.accept()
        return url

    @Slot()
    def save_as(self) -> Path | None:
        suggested = safe_file_name(f"{self.subject.text()[:80] or self.draft.moment.value}.eml")
        path = ask_save_path(
            self, self.context, self.tr("Save the mail"), suggested, self.tr("E-mail (*.eml)")
        )
        if path is None:
            return None
        written = self.write(path if path.suffix else path.with_suffix(".eml"))
        if written is not None:
            self.accept()
        return written

    def write(self, path: Path) -> Path | None:
        """Write the mail as it stands, with its attachment, to ``path``."""

        draft = self.current()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.context.sessions.begin() as session:
                pdf = attachment_pdf(session, self.context.forms, draft, today=self.context.today())
            self.written = write_eml(draft, pdf, draft.attachment_name, path)
        except OSError as error:
            self.written = None
            QMessageBox.warning(
                self,
                self.tr("Mail not saved"),
                self.tr("StageDesk could not write {path}.\n\nDetails: {detail}").format(
                    path=path, detail=error.strerror or error
                ),
            )
        finally:
            QGuiApplication.restoreOverrideCursor()
        if draft.attachment not in (None, Attachment.INFO_SHEET):
            self.context.data_changed.emit(FormResponse)  # a survey may have been started
        return self.written
