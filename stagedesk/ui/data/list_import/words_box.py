"""The words of the list StageDesk does not know, each asked about once.

One line per distinct word: the list's column, the word, how many rows use it, and a
drop-down of what it can mean, StageDesk's best guess chosen (the user sees it and can
change it), or "unknown": imported empty, the list's word kept in the notes. *Use these
meanings* checks the list again with the answers.
"""

from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.imports import Column, ImportPlan
from stagedesk.core.imports.meanings import UNKNOWN, VOCABULARIES, Meanings, UnknownWord
from stagedesk.core.imports.words import written_in

SHOWN = 60  # words listed at most: a list with more is not a list of words


class WordsBox(QWidget):
    """``show_words(plan, meanings)``; ``chosen`` carries the answers when applied."""

    chosen = Signal(object)  # Meanings

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        self.words: list[UnknownWord] = []
        self.combos: list[QComboBox] = []
        self.meanings = Meanings()
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setText(
            self.tr(
                "Say once what each word means; every row that uses it follows. “Unknown”"
                " imports it empty and keeps the list's word in the notes. A unit written"
                " short: say which unit it is, or keep it as a unit of its own."
            )
        )
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setAccessibleName(self.tr("Words StageDesk does not know"))
        # Six lines in sight, the rest scrolled: the problems below keep their room.
        # The drop-downs narrow to the box rather than scroll sideways.
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.apply_button = QPushButton(self.tr("&Use these meanings"), self)
        self.apply_button.clicked.connect(self.apply)
        self.save_button = QPushButton(self.tr("Save as a &words file…"), self)
        self.save_button.setToolTip(
            self.tr("These answers as a table, for the command line's --words")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.area, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.apply_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def caption(self) -> str:
        """The tab's name, with how many words there are to say."""
        return self.tr("Words to explain (%n)", "", len(self.words))

    def show_words(self, plan: ImportPlan, meanings: Meanings) -> None:
        self.meanings = meanings
        self.words = [*plan.unknown_words, *plan.unit_doubts][:SHOWN]
        self.combos = []
        grid_widget = QWidget(self.area)
        grid = QGridLayout(grid_widget)
        for line, word in enumerate(self.words):
            text = self.tr("{column}: “{word}” (%n row(s))", "", word.rows).format(
                column=plan.header_of(word.column), word=word.word
            )
            label = QLabel(text, grid_widget)
            combo = self._combo(grid_widget, word)
            label.setBuddy(combo)
            grid.addWidget(label, line, 0)
            grid.addWidget(combo, line, 1)
            self.combos.append(combo)
        grid.setColumnStretch(0, 1)
        grid.setRowStretch(len(self.words), 1)
        self.area.setWidget(grid_widget)

    def _combo(self, parent: QWidget, word: UnknownWord) -> QComboBox:
        combo = QComboBox(parent)
        combo.setAccessibleName(self.tr("What “{word}” means").format(word=word.word))
        if word.column is Column.UNIT:
            combo.addItem(self.tr("— a unit of its own —"), UNKNOWN)
            for name in word.choices:
                combo.addItem(name, name)
            combo.setCurrentIndex(combo.findData(word.guess))
            return combo
        combo.addItem(self.tr("— unknown: keep the word in the notes —"), UNKNOWN)
        _lookup, vocabulary = VOCABULARIES[word.column]
        for value in vocabulary:
            combo.addItem(written_in(vocabulary[value], self.language), value)
        if word.guess is not None:
            combo.setCurrentIndex(list(vocabulary).index(word.guess) + 1)
        return combo

    @Slot()
    def apply(self) -> None:
        meanings = self.meanings
        for word, combo in zip(self.words, self.combos, strict=True):
            meanings = meanings.with_answer(word.column, word.word, self.meaning(word, combo))
        self.chosen.emit(meanings)

    @staticmethod
    def meaning(word: UnknownWord, combo: QComboBox) -> Any:
        """The meaning chosen: by position (Qt gives an enum back as plain text)."""
        index = combo.currentIndex()
        if index <= 0:
            return UNKNOWN
        if word.column is Column.UNIT:
            return word.choices[index - 1]
        _lookup, vocabulary = VOCABULARIES[word.column]
        return list(vocabulary)[index - 1]
