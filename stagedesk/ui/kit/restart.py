"""Starting StageDesk anew: after moving to another database, or into the demo."""

import sys

from PySide6.QtCore import QProcess
from PySide6.QtWidgets import QApplication, QWidget


def restart_stagedesk(widget: QWidget) -> bool:
    """Close the window (it asks about unsaved changes) and start StageDesk anew."""
    if not widget.window().close():
        return False
    frozen = getattr(sys, "frozen", False)  # the installed program, not Python
    QProcess.startDetached(sys.executable, [] if frozen else ["-m", "stagedesk"])
    QApplication.quit()
    return True
