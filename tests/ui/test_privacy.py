"""Privacy in the window: a person's data exported and erased from the candidate editor,
the Privacy tab of the settings, and the yearly retention prompt."""

import datetime as dt
import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from stagedesk.core.db.database import Database
from stagedesk.core.models import Candidate, OrganisationSettings
from stagedesk.core.privacy import mark_reviewed, read_settings
from stagedesk.ui.kit.list_page import RecordListPage
from stagedesk.ui.privacy.erase_dialog import EraseDialog, bullet_texts
from stagedesk.ui.privacy.person_actions import PersonExportDialog
from stagedesk.ui.privacy.retention_prompt import RetentionPrompt, maybe_ask_for_retention_review
from stagedesk.ui.privacy.tab import PrivacyTab
from stagedesk.ui.records.candidate_editor import CandidateEditor
from stagedesk.ui.settings.organisation import SettingsPage
from stagedesk.ui.shell.main_window import MainWindow
from tests.privacy_support import FIRST, LAST, SECRETS, Person, add_person, found_in
from tests.seed import TODAY, Seed
from tests.ui.conftest import Dialogs, WindowFactory
from tests.ui.helpers import LEFT, click, click_row, click_tab, column_texts, retype, stored, tick

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

WAIT_MS = 20_000
Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def person(database: Database, seed: Seed) -> Person:
    return add_person(database, seed)


@pytest.fixture
def window(person: Person, make_window: WindowFactory) -> MainWindow:
    return make_window()


def open_candidate(qtbot: QtBot, window: MainWindow, last_name: str) -> RecordListPage:
    page: RecordListPage = window.go_to("candidates").lists[0]  # type: ignore[attr-defined]
    click_row(qtbot, page.view, column_texts(page.model, 0).index(last_name))
    assert isinstance(page.editor, CandidateEditor)
    return page


def test_erase_says_what_goes_and_needs_the_name_typed(
    qtbot: QtBot, window: MainWindow, database: Database, db_path: Path, person: Person
) -> None:
    page = open_candidate(qtbot, window, LAST)
    editor = page.editor
    assert isinstance(editor, CandidateEditor)
    assert editor.privacy.isEnabled() and editor.status.text() == ""
    editor.privacy.erase_action.trigger()  # the menu's "Erase this person…"
    dialog = editor.privacy.dialog
    assert isinstance(dialog, EraseDialog) and dialog.isVisible()
    assert "Documents, with their files: 1" in bullet_texts(dialog.goes)
    kept = f"A number instead of the name: X 2019-{person.candidate:04d}"
    assert bullet_texts(dialog.kept)[0] == kept
    assert not dialog.erase_button.isEnabled()
    retype(qtbot, dialog.name_edit, "Wendelien Zyx")
    assert not dialog.erase_button.isEnabled()
    retype(qtbot, dialog.name_edit, f"  wendelien   {LAST.upper()} ")  # case and spaces aside
    assert dialog.erase_button.isEnabled()
    with qtbot.waitSignal(dialog.erased, timeout=WAIT_MS) as erased:
        click(qtbot, dialog.erase_button)
    assert erased.args[0].candidates == (person.candidate,)
    assert not dialog.isVisible()
    assert found_in(db_path, SECRETS) == []
    pseudonym = f"2019-{person.candidate:04d}"
    assert stored(database, Candidate, person.candidate, "last_name") == pseudonym
    qtbot.waitUntil(lambda: pseudonym in column_texts(page.model, 0))
    assert editor.status.text().startswith("Anonymised on 02/03/2026: ")
    assert editor.title.text() == f"X {pseudonym}"
    assert window.statusBar().currentMessage() == "1 person(s) anonymised."


def test_erase_can_be_called_off(qtbot: QtBot, window: MainWindow, database: Database) -> None:
    page = open_candidate(qtbot, window, LAST)
    page.editor.privacy.erase_action.trigger()  # type: ignore[attr-defined]
    dialog = page.editor.privacy.dialog  # type: ignore[attr-defined]
    retype(qtbot, dialog.name_edit, f"{FIRST} {LAST}")
    click(qtbot, dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
    assert not dialog.isVisible()
    assert stored(database, Candidate, page.editor.record_id, "last_name") == LAST  # type: ignore[arg-type]


def test_export_this_persons_data(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    dialogs: Dialogs,
) -> None:
    target = tmp_path / "wendelien"  # typed without a suffix
    asked: list[str] = []

    def answer(parent: object, title: str, suggested: str, files: str) -> tuple[str, str]:
        asked.append(Path(suggested).name)
        return str(target), files

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    page = open_candidate(qtbot, window, LAST)
    page.editor.privacy.export_action.trigger()  # type: ignore[attr-defined]
    dialog = page.editor.privacy.dialog  # type: ignore[attr-defined]
    assert isinstance(dialog, PersonExportDialog)
    qtbot.mouseClick(dialog.json, LEFT, pos=QPoint(8, dialog.json.height() // 2))  # its dot
    assert dialog.json.isChecked()
    tick(qtbot, dialog.target_groups)
    click(qtbot, dialog.save_button)
    assert asked == [f"{FIRST} {LAST} - StageDesk.json"]
    data = json.loads(target.with_suffix(".json").read_text(encoding="utf-8"))
    assert data["person"]["last_name"] == LAST and data["person"]["tg_migration_background"]
    [shown] = dialogs.texts("information")
    assert shown.startswith("Saved as wendelien.json, in ") and "personal data" in shown


# -- the Privacy tab ------------------------------------------------------------------


def open_privacy(qtbot: QtBot, window: MainWindow) -> PrivacyTab:
    page = window.go_to("settings")
    assert isinstance(page, SettingsPage)
    click_tab(qtbot, page.tabs, page.tabs.indexOf(page.privacy))
    return page.privacy


def test_the_privacy_tab_lists_who_is_due_and_anonymises_them(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    db_path: Path,
    person: Person,
    dialogs: Dialogs,
) -> None:
    tab = open_privacy(qtbot, window)
    assert tab.years.value() == 5 and tab.reviewed.text() == "Last review: never"
    assert column_texts(tab.model, 0) == [f"{FIRST} {LAST}"]
    assert column_texts(tab.model, 1) == ["former intern"]
    assert column_texts(tab.model, 2) == ["31/05/2019"]
    assert tab.count_label.text() == "1 person(s) due to be anonymised"
    retype(qtbot, tab.years.lineEdit(), "7")
    qtbot.keyClick(tab.years, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 0 and not tab.anonymise_button.isEnabled()
    with database.sessions() as s:
        assert read_settings(s).years == 7
    retype(qtbot, tab.years.lineEdit(), "5")
    qtbot.keyClick(tab.years, Qt.Key.Key_Return)
    assert tab.model.rowCount() == 1

    dialogs.answer(No)
    click(qtbot, tab.anonymise_button)
    assert found_in(db_path, (LAST,)) == [LAST]
    dialogs.answer(Yes)
    click(qtbot, tab.anonymise_button)
    assert dialogs.texts("question")[-1].startswith("Anonymise the 1 person(s) listed?")
    qtbot.waitUntil(lambda: tab.run is None, timeout=WAIT_MS)
    assert tab.result.text() == "1 person(s) anonymised."
    assert tab.model.rowCount() == 0 and tab.reviewed.text() == "Last review: 02/03/2026"
    assert found_in(db_path, SECRETS) == []


# -- the yearly prompt -------------------------------------------------------------------


def test_the_yearly_prompt_comes_when_due_and_later_waits_30_days(
    qtbot: QtBot, window: MainWindow, database: Database, person: Person
) -> None:
    prompt = maybe_ask_for_retention_review(window)
    assert isinstance(prompt, RetentionPrompt) and prompt.isVisible()
    assert column_texts(prompt.model, 0) == [f"{FIRST} {LAST}"]
    click(qtbot, prompt.later_button)
    assert not prompt.isVisible()
    with database.sessions() as s:
        assert read_settings(s).ask_after == TODAY + dt.timedelta(days=30)
    assert maybe_ask_for_retention_review(window) is None
    window.context.today = lambda: TODAY + dt.timedelta(days=29)
    assert maybe_ask_for_retention_review(window) is None
    window.context.today = lambda: TODAY + dt.timedelta(days=30)
    prompt = maybe_ask_for_retention_review(window)
    assert isinstance(prompt, RetentionPrompt)
    with qtbot.waitSignal(prompt.accepted, timeout=WAIT_MS):
        click(qtbot, prompt.now_button)
    assert stored(database, Candidate, person.candidate, "anonymised_on") is not None
    with database.sessions() as s:
        settings = read_settings(s)
    assert (settings.reviewed_on, settings.ask_after) == (TODAY + dt.timedelta(days=30), None)
    assert maybe_ask_for_retention_review(window) is None  # nothing due any more


def test_no_prompt_within_a_year_of_the_last_review(window: MainWindow, database: Database) -> None:
    mark_reviewed(database.sessions, TODAY - dt.timedelta(days=364))
    assert maybe_ask_for_retention_review(window) is None
    window.context.today = lambda: TODAY + dt.timedelta(days=1)
    prompt = maybe_ask_for_retention_review(window)
    assert isinstance(prompt, RetentionPrompt)
    prompt.reject()  # closed: the same as Later
    with database.sessions() as s:
        assert s.get(OrganisationSettings, 1).retention_ask_after == TODAY + dt.timedelta(days=31)  # type: ignore[union-attr]


def test_files_an_erasure_could_not_delete_are_shown_and_deleted_on_request(
    qtbot: QtBot, window: MainWindow, database: Database, db_path: Path
) -> None:
    from stagedesk.core.db.file_tasks import folders_of, plan_delete

    drafts = folders_of(db_path)["drafts"]
    drafts.mkdir(exist_ok=True)
    draft = drafts / "Praktische info - Wendelien.eml"
    draft.write_text("To: wendelien@example.be\n\nDag Wendelien\n")
    with database.sessions.begin() as session:  # as an erasure leaves one that was open
        plan_delete(session, "drafts", draft.name)
    tab = open_privacy(qtbot, window)
    assert tab.retry_button.isVisible()
    assert str(draft) in tab.left_label.text()
    assert tab.left_label.text().startswith("1 file")
    assert "could not be deleted yet" in tab.left_label.text()
    assert tab.left_label.text().endswith(f"• {draft}")  # not tried yet: no reason
    click(qtbot, tab.retry_button)
    assert not draft.exists()
    assert not tab.retry_button.isVisible() and not tab.left_label.isVisible()
