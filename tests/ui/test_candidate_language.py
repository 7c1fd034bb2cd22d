"""A new candidate speaks their school's language, unless chosen by hand."""

from PySide6.QtCore import Qt

from stagedesk.core.db.database import Database
from stagedesk.core.models import Language, School, SchoolKind
from stagedesk.ui.shell.main_window import MainWindow
from stagedesk.ui.shell.pages import TabbedListsPage
from tests.seed import Seed
from tests.ui.helpers import choose


def test_a_student_of_a_french_speaking_school_gets_french(
    window: MainWindow, qtbot, database: Database, seed: Seed
) -> None:
    with database.sessions.begin() as s:
        s.add(School(name="Haute École du Canal", kind=SchoolKind.UNIVERSITY_COLLEGE,
                     language=Language.FRENCH))  # fmt: skip
    page = window.go_to("candidates")
    assert isinstance(page, TabbedListsPage)
    editor = page.lists[0].editor
    qtbot.keyClick(page.lists[0].view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert editor.record_id is None
    assert editor.field("language").value() == Language.DUTCH
    choose(qtbot, editor.field("school_id").widget, "Canal", "Haute École du Canal")
    assert editor.field("language").value() == Language.FRENCH
    choose(qtbot, editor.field("language").widget, "Eng", "English")  # by hand: it stays
    choose(qtbot, editor.field("school_id").widget, "Zenne", "Hogeschool Zennevallei")
    assert editor.field("language").value() == Language.ENGLISH
    editor.revert()
