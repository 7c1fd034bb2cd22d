"""Importing a list from the window: ask for the file, then the import dialog on it.

Importing this module loads no database code (the toolbar is built before it is loaded);
the dialog and the engine are imported when first used.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QWidget

from stagedesk.ui.data.list_import.template import documents_folder

if TYPE_CHECKING:
    from stagedesk.ui.data.list_import.dialog import ImportListDialog
    from stagedesk.ui.kit.context import AppContext


def import_list(
    context: "AppContext", parent: QWidget, path: Path | None = None
) -> "ImportListDialog | None":
    """Ask for a list (unless ``path`` is given) and open the import dialog on it; the
    dialog reads the file at once, in the background, and closes itself when done."""
    from stagedesk.ui.data.list_import.dialog import ImportListDialog

    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("ListImport", "Import a list of interns"),
            str(documents_folder()),
            QCoreApplication.translate(
                "ListImport", "Spreadsheets (*.xlsx *.xlsm *.xls *.ods *.csv)"
            ),
        )
        if not name:
            return None
        path = Path(name)
    dialog = ImportListDialog(context, path, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
