"""Finding a record: instant search in the list, sorting by a click on a column."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from stagedesk.ui.kit.list_page import RecordListPage
from stagedesk.ui.shell.main_window import MainWindow
from stagedesk.ui.shell.pages import TabbedListsPage
from tests.seed import Seed
from tests.ui.helpers import CTRL, click_header, column_texts, retype


def candidates_list(window: MainWindow) -> RecordListPage:
    page = window.go_to("candidates")
    assert isinstance(page, TabbedListsPage)
    return page.lists[0]


def test_search_filters_as_the_user_types(window: MainWindow, qtbot, seed: Seed) -> None:
    candidates = candidates_list(window)
    assert candidates.count_label.text() == "3 record(s)"

    retype(qtbot, candidates.search, "celine")  # no accent, lower case
    assert column_texts(candidates.model, 0) == ["Lambert"]
    assert column_texts(candidates.model, 1) == ["Céline"]
    assert candidates.count_label.text() == "1 of 3"

    retype(qtbot, candidates.search, "LAMBERT Celine")  # every word, any order
    assert column_texts(candidates.model, 0) == ["Lambert"]
    retype(qtbot, candidates.search, "celine claes")  # both words must match one row
    assert candidates.model.rowCount() == 0
    assert candidates.count_label.text() == "0 of 3"
    retype(qtbot, candidates.search, "example.be")  # any column: the e-mail
    assert candidates.model.rowCount() == 3

    retype(qtbot, candidates.search, "zennevallei")  # the school column
    assert column_texts(candidates.model, 0) == ["Lambert"]
    retype(qtbot, candidates.search, "")
    assert candidates.model.rowCount() == 3
    assert candidates.count_label.text() == "3 record(s)"


def test_search_keeps_the_open_record_selected(window: MainWindow, qtbot, seed: Seed) -> None:
    candidates = candidates_list(window)
    assert candidates.open_record(seed.candidates["sara"])
    retype(qtbot, candidates.search, "a")  # all three names hold an "a"
    row = candidates.model.row_of(seed.candidates["sara"])
    assert row is not None and candidates.view.currentIndex().row() == row
    assert candidates.editor.record_id == seed.candidates["sara"]


def test_clicking_a_header_sorts_up_then_down(window: MainWindow, qtbot, seed: Seed) -> None:
    page = window.go_to("internships")
    assert isinstance(page, RecordListPage)
    header = page.view.horizontalHeader()
    start = next(i for i, c in enumerate(page.model.columns) if c.key == "start_date")
    intern = next(i for i, c in enumerate(page.model.columns) if c.key == "intern")

    click_header(qtbot, page.view, intern)
    order = header.sortIndicatorOrder()
    names = column_texts(page.model, intern)
    expected = sorted(names, reverse=order == Qt.SortOrder.DescendingOrder)
    assert names == expected
    click_header(qtbot, page.view, intern)
    assert header.sortIndicatorOrder() != order
    assert column_texts(page.model, intern) == list(reversed(expected))

    click_header(qtbot, page.view, start)
    if header.sortIndicatorOrder() != Qt.SortOrder.AscendingOrder:
        click_header(qtbot, page.view, start)
    assert column_texts(page.model, start) == ["02/02/2026", "16/03/2026"]
    click_header(qtbot, page.view, start)
    assert column_texts(page.model, start) == ["16/03/2026", "02/02/2026"]


def test_ctrl_f_goes_to_the_search_box(window: MainWindow, qtbot, seed: Seed) -> None:
    candidates = candidates_list(window)
    retype(qtbot, candidates.search, "claes")
    candidates.view.setFocus()
    assert QApplication.focusWidget() is candidates.view
    qtbot.keyClick(candidates.view, Qt.Key.Key_F, CTRL)
    assert QApplication.focusWidget() is candidates.search
    assert candidates.search.selectedText() == "claes"  # typing replaces the old search
