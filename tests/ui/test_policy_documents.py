"""Settings › Our policy: the internship policy and the internship rules, filled in and
printed from the window; a printed one's code leads back to it."""

from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from stagedesk.core.db.database import Database
from stagedesk.core.forms.responses import load_answers
from stagedesk.core.models import FormResponse
from stagedesk.output.pdf.forms.job import Variant
from stagedesk.ui.forms.form_dialog import FormDialog
from stagedesk.ui.forms.tools_tab import ToolsTab
from stagedesk.ui.settings.organisation import SettingsPage
from stagedesk.ui.shell.main_window import MainWindow
from tests.seed import Seed
from tests.ui.helpers import click, click_sidebar, click_tab, count, retype, tree_rows


def policy_tab(window: MainWindow, qtbot: QtBot) -> ToolsTab:
    click_sidebar(qtbot, window, "settings")
    page = window.stack.currentWidget()
    assert isinstance(page, SettingsPage)
    click_tab(qtbot, page.tabs, page.tabs.indexOf(page.policy))
    assert page.tabs.tabText(page.tabs.indexOf(page.policy)) == "Our policy"
    return page.policy


def select(tab: ToolsTab, title: str) -> None:
    model = tab.list.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == title:
            tab.list.setCurrentIndex(model.index(row, 0))
            return
    raise AssertionError(f"{title} is not listed")


def test_fill_in_and_print_the_policy(
    window: MainWindow, qtbot: QtBot, database: Database, seed: Seed, tmp_path: Path
) -> None:
    tab = policy_tab(window, qtbot)
    forms = window.context.forms
    titles = {forms.get(f).title.get(tab.language) for f in ("policy_plan", "internship_rules")}
    assert {row[0] for row in tree_rows(tab.list)} == titles
    assert {row[2] for row in tree_rows(tab.list)} == {"Not started"}
    policy = forms.get("policy_plan").title.get(tab.language)
    select(tab, policy)
    click(qtbot, tab.open_button)
    dialog = tab.dialog
    assert isinstance(dialog, FormDialog)
    qtbot.waitExposed(dialog)
    retype(qtbot, dialog.view.input("vision").widget, "Students bring a fresh view.")
    click(qtbot, dialog.view.save_button)
    dialog.close()
    assert count(database, FormResponse, FormResponse.organisation_id == seed.organisation) == 1
    qtbot.waitUntil(lambda: "Started" in [row[2] for row in tree_rows(tab.list)])
    select(tab, policy)
    printed: list[Path] = []
    tab.ask_pdf_path = lambda name: tmp_path / name
    tab.open_result = printed.append
    for variant in (Variant.PREFILLED, Variant.BLANK):
        with qtbot.waitSignal(tab.printed):
            tab.save_pdf(variant)
    prefilled, blank = (
        " ".join(page.extract_text() for page in PdfReader(path).pages) for path in printed
    )
    assert "Students bring a fresh view." in prefilled and "Voorbeeldorganisatie" in prefilled
    assert "Students bring a fresh view." not in blank


def test_a_printed_documents_code_opens_it(
    window: MainWindow, qtbot: QtBot, database: Database, seed: Seed, tmp_path: Path
) -> None:
    tab = policy_tab(window, qtbot)
    rules = window.context.forms.get("internship_rules")
    select(tab, rules.title.get(tab.language))
    tab.ask_pdf_path = lambda name: tmp_path / name
    tab.open_result = lambda path: None
    with qtbot.waitSignal(tab.printed):
        tab.save_pdf(Variant.FILLABLE)
    with database.sessions() as session:
        response_id = session.query(FormResponse.id).filter_by(form_id="internship_rules").scalar()
        assert load_answers(session, rules, response_id) == {}
    window.go_to("internships")
    assert window.open_form_code(response_id)
    assert isinstance(window.stack.currentWidget(), SettingsPage)
    dialog = window.form_dialog
    assert isinstance(dialog, FormDialog)
    assert dialog.view.title.text() == rules.title.get(dialog.view.language_box.currentData())
    dialog.close()


def test_a_pdf_that_cannot_be_written_is_told_and_the_tab_stays_usable(
    window: MainWindow, qtbot: QtBot, seed: Seed, tmp_path: Path, dialogs
) -> None:
    tab = policy_tab(window, qtbot)
    rules = window.context.forms.get("internship_rules")
    select(tab, rules.title.get(tab.language))
    tab.ask_pdf_path = lambda name: tmp_path / "gone" / name  # a folder removed meanwhile
    shown: list[Path] = []
    tab.open_result = shown.append
    with qtbot.waitSignal(tab.printed) as printed:
        assert tab.save_pdf(Variant.FILLABLE) is not None
        assert not tab.pdf_button.isEnabled()  # one at a time
    assert printed.args == [None] and shown == []
    [text] = dialogs.texts("warning")
    assert text.startswith(f"{rules.title.get(tab.language)}.pdf could not be written:")
    assert tab.pdf_button.isEnabled()
    tab.ask_pdf_path = lambda name: tmp_path / name
    with qtbot.waitSignal(tab.printed) as printed:
        tab.save_pdf(Variant.FILLABLE)
    assert printed.args == [tmp_path / f"{rules.title.get(tab.language)}.pdf"]
