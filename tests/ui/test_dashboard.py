"""The dashboard shows what needs attention today, and every line opens its record."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidget

from stagedesk.core.database import Database, open_sqlite
from stagedesk.core.demo import DemoOptions, generate
from stagedesk.core.models import Application, Internship, Opportunity, Unit
from stagedesk.ui.dashboard_page import DashboardPage
from stagedesk.ui.list_page import RecordListPage
from stagedesk.ui.main_window import MainWindow
from stagedesk.ui.pages import RECORD_PAGES, TabbedListsPage
from stagedesk.ui.sidebar import row_of
from tests.seed import TODAY, Seed
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import double_click_item, tree_rows

KEYS = (
    "starting",
    "ending",
    "running_per_unit",
    "open_applications",
    "without_mentor",
    "recent_follow_up",
)


def dashboard(window: MainWindow) -> DashboardPage:
    page = window.go_to("dashboard")
    assert isinstance(page, DashboardPage)
    assert window.stack.currentWidget() is page
    return page


def shown_list(window: MainWindow, model: type) -> RecordListPage:
    """The list the window shows now; it must be the one for ``model``'s records."""
    page_key, list_key = RECORD_PAGES[model]
    assert window.stack.currentIndex() == row_of(page_key)
    current = window.current_list()
    assert current is not None and current.spec.key == list_key
    return current


def test_seeded_dashboard_lists(window: MainWindow, seed: Seed) -> None:
    lists = dashboard(window).lists
    assert set(lists) == set(KEYS)
    assert tree_rows(lists["starting"]) == [["Sara El Amrani", "ICT", "16/03/2026"]]
    assert tree_rows(lists["ending"]) == [["Céline Lambert", "Communicatie", "20/03/2026"]]
    assert tree_rows(lists["running_per_unit"]) == [["Communicatie", "1"]]
    assert tree_rows(lists["open_applications"]) == [
        ["Jonas Claes", "Data-analist", "10/02/2026", "Applied"]
    ]
    assert tree_rows(lists["without_mentor"]) == [["Data-analist", "ICT", ""]]
    assert tree_rows(lists["recent_follow_up"]) == [
        ["20/02/2026", "Céline Lambert", "Visit", "Bezoek van de school: alles loopt goed."]
    ]


@pytest.mark.parametrize(
    ("key", "model", "record"),
    [
        ("starting", Internship, ("internships", "planned")),
        ("ending", Internship, ("internships", "running")),
        ("running_per_unit", Unit, ("units", "comm")),
        ("open_applications", Application, ("applications", "waiting")),
        ("without_mentor", Opportunity, ("opportunities", "orphan")),
        ("recent_follow_up", Internship, ("internships", "running")),
    ],
)
def test_double_click_opens_the_record(
    window: MainWindow, qtbot, seed: Seed, key: str, model: type, record: tuple[str, str]
) -> None:
    widget = dashboard(window).lists[key]
    item = widget.topLevelItem(0)
    assert item is not None
    double_click_item(qtbot, widget, item)

    expected = getattr(seed, record[0])[record[1]]
    page = shown_list(window, model)
    assert page.editor.record_id == expected
    assert page.editor.isVisible()
    row = page.model.row_of(expected)
    assert row is not None and page.view.currentIndex().row() == row


def test_the_internship_opened_from_the_dashboard_is_shown(window: MainWindow, seed: Seed) -> None:
    widget = dashboard(window).lists["starting"]
    item = widget.topLevelItem(0)
    assert item is not None
    widget.itemActivated.emit(item, 0)  # Enter on the line does the same as a double-click
    page = shown_list(window, Internship)
    assert page.editor.title.text() == "Sara El Amrani"
    assert page.editor.display_text("start_date") == "16/03/2026"
    assert page.editor.display_text("unit_id") == "ICT"


def test_an_empty_list_says_so_and_opens_nothing(
    make_window: WindowFactory, database: Database
) -> None:
    window = make_window()  # no seed: an empty organisation
    for key, widget in dashboard(window).lists.items():
        assert tree_rows(widget) == [["Nothing here"] + [""] * (widget.columnCount() - 1)], key
        item = widget.topLevelItem(0)
        assert item is not None and not item.flags() & Qt.ItemFlag.ItemIsEnabled
        widget.itemActivated.emit(item, 0)
        assert window.stack.currentIndex() == 0


@pytest.fixture
def demo_database(tmp_path: Path) -> Iterator[Database]:
    database = open_sqlite(tmp_path / "demo.sqlite")
    generate(database.sessions, DemoOptions(years=2, per_year=40, today=TODAY))
    yield database
    database.dispose()


def test_demo_organisation_fills_every_list(
    make_window: WindowFactory, demo_database: Database, qtbot
) -> None:
    window = make_window(demo_database)
    lists = dashboard(window).lists
    for key in KEYS:
        widget: QTreeWidget = lists[key]
        item = widget.topLevelItem(0)
        assert item is not None and item.flags() & Qt.ItemFlag.ItemIsEnabled, f"{key} is empty"
    # Each line opens its record, on a real-sized organisation too.
    for key in KEYS:
        widget = dashboard(window).lists[key]
        item = widget.topLevelItem(widget.topLevelItemCount() - 1)
        assert item is not None
        double_click_item(qtbot, widget, item)
        current = window.current_list()
        assert current is not None and current.editor.record_id is not None, key
    assert isinstance(window.pages["candidates"], TabbedListsPage)
