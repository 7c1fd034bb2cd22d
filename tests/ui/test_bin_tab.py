"""Settings › Bin: deletes from the windows land here; restore puts them back where they
were shown, and emptying asks first."""

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from stagedesk.core.bin import trash
from stagedesk.core.db.database import Database
from stagedesk.core.models import BinEntry, Candidate, FollowUpEntry, Internship, Unit
from stagedesk.core.records.documents import documents_dir
from stagedesk.ui.settings.bin_tab import BinTab
from stagedesk.ui.settings.organisation import SettingsPage
from stagedesk.ui.shell.app import build_window
from stagedesk.ui.shell.main_window import MainWindow
from tests.seed import TODAY, Seed
from tests.ui.conftest import Dialogs
from tests.ui.helpers import click, click_row, click_tab, column_texts, count, row_texts
from tests.ui.test_crud import units_list
from tests.ui.test_follow_up import follow_up_of_running

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No
TO_BIN = "It goes to the bin (Settings › Bin), where it can be restored for 30 days."


def open_bin(window: MainWindow, qtbot) -> BinTab:
    page = window.go_to("settings")
    assert isinstance(page, SettingsPage)
    click_tab(qtbot, page.tabs, page.tabs.indexOf(page.bin))
    assert page.tabs.currentWidget() is page.bin
    return page.bin


def shown(tab: BinTab) -> list[list[str]]:
    """What, record and days left of each line (the time of day is the computer's)."""
    return [
        [t for i, t in enumerate(row_texts(tab.model, r)) if i != 2]
        for r in range(tab.model.rowCount())
    ]


def test_the_delete_key_puts_a_unit_in_the_bin_and_restore_brings_it_back(
    window: MainWindow, qtbot, database: Database, seed: Seed, dialogs: Dialogs
) -> None:
    units = units_list(window, qtbot)
    with database.sessions.begin() as session:
        session.add(Unit(name="Archief", code="ARC"))
    units.reload()
    click_row(qtbot, units.view, column_texts(units.model, 0).index("Archief"))
    dialogs.answer(Yes)
    qtbot.keyClick(units.view, Qt.Key.Key_Delete)

    assert dialogs.texts("question") == [f"Delete Archief? {TO_BIN}"]
    assert count(database, Unit, Unit.name == "Archief") == 0
    assert "Archief" not in column_texts(units.model, 0)
    tab = open_bin(window, qtbot)
    assert shown(tab) == [["Unit", "Archief", "30"]]
    assert tab.model.index(0, 2).data().startswith("02/03/2026 ")
    assert not tab.restore_button.isEnabled()  # nothing selected yet

    click_row(qtbot, tab.view, 0)
    click(qtbot, tab.restore_button)
    assert count(database, Unit, Unit.name == "Archief", Unit.code == "ARC") == 1
    assert tab.model.rowCount() == 0
    assert tab.result.text() == "Restored: Unit “Archief”"
    assert "Archief" in column_texts(units_list(window, qtbot).model, 0)  # list refreshed


def test_a_follow_up_entry_removed_in_its_tab_comes_back_to_that_tab(
    window: MainWindow, qtbot, database: Database, seed: Seed, dialogs: Dialogs
) -> None:
    editor = follow_up_of_running(window, qtbot, seed)
    follow_up = editor.follow_up
    click_row(qtbot, follow_up.view, 0)
    dialogs.answer(Yes)
    click(qtbot, follow_up.remove_button)
    assert dialogs.texts("question") == [f"Delete this follow-up entry? {TO_BIN}"]
    assert follow_up.model.rowCount() == 0 and count(database, FollowUpEntry) == 0

    tab = open_bin(window, qtbot)
    assert shown(tab) == [
        [
            "Follow-up entry",
            "Céline Lambert 20/02/2026: Bezoek van de school: alles loopt goed.",
            "30",
        ]
    ]
    click_row(qtbot, tab.view, 0)
    click(qtbot, tab.restore_button)
    assert count(database, FollowUpEntry) == 1
    assert column_texts(follow_up.model, 2) == ["Bezoek van de school: alles loopt goed."]


def test_restore_offers_to_bring_back_what_it_needs_from_the_bin(
    window: MainWindow, qtbot, database: Database, seed: Seed, dialogs: Dialogs
) -> None:
    now = dt.datetime.combine(TODAY, dt.time(9, 0))
    folder = documents_dir(database)
    trash.delete_to_bin(
        database.sessions, Internship, seed.internships["planned"], now, documents=folder
    )
    trash.delete_to_bin(
        database.sessions, Candidate, seed.candidates["sara"], now, documents=folder
    )
    tab = open_bin(window, qtbot)
    row = column_texts(tab.model, 0).index("Internship")

    dialogs.answer(No)
    click_row(qtbot, tab.view, row)
    click(qtbot, tab.restore_button)
    [question] = dialogs.texts("question")
    assert question == (
        "Internship “Sara El Amrani 16/03–30/04/2026” cannot come back on its own:\n\n"
        "• It refers to a record that is in the bin too (Candidate: “Sara El Amrani”)."
        " Restore that first.\n\nRestore them together?"
    )
    assert tab.model.rowCount() == 2 and count(database, Internship) == 1

    dialogs.answer(Yes)
    click_row(qtbot, tab.view, column_texts(tab.model, 0).index("Internship"))
    click(qtbot, tab.restore_button)
    assert tab.model.rowCount() == 0
    assert count(database, Internship) == 2 and count(database, Candidate) == 3
    sara = window.go_to("candidates").lists[0]  # type: ignore[attr-defined]
    assert "El Amrani" in column_texts(sara.model, 0)


def test_a_refused_restore_says_what_is_missing(
    window: MainWindow, qtbot, database: Database, seed: Seed, dialogs: Dialogs
) -> None:
    from stagedesk.core.records import repository

    now = dt.datetime.combine(TODAY, dt.time(9, 0))
    trash.delete_to_bin(database.sessions, Internship, seed.internships["planned"], now)
    repository.delete(database.sessions, Candidate, seed.candidates["sara"])
    tab = open_bin(window, qtbot)
    click_row(qtbot, tab.view, 0)
    click(qtbot, tab.restore_button)
    assert dialogs.texts("warning") == [
        "Internship “Sara El Amrani 16/03–30/04/2026” was not restored:\n\n"
        f"• It refers to a record that has been deleted for good (Candidate"
        f" {seed.candidates['sara']}), so it cannot come back."
    ]
    assert tab.model.rowCount() == 1


def test_emptying_asks_first_with_the_count_and_deletes_for_real(
    window: MainWindow, qtbot, database: Database, seed: Seed, dialogs: Dialogs
) -> None:
    now = dt.datetime.combine(TODAY, dt.time(9, 0))
    for internship in seed.internships.values():
        trash.delete_to_bin(database.sessions, Internship, internship, now)
    tab = open_bin(window, qtbot)
    assert tab.count_label.text() == "2 record(s) in the bin"

    dialogs.answer(No)
    click(qtbot, tab.empty_button)
    assert dialogs.texts("question") == [
        "Delete the 2 record(s) in the bin for good? They cannot be restored afterwards."
    ]
    assert tab.model.rowCount() == 2 and count(database, BinEntry) == 2

    dialogs.answer(Yes)
    click(qtbot, tab.empty_button)
    assert count(database, BinEntry) == 0 and count(database, Internship) == 0
    assert tab.model.rowCount() == 0 and not tab.empty_button.isEnabled()
    assert tab.result.text() == "2 record(s) deleted for good."


def test_opening_the_database_deletes_what_has_been_in_the_bin_30_days(
    qtbot, database: Database, seed: Seed, settings_path: str
) -> None:
    day = dt.date(2026, 3, 2)  # the window's clock, given: no day may pass in between
    noon = dt.datetime.combine(day, dt.time(12))
    old, recent = noon - dt.timedelta(days=30), noon - dt.timedelta(days=29)
    trash.delete_to_bin(database.sessions, Internship, seed.internships["running"], old)
    trash.delete_to_bin(database.sessions, Internship, seed.internships["planned"], recent)
    window = build_window(database, settings_path, today=lambda: day)
    qtbot.addWidget(window)
    with database.sessions() as session:
        left = session.scalars(select(BinEntry.record_id)).all()
    assert left == [seed.internships["planned"]]


def test_a_removed_document_takes_its_file_to_the_bin_and_back(
    window: MainWindow, qtbot, database: Database, seed: Seed, dialogs: Dialogs, tmp_path
) -> None:
    editor = follow_up_of_running(window, qtbot, seed)
    documents = editor.documents
    click_tab(qtbot, editor.tabs, editor.tabs.indexOf(documents))
    original = tmp_path / "Overeenkomst.pdf"
    original.write_bytes(b"%PDF-1.4 signed agreement")
    document_id = documents.add_file(original)
    assert document_id is not None
    kept = documents.store.path(document_id)
    assert kept is not None and kept.exists()

    click_row(qtbot, documents.view, 0)
    dialogs.answer(Yes)
    click(qtbot, documents.remove_button)
    assert dialogs.texts("question") == [f"Delete Overeenkomst? {TO_BIN}"]
    assert documents.model.rowCount() == 0 and not kept.exists()
    binned = documents_dir(database) / "bin" / kept.relative_to(documents_dir(database))
    assert binned.read_bytes() == b"%PDF-1.4 signed agreement"

    tab = open_bin(window, qtbot)
    assert shown(tab) == [["Document", "Overeenkomst (Céline Lambert)", "30"]]
    click_row(qtbot, tab.view, 0)
    click(qtbot, tab.restore_button)
    assert kept.read_bytes() == b"%PDF-1.4 signed agreement" and not binned.exists()
    assert column_texts(documents.model, 1) == ["Overeenkomst"]  # the tab shows it again
