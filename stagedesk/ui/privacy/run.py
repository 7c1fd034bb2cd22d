"""Anonymising or erasing in the background: one ``workers.Job`` behind a progress dialog
that can cancel (a cancel rolls everything back), then every list told what changed.

Shared by the erase dialog, the Privacy tab and the yearly retention prompt.
"""

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from stagedesk.core.db.file_tasks import Leftover
from stagedesk.core.mail.drafts import drafts_dir
from stagedesk.core.models import (
    Application,
    Candidate,
    Document,
    FollowUpEntry,
    FormResponse,
    Internship,
)
from stagedesk.core.privacy import Anonymised, Options, anonymise_steps, erase_steps
from stagedesk.core.records.documents import documents_dir
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.job_progress import JobProgress
from stagedesk.ui.kit.workers import Job

# What an anonymisation changes: the lists and editors showing these refresh.
CHANGED = (Candidate, Application, Internship, FollowUpEntry, FormResponse, Document)


def options(context: AppContext, *, retention_years: int | None = None) -> Options:
    database = context.database
    return Options(
        documents_dir(database),
        drafts_dir(database),
        context.forms,
        retention_years=retention_years,
    )


class PrivacyRun(JobProgress):
    """One run. ``done`` carries the :class:`Anonymised` result, or None when it was
    cancelled or failed (and then nothing changed)."""

    done = Signal(object)

    def __init__(self, context: AppContext, job: Job, text: str, parent: QWidget) -> None:
        super().__init__(job, text, parent)
        self.context, self.parent_widget = context, parent

    @classmethod
    def anonymise(
        cls, context: AppContext, ids: Sequence[int], years: int, parent: QWidget
    ) -> "PrivacyRun":
        """Anonymise those of ``ids`` still due after ``years``."""
        job = Job(
            anonymise_steps,
            context.sessions,
            list(ids),
            context.today(),
            options(context, retention_years=years),
        )
        text = QCoreApplication.translate("Privacy", "Anonymising…")
        return cls(context, job, text, parent)

    @classmethod
    def erase(cls, context: AppContext, candidate_id: int, parent: QWidget) -> "PrivacyRun":
        job = Job(erase_steps, context.sessions, candidate_id, context.today(), options(context))
        return cls(context, job, QCoreApplication.translate("Privacy", "Erasing…"), parent)

    @Slot(object)
    def _on_finished(self, result: Anonymised) -> None:
        self.progress.close()
        for model in CHANGED:
            self.context.data_changed.emit(model)
        self.done.emit(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.progress.close()
        QMessageBox.warning(
            self.parent_widget,
            self.tr("Nothing was changed"),
            self.tr("StageDesk could not finish, so nothing was changed.\n\nDetails: {}").format(
                message.split("\n\n", 1)[0]
            ),
        )
        self.done.emit(None)

    @Slot()
    def _on_cancelled(self) -> None:
        self.progress.close()
        self.done.emit(None)


def result_text(result: Anonymised) -> str:
    """What happened, in a sentence or two; every file that is left is named."""
    count = len(result.candidates)
    text = QCoreApplication.translate("Privacy", "%n person(s) anonymised.", "", count)
    if result.candidates and not result.compacted and result.zeroed:
        text += " " + QCoreApplication.translate(
            "Privacy",
            "The database file could not be compacted now (someone else has it open); the "
            "space their data took was wiped all the same.",
        )
    elif result.candidates and not result.zeroed:
        text += " " + QCoreApplication.translate(
            "Privacy",
            "On a server database, old copies of their rows stay in the server's files "
            "until the server reclaims that space (VACUUM FULL, by whoever manages it).",
        )
    if result.left:
        text += "\n\n" + left_text(result.left)
    return text


def left_text(left: Sequence[Leftover]) -> str:
    """The files that could not be deleted yet, each named with its reason."""
    count = len(left)
    text = QCoreApplication.translate(
        "Privacy",
        "%n file(s) could not be deleted yet. Close the program that has them open; "
        "StageDesk tries again each time it opens, or now from Settings › Privacy:",
        "",
        count,
    )
    names = [f"• {leftover.path}" + _why(leftover.problem) for leftover in left]
    return "\n".join([text, *names])


def _why(problem: str) -> str:
    return f" ({problem})" if problem else ""  # not tried yet: no reason to give


__all__ = ["PrivacyRun", "options", "result_text"]
