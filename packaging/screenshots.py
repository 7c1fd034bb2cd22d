"""Regenerate the README's screenshots from the demo organisation.

    uv run python packaging/screenshots.py [--out resources/screenshots] [--lang en|nl|fr]

English pictures go in the folder itself, Dutch and French ones in its ``nl`` and ``fr``
subfolders (the README's user guide shows each language).

Builds the demo database (5 years x 60 internships, seed 2024) for a fixed "today" in a
temporary folder, opens the real main window offscreen at 1400 x 860 with that same
"today" as its clock and empty settings, and saves:

* ``dashboard.png``: the dashboard;
* ``internship.png``: the Internships page with a running internship open in its editor,
  on its follow-up tab;
* ``reports.png``: the Reports page with the annual overview of the last five years.

Everything that could change a picture is fixed: the data (seed and date), the clock,
the window size, the settings and the locale. Only the fonts come from the machine.
"""

import argparse
import datetime as dt
import os
import sys
import tempfile
from pathlib import Path
from typing import Any

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # the same pictures on every desktop

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import func, select

from stagedesk.core.db.database import Database, open_sqlite
from stagedesk.core.demo.generate import DemoOptions, generate
from stagedesk.core.models import FollowUpEntry, FormResponse, Internship, InternshipStatus
from stagedesk.core.records.rules import advance_statuses

PROJECT = Path(__file__).resolve().parents[1]
OUTPUT = PROJECT / "resources" / "screenshots"
TODAY = dt.date(2025, 3, 12)  # a Wednesday in spring: internships starting and ending
DEMO = DemoOptions(seed=2024, years=5, per_year=60, today=TODAY)
SIZE = (1400, 860)


def settle(app: QApplication) -> None:
    """Let layouts, delayed item layouts and repaints finish."""
    for _ in range(5):
        app.processEvents()


def running_internship(database: Database) -> int:
    """The running internship with the most follow-up entries (lowest id on a tie)."""
    entries = func.count(FollowUpEntry.id)
    query = (
        select(Internship.id)
        .join(FollowUpEntry, FollowUpEntry.internship_id == Internship.id)
        .where(Internship.status == InternshipStatus.RUNNING)
        .group_by(Internship.id)
        .order_by(entries.desc(), Internship.id)
        .limit(1)
    )
    with database.sessions() as session:
        found = session.scalar(query)
    if found is None:
        raise SystemExit("the demo has no running internship with follow-up to show")
    return int(found)


def save(widget: QWidget, path: Path) -> None:
    if not widget.grab().save(str(path), "PNG"):
        raise SystemExit(f"could not write {path}")
    print(f"wrote {path.relative_to(PROJECT) if path.is_relative_to(PROJECT) else path}")


def take(database: Database, out: Path, language: str = "en") -> None:
    from stagedesk.ui.internships.editor import InternshipEditor
    from stagedesk.ui.kit.context import AppContext
    from stagedesk.ui.kit.language import install_language
    from stagedesk.ui.kit.list_page import RecordListPage
    from stagedesk.ui.kit.settings import open_settings
    from stagedesk.ui.shell.app import create_application
    from stagedesk.ui.shell.main_window import MainWindow

    QLocale.setDefault(QLocale("en_BE"))
    app = create_application([])
    install_language(app, language)  # texts, dates and numbers as a user of it sees them
    # A scratch INI: saving settings to os.devnull would replace /dev/null (as root).
    scratch = tempfile.mkdtemp(prefix="stagedesk-shots-")
    context = AppContext(
        database, open_settings(str(Path(scratch) / "settings.ini")), today=lambda: TODAY
    )
    advance_statuses(database.sessions, TODAY)  # as app.attach_database does, on our clock
    window = MainWindow(context)
    window.resize(*SIZE)
    window.show()
    settle(app)

    window.go_to("dashboard")
    settle(app)
    save(window, out / "dashboard.png")

    record_id = running_internship(database)
    if not window.open_record(Internship, record_id):
        raise SystemExit(f"internship {record_id} did not open")
    page = window.page("internships")
    assert isinstance(page, RecordListPage) and isinstance(page.editor, InternshipEditor)
    page.editor.tabs.setCurrentWidget(page.editor.follow_up)
    settle(app)
    save(window, out / "internship.png")
    take_toolbox(app, window, database, out)
    take_reports(app, window, out)
    window.close()


def take_reports(app: QApplication, window: Any, out: Path) -> None:
    """The Reports page: the annual overview of the last five years, table and chart."""
    window.go_to("reports")
    settle(app)
    save(window, out / "reports.png")


def take_toolbox(app: QApplication, window: Any, database: Database, out: Path) -> None:
    """A returned intern survey in the form view, and a running internship's checklists."""
    from stagedesk.ui.forms.checklist_view import ChecklistView
    from stagedesk.ui.forms.form_dialog import FormDialog

    with database.sessions() as session:
        survey = session.scalar(
            select(FormResponse.id)
            .where(FormResponse.form_id == "intern_survey", FormResponse.status == "complete")
            .order_by(FormResponse.id.desc())
            .limit(1)
        )
        checklist_of = session.scalar(
            select(FormResponse.internship_id)
            .join(Internship, FormResponse.internship_id == Internship.id)
            .where(FormResponse.form_id == "logistics_checklist", Internship.status == "running")
            .order_by(Internship.start_date.desc())
            .limit(1)
        )
    if survey is None or checklist_of is None:
        raise SystemExit("the demo has no returned survey or running checklist to show")
    dialog = FormDialog(window.context, int(survey), window)
    dialog.resize(1000, 860)
    dialog.show()
    settle(app)
    save(dialog, out / "form.png")
    dialog.done(0)
    view = ChecklistView(window.context)
    view.show_internship(int(checklist_of))
    view.resize(1200, 860)
    view.show()
    settle(app)
    save(view, out / "checklist.png")
    view.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUTPUT, help=f"folder (default {OUTPUT})")
    parser.add_argument("--lang", choices=("en", "nl", "fr"), default="en")
    args = parser.parse_args()
    out: Path = args.out.resolve() / ("" if args.lang == "en" else args.lang)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="stagedesk-screenshots-") as folder:
        database = open_sqlite(Path(folder) / "demo.sqlite")
        try:
            print(generate(database.sessions, DEMO).describe())
            take(database, out, args.lang)
        finally:
            database.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
