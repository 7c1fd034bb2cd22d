"""The organisation's logo, printed at the top of every PDF: choose, see, remove."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, Qt, Slot
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stagedesk.core.models import OrganisationSettings
from stagedesk.core.records.organisation import organisation, organisation_to_change
from stagedesk.ui.kit.context import AppContext

MAX_BYTES = 2 * 1024 * 1024  # a logo, not a poster: keeps every PDF small


class LogoRefused(Exception):
    """The file cannot be a logo; the message says why, in the user's language."""


def read_logo(path: Path) -> bytes:
    """The bytes of a PNG or JPEG StageDesk can print as a logo; LogoRefused otherwise."""

    translate = QCoreApplication.translate
    try:
        data = path.read_bytes()
    except OSError as error:
        raise LogoRefused(
            translate("LogoBox", "The file cannot be read: {}").format(error.strerror)
        ) from error
    image = QImage.fromData(QByteArray(data))
    if image.isNull() or data[:4] not in (b"\x89PNG", b"\xff\xd8\xff\xe0", b"\xff\xd8\xff\xe1"):
        raise LogoRefused(translate("LogoBox", "Choose a PNG or JPEG image."))
    if len(data) > MAX_BYTES:
        raise LogoRefused(translate("LogoBox", "The logo may be at most 2 MB."))
    return data


class LogoBox(QGroupBox):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Logo on every PDF"), parent)
        self.context = context
        self.preview = QLabel(self)
        self.preview.setFixedHeight(64)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.message = QLabel(self)
        self.message.setObjectName("fieldError")
        self.message.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose a logo…"), self)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button = QPushButton(self.tr("Remove the logo"), self)
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.preview)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        # Replaced in tests: the file dialog.
        self.ask_file: Callable[[], Path | None] = self._ask_file
        self.reload()

    def reload(self) -> None:
        with self.context.sessions() as session:
            found = organisation(session)
            logo = found.logo if found is not None else None
        image = QImage.fromData(QByteArray(logo)) if logo else QImage()
        if image.isNull():
            self.preview.setText(self.tr("No logo yet."))
        else:
            self.preview.setPixmap(QPixmap.fromImage(image.scaledToHeight(60)))
        self.remove_button.setEnabled(not image.isNull())

    @Slot()
    def choose(self) -> None:
        path = self.ask_file()
        if path is not None:
            self.set_logo(path)

    def set_logo(self, path: Path) -> bool:
        """Store the image at ``path`` if it is a PNG or JPEG StageDesk can read."""
        try:
            data = read_logo(path)
        except LogoRefused as refused:
            self.message.setText(str(refused))
            return False
        self._store(data)
        return True

    @Slot()
    def remove(self) -> None:
        self._store(None)

    def _store(self, data: bytes | None) -> None:
        with self.context.sessions.begin() as session:
            settings = organisation_to_change(session)
            settings.logo = data
        self.message.setText("")
        self.reload()
        self.context.data_changed.emit(OrganisationSettings)

    def _ask_file(self) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose a logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        return Path(name) if name else None
