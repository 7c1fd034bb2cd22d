"""One filled-in toolbox form: answer it, check it as you type, save it, complete it."""

import datetime as dt

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from stagedesk.core.forms import LANGUAGES, Answers, Definition
from stagedesk.core.forms.answers import validate_answers
from stagedesk.core.forms.facts import Facts, record_facts
from stagedesk.core.forms.prefill import prefilled
from stagedesk.core.forms.responses import load_answers, save_answers
from stagedesk.core.models import FormResponse, Language, ResponseStatus
from stagedesk.core.records import repository
from stagedesk.core.records.validation import Issue, ValidationFailed
from stagedesk.ui.forms.answer_widgets import Input, editor_of
from stagedesk.ui.forms.form_page import FormPage
from stagedesk.ui.kit import dialogs
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.labels import format_date, format_value

# Each language named in itself, as language pickers do everywhere.
LANGUAGE_NAMES = {"nl": "Nederlands", "fr": "Français", "en": "English"}


class FormView(QWidget):
    saved = Signal(int)
    dirty_changed = Signal(bool)

    def __init__(self, context: AppContext, response_id: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.response_id = response_id
        self.language = ""  # the response's, until the user picks another
        self.definition: Definition
        self._page: FormPage | None = None
        self._loaded: Answers = {}
        self._version = 0
        self._complete = False
        self._completed_on: dt.date | None = None
        self._completing = False  # whether required fields count: completing or complete
        self._touched: set[str] = set()
        self._show_all = False
        self._build()
        self.reload()

    def _build(self) -> None:
        self.title = QLabel(self)
        self.title.setObjectName("editorTitle")
        self.title.setWordWrap(True)
        self.status = QLabel(self)
        self.language_box = QComboBox(self)
        for code in LANGUAGES:
            self.language_box.addItem(LANGUAGE_NAMES[code], code)
        language_label = QLabel(self.tr("&Language of the form:"), self)
        language_label.setBuddy(self.language_box)
        top = QHBoxLayout()
        top.addWidget(self.status, 1)
        top.addWidget(language_label)
        top.addWidget(self.language_box)
        self.scroller = QScrollArea(self)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QScrollArea.Shape.NoFrame)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(top)
        layout.addWidget(self.scroller, 1)
        layout.addLayout(self._build_buttons())
        self.language_box.currentIndexChanged.connect(self._on_language)

    def _build_buttons(self) -> QHBoxLayout:
        self.revert_button = QPushButton(self.tr("&Undo changes"), self)
        self.revert_button.clicked.connect(self.revert)
        self.save_button = QPushButton(self.tr("&Save"), self)
        self.save_button.setToolTip(self.tr("Save the answers (Ctrl+S); a draft stays a draft"))
        self.save_button.setShortcut(Qt.Modifier.CTRL | Qt.Key.Key_S)
        self.save_button.clicked.connect(self.save)
        self.complete_button = QPushButton(self.tr("&Mark as complete"), self)
        self.complete_button.setToolTip(self.tr("Save and mark complete: needs every * field"))
        self.complete_button.clicked.connect(self.mark_complete)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("* needed to complete the form"), self))
        buttons.addStretch(1)
        for button in (self.revert_button, self.save_button, self.complete_button):
            button.setAutoDefault(False)  # Enter in a dialog must not undo or save
            buttons.addWidget(button)
        return buttons

    def _render(self, values: Answers) -> None:
        """Draw the form in ``self.language`` showing ``values``."""
        self._page = FormPage(self.definition, self.language, self.context.today, self)
        self.page.set_values(values)
        self.page.changed.connect(self._on_changed)
        self.scroller.setWidget(self.page)  # the previous page is deleted
        self.title.setText(self.definition.title.get(self.language))

    # -- loading -------------------------------------------------------------------------
    @Slot()
    def reload(self) -> None:
        """Show the response as stored; raises RecordGone when it was deleted."""
        with self.context.sessions() as session:
            response = session.get(FormResponse, self.response_id)
            if response is None:
                raise repository.RecordGone(self.response_id)
            self.definition = self.context.forms.version(
                session, response.form_id, response.form_version
            )
            stored = load_answers(session, self.definition, self.response_id)
            facts = self._facts(session, response)
            self._version = response.version
            self._complete = response.status == ResponseStatus.COMPLETE
            self._completed_on = response.completed_on
            if not self.language:
                language = response.language.value
                self.language = language if language in LANGUAGES else LANGUAGES[0]
        self._show(prefilled(self.definition, stored, facts, format_value))

    def _facts(self, session: Session, response: FormResponse) -> Facts:
        record_id = getattr(response, f"{self.definition.record.value}_id")
        return record_facts(session, self.definition.record, record_id) if record_id else {}

    def _show(self, values: Answers) -> None:
        self.language_box.blockSignals(True)
        self.language_box.setCurrentIndex(max(self.language_box.findData(self.language), 0))
        self.language_box.blockSignals(False)
        drawn = self._page
        if drawn is not None and (drawn.definition, drawn.language) == (
            self.definition,
            self.language,
        ):
            drawn.set_values(values)  # after a save: the reader keeps their place and focus
        else:
            self._render(values)
        self._loaded = self.answers()
        self._touched.clear()
        self._show_all = False
        self._completing = self._complete
        self._show_issues(self.issues())
        self._update_state()
        self.dirty_changed.emit(False)

    @Slot(int)
    def _on_language(self, index: int) -> None:
        values = self.answers()
        position = self.scroller.verticalScrollBar().value()
        self.language = str(self.language_box.itemData(index))
        self._render(values)
        self._show_issues(self.issues())
        layout = self.page.layout()
        if layout is not None:
            layout.activate()  # so the scroll range is known before scrolling back
        self.scroller.verticalScrollBar().setValue(position)

    # -- state ---------------------------------------------------------------------------
    @property
    def page(self) -> FormPage:
        """The form as drawn now (drawn again when the language changes)."""
        assert self._page is not None
        return self._page

    def answers(self) -> Answers:
        return self.page.values()

    def input(self, field_id: str) -> Input:
        return self.page.inputs[field_id]

    def caption(self, field_id: str) -> str:
        return self.page.captions[field_id].text()

    def error_text(self, field_id: str) -> str:
        """The message shown next to a field ('' when none): what the user reads."""
        label = self.page.errors[field_id]
        return label.text() if label.isVisibleTo(self) else ""

    def is_dirty(self) -> bool:
        return bool(self.answers() != self._loaded)

    def is_complete(self) -> bool:
        return self._complete

    @Slot(str)
    def _on_changed(self, field_id: str) -> None:
        self._touched.add(field_id)
        self._show_issues(self.issues())
        self._update_state()
        self.dirty_changed.emit(self.is_dirty())

    def issues(self) -> list[Issue]:
        return validate_answers(self.definition, self.answers(), complete=self._completing)

    def _show_issues(self, issues: list[Issue]) -> None:
        self.page.show_issues(issues, self._shows_issue)

    def _shows_issue(self, field_id: str) -> bool:
        return self._show_all or field_id in self._touched

    def _update_state(self) -> None:
        if self._complete:
            when = format_date(self._completed_on)
            self.status.setText(self.tr("Completed on {}").format(when))
        else:
            self.status.setText(self.tr("Draft"))
        self.complete_button.setVisible(not self._complete)
        self.revert_button.setEnabled(self.is_dirty())

    # -- actions -------------------------------------------------------------------------
    @Slot()
    def save(self) -> bool:
        """Save the answers: a draft stays a draft, a completed form must stay complete."""
        return self._save(complete=False)

    @Slot()
    def mark_complete(self) -> bool:
        return self._save(complete=True)

    def _save(self, complete: bool) -> bool:
        self._completing = complete or self._complete
        self._show_all = True
        issues = self.issues()
        self._show_issues(issues)
        if issues:
            self._focus(issues[0].field)
            return False
        try:
            self._write(complete)
        except ValidationFailed as failed:
            self._show_issues(failed.issues)
            return False
        except (repository.RecordChanged, repository.RecordGone, SQLAlchemyError) as error:
            dialogs.save_failed(self, error)
            return False
        self.reload()
        self.saved.emit(self.response_id)
        self.context.data_changed.emit(FormResponse)
        return True

    def _write(self, complete: bool) -> None:
        with self.context.sessions.begin() as session:
            response = session.get(FormResponse, self.response_id)
            if response is None:
                raise repository.RecordGone(self.response_id)
            response.language = Language(self.language)  # the language it was filled in
            save_answers(
                session,
                self.definition,
                response,
                self.answers(),
                complete=complete and not self._complete,
                today=self.context.today(),
                expected_version=self._version,
            )

    def maybe_leave(self) -> bool:
        """Ask about unsaved changes; True when the form may be closed."""
        if not self.is_dirty():
            return True
        answer = dialogs.ask_save_changes(self)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.revert()
            return True
        return False

    @Slot()
    def revert(self) -> None:
        try:
            self.reload()
        except repository.RecordGone as gone:
            dialogs.save_failed(self, gone)

    def _focus(self, field_id: str) -> None:
        answer = self.page.inputs.get(field_id)
        if answer is not None:
            self.scroller.ensureWidgetVisible(answer.widget)
            editor_of(answer).setFocus(Qt.FocusReason.OtherFocusReason)
