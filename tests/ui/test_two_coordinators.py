"""Two coordinators on one database — the same SQLite file, or the same PostgreSQL
database on a server: the second save of a record is refused, and shows what the first
one changed, field by field; nothing of the first is overwritten."""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox

from stagedesk.core.db.database import Database, open_url
from stagedesk.core.models import Internship
from stagedesk.ui.kit.conflict import ConflictDialog
from stagedesk.ui.kit.list_page import RecordListPage
from stagedesk.ui.shell.main_window import MainWindow
from tests.seed import Seed
from tests.ui.conftest import Dialogs, WindowFactory
from tests.ui.helpers import choose, click, retype, stored


@pytest.fixture
def database(any_database: Database) -> Database:
    return any_database


@pytest.fixture
def second_database(database: Database) -> Iterator[Database]:
    """The same database opened again, as a colleague's StageDesk would."""
    other = open_url(database.engine.url)
    yield other
    other.dispose()


def open_running(window: MainWindow, seed: Seed) -> RecordListPage:
    assert window.open_record(Internship, seed.internships["running"])
    page = window.pages["internships"]
    assert isinstance(page, RecordListPage)
    assert page.editor.record_id == seed.internships["running"]
    return page


@pytest.fixture
def refused(
    make_window: WindowFactory,
    second_database: Database,
    database: Database,
    qtbot,
    seed: Seed,
    dialogs: Dialogs,
) -> tuple[RecordListPage, ConflictDialog]:
    """The first coordinator gives the internship 30 hours and Marc as mentor and saves;
    the second, who opened it before, types 20 hours and 600 in total, and saves."""
    first = open_running(make_window(), seed)
    second = open_running(make_window(second_database), seed)
    assert first.editor.field("hours_per_week").widget.text() == "38"
    assert second.editor.display_text("mentor_id") == "An Peeters"

    retype(qtbot, first.editor.field("hours_per_week").widget, "30")
    choose(qtbot, first.editor.field("mentor_id").widget, "Marc", "Marc Dubois")
    click(qtbot, first.editor.save_button)
    retype(qtbot, second.editor.field("hours_per_week").widget, "20")
    retype(qtbot, second.editor.field("total_hours").widget, "600")
    click(qtbot, second.editor.save_button)

    assert dialogs.shown == []  # no plain warning: the conflict has its own dialog
    dialog = second.editor.conflict
    assert dialog is not None and dialog.isVisible()
    running = seed.internships["running"]
    # Nothing of the second coordinator's was written over the first one's save.
    assert stored(database, Internship, running, "hours_per_week") == 30
    assert stored(database, Internship, running, "mentor_id") == seed.staff["marc"]
    assert stored(database, Internship, running, "total_hours") is None
    return second, dialog


def test_the_later_save_shows_what_the_other_changed(
    refused: tuple[RecordListPage, ConflictDialog], dialogs: Dialogs
) -> None:
    page, dialog = refused
    # What the other changed: theirs, then what this coordinator has on screen.
    assert dialog.rows() == [
        ("Mentor", "Marc Dubois", "An Peeters"),
        ("Hours per week", "30", "20"),
    ]
    assert "saved this record after you opened it" in dialog.intro.text()
    # The refused changes are still on screen until the coordinator decides.
    assert page.editor.field("hours_per_week").widget.text() == "20"
    assert page.editor.is_dirty()
    dialogs.answer(QMessageBox.StandardButton.Discard)  # asked when the window closes


def test_keep_theirs_reloads_the_record(
    refused: tuple[RecordListPage, ConflictDialog], database: Database, seed: Seed, qtbot
) -> None:
    page, dialog = refused
    click(qtbot, dialog.keep_theirs_button)
    assert page.editor.conflict is None
    assert page.editor.field("hours_per_week").widget.text() == "30"
    assert page.editor.display_text("mentor_id") == "Marc Dubois"
    assert page.editor.field("total_hours").widget.text() == ""
    assert not page.editor.is_dirty()
    retype(qtbot, page.editor.field("hours_per_week").widget, "20")  # made again, on theirs
    click(qtbot, page.editor.save_button)
    assert stored(database, Internship, seed.internships["running"], "hours_per_week") == 20
    assert (
        stored(database, Internship, seed.internships["running"], "mentor_id") == seed.staff["marc"]
    )


def test_keep_editing_keeps_mine_on_top_of_theirs(
    refused: tuple[RecordListPage, ConflictDialog], database: Database, seed: Seed, qtbot
) -> None:
    page, dialog = refused
    click(qtbot, dialog.keep_editing_button)
    assert page.editor.conflict is None
    # Mine where I changed something; theirs everywhere else (the mentor).
    assert page.editor.field("hours_per_week").widget.text() == "20"
    assert page.editor.field("total_hours").widget.text() == "600"
    assert page.editor.display_text("mentor_id") == "Marc Dubois"
    assert page.editor.is_dirty()
    click(qtbot, page.editor.save_button)  # now knowingly over theirs
    assert page.editor.conflict is None
    running = seed.internships["running"]
    assert stored(database, Internship, running, "hours_per_week") == 20
    assert stored(database, Internship, running, "total_hours") == 600
    assert stored(database, Internship, running, "mentor_id") == seed.staff["marc"]
    assert not page.editor.is_dirty()
