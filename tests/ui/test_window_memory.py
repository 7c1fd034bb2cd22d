"""What the user arranged is there again next time: columns, window size, last page."""

from PySide6.QtCore import QSize, Qt

from stagedesk.ui.kit.list_page import RecordListPage
from stagedesk.ui.shell.main_window import MainWindow
from tests.seed import Seed
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import click_header

MENTOR = 2  # the Mentor column of the internships list


def internships(window: MainWindow) -> RecordListPage:
    page = window.go_to("internships")
    assert isinstance(page, RecordListPage)
    return page


def test_hidden_columns_sort_and_page_come_back(
    make_window: WindowFactory, qtbot, seed: Seed
) -> None:
    window = make_window()
    page = internships(window)
    assert page.model.headerData(MENTOR, Qt.Orientation.Horizontal) == "Mentor"
    page.set_column_visible(MENTOR, False)
    assert page.view.isColumnHidden(MENTOR)
    click_header(qtbot, page.view, 0)  # sorted by intern
    order = page.view.horizontalHeader().sortIndicatorOrder()
    assert window.close()

    again = make_window()
    assert again.current_list() is again.pages["internships"]  # the last page shown
    restored = internships(again)
    hidden = [c for c in range(restored.model.columnCount()) if restored.view.isColumnHidden(c)]
    assert hidden == [MENTOR]
    header = restored.view.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, order)
    names = [restored.model.index(r, 0).data() for r in range(restored.model.rowCount())]
    assert names == sorted(names, reverse=order == Qt.SortOrder.DescendingOrder)


def test_window_size_and_place_come_back(make_window: WindowFactory, qtbot, seed: Seed) -> None:
    window = make_window()  # on the dashboard, which fits the 800×800 offscreen screen
    window.setGeometry(40, 60, 700, 520)
    qtbot.waitUntil(lambda: window.size() == QSize(700, 520))
    assert window.close()

    again = make_window()
    assert again.size() == QSize(700, 520)
    assert again.geometry().topLeft() == window.geometry().topLeft()


def test_the_last_visible_column_stays(window: MainWindow) -> None:
    page = internships(window)
    columns = page.model.columnCount()
    for column in range(columns):
        page.set_column_visible(column, False)
    shown = [c for c in range(columns) if not page.view.isColumnHidden(c)]
    assert shown == [columns - 1]
    page.set_column_visible(0, True)
    assert not page.view.isColumnHidden(0)


def test_the_first_window_fits_the_screen(window: MainWindow) -> None:
    # No size remembered yet: 1280×800 is wanted, but not beyond a small screen, where the
    # Save buttons at the bottom would be out of reach.
    available = window.screen().availableGeometry()
    assert window.width() <= available.width() and window.height() <= available.height()
    assert window.width() >= min(1280, available.width() - 40)
