"""One small input per field type of a toolbox form, with the face of ui/kit/fields.py:
``widget`` (what goes in the form), ``value()``, ``set_value()`` and ``changed``; plus
``editor``, the part that takes the focus and the red border of an invalid answer."""

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtWidgets import (
    QAbstractButton,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.forms import CheckAnswer, CheckStatus, Field, FieldType, ScaleAnswer, terms
from stagedesk.core.forms.definition import SCALE_MAX, SCALE_MIN
from stagedesk.ui.forms.rows_model import RowsInput, number_text
from stagedesk.ui.kit.fields import DateField, LongTextField, NumberField, TextField
from stagedesk.ui.kit.fields import Field as Input
from stagedesk.ui.kit.labels import format_date

__all__ = ["HINT_STYLE", "Input", "editor_of", "make_input"]

HINT_STYLE = "color: #5f6368;"  # the grey of help texts and scale legends


def editor_of(answer: Input) -> QWidget:
    """Where the focus and the red border go: the input itself, or its main part."""
    return getattr(answer, "editor", answer.widget)


def _strip(layout: QHBoxLayout | QVBoxLayout) -> None:
    layout.setContentsMargins(0, 0, 0, 0)


def _hint(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(HINT_STYLE)
    return label


class TextInput(TextField):
    pass


class LongTextInput(LongTextField):
    def __init__(self, lines: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget.setFixedHeight(self.widget.fontMetrics().lineSpacing() * lines + 12)


class DateInput(DateField):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.widget.setMaximumWidth(150)


class NumberInput(Input):
    """A number typed freely ("2,5" too), with its unit after it."""

    def __init__(self, unit: str, parent: QWidget | None = None) -> None:
        box = QWidget(parent)
        super().__init__(box)
        self._number = NumberField(box, decimals=True)
        self.editor = self._number.widget
        row = QHBoxLayout(box)
        _strip(row)
        row.addWidget(self.editor)
        if unit:
            row.addWidget(QLabel(unit, box))
        row.addStretch(1)
        self._number.changed.connect(self.changed)

    def value(self) -> Decimal | str | None:
        value = self._number.value()
        return value if not isinstance(value, int) else Decimal(value)

    def set_value(self, value: Any) -> None:
        is_number = isinstance(value, (int, Decimal)) and not isinstance(value, bool)
        self._number.set_value(number_text(value) if is_number else value)


class ChoiceInput(Input):
    """A drop-down whose empty first entry means "not answered"."""

    def __init__(self, choices: Sequence[tuple[str, str]], parent: QWidget | None = None):
        combo = QComboBox(parent)
        super().__init__(combo)
        combo.addItem("", None)
        for value, label in choices:
            combo.addItem(label, value)
        # As wide as its longest choice: a short list does not stretch across the form.
        combo.setMinimumWidth(160)
        combo.setMaximumWidth(max(combo.sizeHint().width(), 160))
        self._combo = combo
        combo.currentIndexChanged.connect(self.changed)

    def value(self) -> str | None:
        data = self._combo.currentData()
        return None if data is None else str(data)

    def set_value(self, value: Any) -> None:
        self._combo.setCurrentIndex(max(self._combo.findData(value), 0) if value else 0)


class MultiChoiceInput(Input):
    def __init__(self, choices: Sequence[tuple[str, str]], parent: QWidget | None = None):
        box = QWidget(parent)
        super().__init__(box)
        column = QVBoxLayout(box)
        _strip(column)
        self._boxes: dict[str, QCheckBox] = {}
        for value, label in choices:
            check = QCheckBox(label, box)
            check.toggled.connect(self.changed)
            column.addWidget(check)
            self._boxes[value] = check

    def value(self) -> list[str] | None:
        ticked = [value for value, box in self._boxes.items() if box.isChecked()]
        return ticked or None

    def set_value(self, value: Any) -> None:
        chosen = set(value or ())
        for choice, box in self._boxes.items():
            box.setChecked(choice in chosen)


class OneOrNone(QButtonGroup):
    """Radio buttons of which at most one is on: clicking the one that is on turns it off,
    so "not answered" can always be given back."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setExclusive(False)
        self.buttonToggled.connect(self._keep_one)

    def add(self, button: QAbstractButton) -> None:
        button.setAutoExclusive(False)
        button.setToolTip(self.tr("Click again to clear the answer"))
        self.addButton(button)

    def _keep_one(self, button: QAbstractButton, checked: bool) -> None:
        if checked:
            for other in self.buttons():
                if other is not button:
                    other.setChecked(False)

    def checked_index(self) -> int | None:
        for position, button in enumerate(self.buttons()):
            if button.isChecked():
                return position
        return None

    def check_index(self, position: int | None) -> None:
        for index, button in enumerate(self.buttons()):
            button.setChecked(index == position)


class YesNoInput(Input):
    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        box = QWidget(parent)
        super().__init__(box)
        row = QHBoxLayout(box)
        _strip(row)
        self._group = OneOrNone(box)
        for text in (terms.YES.get(language), terms.NO.get(language)):
            button = QRadioButton(text, box)
            self._group.add(button)
            row.addWidget(button)
        row.addStretch(1)
        self.editor = self._group.buttons()[0]
        self._group.buttonToggled.connect(self.changed)

    def value(self) -> bool | None:
        position = self._group.checked_index()
        return None if position is None else position == 0

    def set_value(self, value: Any) -> None:
        self._group.check_index(None if value is None else (0 if value else 1))


class ScaleInput(Input):
    """1 to 5 or "n/a", optionally a note; the meaning of 1 and 5 in their tooltips, and
    beside the buttons when ``legend`` (the first scale of a section)."""

    def __init__(
        self, notes: bool, legend: bool, language: str, parent: QWidget | None = None
    ) -> None:
        box = QWidget(parent)
        super().__init__(box)
        row = QHBoxLayout()
        self._group = OneOrNone(box)
        na = terms.NOT_APPLICABLE.get(language)
        for text in [str(n) for n in range(SCALE_MIN, SCALE_MAX + 1)] + [na]:
            button = QRadioButton(text, box)
            self._group.add(button)
            row.addWidget(button)
        buttons = self._group.buttons()
        buttons[0].setToolTip(terms.SCALE_LOW.get(language))
        buttons[SCALE_MAX - SCALE_MIN].setToolTip(terms.SCALE_HIGH.get(language))
        buttons[-1].setToolTip(terms.NOT_APPLICABLE_LONG.get(language))
        if legend:
            row.addSpacing(12)
            row.addWidget(_hint(terms.SCALE_LEGEND.get(language), box))
        row.addStretch(1)
        column = QVBoxLayout(box)
        _strip(column)
        column.addLayout(row)
        self.editor = self._group.buttons()[0]
        self._note: QLineEdit | None = None
        if notes:
            self._note = QLineEdit(box)
            self._note.setPlaceholderText(terms.NOTES.get(language))
            self._note.setAccessibleName(terms.NOTES.get(language))
            self._note.textChanged.connect(self.changed)
            column.addWidget(self._note)
        self._group.buttonToggled.connect(self.changed)

    def value(self) -> ScaleAnswer | None:
        position = self._group.checked_index()
        not_applicable = position == SCALE_MAX
        score = None if position is None or not_applicable else position + SCALE_MIN
        note = self._note.text().strip() or None if self._note else None
        answer = ScaleAnswer(score, not_applicable, note)
        return None if answer.empty else answer

    def set_value(self, value: Any) -> None:
        answer = value if isinstance(value, ScaleAnswer) else ScaleAnswer()
        if answer.not_applicable:
            self._group.check_index(SCALE_MAX)
        else:
            score = answer.score
            self._group.check_index(None if score is None else score - SCALE_MIN)
        if self._note is not None:
            self._note.setText(answer.note or "")


class CheckInput(Input):
    """A checklist item: done or not needed, the date it was done, a note; its due date
    is shown, not edited (it follows the internship's start)."""

    def __init__(
        self, today: Callable[[], dt.date], language: str, parent: QWidget | None = None
    ) -> None:
        box = QWidget(parent)
        super().__init__(box)
        self._today = today
        self._language = language
        self._due: dt.date | None = None
        self._done = QCheckBox(terms.DONE.get(language), box)
        self._not_needed = QCheckBox(terms.NOT_NEEDED.get(language), box)
        self._done_on = DateField(box)
        self._done_on.widget.setAccessibleName(self.tr("Done on"))
        self._due_label = _hint("", box)
        self._note = QLineEdit(box)
        self._note.setPlaceholderText(terms.NOTE.get(language))
        self._note.setAccessibleName(terms.NOTE.get(language))
        row = QHBoxLayout()
        for widget in (self._done, self._not_needed, QLabel(terms.ON.get(language), box)):
            row.addWidget(widget)
        row.addWidget(self._done_on.widget)
        row.addSpacing(12)
        row.addWidget(self._due_label)
        row.addStretch(1)
        column = QVBoxLayout(box)
        _strip(column)
        column.addLayout(row)
        column.addWidget(self._note)
        self.editor = self._done
        self._done.toggled.connect(self._on_done)
        self._not_needed.toggled.connect(self._on_not_needed)
        self._done_on.changed.connect(self.changed)
        self._note.textChanged.connect(self.changed)

    def _on_done(self, checked: bool) -> None:
        if checked:
            self._not_needed.setChecked(False)
            if self._done_on.value() is None:
                self._done_on.set_value(self._today())
        self.changed.emit()

    def _on_not_needed(self, checked: bool) -> None:
        if checked:
            self._done.setChecked(False)
        self.changed.emit()

    def value(self) -> CheckAnswer | None:
        status = None
        if self._done.isChecked():
            status = CheckStatus.DONE
        elif self._not_needed.isChecked():
            status = CheckStatus.NOT_NEEDED
        note = self._note.text().strip() or None
        answer = CheckAnswer(status, self._done_on.value(), note, self._due)
        return None if answer == CheckAnswer() else answer

    def set_value(self, value: Any) -> None:
        answer = value if isinstance(value, CheckAnswer) else CheckAnswer()
        self._due = answer.due
        self._done.setChecked(answer.status is CheckStatus.DONE)
        self._not_needed.setChecked(answer.status is CheckStatus.NOT_NEEDED)
        self._done_on.set_value(answer.done_on)
        self._note.setText(answer.note or "")
        due_text = terms.DUE.get(self._language)
        due = due_text.format(date=format_date(answer.due)) if answer.due else ""
        self._due_label.setText(due)


def make_input(
    field: Field,
    language: str,
    today: Callable[[], dt.date],
    parent: QWidget,
    *,
    legend: bool = True,
) -> Input:
    """The input for an answering field (not for `info`), labels in ``language``;
    ``legend``: whether a scale says what 1 and 5 mean beside its buttons."""
    choices = [(c.value, c.label.get(language)) for c in field.choices]
    unit = field.unit.get(language) if field.unit else ""
    kind = field.type
    makers: dict[FieldType, Callable[[], Input]] = {
        FieldType.TEXT: lambda: TextInput(parent),
        FieldType.LONG_TEXT: lambda: LongTextInput(field.lines, parent),
        FieldType.DATE: lambda: DateInput(parent),
        FieldType.NUMBER: lambda: NumberInput(unit, parent),
        FieldType.CHOICE: lambda: ChoiceInput(choices, parent),
        FieldType.MULTI_CHOICE: lambda: MultiChoiceInput(choices, parent),
        FieldType.YES_NO: lambda: YesNoInput(language, parent),
        FieldType.SCALE: lambda: ScaleInput(field.notes, legend, language, parent),
        FieldType.CHECK: lambda: CheckInput(today, language, parent),
        FieldType.ROWS: lambda: RowsInput(field.columns, language, parent),
    }
    if kind not in makers:
        raise ValueError(f"{field.id}: a {kind} field takes no answer")
    return makers[kind]()
