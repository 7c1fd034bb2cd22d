"""``stagedesk self-test``: prove that this build works, window and all, then exit.

Starts the real main window offscreen, visits every page, opens one record of each kind
and exits 0 — or prints the reason to stderr and exits 1. The installer build runs it on
the frozen application, so a missing file is caught before a user finds it.
"""

import os
import sys
import tempfile
import traceback
from pathlib import Path
from types import TracebackType

from stagedesk.core.models import (
    Application,
    Base,
    Candidate,
    Internship,
    Opportunity,
    School,
    StaffMember,
    Unit,
)

RECORDS: tuple[type[Base], ...] = (
    Opportunity,
    Candidate,
    Application,
    Internship,
    School,
    StaffMember,
    Unit,
)


class SelfTestFailed(Exception):
    pass


def run_self_test(db_path: Path | None, db_url: str | None) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from stagedesk.ui.shell.app import build_window, create_application, open_database

    errors: list[str] = []

    def collect(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        # Exceptions inside Qt slots do not propagate: catch them here instead.
        errors.append("".join(traceback.format_exception(kind, error, tb)))

    from stagedesk.ui.shell.build_check import build_problems

    app = create_application([])
    database = open_database(db_path, db_url)  # DatabaseProblem -> exit 2 in the CLI
    errors.extend(build_problems())  # fonts, migrations, drivers: what no page loads
    previous_hook, sys.excepthook = sys.excepthook, collect
    # Settings in a scratch file: QSettings on os.devnull would replace /dev/null itself
    # with a regular file when it saves (as root it may).
    scratch = tempfile.TemporaryDirectory(prefix="stagedesk-self-test-")
    try:
        window = build_window(database, settings_path=str(Path(scratch.name) / "settings.ini"))
        window.show()
        app.processEvents()
        _visit(window, errors)
        window.close()
    except Exception as error:
        errors.append("".join(traceback.format_exception(error)))
    finally:
        sys.excepthook = previous_hook
        database.dispose()
        scratch.cleanup()
    if errors:
        print("stagedesk self-test FAILED:\n" + "\n".join(errors), file=sys.stderr)
        return 1
    print("stagedesk self-test passed")
    return 0


def _visit(window, errors: list[str]) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QApplication

    from stagedesk.core.records.repository import first_id
    from stagedesk.ui.shell.sidebar import KEYS

    for row, key in enumerate(KEYS):
        window.sidebar.setCurrentRow(row)
        QApplication.processEvents()
        if window.stack.currentIndex() != row or key not in window.pages:
            errors.append(f"page {key} did not open")
    with window.context.sessions() as session:
        first = {model: first_id(session, model) for model in RECORDS}
    for model, record_id in first.items():
        if record_id is None:
            continue  # an empty database has nothing to open
        if not window.open_record(model, record_id):
            errors.append(f"{model.__name__} {record_id} did not open")
        QApplication.processEvents()
