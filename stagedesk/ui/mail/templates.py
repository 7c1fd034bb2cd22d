"""Settings: the mail templates. Pick a moment and a language, change the subject and the
text, save them as the organisation's own version, or go back to the default."""

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.mail import (
    MAIL_LANGUAGES,
    MOMENT_LABELS,
    PLACEHOLDERS,
    MailMoment,
    Template,
    TemplateProblem,
    TemplateStore,
)
from stagedesk.core.models import Language
from stagedesk.ui.kit.dialogs import ask_save_changes
from stagedesk.ui.kit.labels import enum_label, ui_language
from stagedesk.ui.mail.dialog import refusal_text

Button = QMessageBox.StandardButton


class MailTemplatesEditor(QWidget):
    def __init__(self, store: TemplateStore | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store or TemplateStore.standard()
        self.shown: tuple[MailMoment, str] = (MailMoment.PRACTICAL_INFO, ui_language())
        self.loaded = Template("", "")
        self._kept = self.loaded  # the edits, while asking whether to leave them
        self._build()
        self.show_template(*self.shown)

    # -- building ------------------------------------------------------------------------
    def _build(self) -> None:
        self.moment_box = QComboBox(self)
        self.moment_box.setAccessibleName(self.tr("Moment"))
        # As wide as there is room for, not as its longest label: that widened the window.
        self.moment_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.moment_box.setMinimumContentsLength(16)
        for moment in MailMoment:
            label = QCoreApplication.translate("Mail", MOMENT_LABELS[moment])
            self.moment_box.addItem(label, moment.value)
        self.language_box = QComboBox(self)
        self.language_box.setAccessibleName(self.tr("Language"))
        for code in MAIL_LANGUAGES:
            self.language_box.addItem(enum_label(Language(code)), code)
        self.state = QLabel(self)
        self.state.setWordWrap(True)
        self.subject = QLineEdit(self)
        self.subject.setAccessibleName(self.tr("Subject"))
        self.body = QPlainTextEdit(self)
        self.body.setAccessibleName(self.tr("Text"))
        self.body.setMinimumHeight(220)
        self.placeholders = QListWidget(self)
        self.placeholders.setAccessibleName(self.tr("Placeholders"))
        self.placeholders.setToolTip(self.tr("Double-click to put it in the text"))
        for name, meaning in PLACEHOLDERS.items():
            # Two lines, the placeholder over its meaning: on one, long words (French)
            # made the list, and the window, too wide.
            text = f"{{{name}}}\n    {QCoreApplication.translate('Mail', meaning)}"
            item = QListWidgetItem(text, self.placeholders)
            item.setData(Qt.ItemDataRole.UserRole, "{" + name + "}")
        self.placeholders.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.placeholders.setFixedWidth(self.placeholders.sizeHintForColumn(0) + 28)
        self.reset_button = QPushButton(self.tr("&Reset to default"), self)
        self.save_button = QPushButton(self.tr("Save &template"), self)
        self._lay_out()
        self.moment_box.currentIndexChanged.connect(self._choice_changed)
        self.language_box.currentIndexChanged.connect(self._choice_changed)
        self.subject.textChanged.connect(self._update_buttons)
        self.body.textChanged.connect(self._update_buttons)
        self.placeholders.itemActivated.connect(self._insert)
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)

    def _lay_out(self) -> None:
        choice = QHBoxLayout()
        choice.addWidget(self.moment_box, 1)
        choice.addWidget(self.language_box)
        choice.addWidget(self.state, 1)
        rows = QFormLayout()
        rows.addRow(self.tr("Mail:"), choice)
        rows.addRow(self.tr("&Subject:"), self.subject)
        rows.addRow(self.tr("&Text:"), self.body)
        side = QVBoxLayout()
        caption = QLabel(self.tr("Placeholders, filled in for each internship:"), self)
        caption.setWordWrap(True)  # as wide as the list, however long the words
        side.addWidget(caption)
        side.addWidget(self.placeholders, 1)
        columns = QHBoxLayout()
        columns.addLayout(rows, 1)
        columns.addLayout(side)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.reset_button)
        buttons.addWidget(self.save_button)
        intro = QLabel(
            self.tr(
                "The mails StageDesk writes for an internship (its E-mail button), in Dutch, "
                "French and English. Your changes are used for every internship; "
                "“Reset to default” brings back StageDesk's own text."
            ),
            self,
        )
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addLayout(buttons)

    # -- showing -------------------------------------------------------------------------
    def show_template(self, moment: MailMoment, language: str) -> None:
        self.shown = (moment, language)
        for box, value in ((self.moment_box, moment.value), (self.language_box, language)):
            box.blockSignals(True)
            box.setCurrentIndex(box.findData(value))
            box.blockSignals(False)
        self.loaded = self.store.load(moment, language)
        self.subject.setText(self.loaded.subject)
        self.body.setPlainText(self.loaded.body)
        own = self.store.is_own(moment, language)
        self.state.setText(self.tr("Your own text") if own else self.tr("The default text"))
        self._update_buttons()

    def edited(self) -> Template:
        return Template(self.subject.text().strip(), self.body.toPlainText().strip("\n"))

    def is_dirty(self) -> bool:
        return self.edited() != Template(self.loaded.subject.strip(), self.loaded.body.strip("\n"))

    @Slot()
    def _update_buttons(self) -> None:
        self.save_button.setEnabled(self.is_dirty())
        self.reset_button.setEnabled(self.is_dirty() or self.store.is_own(*self.shown))

    # -- what the user does ----------------------------------------------------------------
    @Slot()
    def _choice_changed(self) -> None:
        wanted = (MailMoment(self.moment_box.currentData()), str(self.language_box.currentData()))
        if self.maybe_leave():
            self.show_template(*wanted)
        else:
            self.show_template(*self.shown)  # the choice goes back; the edits stay
            self.subject.setText(self._kept.subject)
            self.body.setPlainText(self._kept.body)

    def maybe_leave(self) -> bool:
        """True when the shown template may be left: saved, discarded or unchanged."""
        self._kept = self.edited()
        if not self.is_dirty():
            return True
        answer = ask_save_changes(self)
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    @Slot(QListWidgetItem)
    def _insert(self, item: QListWidgetItem) -> None:
        self.body.insertPlainText(str(item.data(Qt.ItemDataRole.UserRole)))
        self.body.setFocus()

    @Slot()
    def save(self) -> bool:
        try:
            self.store.save(*self.shown, self.edited())
        except TemplateProblem as problem:
            QMessageBox.warning(self, self.tr("Template not saved"), refusal_text(problem))
            return False
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("Template not saved"),
                self.tr("StageDesk could not write the template.\n\nDetails: {}").format(
                    error.strerror or error
                ),
            )
            return False
        self.show_template(*self.shown)
        return True

    @Slot()
    def reset(self) -> None:
        """Back to the default text: the organisation's own copy is deleted."""
        if self.store.is_own(*self.shown):
            answer = QMessageBox.question(
                self,
                self.tr("Reset to default"),
                self.tr("Replace your own text of this mail by the default text?"),
                Button.Yes | Button.No,
                Button.No,
            )
            if answer != Button.Yes:
                return
            self.store.reset(*self.shown)
        self.show_template(*self.shown)
