"""Deleting from the windows: ask, move the record to the bin, say what keeps it.

Every delete a user makes (a list's Delete key or button, a school's contact, a follow-up
entry, a document) goes through :func:`delete_to_bin`, so each one can be undone from
Settings › Bin for 30 days.
"""

import datetime as dt

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from stagedesk.core.bin import trash
from stagedesk.core.bin.words import Reason, kind
from stagedesk.core.models import Base
from stagedesk.core.records import repository
from stagedesk.core.records.documents import documents_dir
from stagedesk.ui.kit import dialogs
from stagedesk.ui.kit.context import AppContext


def now_of(context: AppContext) -> dt.datetime:
    """The moment on the window's clock: its day, the time of day of the computer."""
    return dt.datetime.combine(context.today(), dt.datetime.now().time().replace(microsecond=0))


def confirm_to_bin(parent: QWidget, what: str) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Bin", "Delete"),
        QCoreApplication.translate(
            "Bin",
            "Delete {what}? It goes to the bin (Settings › Bin), where it can be restored "
            "for {days} days.",
        ).format(what=what, days=trash.BIN_DAYS),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def delete_to_bin(
    parent: QWidget, context: AppContext, model: type[Base], record_id: int, what: str
) -> bool:
    """Ask, then move the record to the bin; True when it is gone (also if already gone).

    Records that still point at it keep it, and the message says which.
    """
    if not confirm_to_bin(parent, what):
        return False
    try:
        trash.delete_to_bin(
            context.sessions,
            model,
            record_id,
            now_of(context),
            documents=documents_dir(context.database),
        )
    except repository.StillReferenced as blocked:
        dialogs.still_referenced(parent, what, blocked.references)
        return False
    except repository.RecordGone:
        pass  # deleted elsewhere meanwhile: gone is what the user wanted
    return True


def reason_text(reason: Reason) -> str:
    """A refusal in the user's language; ``kind`` names a kind of record ("Bin" context)."""
    params = dict(reason.params)
    if "kind" in params:
        params["kind"] = QCoreApplication.translate("Bin", str(params["kind"]))
    return QCoreApplication.translate("Bin", reason.message).format(**params)


def kind_text(table: str) -> str:
    return QCoreApplication.translate("Bin", kind(table))
