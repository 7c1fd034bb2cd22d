"""The generic form view: every field type drawn from a definition, typed into, saved,
read back; completing, ranges, facts filled in advance, languages, old versions."""

import datetime as dt
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from stagedesk.core.db.database import Database
from stagedesk.core.forms import (
    CheckAnswer,
    CheckStatus,
    Column,
    Definition,
    FieldType,
    FormRegistry,
    ScaleAnswer,
    builtin_dir,
    load_definition,
    parse_source,
)
from stagedesk.core.forms.responses import load_answers, start_response
from stagedesk.core.models import FormResponse, ResponseStatus
from stagedesk.core.records.validation import OUT_OF_RANGE, REQUIRED
from stagedesk.ui.forms.form_dialog import FormDialog
from stagedesk.ui.forms.form_view import FormView
from stagedesk.ui.forms.rows_model import RowsModel
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.settings import open_settings
from tests.core.test_forms_engine import EVERY_TYPE
from tests.seed import TODAY, Seed
from tests.ui.conftest import Button, Dialogs
from tests.ui.helpers import CTRL, LEFT, click, retype, stored, tick, type_date

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

OpenView = Callable[[int], FormView]


def translated(message: str) -> str:
    return QCoreApplication.translate("Validation", message)


@pytest.fixture
def forms_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "forms"
    folder.mkdir()
    (folder / "everything.toml").write_text(EVERY_TYPE, encoding="utf-8")
    return folder


@pytest.fixture
def context(database: Database, seed: Seed, settings_path: str, forms_dir: Path) -> AppContext:
    registry = FormRegistry.load([forms_dir])
    return AppContext(database, open_settings(settings_path), today=lambda: TODAY, forms=registry)


def start(context: AppContext, definition: Definition, record_id: int, language: str = "nl"):
    with context.sessions.begin() as session:
        return start_response(session, definition, record_id, language=language).id


@pytest.fixture
def response_id(context: AppContext, seed: Seed) -> int:
    return start(context, context.forms.get("everything"), seed.internships["running"])


@pytest.fixture
def open_view(qtbot: QtBot, context: AppContext) -> OpenView:
    def open_(response: int) -> FormView:
        view = FormView(context, response)
        qtbot.addWidget(view)
        view.resize(900, 700)
        view.show()
        qtbot.waitExposed(view)
        view.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
        return view

    return open_


def parts(view: FormView, field_id: str, kind: type[QWidget]) -> list:
    return view.input(field_id).widget.findChildren(kind)


def note_box(view: FormView, field_id: str) -> QLineEdit:
    return next(e for e in parts(view, field_id, QLineEdit) if e.placeholderText() == "Opmerking")


def button(view: FormView, field_id: str, text: str) -> QRadioButton | QCheckBox:
    found = parts(view, field_id, QRadioButton) + parts(view, field_id, QCheckBox)
    return next(b for b in found if b.text() == text)


def test_every_field_type_is_drawn(open_view: OpenView, response_id: int) -> None:
    view = open_view(response_id)
    assert view.title.text() == "nl" and view.status.text() == "Draft"
    assert len(view.page.findChildren(QGroupBox)) == 1
    assert view.caption("short") == "nl *" and view.caption("long") == "nl"
    assert isinstance(view.input("short").widget, QLineEdit)
    long_box, short_box = view.input("long").widget, view.input("short").widget
    assert isinstance(long_box, QPlainTextEdit) and long_box.height() > 4 * short_box.height()
    assert isinstance(view.input("when").widget, QDateEdit)
    assert len(parts(view, "weeks", QLineEdit)) == 1
    pick = view.input("pick").widget
    assert isinstance(pick, QComboBox) and pick.count() == 3 and pick.currentText() == ""
    assert len(parts(view, "several", QCheckBox)) == 2
    # The form's own words, in the form's language (Dutch here).
    assert [b.text() for b in parts(view, "again", QRadioButton)] == ["Ja", "Nee"]
    scale = [b.text() for b in parts(view, "score", QRadioButton)]
    assert scale == ["1", "2", "3", "4", "5", "n.v.t."]
    assert len(parts(view, "score", QLineEdit)) == 1  # notes = true
    assert len(parts(view, "skip", QLineEdit)) == 0
    assert [b.text() for b in parts(view, "badge", QCheckBox)] == ["Gedaan", "Niet nodig"]
    shown = [label.text() for label in parts(view, "badge", QLabel)]
    assert "Tegen 28/01/2026" in shown  # five days before the 2 February start
    table = parts(view, "programme", QTableView)[0]
    assert table.model().columnCount() == 2 and table.model().rowCount() == 0
    assert {b.text() for b in parts(view, "programme", QPushButton)} == {"Add row", "Remove row"}
    infos = [label for label in view.page.findChildren(QLabel) if label.objectName() == "formInfo"]
    assert len(infos) == 1 and "<b>nl</b>" in infos[0].text()
    assert not view.is_dirty()


def fill_everything(qtbot: QtBot, view: FormView) -> None:
    retype(qtbot, view.input("short").widget, "Goed begonnen")
    long_box = view.input("long").widget
    retype(qtbot, long_box, "Lijn 1")
    qtbot.keyClick(long_box, Qt.Key.Key_Return)
    qtbot.keyClicks(long_box, "Lijn 2")
    type_date(qtbot, view.input("when").widget, "01/03/2026")
    retype(qtbot, parts(view, "weeks", QLineEdit)[0], "12")
    pick = view.input("pick").widget
    pick.setFocus()
    qtbot.keyClick(pick, Qt.Key.Key_Down)
    qtbot.keyClick(pick, Qt.Key.Key_Down)  # the empty entry, a, then b
    for box in parts(view, "several", QCheckBox):
        tick(qtbot, box)
    qtbot.mouseClick(button(view, "again", "Nee"), LEFT)
    qtbot.mouseClick(button(view, "score", "4"), LEFT)
    retype(qtbot, parts(view, "score", QLineEdit)[0], "Sterk in overleg")
    qtbot.mouseClick(button(view, "skip", "n.v.t."), LEFT)
    tick(qtbot, button(view, "badge", "Gedaan"))  # the date it was done becomes today
    retype(qtbot, note_box(view, "badge"), "Badge 17")
    fill_programme(qtbot, view)


def fill_programme(qtbot: QtBot, view: FormView) -> None:
    table = parts(view, "programme", QTableView)[0]
    add = next(b for b in parts(view, "programme", QPushButton) if b.text() == "Add row")

    def commit(text: str) -> None:
        qtbot.keyClicks(table.focusWidget(), text)
        qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Return)  # the table takes it later
        qtbot.waitUntil(lambda: table.state() != QTableView.State.EditingState)

    click(qtbot, add)  # opens the first cell, a date
    type_date(qtbot, table.focusWidget(), "02/03/2026")
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Tab)
    commit("Onthaal")
    click(qtbot, add)
    qtbot.keyClick(table.focusWidget(), Qt.Key.Key_Tab)  # no date: the cell stays empty
    commit("Team")


EXPECTED = {
    "short": "Goed begonnen",
    "long": "Lijn 1\nLijn 2",
    "when": dt.date(2026, 3, 1),
    "weeks": Decimal(12),
    "pick": "b",
    "several": ["x", "y"],
    "again": False,
    "score": ScaleAnswer(4, note="Sterk in overleg"),
    "skip": ScaleAnswer(not_applicable=True),
    "badge": CheckAnswer(CheckStatus.DONE, TODAY, "Badge 17", dt.date(2026, 1, 28)),
    "programme": [{"day": dt.date(2026, 3, 2), "what": "Onthaal"}, {"what": "Team"}],
}


def test_answers_of_every_type_are_saved_and_shown_again(
    qtbot: QtBot, open_view: OpenView, response_id: int, context: AppContext
) -> None:
    view = open_view(response_id)
    fill_everything(qtbot, view)
    assert view.is_dirty() and view.revert_button.isEnabled()
    with qtbot.waitSignal(view.saved) as saved, qtbot.waitSignal(context.data_changed) as what:
        click(qtbot, view.save_button)
    assert saved.args == [response_id] and what.args == [FormResponse]
    assert not view.is_dirty() and view.status.text() == "Draft"
    with context.sessions() as session:
        assert load_answers(session, context.forms.get("everything"), response_id) == EXPECTED
    again = open_view(response_id)
    assert {k: v for k, v in again.answers().items() if v is not None} == EXPECTED
    assert again.input("programme").widget.findChild(QTableView).model().index(0, 0).data() == (
        "02/03/2026"
    )
    assert stored(context.database, FormResponse, response_id, "status") == ResponseStatus.DRAFT


def test_an_answer_can_be_taken_back(qtbot: QtBot, open_view: OpenView, response_id: int):
    view = open_view(response_id)
    yes = button(view, "again", "Ja")
    qtbot.mouseClick(yes, LEFT)
    qtbot.mouseClick(button(view, "again", "Nee"), LEFT)
    assert view.input("again").value() is False and not yes.isChecked()
    qtbot.mouseClick(button(view, "again", "Nee"), LEFT)  # clicked again: not answered
    assert view.input("again").value() is None
    qtbot.mouseClick(button(view, "score", "3"), LEFT)
    assert view.input("score").value() == ScaleAnswer(3)
    qtbot.mouseClick(button(view, "score", "3"), LEFT)
    assert view.input("score").value() is None
    tick(qtbot, button(view, "badge", "Gedaan"))
    tick(qtbot, button(view, "badge", "Niet nodig"))  # one or the other, never both
    assert view.input("badge").value().status is CheckStatus.NOT_NEEDED
    assert not button(view, "badge", "Gedaan").isChecked()
    buttons = {b.text(): b for b in parts(view, "programme", QPushButton)}
    click(qtbot, buttons["Add row"])
    click(qtbot, buttons["Remove row"])
    assert parts(view, "programme", QTableView)[0].model().rowCount() == 0


def test_completing_needs_the_required_field(
    qtbot: QtBot, open_view: OpenView, response_id: int, context: AppContext
) -> None:
    view = open_view(response_id)
    qtbot.mouseClick(button(view, "again", "Ja"), LEFT)
    assert view.error_text("short") == ""  # a draft may leave it empty
    click(qtbot, view.complete_button)
    assert view.error_text("short") == translated(REQUIRED)
    assert view.input("short").widget.property("invalid") is True
    assert view.input("short").widget.hasFocus()
    assert view.status.text() == "Draft"
    assert stored(context.database, FormResponse, response_id, "status") == ResponseStatus.DRAFT
    retype(qtbot, view.input("short").widget, "Klaar")
    assert view.error_text("short") == ""
    click(qtbot, view.complete_button)
    assert view.status.text() == "Completed on 02/03/2026"
    assert not view.complete_button.isVisible()
    assert stored(context.database, FormResponse, response_id, "completed_on") == TODAY


def test_a_number_out_of_range_is_named_next_to_it(
    qtbot: QtBot, open_view: OpenView, response_id: int, context: AppContext
) -> None:
    view = open_view(response_id)
    weeks = parts(view, "weeks", QLineEdit)[0]
    retype(qtbot, weeks, "60")
    expected = translated(OUT_OF_RANGE).format(low="1", high="52")
    assert view.error_text("weeks") == expected  # while typing
    click(qtbot, view.save_button)
    assert view.error_text("weeks") == expected
    with context.sessions() as session:
        assert load_answers(session, context.forms.get("everything"), response_id) == {}


def test_ctrl_s_saves_and_the_user_keeps_their_place(
    qtbot: QtBot, open_view: OpenView, response_id: int, context: AppContext
) -> None:
    view = open_view(response_id)
    weeks = parts(view, "weeks", QLineEdit)[0]
    retype(qtbot, weeks, "8")
    with qtbot.waitSignal(view.saved):
        qtbot.keyClick(weeks, Qt.Key.Key_S, CTRL)
    assert weeks.hasFocus() and weeks.text() == "8"
    assert not view.is_dirty() and not view.revert_button.isEnabled()
    with context.sessions() as session:
        answers = load_answers(session, context.forms.get("everything"), response_id)
    assert answers["weeks"] == Decimal(8)


def test_known_facts_fill_the_form_in_advance(
    qtbot: QtBot, forms_dir: Path, context: AppContext, seed: Seed, open_view: OpenView
) -> None:
    label = 'type = "text"\nlabel = { nl = "nl", fr = "fr", en = "en" }\n'
    with_sources = EVERY_TYPE.replace(label, label + 'source = "intern.name"\n', 1).replace(
        'type = "long_text"\n', 'type = "long_text"\nsource = "intern.email"\n', 1
    )
    (forms_dir / "everything.toml").write_text(with_sources, encoding="utf-8")
    context.forms = FormRegistry.load([forms_dir])
    definition = context.forms.get("everything")
    assert definition.field("short").source == "intern.name"
    response = start(context, definition, seed.internships["running"])
    view = open_view(response)
    assert view.input("short").value() == "Céline Lambert"
    assert view.input("long").value() == "celine@example.be"
    assert not view.is_dirty()
    with context.sessions() as session:
        assert load_answers(session, definition, response) == {}  # shown, not yet saved
    click(qtbot, view.save_button)
    with context.sessions() as session:
        assert load_answers(session, definition, response)["short"] == "Céline Lambert"


def test_the_language_changes_the_texts_and_keeps_the_answers(
    qtbot: QtBot, open_view: OpenView, response_id: int, context: AppContext
) -> None:
    view = open_view(response_id)
    retype(qtbot, view.input("short").widget, "Getypt")
    view.language_box.setFocus()
    qtbot.keyClick(view.language_box, Qt.Key.Key_Down)
    assert view.language_box.currentText() == "Français"
    assert view.caption("short") == "fr *" and view.title.text() == "fr"
    assert view.input("short").value() == "Getypt" and view.is_dirty()
    # The form's own words follow the form, whatever the window's language.
    assert [b.text() for b in parts(view, "again", QRadioButton)] == ["Oui", "Non"]
    click(qtbot, view.save_button)
    assert stored(context.database, FormResponse, response_id, "language") == "fr"


def test_an_old_response_opens_with_its_own_version(
    qtbot: QtBot, forms_dir: Path, context: AppContext, response_id: int, open_view: OpenView
) -> None:
    view = open_view(response_id)
    retype(qtbot, view.input("short").widget, "Oud antwoord")
    click(qtbot, view.save_button)
    renamed = EVERY_TYPE.replace("version = 1", "version = 2").replace(
        'id = "short"', 'id = "summary"'
    )
    (forms_dir / "everything.toml").write_text(renamed, encoding="utf-8")
    context.forms = FormRegistry.load([forms_dir])
    old = open_view(response_id)
    assert old.definition.version == 1
    assert old.input("short").value() == "Oud antwoord"
    assert "summary" not in old.page.inputs


def test_two_windows_on_one_form_do_not_overwrite_each_other(
    qtbot: QtBot, open_view: OpenView, response_id: int, dialogs: Dialogs
) -> None:
    first, second = open_view(response_id), open_view(response_id)
    retype(qtbot, first.input("short").widget, "Eerst")
    click(qtbot, first.save_button)
    retype(qtbot, second.input("short").widget, "Daarna")
    click(qtbot, second.save_button)
    assert "changed elsewhere" in dialogs.texts("warning")[0]
    click(qtbot, second.revert_button)
    assert second.input("short").value() == "Eerst"


def test_closing_with_unsaved_answers_asks(
    qtbot: QtBot, context: AppContext, response_id: int, dialogs: Dialogs
) -> None:
    dialog = FormDialog(context, response_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.windowTitle() == "nl"
    retype(qtbot, dialog.view.input("short").widget, "Niet bewaard")
    qtbot.keyClick(dialog.view.input("short").widget, Qt.Key.Key_Return)  # presses no button
    assert dialog.findChild(QTableView).model().rowCount() == 0  # "Add row" was not pressed
    assert dialog.view.input("short").value() == "Niet bewaard"
    dialogs.answer(Button.Cancel)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.isVisible() and dialog.view.input("short").value() == "Niet bewaard"
    dialogs.answer(Button.Discard)
    dialog.close()
    assert not dialog.isVisible()
    assert len(dialogs.texts("question")) == 2


RECORDS = {
    "internship": lambda seed: seed.internships["running"],
    "application": lambda seed: seed.applications["accepted"],
    "opportunity": lambda seed: seed.opportunities["writer"],
    "organisation": lambda seed: seed.organisation,
}


@pytest.mark.parametrize("path", sorted(builtin_dir().glob("*.toml")), ids=lambda path: path.stem)
def test_each_toolbox_form_is_drawn_in_three_languages(
    path: Path, context: AppContext, seed: Seed, open_view: OpenView
) -> None:
    definition = load_definition(path)
    context.forms = FormRegistry({definition.id: definition})
    view = open_view(start(context, definition, RECORDS[definition.record.value](seed)))
    for index, language in enumerate(("nl", "fr", "en")):
        view.language_box.setCurrentIndex(index)
        assert view.title.text() == definition.title.get(language)
        for field in definition.fields():
            if field.answers:
                assert view.caption(field.id).startswith(field.label.get(language))
    assert not view.is_dirty()


def test_screenshots_of_a_filled_form_and_a_toolbox_form(
    qtbot: QtBot, context: AppContext, seed: Seed, response_id: int, tmp_path: Path
) -> None:
    """For a look: `pytest -k screenshots --basetemp=/tmp/shots`, then open the PNGs."""
    shots = tmp_path / "screenshots"
    shots.mkdir()
    dialog = FormDialog(context, response_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    fill_everything(qtbot, dialog.view)
    dialog.view.save()
    click(qtbot, dialog.view.complete_button)  # "short" is filled in: it completes
    for name, widget in (("everything", dialog), ("everything_page", dialog.view.page)):
        assert widget.grab().save(str(shots / f"{name}.png"))
    for stem in ("question_set", "intern_survey"):
        path = builtin_dir() / f"{stem}.toml"
        if not path.exists():
            continue
        definition = load_definition(path)
        context.forms = FormRegistry({definition.id: definition})
        record = RECORDS[definition.record.value](seed)
        other = FormDialog(context, start(context, definition, record))
        qtbot.addWidget(other)
        other.show()
        qtbot.waitExposed(other)
        assert other.grab().save(str(shots / f"{stem}.png"))
        assert other.view.page.grab().save(str(shots / f"{stem}_page.png"))


def test_the_rows_model_edits_cells_by_column_type() -> None:
    definition = parse_source(EVERY_TYPE, "everything.toml")
    columns = definition.field("programme").columns
    model = RowsModel(columns, "fr")
    assert model.headerData(1, Qt.Orientation.Horizontal) == "fr"
    model.set_rows([{"day": dt.date(2026, 3, 2)}])
    assert model.index(0, 0).data() == "02/03/2026"
    assert model.setData(model.index(0, 1), "  Onthaal ")
    assert model.rows() == [{"day": dt.date(2026, 3, 2), "what": "Onthaal"}]
    assert model.setData(model.index(0, 0), None)  # Delete clears a cell
    assert model.add_row() == 1 and model.rowCount() == 2
    assert model.rows() == [{"what": "Onthaal"}]  # an empty row is not an answer
    assert not model.removeRows(2, 1) and model.removeRows(0, 1)
    assert model.rows() == []
    numbers = RowsModel((Column("hours", FieldType.NUMBER, columns[0].label),), "nl")
    numbers.add_row()
    assert numbers.setData(numbers.index(0, 0), "2,5")
    assert numbers.index(0, 0).data() == "2,5" and numbers.rows() == [{"hours": Decimal("2.5")}]
    assert not numbers.setData(numbers.index(0, 0), "twee")  # refused: the cell keeps 2,5
    assert numbers.rows() == [{"hours": Decimal("2.5")}]
