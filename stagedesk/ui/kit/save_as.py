"""The one "Save as" of StageDesk: the file dialog, the suffix, and the output-path guard.

Every dialog that writes a file asks for its path here. A path that would replace a file
StageDesk keeps (the database, its journal or copies, a backup, a document, a draft;
``core.db.kept_files``) is refused with the reason, and the dialog opens again.
"""

import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

if TYPE_CHECKING:  # the toolbar's template asks here before the database layer loads
    from stagedesk.ui.kit.context import AppContext


def ask_save_path(
    parent: QWidget,
    context: "AppContext | None",
    title: str,
    suggested: str,
    files: str,
    suffix: str = "",
) -> Path | None:
    """The path the user chose, None when they cancelled. It ends in ``suffix``, or with
    no ``suffix`` in one of ``files``' (that of the type chosen in the dialog when the
    name has none of them). ``context`` None (no database open) still refuses databases."""
    from stagedesk.core.db.kept_files import WouldOverwrite, check_not_kept
    from stagedesk.messages import refusal_text

    db_path, own_backups = _database_files(context)
    while True:
        name, chosen = QFileDialog.getSaveFileName(parent, title, suggested, files)
        if not name:
            return None
        allowed = [suffix] if suffix else _suffixes(files)
        path = _with_suffix(Path(name), allowed, (_suffixes(chosen) or allowed or [""])[0])
        try:
            check_not_kept(path, db_path, own_backups)
        except WouldOverwrite as refusal:
            QMessageBox.warning(parent, title, refusal_text(refusal))
            suggested = str(path)
            continue
        return path


def _suffixes(files: str) -> list[str]:
    """The suffixes a filter names, in order: "Workbook (*.xlsx);;CSV (*.csv)" gives
    [".xlsx", ".csv"]."""
    return [found.casefold() for found in re.findall(r"\*(\.\w+)", files)]


def _with_suffix(path: Path, allowed: list[str], default: str) -> Path:
    if not allowed or path.suffix.casefold() in allowed:
        return path
    return path.with_name(path.name + default)


def _database_files(context: "AppContext | None") -> tuple[Path | None, Path | None]:
    if context is None:
        return None, None
    from stagedesk.ui.kit.settings import backup_folder

    db_path = context.database.path
    own = backup_folder(context.settings, db_path) if db_path is not None else None
    return db_path, own
