"""Why a database cannot be opened, in words for the user.

Kept apart from ``database`` so that the command line and the start of the GUI can name
these problems without importing SQLAlchemy, which costs more than showing a window.
"""

from dataclasses import dataclass, field
from enum import Enum

from stagedesk.core.i18n import QT_TRANSLATE_NOOP


class Problem(Enum):
    """Why a database cannot be opened; each value is the message shown to the user."""

    NOT_A_DATABASE = QT_TRANSLATE_NOOP("DatabaseProblem", "{path} is not a StageDesk database.")
    NOT_STAGEDESK = QT_TRANSLATE_NOOP(
        "DatabaseProblem", "{path} is a database of another program, not of StageDesk."
    )
    CORRUPT = QT_TRANSLATE_NOOP(
        "DatabaseProblem", "{path} is damaged and cannot be opened. Restore a backup copy of it."
    )
    NEWER = QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "{path} was saved by a newer version of StageDesk. Install the newest StageDesk "
        "to open it.",
    )
    READ_ONLY = QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "StageDesk cannot write in the folder of {path}. Choose a folder where you may save files.",
    )
    FILE_READ_ONLY = QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "{path} is read-only, so StageDesk cannot save in it. Clear its read-only mark (in"
        " the file's properties), or open a copy of it.",
    )
    NAME_TOO_LONG = QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "The name of {path} is too long: StageDesk keeps files beside the database under"
        " its name plus a few letters. Rename it to at most {detail} characters.",
    )
    IS_FOLDER = QT_TRANSLATE_NOOP("DatabaseProblem", "{path} is a folder, not a database file.")
    UPGRADE_FAILED = QT_TRANSLATE_NOOP(
        "DatabaseProblem",
        "StageDesk could not bring {path} up to date; the file was left as it was. "
        "Details: {detail}",
    )
    CANNOT_CONNECT = QT_TRANSLATE_NOOP(
        "DatabaseProblem", "StageDesk cannot reach the database {path}. Details: {detail}"
    )


class Refusal(Exception):
    """Something StageDesk would not do, in words for the user: ``template`` is marked for
    translation in ``context`` and filled in with ``values`` (see messages.refusal_text)."""

    context = "Refusal"

    def __init__(self, template: str, **values: object) -> None:
        self.template = template
        self.values = {name: str(value) for name, value in values.items()}
        super().__init__(template.format(**self.values))


@dataclass
class DatabaseProblem(Exception):
    problem: Problem
    path: str
    detail: str = field(default="")

    def __str__(self) -> str:
        return self.problem.value.format(path=self.path, detail=self.detail)


def error_detail(error: BaseException) -> str:
    """The driver's own words on one line, without SQLAlchemy's links, statement and
    parameters (a failed import's would run to thousands)."""
    return " ".join(str(getattr(error, "orig", None) or error).split())
