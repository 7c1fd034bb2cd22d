"""A definition drawn in one language: intro, a box per section, a row per field with its
question, help, input and message. It holds the inputs; FormView decides what they show."""

import datetime as dt
import html
from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QVBoxLayout, QWidget

from stagedesk.core.forms import Answers, Definition, Field, FieldType, Section
from stagedesk.core.records.validation import Issue
from stagedesk.ui.forms.answer_widgets import HINT_STYLE, Input, editor_of, make_input
from stagedesk.ui.forms.roles import role_label
from stagedesk.ui.kit.editor import QWIDGETSIZE_MAX, issue_text

CAPTION_WIDTH = 260  # the question column; the answers take the rest
ALIGN_NONE = Qt.AlignmentFlag(0)
SECTION_STYLE = "QGroupBox { font-weight: 600; } QGroupBox * { font-weight: normal; }"
INFO_STYLE = (
    "QLabel#formInfo { background: palette(alternate-base); padding: 8px; border-radius: 4px; }"
)


def wrapped(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class FormPage(QWidget):
    """Emits ``changed(field_id)`` when the user changes an answer."""

    changed = Signal(str)

    def __init__(
        self,
        definition: Definition,
        language: str,
        today: Callable[[], dt.date],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.definition = definition
        self.language = language
        self._today = today
        self.inputs: dict[str, Input] = {}
        self.errors: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self._loading = False
        self._legend = True
        column = QVBoxLayout(self)
        column.setSpacing(12)
        if definition.intro is not None:
            column.addWidget(wrapped(definition.intro.get(language), self))
        for section in definition.sections:
            column.addWidget(self._section(section))
        column.addStretch(1)

    # -- drawing -------------------------------------------------------------------------
    def _section(self, section: Section) -> QGroupBox:
        box = QGroupBox(section.title.get(self.language), self)
        box.setStyleSheet(SECTION_STYLE)
        self._legend = True  # the first scale of a section says what 1 and 5 mean
        grid = QGridLayout(box)
        grid.setColumnMinimumWidth(0, CAPTION_WIDTH)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(12)
        if section.intro is not None:
            grid.addWidget(wrapped(section.intro.get(self.language), box), 0, 0, 1, 2)
        first = 0 if section.intro is None else 1
        for row, field in enumerate(section.fields, start=first):
            if field.type is FieldType.INFO:
                grid.addWidget(self._info(field, box), row, 0, 1, 2)
            else:
                grid.addLayout(self._caption(field, box), row, 0)
                grid.addLayout(self._answer(field, box), row, 1)
        return box

    def _caption(self, field: Field, box: QWidget) -> QVBoxLayout:
        caption = QLabel(field.label.get(self.language) + (" *" if field.required else ""), box)
        caption.setWordWrap(True)
        caption.setFixedWidth(CAPTION_WIDTH)
        self.captions[field.id] = caption
        cell = QVBoxLayout()
        cell.setSpacing(2)
        cell.addWidget(caption)
        help_text = self._help(field)
        if help_text:
            caption.setToolTip(help_text)
            hint = wrapped(help_text, box)
            hint.setStyleSheet(HINT_STYLE)
            hint.setFixedWidth(CAPTION_WIDTH)
            cell.addWidget(hint)
        cell.addStretch(1)
        return cell

    def _answer(self, field: Field, box: QWidget) -> QVBoxLayout:
        answer = make_input(field, self.language, self._today, box, legend=self._legend)
        self._legend = self._legend and field.type is not FieldType.SCALE
        editor = editor_of(answer)
        editor.setAccessibleName(field.label.get(self.language))
        self.captions[field.id].setBuddy(editor)
        answer.widget.setToolTip(self.captions[field.id].toolTip())
        error = QLabel(box)
        error.setObjectName("fieldError")
        error.setWordWrap(True)
        error.hide()
        cell = QVBoxLayout()
        cell.setSpacing(2)
        # A narrow input (a date, a short list) is aligned left, not stretched.
        narrow = answer.widget.maximumWidth() < QWIDGETSIZE_MAX
        cell.addWidget(answer.widget, 0, Qt.AlignmentFlag.AlignLeft if narrow else ALIGN_NONE)
        if field.reference is not None:  # the rule a checklist item comes from
            reference = wrapped(field.reference.get(self.language), box)
            reference.setStyleSheet(HINT_STYLE)
            cell.addWidget(reference)
        cell.addWidget(error)
        cell.addStretch(1)
        self.inputs[field.id] = answer
        self.errors[field.id] = error
        answer.changed.connect(lambda name=field.id: self._on_changed(name))
        return cell

    def _help(self, field: Field) -> str:
        parts = [field.help.get(self.language)] if field.help else []
        if field.responsible is not None:
            parts.append(self.tr("Responsible: {}").format(role_label(field.responsible)))
        return "\n".join(parts)

    def _info(self, field: Field, parent: QWidget) -> QLabel:
        heading = html.escape(field.label.get(self.language))
        body = html.escape(field.text.get(self.language)) if field.text else ""
        label = QLabel(f"<b>{heading}</b>" + (f"<br>{body}" if body else ""), parent)
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setObjectName("formInfo")
        label.setStyleSheet(INFO_STYLE)
        return label

    # -- values and messages -------------------------------------------------------------
    def values(self) -> Answers:
        return {field_id: answer.value() for field_id, answer in self.inputs.items()}

    def set_values(self, values: Answers) -> None:
        self._loading = True
        try:
            for field_id, answer in self.inputs.items():
                answer.set_value(values.get(field_id))
        finally:
            self._loading = False

    def _on_changed(self, field_id: str) -> None:
        if not self._loading:
            self.changed.emit(field_id)

    def show_issues(self, issues: list[Issue], shown: Callable[[str], bool]) -> None:
        """Each field's message when ``shown(field_id)``, with a red border on its input."""
        by_field = {issue.field: issue for issue in issues}
        for field_id, label in self.errors.items():
            issue = by_field.get(field_id)
            visible = issue is not None and shown(field_id)
            label.setText(issue_text(issue) if visible and issue else "")
            label.setVisible(visible)
            editor = editor_of(self.inputs[field_id])
            if editor.property("invalid") != visible:
                editor.setProperty("invalid", visible)
                editor.style().unpolish(editor)
                editor.style().polish(editor)
