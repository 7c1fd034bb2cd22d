"""The print dialog: choose whose forms, see how many, print them off the GUI thread with
progress, cancel, and hear about failures — on real widgets and a real database."""

from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QAbstractButton
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from stagedesk.core.db.database import Database
from stagedesk.core.demo.generate import DemoOptions, generate
from stagedesk.core.forms.codes import FormCode
from stagedesk.core.forms.tools import open_response
from stagedesk.core.models import FormResponse
from stagedesk.output.pdf.forms import batch
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.labels import ui_language
from stagedesk.ui.kit.settings import open_settings
from stagedesk.ui.printing.choices import ENDING, OF_UNIT, RUNNING, STARTING
from stagedesk.ui.printing.dialog import VARIANTS, PrintDialog
from stagedesk.ui.shell.main_window import MainWindow
from tests.seed import TODAY, Seed
from tests.ui.conftest import Dialogs
from tests.ui.helpers import click, count

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

SURVEY = "intern_survey"


@pytest.fixture
def context(database: Database, settings_path: str) -> AppContext:
    return AppContext(database, open_settings(settings_path), today=lambda: TODAY)


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """Where the forms go: a folder of its own (the database is in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


class Opened(list[Path]):
    """What the dialog asked the system to open."""


def make_dialog(qtbot: QtBot, context: AppContext) -> tuple[PrintDialog, Opened]:
    dialog = PrintDialog(context)
    qtbot.addWidget(dialog)
    opened = Opened()
    dialog.open_result = opened.append
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog, opened


def pick_form(qtbot: QtBot, dialog: PrintDialog, form_id: str) -> None:
    """Type the form's title on the drop-down, as a keyboard user does."""
    title = dialog.context.forms.get(form_id).title.get(ui_language())
    dialog.form_box.setFocus()
    qtbot.keyClicks(dialog.form_box, title)
    assert dialog.form_box.currentText() == title


def choose(qtbot: QtBot, dialog: PrintDialog, which: int) -> None:
    press(qtbot, dialog.which.button(which))


def press(qtbot: QtBot, radio: QAbstractButton) -> None:
    """Click a radio button on its circle (a wide one ignores clicks beyond its text)."""
    assert radio.isVisible() and radio.isEnabled(), f"{radio.text()!r} cannot be clicked"
    qtbot.mouseClick(radio, Qt.MouseButton.LeftButton, pos=QPoint(8, radio.height() // 2))
    assert radio.isChecked()


def test_the_count_follows_the_choice(qtbot: QtBot, seed: Seed, context: AppContext) -> None:
    dialog, _opened = make_dialog(qtbot, context)
    pick_form(qtbot, dialog, SURVEY)
    # Céline's internship ends on 20/03/2026, this month; Sara's starts on 16/03.
    assert dialog.which.button(ENDING).isChecked()
    assert dialog.count_label.text() == "1 internship(s)"
    assert dialog.count_label.toolTip() == "Céline Lambert"
    choose(qtbot, dialog, STARTING)
    assert dialog.count_label.toolTip() == "Sara El Amrani"
    choose(qtbot, dialog, RUNNING)
    assert dialog.count_label.toolTip() == "Céline Lambert"
    choose(qtbot, dialog, OF_UNIT)
    assert dialog.unit_box.isEnabled()
    dialog.unit_box.setFocus()
    qtbot.keyClicks(dialog.unit_box, "ICT")
    assert dialog.count_label.toolTip() == "Sara El Amrani"
    qtbot.keyClick(dialog.unit_box, Qt.Key.Key_Up)
    assert dialog.unit_box.currentText() == "Communicatie"
    assert dialog.count_label.toolTip() == "Céline Lambert"
    choose(qtbot, dialog, ENDING)
    assert not dialog.unit_box.isEnabled()
    assert dialog.print_button.isEnabled()


def test_nothing_to_print_leaves_print_disabled(
    qtbot: QtBot, database: Database, context: AppContext
) -> None:
    dialog, _opened = make_dialog(qtbot, context)  # an empty database
    assert dialog.count_label.text() == "No internships match this choice."
    assert not dialog.print_button.isEnabled()


def test_fillable_forms_go_to_a_folder_and_the_dialog_says_why(
    qtbot: QtBot, seed: Seed, context: AppContext
) -> None:
    dialog, _opened = make_dialog(qtbot, context)
    assert dialog.one_file_radio.isChecked()
    assert not dialog.output_note.isVisible()
    press(qtbot, dialog.variants.button(VARIANTS.index(batch.Variant.FILLABLE)))
    assert not dialog.one_file_radio.isEnabled()
    assert dialog.folder_radio.isChecked()
    assert dialog.output_note.isVisible()
    assert "one file per internship" in dialog.output_note.text()
    press(qtbot, dialog.variants.button(VARIANTS.index(batch.Variant.BLANK)))
    assert dialog.one_file_radio.isEnabled()
    assert not dialog.output_note.isVisible()


def test_printing_to_a_folder_shows_progress_and_opens_the_form(
    qtbot: QtBot, seed: Seed, database: Database, context: AppContext, out: Path
) -> None:
    dialog, opened = make_dialog(qtbot, context)
    pick_form(qtbot, dialog, SURVEY)
    press(qtbot, dialog.folder_radio)
    folder = out / "surveys"
    dialog.print_to(folder)
    assert dialog.cancel_button.isVisible()
    assert not dialog.print_button.isEnabled()
    qtbot.waitUntil(lambda: bool(opened), timeout=20_000)
    assert dialog.progress.value() == dialog.progress.maximum() == 1
    assert dialog.status.text() == "1 form(s) printed"
    [printed] = list(folder.iterdir())
    assert opened == [printed]  # one form: the PDF itself, not the folder
    assert count(database, FormResponse, FormResponse.form_id == SURVEY) == 1
    with database.sessions() as session:
        response = session.scalar(select(FormResponse.id))
    assert printed.name == f"intern_survey-celine-lambert-{FormCode(response).short}.pdf"
    assert "Céline Lambert" in (PdfReader(printed).pages[0].extract_text() or "")
    assert not dialog.cancel_button.isVisible()
    assert dialog.print_button.isEnabled()


@pytest.fixture
def demo(database: Database) -> Database:
    generate(database.sessions, DemoOptions(years=1, per_year=60, today=TODAY))
    return database


def test_cancel_stops_and_writes_no_pdf(
    qtbot: QtBot, demo: Database, context: AppContext, out: Path
) -> None:
    dialog, opened = make_dialog(qtbot, context)
    choose(qtbot, dialog, RUNNING)
    total = dialog.count
    assert total >= 10
    target = out / "surveys.pdf"
    dialog.print_to(target)
    job = dialog.job
    assert job is not None
    with qtbot.waitSignal(job.cancelled, timeout=20_000):
        click(qtbot, dialog.cancel_button)
    text = dialog.status.text()
    assert text.startswith("Cancelled after ") and text.endswith(
        f" of {total} forms; no PDF was written."
    ), text
    done = int(text.split()[2])
    assert done < total
    assert not target.exists() and list(out.iterdir()) == []
    assert opened == []
    assert dialog.job is None and dialog.print_button.isEnabled()


def test_escape_while_printing_cancels_instead_of_closing(
    qtbot: QtBot, demo: Database, context: AppContext, out: Path
) -> None:
    dialog, _opened = make_dialog(qtbot, context)
    choose(qtbot, dialog, RUNNING)
    press(qtbot, dialog.folder_radio)
    dialog.print_to(out)
    job = dialog.job
    assert job is not None
    with qtbot.waitSignal(job.cancelled, timeout=20_000):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    done = len(list(out.glob("*.pdf")))
    assert dialog.status.text() == (
        f"Cancelled after {done} of {dialog.count} forms; those already saved stay in the folder."
    )
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_a_failure_is_explained_and_saved_forms_are_listed(
    qtbot: QtBot, demo: Database, context: AppContext, dialogs: Dialogs, out: Path
) -> None:
    # The second form's file name is taken by a folder: the first form is saved, then the
    # batch stops.
    selection = batch.ending_this_month(SURVEY, TODAY)
    definition = context.forms.get(SURVEY)
    with demo.sessions.begin() as session:
        chosen = batch.internships_for(session, selection)
        codes = [FormCode(open_response(session, definition, i)).short for i, _n in chosen[:2]]
    assert len(chosen) >= 2
    names = [
        f"{SURVEY}-{batch.slug(n)}-{c}.pdf" for (_i, n), c in zip(chosen[:2], codes, strict=True)
    ]
    (out / names[1]).mkdir()
    dialog, opened = make_dialog(qtbot, context)
    pick_form(qtbot, dialog, SURVEY)
    press(qtbot, dialog.folder_radio)
    dialog.print_to(out)
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)
    [warning] = dialogs.texts("warning")
    assert warning.startswith("The forms could not be printed.\n\nDetails: ")
    assert "Traceback" not in warning
    assert f"These forms were saved in {out} before the problem:\n• {names[0]}" in warning
    assert opened == []
    assert dialog.status.text() == "The forms could not be printed."


def test_ctrl_p_opens_the_dialog(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.findChild(PrintDialog) is not None)
    dialog = window.findChild(PrintDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.count_label.text() == "1 internship(s)"
    dialog.close()


def test_forms_and_checklists_are_offered_but_not_the_card(
    qtbot: QtBot, seed: Seed, context: AppContext
) -> None:
    dialog, _opened = make_dialog(qtbot, context)
    offered = [dialog.form_box.itemData(i) for i in range(dialog.form_box.count())]
    assert set(offered) == {
        "info_sheet",
        "intern_survey",
        "mentor_survey",
        "logistics_checklist",
        "welcome_checklist",
    }
    assert dialog.form_box.currentData() in ("intern_survey", "mentor_survey")
