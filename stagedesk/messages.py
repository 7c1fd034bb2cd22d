"""Core messages in the user's language, for the command line and the UI alike."""

from PySide6.QtCore import QCoreApplication

from stagedesk.core.db.problems import DatabaseProblem, Refusal


def refusal_text(refusal: Refusal) -> str:
    """A refusal of core (backups, restore, the lock) in the user's language."""
    return QCoreApplication.translate(refusal.context, refusal.template).format(**refusal.values)


def problem_text(problem: DatabaseProblem) -> str:
    template = QCoreApplication.translate("DatabaseProblem", problem.problem.value)
    return template.format(path=problem.path, detail=problem.detail)
