"""The Steps page: the guide's plans in the window, "Go there" to the right page and tab,
"Open the tool" for each kind of tool, done or to do; and the help line on every page."""

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTabWidget
from pytestqt.qtbot import QtBot

from stagedesk.core.db.database import Database
from stagedesk.core.forms.responses import save_answers, start_response
from stagedesk.core.guide.plans import Step, load_guide
from stagedesk.core.models import FormResponse
from stagedesk.ui.forms.card_view import CardDialog
from stagedesk.ui.forms.form_dialog import FormDialog
from stagedesk.ui.kit.list_page import RecordListPage
from stagedesk.ui.kit.page_help import PageHelp
from stagedesk.ui.reports.page import ReportsPage
from stagedesk.ui.settings.organisation import SettingsPage
from stagedesk.ui.shell.main_window import MainWindow
from stagedesk.ui.shell.pages import TabbedListsPage
from stagedesk.ui.shell.sidebar import KEYS, row_of
from stagedesk.ui.steps.page import StepsPage
from tests.seed import Seed
from tests.ui.conftest import WindowFactory
from tests.ui.helpers import CTRL, click, click_sidebar, click_tab, count, retype

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

STEPS = [step for plan in load_guide() for step in plan.steps]


def steps_page(window: MainWindow, qtbot: QtBot) -> StepsPage:
    click_sidebar(qtbot, window, "steps")
    page = window.stack.currentWidget()
    assert isinstance(page, StepsPage)
    return page


def show_step(qtbot: QtBot, page: StepsPage, key: str) -> None:
    """Bring the tab of the step's plan forward, as a user does before clicking on it."""
    plan = key.split(".")[0]
    index = [p.id for p in page.plans].index(plan)
    click_tab(qtbot, page.tabs, index)
    card = page.cards[key]
    page.tabs.currentWidget().ensureWidgetVisible(card)  # type: ignore[union-attr]
    qtbot.waitUntil(card.go_button.isVisible)


def test_ctrl_2_opens_the_steps_with_the_three_plans(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, CTRL)
    page = window.stack.currentWidget()
    assert isinstance(page, StepsPage) and window.stack.currentIndex() == row_of("steps")
    assert page.tabs.count() == 3
    assert len(page.cards) == 19
    titles = [page.tabs.tabText(i) for i in range(3)]
    assert titles == [plan.title.get(page.language) for plan in page.plans]


def test_steps_show_what_is_done(window: MainWindow, qtbot: QtBot) -> None:
    page = steps_page(window, qtbot)
    current = page.cards["policy.current"]  # the seed holds internships
    assert current.state.text() == "✓ Done"
    assert page.cards["policy.plan"].state.text() == "To do"
    assert page.cards["coordinate.share"].state.text() == ""  # StageDesk cannot tell


@pytest.mark.parametrize("step", STEPS, ids=[step.key for step in STEPS])
def test_go_there_opens_the_steps_page_and_tab(
    window: MainWindow, qtbot: QtBot, step: Step
) -> None:
    page = steps_page(window, qtbot)
    show_step(qtbot, page, step.key)
    click(qtbot, page.cards[step.key].go_button)
    assert window.stack.currentIndex() == row_of(step.page)
    shown = window.stack.currentWidget()
    if step.tab is None:
        return
    if isinstance(shown, ReportsPage):
        assert shown.report_box.currentData() == step.tab
    elif isinstance(shown, TabbedListsPage):
        tab = shown.currentWidget()
        key = tab.spec.key if isinstance(tab, RecordListPage) else tab.help_key  # type: ignore[attr-defined]
        assert key == step.tab
    else:
        assert isinstance(shown, SettingsPage) and step.tab == "policy"
        assert shown.tabs.currentWidget() is shown.policy


def test_the_feedback_card_opens_beside_the_work(window: MainWindow, qtbot: QtBot) -> None:
    page = steps_page(window, qtbot)
    show_step(qtbot, page, "mentor.feedback")
    click(qtbot, page.cards["mentor.feedback"].tool_button)
    dialog = page.step_actions.dialog
    assert isinstance(dialog, CardDialog) and dialog.isVisible()
    assert "10" in dialog.windowTitle()
    dialog.close()


def test_the_policy_is_filled_in_from_its_step(
    window: MainWindow, qtbot: QtBot, database: Database, seed: Seed
) -> None:
    page = steps_page(window, qtbot)
    show_step(qtbot, page, "policy.plan")
    click(qtbot, page.cards["policy.plan"].tool_button)
    dialog = page.step_actions.dialog
    assert isinstance(dialog, FormDialog)
    qtbot.waitExposed(dialog)
    view = dialog.view
    # What StageDesk knows is filled in: the organisation's name.
    assert view.input("organisation").value() == "Voorbeeldorganisatie"
    retype(qtbot, view.input("vision").widget, "Stagiairs brengen een frisse blik.")
    click(qtbot, view.save_button)
    dialog.close()
    assert count(database, FormResponse, FormResponse.organisation_id == seed.organisation) == 1
    qtbot.waitUntil(lambda: page.cards["policy.plan"].state.text() == "✓ Done")
    # Opening it again opens the same document, not a second one.
    click(qtbot, page.cards["policy.plan"].tool_button)
    assert count(database, FormResponse, FormResponse.organisation_id == seed.organisation) == 1
    assert isinstance(page.step_actions.dialog, FormDialog)
    page.step_actions.dialog.close()


def test_a_record_form_opens_as_a_blank_pdf(
    window: MainWindow, qtbot: QtBot, tmp_path: Path, database: Database
) -> None:
    page = steps_page(window, qtbot)
    shown: list[Path] = []
    page.step_actions.ask_pdf_path = lambda name: tmp_path / name
    page.step_actions.open_result = shown.append
    show_step(qtbot, page, "coordinate.interview")
    before = count(database, FormResponse)
    click(qtbot, page.cards["coordinate.interview"].tool_button)
    qtbot.waitUntil(lambda: len(shown) == 1)  # written off the GUI thread
    assert shown[0].exists()
    text = "".join(p.extract_text() for p in PdfReader(shown[0]).pages)
    assert "Voorbeeldorganisatie" in text  # the letterhead
    assert count(database, FormResponse) == before  # a blank to look at: no response made


def test_the_list_for_schools_is_one_click_away(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    page = steps_page(window, qtbot)
    shown: list[Path] = []
    page.step_actions.ask_pdf_path = lambda name: tmp_path / name
    page.step_actions.open_result = shown.append
    show_step(qtbot, page, "coordinate.publicise")
    click(qtbot, page.cards["coordinate.publicise"].tool_button)
    qtbot.waitUntil(lambda: len(shown) == 1)
    assert "Communicatiemedewerker" in PdfReader(shown[0]).pages[0].extract_text()


def test_several_tools_make_a_menu(window: MainWindow, qtbot: QtBot) -> None:
    page = steps_page(window, qtbot)
    button = page.cards["coordinate.logistics"].tool_button
    menu = button.menu()
    assert menu is not None
    forms = window.context.forms
    expected = [
        forms.get(t).title.get(page.language) for t in ("logistics_checklist", "info_sheet")
    ]
    assert [action.text() for action in menu.actions()] == expected


def test_progress_follows_changes_made_elsewhere(
    window: MainWindow, qtbot: QtBot, database: Database, seed: Seed
) -> None:
    page = steps_page(window, qtbot)
    assert page.cards["policy.rules"].state.text() == "To do"
    window.go_to("people")
    rules = window.context.forms.get("internship_rules")
    with database.sessions.begin() as session:  # written meanwhile, e.g. from Settings
        response = start_response(session, rules, seed.organisation)
        save_answers(session, rules, response, {"hours": "Van 9 tot 17 uur."})
    window.context.data_changed.emit(FormResponse)
    steps_page(window, qtbot)
    assert page.cards["policy.rules"].state.text() == "✓ Done"


# -- the help line on every page ------------------------------------------------------------
def helps(window: MainWindow, key: str) -> list[PageHelp]:
    return window.page(key).findChildren(PageHelp)


def test_every_page_has_its_help_line(window: MainWindow, qtbot: QtBot) -> None:
    for key in KEYS:
        click_sidebar(qtbot, window, key)
        lines = helps(window, key)
        assert lines, f"{key} has no help line"
        shown = [line for line in lines if line.isVisible()]
        assert len(shown) == 1, f"{key}: one help line in sight"
        assert shown[0].shown and len(shown[0].text.text()) > 30
    tabbed = window.page("candidates")
    assert isinstance(tabbed, QTabWidget)
    assert {line.key for line in helps(window, "candidates")} == {"candidates", "applications"}


def test_hidden_help_stays_hidden(
    window: MainWindow, qtbot: QtBot, make_window: WindowFactory
) -> None:
    click_sidebar(qtbot, window, "reports")
    (line,) = helps(window, "reports")
    click(qtbot, line.toggle)
    assert not line.shown and not line.text.isVisible() and line.toggle.text() == "Help"
    window.close()
    again = make_window()
    click_sidebar(qtbot, again, "reports")
    (line,) = helps(again, "reports")
    assert not line.shown
    click_sidebar(qtbot, again, "schools")
    assert helps(again, "schools")[0].shown  # hidden on one page only
    click_sidebar(qtbot, again, "reports")
    click(qtbot, line.toggle)
    assert line.shown and line.text.isVisible() and line.toggle.text() == "Hide help"
    QApplication.processEvents()
