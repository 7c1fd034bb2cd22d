"""The first three pages of the first-start wizard: language, organisation, coordinator.

Every page only collects: nothing is stored before Finish (``wizard.FirstStartWizard``).
Texts are set in ``retranslate`` so that a language chosen on the first page, once the
application follows it, is followed by the pages too.
"""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, Signal, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from stagedesk.core.records.validation import Issue
from stagedesk.ui.kit.logo_box import LogoRefused, read_logo

# Each language named in itself, as language pickers do everywhere.
LANGUAGES = (("nl", "Nederlands"), ("fr", "Français"), ("en", "English"))


def error_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName("fieldError")
    label.setWordWrap(True)
    label.hide()
    return label


def show_issues(issues: list[Issue], labels: dict[str, QLabel]) -> bool:
    """Each issue under its field; True when there are none."""
    for name, label in labels.items():
        found = next((i for i in issues if i.field == name), None)
        if found is None:
            label.hide()
        else:
            text = QCoreApplication.translate("Validation", found.message)
            label.setText(text.format(**found.params))
            label.show()
    return not issues


def stacked(parent: QWidget, *parts: QWidget | QLayout) -> QWidget:
    """A field with what goes under it (its error, its buttons) as one cell of a form."""
    cell = QWidget(parent)
    column = QVBoxLayout(cell)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    for part in parts:
        if isinstance(part, QLayout):
            column.addLayout(part)
        else:
            column.addWidget(part)
    return cell


class Page(QWizardPage):
    """A wizard page whose texts follow the application's language."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class LanguagePage(Page):
    language_changed = Signal(str)

    def __init__(self, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = QButtonGroup(self)
        self.buttons: dict[str, QRadioButton] = {}
        layout = QVBoxLayout(self)
        for code, name in LANGUAGES:
            button = QRadioButton(name, self)
            button.setChecked(code == language)
            self.group.addButton(button)
            self.buttons[code] = button
            layout.addWidget(button)
        layout.addStretch(1)
        self.group.buttonToggled.connect(self._on_toggled)
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Welcome to StageDesk"))
        self.setSubTitle(self.tr("Choose your language. You can change it later in Settings."))

    @property
    def language(self) -> str:
        return next(code for code, button in self.buttons.items() if button.isChecked())

    @Slot(QRadioButton, bool)
    def _on_toggled(self, _button: QRadioButton, checked: bool) -> None:
        if checked:
            self.language_changed.emit(self.language)


class OrganisationPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.logo: bytes | None = None
        self.name = QLineEdit(self)
        self.address = QPlainTextEdit(self)
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 4 + 12)
        self.preview = QLabel(self)
        self.preview.setMinimumHeight(40)
        self.choose_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.name_error, self.logo_error = error_label(self), error_label(self)
        self.registerField("name*", self.name)
        self.choose_button.clicked.connect(self.choose_logo)
        self.remove_button.clicked.connect(self.remove_logo)
        # Replaced in tests: the file dialog.
        self.ask_file: Callable[[], Path | None] = self._ask_file
        logo_buttons = QHBoxLayout()
        logo_buttons.addWidget(self.choose_button)
        logo_buttons.addWidget(self.remove_button)
        logo_buttons.addStretch(1)
        self.labels = [QLabel(self) for _ in range(3)]
        buddies = (self.name, self.address, self.choose_button)
        for label, buddy in zip(self.labels, buddies, strict=True):
            label.setBuddy(buddy)
        form = QFormLayout()
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addStretch(1)
        form.addRow(self.labels[0], stacked(self, self.name, self.name_error))
        form.addRow(self.labels[1], self.address)
        form.addRow(self.labels[2], stacked(self, self.preview, logo_buttons, self.logo_error))
        self.retranslate()
        self._show_logo()

    def retranslate(self) -> None:
        self.setTitle(self.tr("Your organisation"))
        self.setSubTitle(self.tr("Its name, address and logo are printed on every PDF."))
        for label, text in zip(
            self.labels, (self.tr("&Name:"), self.tr("&Address:"), self.tr("&Logo:")), strict=True
        ):
            label.setText(text)
        self.name.setAccessibleName(self.tr("Name of the organisation"))
        self.address.setAccessibleName(self.tr("Address"))
        self.choose_button.setText(self.tr("Choose a logo…"))
        self.remove_button.setText(self.tr("Remove the logo"))
        self._show_logo()

    @Slot()
    def choose_logo(self) -> None:
        path = self.ask_file()
        if path is not None:
            self.set_logo(path)

    def set_logo(self, path: Path) -> bool:
        try:
            self.logo = read_logo(path)
        except LogoRefused as refused:
            self.logo_error.setText(str(refused))
            self.logo_error.show()
            return False
        self.logo_error.hide()
        self._show_logo()
        return True

    @Slot()
    def remove_logo(self) -> None:
        self.logo = None
        self._show_logo()

    def _show_logo(self) -> None:
        image = QImage.fromData(QByteArray(self.logo)) if self.logo else QImage()
        if image.isNull():
            self.preview.setText(self.tr("No logo yet: you can add one later."))
        else:
            self.preview.setPixmap(QPixmap.fromImage(image.scaledToHeight(60)))
        self.remove_button.setEnabled(not image.isNull())

    def _ask_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        return Path(name) if name else None


class CoordinatorPage(Page):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.first_name, self.last_name, self.email = (QLineEdit(self) for _ in range(3))
        self.errors = {name: error_label(self) for name in ("first_name", "last_name", "email")}
        self.registerField("first_name*", self.first_name)
        self.registerField("last_name*", self.last_name)
        self.fields = (self.first_name, self.last_name, self.email)
        self.labels = [QLabel(self) for _ in self.fields]
        form = QFormLayout()
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addStretch(1)
        for label, widget, name in zip(self.labels, self.fields, self.errors, strict=True):
            label.setBuddy(widget)
            form.addRow(label, stacked(self, widget, self.errors[name]))
        self.retranslate()

    def retranslate(self) -> None:
        self.setTitle(self.tr("You, the coordinator"))
        self.setSubTitle(
            self.tr(
                "You run the internships. In a small organisation you are the mentor as "
                "well: StageDesk notes you as both."
            )
        )
        texts = (self.tr("&First name:"), self.tr("&Last name:"), self.tr("&E-mail:"))
        for label, widget, text in zip(self.labels, self.fields, texts, strict=True):
            label.setText(text)
            widget.setAccessibleName(text.replace("&", "").rstrip(":"))
        self.email.setPlaceholderText(self.tr("name@organisation.be"))
