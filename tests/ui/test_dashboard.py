"""The dashboard shows what needs attention today, and every line opens its record."""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QGroupBox
from sqlalchemy import select

from stagedesk.core.db.database import Database, open_sqlite
from stagedesk.core.demo.generate import DemoOptions, generate
from stagedesk.core.forms import FormRegistry, RecordKind
from stagedesk.core.forms.responses import start_response
from stagedesk.core.internships import complete_internship
from stagedesk.core.models import (
    Application,
    Internship,
    InternshipKind,
    InternshipStatus,
    Opportunity,
    ResponseStatus,
    Unit,
)
from stagedesk.ui.dashboard.page import MAX_LINES, DashboardPage
from stagedesk.ui.kit.list_page import RecordListPage
from stagedesk.ui.shell.main_window import MainWindow
from stagedesk.ui.shell.pages import RECORD_PAGES, TabbedListsPage
from stagedesk.ui.shell.sidebar import row_of
from tests.seed import TODAY, Seed
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import double_click_row, tree_rows

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

KEYS = (
    "starting",
    "ending",
    "overdue_checklist_items",
    "surveys_not_returned",
    "open_applications",
    "without_mentor",
    "running_per_unit",
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
    # No checklist made yet (they come when an internship is saved), no survey due yet.
    assert tree_rows(lists["overdue_checklist_items"]) == [["Nothing here", "", ""]]
    assert tree_rows(lists["surveys_not_returned"]) == [["Nothing here", "", ""]]


def test_the_boxes_stand_two_by_two(window: MainWindow) -> None:
    page = dashboard(window)
    boxes = [page.lists[key].parentWidget() for key in KEYS]
    lefts, rights = {b.x() for b in boxes[0::2]}, {b.x() for b in boxes[1::2]}
    assert len(lefts) == len(rights) == 1 and min(rights) > max(lefts)
    tops = [b.y() for b in boxes]
    assert tops[0::2] == tops[1::2]  # side by side
    assert tops[0::2] == sorted(set(tops))  # four rows, in order


@pytest.fixture
def toolbox_work(database: Database, seed: Seed) -> dict[str, int]:
    """Céline's checklists made (as saving her internship does), and Jonas's internship
    ended in January with only the intern's survey handed back."""
    registry = FormRegistry.load()
    with database.sessions.begin() as session:
        running = session.get(Internship, seed.internships["running"])
        assert running is not None
        complete_internship(session, registry, running)
        ended = Internship(
            candidate_id=seed.candidates["jonas"],
            unit_id=seed.units["ict"],
            kind=InternshipKind.CURRICULAR,
            start_date=dt.date(2025, 10, 1),
            end_date=dt.date(2026, 1, 30),
            status=InternshipStatus.COMPLETED,
        )
        session.add(ended)
        session.flush()
        survey = registry.get("intern_survey")
        response = start_response(session, survey, ended.id)
        response.status = ResponseStatus.COMPLETE
    overdue = [
        check.due_date(dt.date(2026, 2, 2))
        for checklist in registry.checklists(RecordKind.INTERNSHIP)
        for check in checklist.checks()
    ]
    return {
        "ended": ended.id,
        "overdue": sum(1 for due in overdue if due is not None and due < TODAY),
        "first_due": min(due for due in overdue if due is not None).toordinal(),
    }


def test_overdue_checklist_items_and_surveys_not_handed_back(
    make_window: WindowFactory, qtbot, seed: Seed, toolbox_work: dict[str, int]
) -> None:
    window = make_window()
    page = dashboard(window)
    overdue = tree_rows(page.lists["overdue_checklist_items"])
    assert len(overdue) == toolbox_work["overdue"] > 0
    assert {row[1] for row in overdue} == {"Céline Lambert"}
    first = dt.date.fromordinal(toolbox_work["first_due"]).strftime("%d/%m/%Y")
    assert overdue[0][0] == first  # the oldest first
    assert all(row[2] for row in overdue)  # the item, in the coordinator's language
    box = page.lists["overdue_checklist_items"].parentWidget()
    assert isinstance(box, QGroupBox)
    title = box.title()
    assert title == f"Checklist items past their due date ({toolbox_work['overdue']})"
    mentor_survey = FormRegistry.load().get("mentor_survey").title.get("nl")
    assert tree_rows(page.lists["surveys_not_returned"]) == [
        ["Jonas Claes", mentor_survey, "30/01/2026"]
    ]

    for key, expected in (
        ("overdue_checklist_items", seed.internships["running"]),
        ("surveys_not_returned", toolbox_work["ended"]),
    ):
        double_click_row(qtbot, dashboard(window).lists[key], 0)
        assert shown_list(window, Internship).editor.record_id == expected, key


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
    double_click_row(qtbot, dashboard(window).lists[key], 0)

    expected = getattr(seed, record[0])[record[1]]
    page = shown_list(window, model)
    assert page.editor.record_id == expected
    assert page.editor.isVisible()
    row = page.model.row_of(expected)
    assert row is not None and page.view.currentIndex().row() == row


def test_the_internship_opened_from_the_dashboard_is_shown(window: MainWindow, seed: Seed) -> None:
    widget = dashboard(window).lists["starting"]
    widget.activated.emit(widget.model().index(0, 0))  # Enter does what a double-click does
    page = shown_list(window, Internship)
    assert page.editor.title.text() == "Sara El Amrani"
    assert page.editor.display_text("start_date") == "16/03/2026"
    assert page.editor.display_text("unit_id") == "ICT"


def test_an_empty_list_says_so_and_opens_nothing(
    make_window: WindowFactory, database: Database
) -> None:
    window = make_window()  # no seed: an empty organisation
    for key, widget in dashboard(window).lists.items():
        model = widget.model()
        assert tree_rows(widget) == [["Nothing here"] + [""] * (model.columnCount() - 1)], key
        index = model.index(0, 0)
        assert not model.flags(index) & Qt.ItemFlag.ItemIsEnabled
        widget.activated.emit(index)
        assert window.stack.currentIndex() == 0


@pytest.fixture
def demo_database(tmp_path: Path) -> Iterator[Database]:
    database = open_sqlite(tmp_path / "demo.sqlite")
    generate(database.sessions, DemoOptions(years=2, per_year=40, today=TODAY))
    registry = FormRegistry.load()
    with database.sessions.begin() as session:  # the open internships get their checklists
        for internship in session.scalars(
            select(Internship).where(
                Internship.status.in_([InternshipStatus.PLANNED, InternshipStatus.RUNNING])
            )
        ):
            complete_internship(session, registry, internship)
    yield database
    database.dispose()


def test_demo_organisation_fills_every_list(
    make_window: WindowFactory, demo_database: Database, qtbot
) -> None:
    window = make_window(demo_database)
    lists = dashboard(window).lists
    for key in KEYS:
        model = lists[key].model()
        assert model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsEnabled, f"{key} is empty"
    # Each line opens its record, on a real-sized organisation too; a long list ends
    # with a line that says how many more there are, and opens nothing.
    for key in KEYS:
        widget = dashboard(window).lists[key]
        model = widget.model()
        last = model.rowCount() - 1
        if not model.flags(model.index(last, 0)) & Qt.ItemFlag.ItemIsEnabled:
            assert model.rowCount() == MAX_LINES + 1, key
            assert model.index(last, 0).data().startswith("… and "), key
            assert widget.isFirstColumnSpanned(last, QModelIndex()), key
            last = MAX_LINES - 1
        double_click_row(qtbot, widget, last)
        current = window.current_list()
        assert current is not None and current.editor.record_id is not None, key
    assert isinstance(window.pages["candidates"], TabbedListsPage)
