"""Messages to the user, in their language; one function per situation."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from stagedesk.core.db.storage import DISK_FULL, is_disk_full
from stagedesk.core.records import repository
from stagedesk.core.records.repository import Reference


def save_failed(parent: QWidget, error: Exception) -> None:
    if isinstance(error, repository.RecordChanged):
        text = QCoreApplication.translate(
            "Dialogs",
            "This record was changed elsewhere after you opened it. Your changes were not "
            "saved: undo them to see the newest version, then make them again.",
        )
    elif isinstance(error, repository.RecordGone):
        text = QCoreApplication.translate(
            "Dialogs", "This record was deleted elsewhere. Your changes were not saved."
        )
    elif is_disk_full(error):
        text = QCoreApplication.translate("Storage", DISK_FULL)
    elif isinstance(error, OperationalError):
        text = QCoreApplication.translate(
            "Dialogs",
            "The database is busy or cannot be written. Nothing was saved; try again in a "
            "moment.\n\nDetails: {}",
        ).format(error.orig)
    else:
        assert isinstance(error, SQLAlchemyError)
        text = QCoreApplication.translate(
            "Dialogs", "The database refused the change. Nothing was saved.\n\nDetails: {}"
        ).format(getattr(error, "orig", error))
    QMessageBox.warning(parent, QCoreApplication.translate("Dialogs", "Not saved"), text)


def confirm_delete(parent: QWidget, what: str) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Dialogs", "Delete"),
        QCoreApplication.translate("Dialogs", "Delete {}? This cannot be undone.").format(what),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def still_referenced(parent: QWidget, what: str, references: list[Reference]) -> None:
    lines = "\n".join(f"• {table_label(r.table)}: {r.count}" for r in references)
    QMessageBox.information(
        parent,
        QCoreApplication.translate("Dialogs", "Cannot delete"),
        QCoreApplication.translate(
            "Dialogs", "{} is still used by other records, so it cannot be deleted:\n\n{}"
        ).format(what, lines),
    )


def table_label(table: str) -> str:
    labels = {
        "units": QCoreApplication.translate("Dialogs", "Units"),
        "staff_members": QCoreApplication.translate("Dialogs", "Staff members"),
        "schools": QCoreApplication.translate("Dialogs", "Schools"),
        "school_contacts": QCoreApplication.translate("Dialogs", "School contacts"),
        "programmes": QCoreApplication.translate("Dialogs", "Programmes"),
        "opportunities": QCoreApplication.translate("Dialogs", "Opportunities"),
        "candidates": QCoreApplication.translate("Dialogs", "Candidates"),
        "applications": QCoreApplication.translate("Dialogs", "Applications"),
        "internships": QCoreApplication.translate("Dialogs", "Internships"),
        "follow_up_entries": QCoreApplication.translate("Dialogs", "Follow-up entries"),
        "documents": QCoreApplication.translate("Dialogs", "Documents"),
        "form_responses": QCoreApplication.translate("Dialogs", "Filled-in forms"),
    }
    return labels.get(table, table)


def ask_save_changes(parent: QWidget) -> QMessageBox.StandardButton:
    """Save, Discard or Cancel for unsaved changes."""
    return QMessageBox.question(
        parent,
        QCoreApplication.translate("Dialogs", "Unsaved changes"),
        QCoreApplication.translate(
            "Dialogs", "You have changes that are not saved yet. Save them?"
        ),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Save,
    )


def file_failed(parent: QWidget, path: object, error: OSError) -> None:
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Dialogs", "File not added"),
        QCoreApplication.translate(
            "Dialogs", "StageDesk could not copy {file}. Nothing was added.\n\nDetails: {detail}"
        ).format(file=path, detail=error.strerror or error),
    )
