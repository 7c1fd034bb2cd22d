"""Core messages in the user's language, for the command line and the UI alike."""

from PySide6.QtCore import QCoreApplication

from stagedesk.core.problems import DatabaseProblem


def problem_text(problem: DatabaseProblem) -> str:
    template = QCoreApplication.translate("DatabaseProblem", problem.problem.value)
    return template.format(path=problem.path, detail=problem.detail)
