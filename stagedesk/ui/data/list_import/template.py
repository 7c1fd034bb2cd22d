"""The empty import list, saved where the user says and opened; and the small things
the import shares: where documents go, opening a made file, a word on the status bar.

Importing this module loads no database code (the toolbar is built before it is loaded).
"""

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from stagedesk.ui.kit.save_as import ask_save_path
from stagedesk.ui.kit.shell import Shell

# The template's file name is document text: written out in the three languages.
TEMPLATE_NAMES = {
    "nl": "StageDesk importlijst.xlsx",
    "fr": "StageDesk liste d'import.xlsx",
    "en": "StageDesk import list.xlsx",
}
STATUS_SECONDS = 15


def documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))


def open_file(path: Path) -> None:
    """Open ``path`` in the user's program for it (Excel for a workbook)."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def announce(shell: Shell | None, text: str) -> None:
    """Show ``text`` on the main window's status bar (none while it is not there)."""
    if shell is not None:
        shell.show_status(text, STATUS_SECONDS * 1000)


def save_import_template(parent: QWidget, shell: Shell | None) -> Path | None:
    """Ask where, write the empty import list in the user's language and open it."""
    from stagedesk.output.xlsx.import_template import write_import_template
    from stagedesk.ui.kit.labels import ui_language

    translate = QCoreApplication.translate
    language = ui_language()
    path = ask_save_path(
        parent,
        None,  # the toolbar's template: no database needed, databases refused by content
        translate("ListImport", "Save the empty import list"),
        str(documents_folder() / TEMPLATE_NAMES.get(language, TEMPLATE_NAMES["en"])),
        translate("ListImport", "Excel workbook (*.xlsx)"),
        ".xlsx",
    )
    if path is None:
        return None
    try:
        write_import_template(path, language)
    except OSError as error:
        QMessageBox.warning(
            parent,
            translate("ListImport", "Template"),
            translate("ListImport", "{file} could not be written: {reason}").format(
                file=path.name, reason=error.strerror or error
            ),
        )
        return None
    open_file(path)
    announce(shell, translate("ListImport", "Template saved as {file}").format(file=path))
    return path
