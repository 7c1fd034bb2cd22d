"""About StageDesk: its version, where its data is, and the libraries it is built from.

The libraries are read from the installed packages' metadata at run time (the built
program carries that metadata for exactly the packages it bundles), so the list is the
truth about this build, not a list someone forgot to update. A few parts that are no
Python package (Python itself, Qt's libraries, the fonts) are named by hand.
"""

import platform
import re
from dataclasses import dataclass
from importlib import metadata
from typing import TYPE_CHECKING

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    qVersion,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from stagedesk import __version__
from stagedesk.core.db.paths import data_dir, is_frozen, portable_settings_file, resource_dir
from stagedesk.core.i18n import QT_TRANSLATE_NOOP

if TYPE_CHECKING:  # the window's icon is needed before the database layer is loaded
    from stagedesk.ui.kit.context import AppContext

DISTRIBUTION = "stagedesk"
ICON_SIZES = (16, 20, 24, 32, 40, 48, 64, 128, 256)
_NAME = re.compile(r"\s*([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[([^\]]*)\])?")
_EXTRA = re.compile(r"""extra\s*==\s*["']([^"']+)["']""")


def icon_files() -> list[str]:
    folder = resource_dir() / "resources" / "icons"
    return [str(folder / f"stagedesk-{size}.png") for size in ICON_SIZES]


def application_icon() -> QIcon:
    """StageDesk's icon in every size it is drawn at, so it is sharp at any scale."""
    icon = QIcon()
    for file in icon_files():
        icon.addFile(file)
    return icon


@dataclass(frozen=True)
class Library:
    name: str
    version: str
    licence: str


def licence_of(meta: metadata.PackageMetadata) -> str:
    """A short licence name: the SPDX expression, a one-line License field, or the
    OSI classifier (some packages put the whole licence text in the field)."""
    expression = meta["License-Expression"]  # None when absent
    if expression:
        return str(expression)
    field = str(meta["License"] or "").strip()
    if field and "\n" not in field and len(field) <= 60:
        return field
    for classifier in meta.get_all("Classifier") or []:
        if classifier.startswith("License ::"):
            return str(classifier.rsplit("::", 1)[1].strip())
    return field.splitlines()[0][:60] if field else "?"


def _requirement(text: str, extras: set[str]) -> tuple[str, set[str]] | None:
    """(name, its extras) of a requirement line that applies, else None.

    Only ``extra == ...`` markers are decided here; other markers (platform, Python
    version) are settled by whether the package is there at all.
    """
    spec, _, marker = text.partition(";")
    match = _NAME.match(spec)
    if match is None:
        return None
    wanted = _EXTRA.findall(marker)
    if wanted and not extras.intersection(wanted):
        return None
    own = {e.strip() for e in (match.group(2) or "").split(",") if e.strip()}
    return match.group(1), own


def bundled_libraries(root: str = DISTRIBUTION) -> list[Library]:
    """``root``'s dependencies, and theirs, that are present: name, version, licence."""
    found: dict[str, Library] = {}
    walked: set[tuple[str, frozenset[str]]] = set()
    todo: list[tuple[str, set[str]]] = [(root, set())]
    while todo:
        name, extras = todo.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if (key, frozenset(extras)) in walked:
            continue
        walked.add((key, frozenset(extras)))
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue  # not for this platform or Python, so not bundled
        if key != root:
            found[key] = Library(dist.metadata["Name"], dist.version, licence_of(dist.metadata))
        for line in dist.requires or []:
            requirement = _requirement(line, extras)
            if requirement is not None:
                todo.append(requirement)
    return sorted(found.values(), key=lambda library: library.name.lower())


def other_parts() -> list[Library]:
    """What is bundled without being a Python package."""
    return [
        Library("Python", platform.python_version(), "PSF-2.0"),
        Library("Qt", qVersion(), "LGPL-3.0-only"),
        Library("DejaVu fonts", "2.37", "Bitstream Vera / Arev (free)"),
    ]


HEADERS = (
    QT_TRANSLATE_NOOP("About", "Library"),
    QT_TRANSLATE_NOOP("About", "Version"),
    QT_TRANSLATE_NOOP("About", "Licence"),
)


class LibraryModel(QAbstractTableModel):
    """The bundled libraries, one a row: name, version, licence."""

    def __init__(self, libraries: list[Library], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.libraries = libraries

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.libraries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if role != Qt.ItemDataRole.DisplayRole or not index.isValid():
            return None
        if not 0 <= index.row() < len(self.libraries):
            return None
        library = self.libraries[index.row()]
        return (library.name, library.version, library.licence)[index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (
                QCoreApplication.translate("About", HEADERS[section])
                if section < len(HEADERS)
                else None
            )
        return None


class AboutPanel(QWidget):
    """Settings › About: what this StageDesk is and what it is made of."""

    def __init__(self, context: "AppContext", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        icon = QLabel(self)
        icon.setPixmap(application_icon().pixmap(64, 64))
        title = QLabel(f"StageDesk {__version__}", self)
        title.setObjectName("pageTitle")
        summary = QLabel(
            self.tr("The internship desk of a small organisation. Free software (MIT licence)."),
            self,
        )
        words = QVBoxLayout()
        words.addWidget(title)
        words.addWidget(summary)
        head = QHBoxLayout()
        head.addWidget(icon)
        head.addLayout(words, 1)
        self.facts = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, label, value in self._facts():
            shown = QLabel(value, self)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setWordWrap(True)
            self.values[key] = shown
            self.facts.addRow(label, shown)
        self.model = LibraryModel([*other_parts(), *bundled_libraries()], self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Bundled libraries and their licences"))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addLayout(self.facts)
        layout.addWidget(QLabel(self.tr("Bundled libraries and their licences:"), self))
        layout.addWidget(self.table, 1)

    def _facts(self) -> list[tuple[str, str, str]]:
        build = self.tr("installed program") if is_frozen() else self.tr("from source")
        folder = str(data_dir())
        if portable_settings_file() is not None:
            folder = self.tr("%1 (portable: next to the program)").replace("%1", folder)
        return [
            ("version", self.tr("Version"), f"{__version__} ({build})"),
            ("python", self.tr("Python"), platform.python_version()),
            ("qt", self.tr("Qt"), f"{qVersion()} (PySide6 {pyside_version})"),
            ("database", self.tr("Database"), self.context.database.location),
            ("data", self.tr("Data folder"), folder),
        ]


class AboutDialog(QDialog):
    def __init__(self, context: "AppContext", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About StageDesk"))
        self.panel = AboutPanel(context, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel)
        layout.addWidget(buttons)
        self.resize(620, 560)


def show_about(context: "AppContext", parent: QWidget | None = None) -> None:
    """The About dialog (Help › About, F1 later)."""
    AboutDialog(context, parent).exec()
