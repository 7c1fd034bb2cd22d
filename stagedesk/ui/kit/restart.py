"""Starting StageDesk anew: after moving to another database, or into the demo."""

import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication

from stagedesk.ui.kit.shell import Shell


def restart_stagedesk(shell: Shell | None) -> bool:
    """Close the main window (it asks about unsaved changes) and start StageDesk anew."""
    if shell is not None and not shell.main_window().close():
        return False
    frozen = getattr(sys, "frozen", False)  # the installed program, not Python
    QProcess.startDetached(sys.executable, [] if frozen else ["-m", "stagedesk"])
    QApplication.quit()
    return True
