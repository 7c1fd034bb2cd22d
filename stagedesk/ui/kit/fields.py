"""One small widget per kind of field, all with the same face: value, set_value, changed."""

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from stagedesk.ui.kit.labels import DATE_FORMAT, enum_label, format_value
from stagedesk.ui.kit.spec import FieldSpec, Kind

EMPTY_DATE = QDate(1900, 1, 1)


class Field(QObject):
    """Adapter between one widget and one record value."""

    changed = Signal()

    def __init__(self, widget: QWidget) -> None:
        super().__init__(widget)
        self.widget = widget

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError


class TextField(Field):
    def __init__(self, parent: QWidget | None = None) -> None:
        edit = QLineEdit(parent)
        super().__init__(edit)
        self._edit = edit
        edit.textChanged.connect(self.changed)

    def value(self) -> str | None:
        return self._edit.text().strip() or None

    def set_value(self, value: Any) -> None:
        self._edit.setText("" if value is None else str(value))


class LongTextField(Field):
    def __init__(self, parent: QWidget | None = None) -> None:
        edit = QPlainTextEdit(parent)
        edit.setTabChangesFocus(True)  # keyboard users leave the box with Tab
        edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 4 + 12)
        super().__init__(edit)
        self._edit = edit
        edit.textChanged.connect(self.changed)

    def value(self) -> str | None:
        return self._edit.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        self._edit.setPlainText("" if value is None else str(value))


class _DateEdit(QDateEdit):
    """A QDateEdit that takes a date typed the way people write it: "20/03/2026".

    Plain QDateEdit refuses digits while it shows the empty dash, and after a full day
    ("20") it moves to the month by itself, so the "/" typed next skipped the month too and
    "20/03/2026" became 20/01/2026. Here typing over the dash or over the whole selected
    date starts from 1 January of this year (31 days: no typed day is cut short) with the
    day selected; a separator right after an automatic move is swallowed; "-" and "."
    count as "/".
    """

    SEPARATORS = frozenset("/-.")

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._moved_on = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text in self.SEPARATORS:
            if not self._moved_on:
                slash = QKeyEvent(event.type(), Qt.Key.Key_Slash, event.modifiers(), "/")
                super().keyPressEvent(slash)
            self._moved_on = False
            event.accept()
            return
        empty = self.date() == self.minimumDate()
        if text.isdigit() and (empty or self.lineEdit().selectedText() == self.text()):
            # Typing over the dash or over the whole date: start again from the day.
            self.setDate(QDate(QDate.currentDate().year(), 1, 1))
            self.setSelectedSection(QDateEdit.Section.DaySection)
        section = self.currentSection()
        super().keyPressEvent(event)
        self._moved_on = text.isdigit() and self.currentSection() != section


class DateField(Field):
    """A date picker that can also be empty (shown as a dash)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        edit = _DateEdit(parent)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(DATE_FORMAT)
        edit.setMinimumDate(EMPTY_DATE)
        edit.setSpecialValueText("—")
        edit.setDate(EMPTY_DATE)
        super().__init__(edit)
        self._edit = edit
        edit.dateChanged.connect(self.changed)

    def value(self) -> dt.date | None:
        date = self._edit.date()
        return None if date == EMPTY_DATE else dt.date(date.year(), date.month(), date.day())

    def set_value(self, value: Any) -> None:
        if value is None:
            self._edit.setDate(EMPTY_DATE)
        else:
            self._edit.setDate(QDate(value.year, value.month, value.day))


class NumberField(Field):
    """Whole numbers typed freely: what is not a number is handed on as text, so the
    validation can say so next to the field instead of the keyboard silently refusing."""

    def __init__(self, parent: QWidget | None = None, *, decimals: bool = False) -> None:
        edit = QLineEdit(parent)
        edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        edit.setMaximumWidth(120)
        super().__init__(edit)
        self._edit = edit
        self._decimals = decimals
        edit.textChanged.connect(self.changed)

    def value(self) -> int | Decimal | str | None:
        text = self._edit.text().strip()
        if not text:
            return None
        try:
            if self._decimals:
                return Decimal(text.replace(",", "."))
            return int(text)
        except (ValueError, InvalidOperation):
            return text

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        self._edit.setText(text.replace(".", ",") if self._decimals else text)


class BoolField(Field):
    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        box = QCheckBox(text, parent)
        super().__init__(box)
        self._box = box
        box.toggled.connect(self.changed)

    def value(self) -> bool:
        return self._box.isChecked()

    def set_value(self, value: Any) -> None:
        self._box.setChecked(bool(value))


class ChoiceField(Field):
    """A drop-down of (value, label) pairs, optionally with an empty first entry.

    Long lists (candidates, staff) can be searched by typing any part of a name.
    """

    def __init__(self, parent: QWidget | None = None, *, optional: bool = True) -> None:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMaxVisibleItems(20)
        # As wide as the form, not as its longest choice: that made the editor scroll
        # sideways (the list opens as wide as its choices need).
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(12)
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        combo.setCompleter(completer)
        super().__init__(combo)
        self._combo = combo
        self._optional = optional
        combo.currentIndexChanged.connect(self.changed)
        line = combo.lineEdit()
        assert line is not None  # the combo is editable
        line.editingFinished.connect(self._match_typed_text)

    def set_choices(self, choices: Sequence[tuple[Any, str]]) -> None:
        current = self.value()
        self._combo.blockSignals(True)
        self._combo.clear()
        if self._optional:
            self._combo.addItem("", None)
        for value, label in choices:
            self._combo.addItem(label, value)
        self._combo.blockSignals(False)
        self.set_value(current)

    def value(self) -> Any:
        return self._combo.currentData()

    def current_label(self) -> str:
        return self._combo.currentText() if self.value() is not None else ""

    def set_value(self, value: Any) -> None:
        index = self._combo.findData(value) if value is not None else -1
        if index < 0 and self._optional:
            index = 0
        self._combo.setCurrentIndex(index)
        line = self._combo.lineEdit()
        if line is not None:
            line.setCursorPosition(0)  # a long label shows its start, not its end

    def _match_typed_text(self) -> None:
        # Typing a name that is not in the list must not leave a stale selection behind.
        text = self._combo.currentText()
        index = self._combo.findText(text, Qt.MatchFlag.MatchFixedString)
        if index >= 0:
            self._combo.setCurrentIndex(index)
        elif not text and self._optional:
            self._combo.setCurrentIndex(0)
        else:
            self._combo.setEditText(self._combo.itemText(self._combo.currentIndex()))


def enum_choices(enum: type[StrEnum]) -> list[tuple[StrEnum, str]]:
    return [(member, enum_label(member)) for member in enum]


def make_field(spec: FieldSpec, label: str, parent: QWidget) -> Field:
    """The field for one line of a record's spec; ``label`` is shown beside a check box."""
    if spec.kind == Kind.LONG:
        return LongTextField(parent)
    if spec.kind == Kind.DATE:
        return DateField(parent)
    if spec.kind in (Kind.INT, Kind.DECIMAL):
        return NumberField(parent, decimals=spec.kind == Kind.DECIMAL)
    if spec.kind == Kind.BOOL:
        return BoolField(label, parent)
    if spec.kind == Kind.YES_NO:
        field = ChoiceField(parent)  # empty = not answered, which a check box cannot say
        field.set_choices([(True, format_value(True)), (False, format_value(False))])
        return field
    if spec.kind == Kind.ENUM:
        field = ChoiceField(parent, optional=spec.optional)
        assert spec.enum is not None
        field.set_choices(enum_choices(spec.enum))
        return field
    if spec.kind == Kind.REF:
        return ChoiceField(parent, optional=spec.optional)
    return TextField(parent)
