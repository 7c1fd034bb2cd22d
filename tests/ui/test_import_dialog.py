"""Forms coming back through the window: dropped or chosen PDFs, what they change, apply;
a form's code typed in the toolbar opens its record and the form."""

from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from pytestqt.qtbot import QtBot

from stagedesk.core.db.database import Database
from stagedesk.core.forms import FormRegistry
from stagedesk.core.forms.codes import FormCode
from stagedesk.core.forms.responses import load_answers
from stagedesk.core.models import FormResponse, ResponseStatus
from stagedesk.ui.forms.form_dialog import FormDialog
from stagedesk.ui.internships.editor import InternshipEditor
from stagedesk.ui.kit.list_page import RecordListPage
from stagedesk.ui.printing.filled_in import ImportDialog
from stagedesk.ui.shell.main_window import MainWindow
from tests.output.test_pdf_read import _fill, _print, _save_as_a_reader_does
from tests.seed import Seed
from tests.ui.helpers import click, stored


def _filled_survey(database: Database, seed: Seed, folder: Path) -> tuple[Path, int]:
    printed, filled = folder / "printed.pdf", folder / "enquête remplie.pdf"
    response_id = _print(database, seed, "intern_survey", printed)
    values, _ = _fill(FormRegistry.load().get("intern_survey"))
    _save_as_a_reader_does(printed, values, filled)
    return filled, response_id


def _drop(window: MainWindow, files: list[Path]) -> None:
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    event = QDropEvent(
        QPointF(200, 200),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)


def test_dropped_forms_show_their_changes_and_apply(
    window: MainWindow, qtbot: QtBot, database: Database, seed: Seed, tmp_path: Path
) -> None:
    filled, response_id = _filled_survey(database, seed, tmp_path)
    junk = tmp_path / "scan.pdf"
    junk.write_bytes(b"%PDF-1.4 broken")
    _drop(window, [filled, junk])
    dialog = window.import_dialog
    assert isinstance(dialog, ImportDialog)
    qtbot.waitExposed(dialog)
    assert len(dialog.plans) == 1 and dialog.plans[0].response_id == response_id
    assert dialog.refused == ["scan.pdf is damaged or is not a PDF file."]
    model = dialog.tree.model()
    top = model.index(0, 0)  # in the order the files came
    assert top.data().startswith("enquête remplie.pdf")
    assert model.rowCount(top) == len(dialog.plans[0].changes) > 10
    assert top.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked
    assert dialog.tree.isExpanded(top)  # the changes in sight
    refused = model.index(1, 0)
    assert refused.data() == "scan.pdf is damaged or is not a PDF file."
    assert model.rowCount(refused) == 0 and refused.data(Qt.ItemDataRole.CheckStateRole) is None
    assert stored(database, FormResponse, response_id, "status") == ResponseStatus.DRAFT
    click(qtbot, dialog.apply_button)
    assert dialog.summary.text() == "1 form(s) applied."
    assert stored(database, FormResponse, response_id, "status") == ResponseStatus.COMPLETE
    definition = FormRegistry.load().get("intern_survey")
    with database.sessions() as session:
        assert len(load_answers(session, definition, response_id)) > 10


def test_an_unticked_form_is_not_applied(
    window: MainWindow, qtbot: QtBot, database: Database, seed: Seed, tmp_path: Path
) -> None:
    filled, response_id = _filled_survey(database, seed, tmp_path)
    window.import_files([filled])
    dialog = window.import_dialog
    view = dialog.tree
    top = view.model().index(0, 0)
    assert [plan.response_id for plan in dialog.ticked()] == [response_id]
    # The user unticks it from the keyboard: the line chosen, then Space.
    view.setFocus()
    view.setCurrentIndex(top)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert top.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert dialog.ticked() == []
    click(qtbot, dialog.apply_button)
    assert dialog.summary.text() == "0 form(s) applied."
    definition = FormRegistry.load().get("intern_survey")
    with database.sessions() as session:
        assert load_answers(session, definition, response_id) == {}


def test_a_typed_code_opens_the_record_and_its_form(
    window: MainWindow, qtbot: QtBot, database: Database, seed: Seed, tmp_path: Path
) -> None:
    _, response_id = _filled_survey(database, seed, tmp_path)
    box = window.toolbar.code
    box.setFocus()
    qtbot.keyClicks(box, FormCode(response_id).short.lower())  # typed in any case
    qtbot.keyClick(box, Qt.Key.Key_Return)
    page = window.pages["internships"]
    assert isinstance(page, RecordListPage) and isinstance(page.editor, InternshipEditor)
    assert page.editor.record_id == seed.internships["running"]
    assert isinstance(window.form_dialog, FormDialog)
    assert box.text() == ""
    qtbot.keyClicks(box, "SD-12-Q")  # a typo: the check letter does not match
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert "is not a form code" in window.statusBar().currentMessage()
