"""Two windows on one database file: the second save of the same record is refused."""

from collections.abc import Iterator

import pytest

from stagedesk.core.database import Database, open_sqlite
from stagedesk.core.models import Internship
from stagedesk.ui.list_page import RecordListPage
from stagedesk.ui.main_window import MainWindow
from tests.seed import Seed
from tests.ui.conftest import Dialogs, WindowFactory
from tests.ui.helpers import click, retype, stored


@pytest.fixture
def second_database(database: Database) -> Iterator[Database]:
    """The same file opened again, as a colleague's StageDesk would."""
    assert database.path is not None
    other = open_sqlite(database.path)
    yield other
    other.dispose()


def open_running(window: MainWindow, seed: Seed) -> RecordListPage:
    assert window.open_record(Internship, seed.internships["running"])
    page = window.pages["internships"]
    assert isinstance(page, RecordListPage)
    assert page.editor.record_id == seed.internships["running"]
    return page


def test_the_later_save_is_refused_and_the_first_kept(
    make_window: WindowFactory,
    second_database: Database,
    database: Database,
    qtbot,
    seed: Seed,
    dialogs: Dialogs,
) -> None:
    first = open_running(make_window(), seed)
    second = open_running(make_window(second_database), seed)
    hours_first = first.editor.field("hours_per_week").widget
    hours_second = second.editor.field("hours_per_week").widget
    assert hours_first.text() == hours_second.text() == "38"

    retype(qtbot, hours_first, "30")
    click(qtbot, first.editor.save_button)
    assert dialogs.shown == []
    retype(qtbot, hours_second, "20")
    click(qtbot, second.editor.save_button)

    [warning] = dialogs.texts("warning")
    assert "changed elsewhere" in warning
    assert stored(database, Internship, seed.internships["running"], "hours_per_week") == 30
    # The refused changes are still on screen, to be made again on the newest version.
    assert hours_second.text() == "20" and second.editor.is_dirty()
    click(qtbot, second.editor.revert_button)
    assert hours_second.text() == "30"
    retype(qtbot, hours_second, "20")
    click(qtbot, second.editor.save_button)
    assert stored(database, Internship, seed.internships["running"], "hours_per_week") == 20
    assert len(dialogs.texts("warning")) == 1
