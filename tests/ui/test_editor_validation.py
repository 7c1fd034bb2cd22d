"""Editors check as the user types, say what is wrong next to the field, and save only
what is valid."""

import datetime as dt

from PySide6.QtWidgets import QLabel, QWidget
from sqlalchemy import select

from stagedesk.core.db.database import Database
from stagedesk.core.models import Candidate, Internship, InternshipStatus, Unit
from stagedesk.ui.kit.list_page import RecordListPage
from stagedesk.ui.shell.main_window import MainWindow
from stagedesk.ui.shell.pages import TabbedListsPage
from tests.seed import Seed
from tests.ui.helpers import (
    choose,
    click,
    click_tab,
    count,
    retype,
    row_texts,
    stored,
    type_date,
)

END_BEFORE_START = "The end date lies before the start date."
REQUIRED = "This field is required."


def assert_readable(qtbot, editor: QWidget, text: str) -> None:
    """The message is shown whole: as wide as it needs or as tall as its wrapped lines."""
    [label] = [m for m in editor.findChildren(QLabel, "fieldError") if m.text() == text]
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
    needed = label.fontMetrics().horizontalAdvance(text)
    assert label.width() >= min(needed, label.parentWidget().width() // 3), "squeezed"


def internships_page(window: MainWindow) -> RecordListPage:
    page = window.go_to("internships")
    assert isinstance(page, RecordListPage)
    return page


def test_internship_is_checked_while_typing_and_saved_only_when_valid(
    window: MainWindow, qtbot, database: Database, seed: Seed
) -> None:
    page = internships_page(window)
    editor = page.editor
    click(qtbot, page.new_button)
    assert editor.record_id is None
    # Nothing is reported on fields the user has not touched yet.
    assert editor.error_text("unit_id") == ""

    choose(qtbot, editor.field("candidate_id").widget, "lamb", "Céline Lambert")
    choose(qtbot, editor.field("unit_id").widget, "ict", "ICT")
    type_date(qtbot, editor.field("start_date").widget, "30/04/2026")
    type_date(qtbot, editor.field("end_date").widget, "01/04/2026")
    assert editor.error_text("end_date") == END_BEFORE_START
    assert editor.error_text("start_date") == ""

    click(qtbot, editor.save_button)
    assert count(database, Internship) == 2  # nothing written
    assert editor.record_id is None
    assert editor.error_text("end_date") == END_BEFORE_START

    retype(qtbot, editor.field("hours_per_week").widget, "99")
    assert editor.error_text("hours_per_week") == "Enter a number from 1 to 60."
    assert_readable(qtbot, editor, "Enter a number from 1 to 60.")
    retype(qtbot, editor.field("hours_per_week").widget, "abc")
    assert editor.error_text("hours_per_week") == "Enter a whole number."

    # Céline already has an internship from 02/02/2026 to 20/03/2026.
    type_date(qtbot, editor.field("start_date").widget, "01/03/2026")
    type_date(qtbot, editor.field("end_date").widget, "30/04/2026")
    assert editor.error_text("end_date") == ""
    assert editor.error_text("start_date") == (
        "This intern already has an internship from 02/02/2026 to 20/03/2026 over these dates."
    )

    # Choosing "stopped early" asks at once for the reason and who stopped it, on the
    # fields that need them, before the user has touched those.
    choose(qtbot, editor.field("status").widget, "stopped", "Stopped early")
    assert editor.error_text("stop_reason") == "Say why the internship was stopped early."
    assert editor.error_text("stopped_by") == "Say who stopped the internship."
    click(qtbot, editor.save_button)
    assert count(database, Internship) == 2

    # Put everything right; every message goes away as the user fixes its field.
    type_date(qtbot, editor.field("start_date").widget, "01/04/2026")
    assert editor.error_text("start_date") == ""
    retype(qtbot, editor.field("hours_per_week").widget, "32")
    assert editor.error_text("hours_per_week") == ""
    choose(qtbot, editor.field("status").widget, "plan", "Planned")
    assert editor.error_text("stop_reason") == ""
    assert editor.error_text("stopped_by") == ""
    with qtbot.waitSignal(editor.saved) as saved:
        click(qtbot, editor.save_button)

    new_id = saved.args[0]
    with database.sessions() as session:
        made = session.get(Internship, new_id)
        assert made is not None
        assert (made.candidate_id, made.unit_id) == (
            seed.candidates["celine"],
            seed.units["ict"],
        )
        assert (made.start_date, made.end_date) == (dt.date(2026, 4, 1), dt.date(2026, 4, 30))
        assert made.hours_per_week == 32
        assert made.status == InternshipStatus.PLANNED
    assert count(database, Internship) == 3
    row = page.model.row_of(new_id)
    assert row is not None
    assert row_texts(page.model, row)[:2] == ["Céline Lambert", "ICT"]
    assert "01/04/2026" in row_texts(page.model, row)
    assert page.view.currentIndex().row() == row  # the saved record stays selected
    assert editor.record_id == new_id and not editor.is_dirty()


def test_candidate_messages(window: MainWindow, qtbot, database: Database, seed: Seed) -> None:
    page = window.go_to("candidates")
    assert isinstance(page, TabbedListsPage)
    candidates = page.lists[0]
    editor = candidates.editor
    click(qtbot, candidates.new_button)

    retype(qtbot, editor.field("first_name").widget, "Noor")
    retype(qtbot, editor.field("last_name").widget, "Vermeulen")
    retype(qtbot, editor.field("last_name").widget, "")
    assert editor.error_text("last_name") == REQUIRED
    retype(qtbot, editor.field("email").widget, "noor.example.be")
    assert editor.error_text("email") == "This is not a valid e-mail address."
    choose(qtbot, editor.field("tg_disability").widget, "y", "yes")
    consent = "Target-group answers may only be stored with a recorded consent date."
    assert editor.error_text("tg_disability") == consent

    click(qtbot, editor.save_button)
    assert count(database, Candidate) == 3

    retype(qtbot, editor.field("last_name").widget, "Vermeulen")
    retype(qtbot, editor.field("email").widget, "noor@example.be")
    type_date(qtbot, editor.field("consent_date").widget, "01/03/2026")
    for name in ("last_name", "email", "tg_disability"):
        assert editor.error_text(name) == "", name
    click(qtbot, editor.save_button)
    with database.sessions() as session:
        noor = session.scalars(select(Candidate).where(Candidate.first_name == "Noor")).one()
        assert noor.email == "noor@example.be"
        assert noor.tg_disability is True
        assert noor.consent_date == dt.date(2026, 3, 1)
        assert noor.tg_migration_background is None  # not answered is not "no"
    # A future consent date is refused too.
    type_date(qtbot, editor.field("consent_date").widget, "03/03/2026")
    assert editor.error_text("consent_date") == "This date lies in the future."
    click(qtbot, editor.revert_button)


def test_unit_name_must_be_unique_whatever_the_case(
    window: MainWindow, qtbot, database: Database, seed: Seed
) -> None:
    page = window.go_to("people")
    assert isinstance(page, TabbedListsPage)
    click_tab(qtbot, page, 1)
    units = page.lists[1]
    assert page.currentWidget() is units
    click(qtbot, units.new_button)
    retype(qtbot, units.editor.field("name").widget, "communicatie ")
    assert units.editor.error_text("name") == "This name is already in use."
    click(qtbot, units.editor.save_button)
    assert count(database, Unit) == 2
    retype(qtbot, units.editor.field("name").widget, "Communicatie en pers")
    assert units.editor.error_text("name") == ""
    click(qtbot, units.editor.save_button)
    assert count(database, Unit) == 3


def test_target_group_answers_need_consent_and_keep_no_apart_from_unanswered(
    window: MainWindow, qtbot, database: Database, seed: Seed
) -> None:
    page = window.go_to("candidates")
    assert isinstance(page, TabbedListsPage)
    candidates = page.lists[0]
    editor = candidates.editor
    sara = seed.candidates["sara"]
    assert candidates.open_record(sara)
    question = editor.field("tg_migration_background").widget
    assert question.currentText() == ""  # Sara never answered

    choose(qtbot, question, "n", "no")  # an answer, even "no", needs her consent
    assert editor.error_text("tg_migration_background") == (
        "Target-group answers may only be stored with a recorded consent date."
    )
    type_date(qtbot, editor.field("consent_date").widget, "15/02/2026")
    assert editor.error_text("tg_migration_background") == ""
    click(qtbot, editor.save_button)
    assert stored(database, Candidate, sara, "tg_migration_background") is False
    assert stored(database, Candidate, sara, "tg_disability") is None

    editor.load(sara)  # shown again as she answered
    assert question.currentText() == "no"
    assert editor.field("tg_disability").widget.currentText() == ""
