"""A reference card (the feedback rules): numbered rules with a short explanation each."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from stagedesk.core.forms import Definition, FieldType


def card_html(definition: Definition, language: str) -> str:
    parts = [f"<h2>{escape(definition.title.get(language))}</h2>"]
    if definition.intro:
        parts.append(f"<p>{escape(definition.intro.get(language))}</p>")
    rules = [f for f in definition.fields() if f.type is FieldType.INFO]
    # Rules are shown as the definition words them (its labels carry their numbers).
    for rule in rules:
        body = escape(rule.text.get(language)) if rule.text else ""
        parts.append(f"<p><b>{escape(rule.label.get(language))}</b><br>{body}</p>")
    return "".join(parts)


class CardDialog(QDialog):
    def __init__(self, definition: Definition, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(definition.title.get(language))
        self.text = QLabel(card_html(definition, language), self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text.setMargin(12)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(buttons)
        self.resize(620, 720)


def show_card(parent: QWidget, definition: Definition, language: str) -> CardDialog:
    """Show a card beside the work it helps with (not modal: it can stay open)."""
    dialog = CardDialog(definition, language, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
