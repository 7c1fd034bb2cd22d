"""The follow-up tab of an internship: entries are added where the coordinator reads them."""

import pytest

from stagedesk.core.db.database import Database
from stagedesk.core.models import FollowUpEntry, Internship
from stagedesk.ui.dashboard.page import DashboardPage
from stagedesk.ui.internships.editor import InternshipEditor
from stagedesk.ui.kit.list_page import RecordListPage
from stagedesk.ui.shell.main_window import MainWindow
from tests.seed import Seed
from tests.ui.helpers import (
    choose,
    click,
    click_tab,
    column_texts,
    count,
    retype,
    row_texts,
    stored,
    tree_rows,
    type_date,
)

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

TEXT = "Telefoon met de mentor: de stagiair werkt zelfstandig."


def follow_up_of_running(window: MainWindow, qtbot, seed: Seed) -> InternshipEditor:
    assert window.open_record(Internship, seed.internships["running"])
    page = window.pages["internships"]
    assert isinstance(page, RecordListPage) and isinstance(page.editor, InternshipEditor)
    editor = page.editor
    click_tab(qtbot, editor.tabs, editor.tabs.indexOf(editor.follow_up))
    assert editor.tabs.currentWidget() is editor.follow_up
    return editor


def test_an_entry_is_listed_and_on_the_dashboard(
    window: MainWindow, qtbot, database: Database, seed: Seed
) -> None:
    tab = follow_up_of_running(window, qtbot, seed).follow_up
    assert column_texts(tab.model, 2) == ["Bezoek van de school: alles loopt goed."]
    assert tab.date.widget.text() == "02/03/2026"  # today, ready for what just happened

    type_date(qtbot, tab.date.widget, "25/02/2026")
    choose(qtbot, tab.kind.widget, "feed", "Feedback moment")
    tab.text.widget.setFocus()
    qtbot.keyClicks(tab.text.widget, TEXT)
    click(qtbot, tab.add_button)

    assert count(database, FollowUpEntry) == 2
    assert row_texts(tab.model, 0) == ["25/02/2026", "Feedback moment", TEXT]  # newest first
    assert tab.text.widget.toPlainText() == ""  # ready for the next one
    assert not tab.error.isVisible()

    dashboard = window.go_to("dashboard")
    assert isinstance(dashboard, DashboardPage)
    recent = tree_rows(dashboard.lists["recent_follow_up"])
    assert recent[0] == ["25/02/2026", "Céline Lambert", "Feedback moment", TEXT]


def test_an_empty_entry_is_refused_with_a_message(
    window: MainWindow, qtbot, database: Database, seed: Seed
) -> None:
    editor = follow_up_of_running(window, qtbot, seed)
    tab = editor.follow_up
    assert tab.kind.widget.currentText() == "Note"  # only the text is left to give
    retype(qtbot, tab.text.widget, "   ")
    click(qtbot, tab.add_button)
    assert tab.error.isVisible()
    assert tab.error.text() == "What happened: This field is required."
    assert count(database, FollowUpEntry) == 1
    assert tab.model.rowCount() == 1

    qtbot.keyClicks(tab.text.widget, "Afwezig wegens ziekte.")
    click(qtbot, tab.add_button)
    assert count(database, FollowUpEntry) == 2
    assert row_texts(tab.model, 0) == ["02/03/2026", "Note", "Afwezig wegens ziekte."]
    assert not tab.error.isVisible()
    assert not editor.is_dirty()  # adding an entry leaves the internship itself alone


def test_a_new_internship_has_no_follow_up_yet(window: MainWindow, qtbot, seed: Seed) -> None:
    page = window.go_to("internships")
    assert isinstance(page, RecordListPage) and isinstance(page.editor, InternshipEditor)
    click(qtbot, page.new_button)
    assert not page.editor.tabs.isTabEnabled(1)
    assert page.editor.follow_up.model.rowCount() == 0


def test_adding_an_entry_keeps_unsaved_changes_to_the_internship(
    window: MainWindow, qtbot, database: Database, seed: Seed
) -> None:
    editor = follow_up_of_running(window, qtbot, seed)
    click_tab(qtbot, editor.tabs, 0)
    retype(qtbot, editor.field("hours_per_week").widget, "30")
    click_tab(qtbot, editor.tabs, editor.tabs.indexOf(editor.follow_up))
    editor.follow_up.text.widget.setFocus()
    qtbot.keyClicks(editor.follow_up.text.widget, "Uren verlaagd na overleg.")
    click(qtbot, editor.follow_up.add_button)

    assert count(database, FollowUpEntry) == 2
    assert editor.field("hours_per_week").widget.text() == "30"
    assert editor.is_dirty()
    click(qtbot, editor.save_button)
    assert stored(database, Internship, seed.internships["running"], "hours_per_week") == 30
