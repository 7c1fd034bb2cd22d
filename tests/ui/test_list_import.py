"""Importing an old Excel list from the window: columns matched (and matched by hand), a
preview with every row's problems, then all or nothing in the background — on real files,
the real database and real widgets."""

import csv
import datetime as dt
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import select

from stagedesk.core.db.database import Database
from stagedesk.core.imports import HEADERS, Column, cells, source
from stagedesk.core.imports.plan import CHANGED_MEANWHILE
from stagedesk.core.models import Candidate, Internship, InternshipKind, InternshipStatus, Unit
from stagedesk.ui.data.list_import import import_list, save_import_template
from stagedesk.ui.data.list_import.dialog import ImportListDialog
from stagedesk.ui.kit.labels import ui_language
from stagedesk.ui.shell.main_window import MainWindow
from tests.core.imports.lists import write_xlsx
from tests.ui.conftest import Dialogs
from tests.ui.helpers import click, click_header, click_row, column_texts, count

# Headers as an old list has them: Dutch and French, one with a trailing space.
HEADER = [
    "Voornaam", "Nom ", "E-mail", "Geboortedatum", "Dienst", "Fonction", "Mentor", "Statut",
    "Soort stage", "Begindatum", "Einddatum", "Uren",
]  # fmt: skip
# Dates as real dates and as text in three styles, the same person twice (the second time
# in capitals), blank rows, stray spaces.
GOOD_ROWS: list[list[Any]] = [
    ["Jan ", "Peeters", "jan.peeters@example.be", dt.datetime(2003, 5, 1), "ICT", "Helpdesk",
     "Marc Dubois", "afgerond", "curriculair", "01/03/2025", "2025-05-31", 38],
    [],
    ["  Céline", "Dubois ", None, "12.11.2002", "ict ", "helpdesk  ", None, "terminé",
     "volontaire", dt.datetime(2025, 7, 1), dt.datetime(2025, 8, 15), None],
    ["JAN", "peeters", "JAN.PEETERS@EXAMPLE.BE", None, "Communicatie", None, None, "geweigerd",
     None, None, None, None],
    [None] * 12,
    ["Els", "Maes", "els.maes@example.be", "2004-02-29", "HR", "Rekrutering", None, "gepland",
     "werkplekleren", "01/04/2026", "30/06/2026", "20"],
    ["Pierre", "Lejeune", "p.lejeune@example.be", None, "Communicatie", None, None, "entretien",
     None, None, None, None],
]  # fmt: skip
# Rows 9 and 10 of the messy list: a day that does not exist, an unknown kind word, a
# number where a date belongs; row 11 has no kind (a warning: "other" is used).
BAD_ROWS: list[list[Any]] = [
    ["Tom", "Wouters", None, None, "ICT", None, None, "afgerond", "stage-ding", "31/02/2024",
     "30/06/2024", None],
    ["Lies", "Smet", None, 1987, "HR", None, None, "kandidaat", None, None, None, None],
    ["Bram", "Aerts", None, None, "HR", None, None, "afgerond", None, "01/09/2024", "30/11/2024",
     None],
]  # fmt: skip


def translated(message: str, **params: Any) -> str:
    return QCoreApplication.translate("Import", message).format(**params)


def title(column: Column) -> str:
    return HEADERS[column].text(ui_language())


def open_dialog(qtbot: QtBot, window: MainWindow, path: Path) -> ImportListDialog:
    """The dialog on ``path``, once it has read the file."""
    dialog = import_list(window.context, window, path)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.job is None)
    return dialog


def wait_for(qtbot: QtBot, dialog: ImportListDialog) -> None:
    qtbot.waitUntil(lambda: dialog.job is None, timeout=20_000)


def preview(qtbot: QtBot, dialog: ImportListDialog) -> None:
    """From the columns to the checked preview."""
    assert dialog.stack.currentWidget() is dialog.columns_page
    click(qtbot, dialog.next_button)
    wait_for(qtbot, dialog)
    assert dialog.stack.currentWidget() is dialog.preview_page


def pick(qtbot: QtBot, combo: QComboBox, column: Column | None) -> None:
    """Choose a StageDesk column the keyboard way: arrow keys on the drop-down."""
    combo.setFocus()
    target = combo.findData(column) if column is not None else 0
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(abs(target - combo.currentIndex())):
        qtbot.keyClick(combo, key)
    assert combo.currentData() == column


def problems(dialog: ImportListDialog) -> list[tuple[int, str, str]]:
    """(row, column, kind) of each problem, as the table shows them."""
    model = dialog.preview_page.model
    rows, columns, kinds = (column_texts(model, column) for column in range(3))
    return list(zip(rows, columns, kinds, strict=True))


def closed(dialog: ImportListDialog) -> bool:
    """The dialog closed (it deletes itself then)."""
    return not isValid(dialog) or not dialog.isVisible()


def shot(dialog: ImportListDialog, folder: Path, name: str) -> None:
    folder.mkdir(exist_ok=True)
    QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)  # as the user sees it
    assert dialog.grab().save(str(folder / f"{name}.png"))


class Opened(list[Path]):
    """What StageDesk asked the system to open."""

    def __call__(self, url: QUrl) -> bool:
        self.append(Path(url.toLocalFile()))
        return True


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> Opened:
    recorder = Opened()
    monkeypatch.setattr(QDesktopServices, "openUrl", recorder)
    return recorder


def save_as(monkeypatch: pytest.MonkeyPatch, target: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: (str(target), ""))


def test_a_missing_column_blocks_until_an_unknown_header_is_matched_by_hand(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "oud.xlsx", ["Voornaam", "Naam student", "Dienst"], [["Jan", "Peeters", "ICT"]]
    )
    dialog = open_dialog(qtbot, window, path)
    page = dialog.columns_page
    assert [c.currentData() for c in page.combos] == [Column.FIRST_NAME, None, Column.UNIT]
    assert page.error.isVisible() and page.error.objectName() == "fieldError"
    assert title(Column.LAST_NAME) in page.error.text()
    assert not dialog.next_button.isEnabled()

    pick(qtbot, page.combos[1], Column.LAST_NAME)
    assert not page.error.isVisible()
    assert dialog.next_button.isEnabled()

    pick(qtbot, page.combos[2], Column.LAST_NAME)  # two columns for one, and no unit
    shot(dialog, tmp_path / "shots", "1-columns-doubled")
    assert "(B, C)" in page.error.text() and title(Column.UNIT) in page.error.text()
    assert page.combos[2].property("invalid") is True
    assert not dialog.next_button.isEnabled()
    pick(qtbot, page.combos[2], Column.UNIT)
    assert dialog.next_button.isEnabled()

    preview(qtbot, dialog)
    assert dialog.plan is not None and dialog.plan.created["candidates"] == 1
    assert dialog.import_button.isEnabled()


def test_the_preview_shows_every_problem_and_check_again_reads_the_fix(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened: Opened,
) -> None:
    path = write_xlsx(tmp_path / "stagiairs.xlsx", HEADER, GOOD_ROWS + BAD_ROWS)
    candidates = count(database, Candidate)
    dialog = open_dialog(qtbot, window, path)
    shot(dialog, tmp_path / "shots", "1-columns")
    preview(qtbot, dialog)
    shot(dialog, tmp_path / "shots", "2-preview")

    # Errors first, each with the file's row and the file's own header and letter.
    assert problems(dialog) == [
        (9, "Soort stage (I)", "Error"),
        (9, "Begindatum (J)", "Error"),
        (10, "Geboortedatum (D)", "Error"),
        (11, "Soort stage (I)", "Warning"),
    ]
    messages = column_texts(dialog.preview_page.model, 3)
    assert messages[1] == translated(cells.NO_SUCH_DAY, value="31/02/2024")
    assert messages[2] == translated(cells.NOT_A_DAY, value="1987")  # a year alone
    assert messages[0].startswith(translated("“{value}” is not known here.", value="stage-ding"))
    # Sorted by a click on a header; the chosen problem is shown in full below the table.
    view = dialog.preview_page.view
    for _ in range(2):
        click_header(qtbot, view, 0)
        descending = view.horizontalHeader().sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        assert [row for row, _, _ in problems(dialog)] == sorted([9, 9, 10, 11], reverse=descending)
    click_row(qtbot, view, [row for row, _, _ in problems(dialog)].index(10))
    detail = dialog.preview_page.detail.text()
    assert detail == f"Row 10, Geboortedatum (D): {messages[2]}"
    verdict = dialog.preview_page.verdict
    assert verdict.objectName() == "fieldError" and verdict.text().startswith("3 error(s)")
    assert not dialog.import_button.isEnabled()
    assert "Tom" not in dialog.preview_page.summary.text()

    # The problem list saved for Excel, then opened there.
    save_as(monkeypatch, tmp_path / "problemen")
    click(qtbot, dialog.preview_page.save_button)
    wait_for(qtbot, dialog)
    saved = tmp_path / "problemen.xlsx"
    assert opened == [saved]
    sheet = load_workbook(saved).worksheets[0]
    rows = list(sheet.iter_rows(values_only=True))
    assert [row[0] for row in rows] == ["Row", 9, 9, 10, 11]  # by row, whatever the table's sort
    assert rows[3] == (10, "Geboortedatum (D)", "Error", messages[2])
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", lambda *args: (str(tmp_path / "p"), "CSV file (*.csv)")
    )
    click(qtbot, dialog.preview_page.save_button)
    wait_for(qtbot, dialog)
    with (tmp_path / "p.csv").open(encoding="utf-8-sig", newline="") as saved_csv:
        assert list(csv.reader(saved_csv, delimiter=";"))[3] == [
            "10",
            "Geboortedatum (D)",
            "Error",
            messages[2],
        ]

    # The user corrects the file in Excel; the dialog reads it again.
    fixed = [*BAD_ROWS]
    fixed[0] = [*BAD_ROWS[0][:8], "curriculair", "29/02/2024", *BAD_ROWS[0][10:]]
    fixed[1] = [*BAD_ROWS[1][:3], dt.datetime(2004, 1, 1), *BAD_ROWS[1][4:]]
    write_xlsx(path, HEADER, GOOD_ROWS + fixed)
    click(qtbot, dialog.preview_page.recheck_button)
    wait_for(qtbot, dialog)
    assert dialog.stack.currentWidget() is dialog.preview_page
    assert problems(dialog) == [(11, "Soort stage (I)", "Warning")]
    assert verdict.objectName() != "fieldError"
    assert dialog.import_button.isEnabled()
    assert count(database, Candidate) == candidates  # checking writes nothing


def test_a_good_list_imports_and_a_second_import_creates_nothing(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "stagiairs.xlsx", HEADER, GOOD_ROWS)
    before = {model: count(database, model) for model in (Candidate, Internship, Unit)}
    changed: list[type] = []
    window.context.data_changed.connect(changed.append)
    dialog = open_dialog(qtbot, window, path)
    preview(qtbot, dialog)
    assert dialog.plan is not None
    created = dict(dialog.plan.created)
    assert created["candidates"] == 4  # JAN PEETERS is Jan Peeters
    assert problems(dialog) == []
    assert dialog.preview_page.verdict.objectName() != "fieldError"

    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: dialogs.texts("information") != [], timeout=20_000)
    qtbot.waitUntil(lambda: closed(dialog))
    assert count(database, Candidate) == before[Candidate] + 4
    assert (
        count(database, Internship)
        == before[Internship] + created["internships"]
        == (before[Internship] + 3)
    )
    assert count(database, Unit) == before[Unit] + 1  # HR; "ict " is the unit ICT
    with database.sessions() as session:
        jan = session.scalars(
            select(Internship).join(Internship.intern).where(Candidate.last_name == "Peeters")
        ).one()
        assert (jan.start_date, jan.end_date, jan.unit.name) == (
            dt.date(2025, 3, 1),
            dt.date(2025, 5, 31),
            "ICT",
        )
        assert session.scalar(select(Candidate).where(Candidate.first_name == "Céline"))
    assert {Candidate, Internship, Unit} <= set(changed)
    assert path.name in window.statusBar().currentMessage()
    assert path.name in dialogs.texts("information")[0]

    again = open_dialog(qtbot, window, path)
    preview(qtbot, again)
    summary = again.preview_page.summary.text()
    assert "5 row(s) already in StageDesk: nothing is created for them." in summary
    assert "Importing creates nothing new." in summary
    assert again.plan is not None and not any(again.plan.created.values())
    assert not again.import_button.isEnabled()
    assert count(database, Candidate) == before[Candidate] + 4
    click(qtbot, again.close_button)


def test_cancel_during_the_import_writes_nothing(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, tmp_path: Path
) -> None:
    rows = [
        [f"Voornaam{n}", f"Achternaam{n}", None, None, "Archief", None, None, "afgerond",
         "vrijwillig", dt.datetime(2024, 1, 1), dt.datetime(2024, 2, 1), None]
        for n in range(1200)
    ]  # fmt: skip
    path = write_xlsx(tmp_path / "groot.xlsx", HEADER, rows)
    candidates = count(database, Candidate)
    dialog = open_dialog(qtbot, window, path)
    preview(qtbot, dialog)

    click(qtbot, dialog.import_button)  # the first 500 rows take a while: time to cancel
    assert dialog.cancel_button.isVisible() and dialog.progress.isVisible()
    assert not dialog.import_button.isEnabled() and not dialog.back_button.isEnabled()
    shot(dialog, tmp_path / "shots", "3-importing")
    click(qtbot, dialog.cancel_button)
    wait_for(qtbot, dialog)
    assert dialog.isVisible() and dialogs.texts("information") == []
    assert dialog.status.text() == "Import cancelled: nothing was written."
    assert count(database, Candidate) == candidates
    assert count(database, Unit, Unit.name == "Archief") == 0

    click(qtbot, dialog.import_button)  # the same plan, this time to the end
    qtbot.waitUntil(lambda: closed(dialog), timeout=30_000)
    assert count(database, Candidate) == candidates + 1200


def test_a_database_changed_since_the_check_imports_nothing(
    qtbot: QtBot, window: MainWindow, database: Database, dialogs: Dialogs, tmp_path: Path
) -> None:
    path = write_xlsx(tmp_path / "stagiairs.xlsx", HEADER, GOOD_ROWS)
    dialog = open_dialog(qtbot, window, path)
    preview(qtbot, dialog)
    # Meanwhile a colleague enters Els Maes with an internship over the dates of row 7.
    with database.sessions.begin() as session:
        els = Candidate(
            first_name="Els",
            last_name="Maes",
            email="els.maes@example.be",
            date_of_birth=dt.date(2004, 2, 29),
        )
        ict = session.scalars(select(Unit).where(Unit.name == "ICT")).one()
        session.add(
            Internship(
                intern=els,
                unit=ict,
                kind=InternshipKind.VOLUNTARY,
                start_date=dt.date(2026, 5, 1),
                end_date=dt.date(2026, 5, 31),
                status=InternshipStatus.PLANNED,
            )
        )
    candidates = count(database, Candidate)

    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: dialogs.texts("warning") != [], timeout=20_000)
    message = dialogs.texts("warning")[0]
    assert message.startswith(translated(CHANGED_MEANWHILE))
    assert "Row 7: Els Maes already has an internship from 01/05/2026 to 31/05/2026" in message
    assert count(database, Candidate) == candidates  # the rows before row 7 were undone too
    assert count(database, Unit, Unit.name == "HR") == 0
    assert dialog.isVisible() and not dialog.import_button.isEnabled()
    assert dialog.status.text() == "Nothing was imported. Click Check again."


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("list.pdf", b"%PDF-1.4 not a list", source.NOT_A_LIST),
        ("list.xlsx", b"PK\x03\x04 this is no zip", source.DAMAGED),
        ("locked.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504), source.PROTECTED),
        ("empty.xlsx", None, source.EMPTY),
    ],
)
def test_a_file_that_cannot_be_imported_gets_a_clear_message(
    qtbot: QtBot,
    window: MainWindow,
    dialogs: Dialogs,
    tmp_path: Path,
    name: str,
    content: bytes | None,
    message: str,
) -> None:
    path = tmp_path / name
    if content is None:
        Workbook().save(path)
    else:
        path.write_bytes(content)
    dialog = import_list(window.context, window, path)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialogs.texts("warning") != [])
    assert dialogs.texts("warning") == [translated(message, file=name)]
    qtbot.waitUntil(lambda: closed(dialog))


def test_import_list_asks_for_the_file(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def answer(*args: Any) -> tuple[str, str]:
        asked.append(args[3])
        return (str(path) if len(asked) > 1 else "", "")

    path = write_xlsx(tmp_path / "lijst.xlsx", HEADER, GOOD_ROWS)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", answer)
    assert import_list(window.context, window) is None  # the user closed the file dialog
    dialog = import_list(window.context, window)
    assert dialog is not None and dialog.path == path
    assert "*.xlsx" in asked[0] and "*.csv" in asked[0]
    wait_for(qtbot, dialog)
    assert dialog.stack.currentWidget() is dialog.columns_page
    click(qtbot, dialog.close_button)


def test_the_template_button_saves_the_empty_list_and_opens_it(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened: Opened,
) -> None:
    dialog = open_dialog(qtbot, window, write_xlsx(tmp_path / "l.xlsx", HEADER, GOOD_ROWS))
    save_as(monkeypatch, tmp_path / "sjabloon")
    click(qtbot, dialog.template_button)
    template = tmp_path / "sjabloon.xlsx"
    assert opened == [template]
    book = load_workbook(template)
    assert len(book.worksheets) == 2
    first_row = next(book.worksheets[0].iter_rows(max_row=1, values_only=True))
    assert first_row[:2] == (title(Column.FIRST_NAME), title(Column.LAST_NAME))
    assert str(template) in dialog.status.text()

    save_as(monkeypatch, tmp_path / "from the toolbar.xlsx")
    assert save_import_template(window, window) == tmp_path / "from the toolbar.xlsx"
    assert "from the toolbar.xlsx" in window.statusBar().currentMessage()
    click(qtbot, dialog.close_button)


def test_the_entry_functions_load_no_database_code() -> None:
    """The toolbar imports them while the window shows, before the database layer loads."""
    probe = (
        "import sys\n"
        "from stagedesk.ui.data.list_import import import_list, save_import_template\n"
        "print(','.join(m for m in sys.modules if m.startswith('sqlalchemy')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_the_header_row_is_found_below_a_title_and_can_be_chosen(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, dialogs
) -> None:
    from openpyxl import Workbook

    path = tmp_path / "met titel.xlsx"
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (
        ["Stagiairs 2024"],
        [],
        ["Voornaam", "Achternaam", "Dienst"],
        ["An", "Peeters", "ICT"],
    ):
        sheet.append(row)
    sheet.append(["Jan", "Claes", "ICT"])
    book.save(path)
    dialog = open_dialog(qtbot, window, path)
    page = dialog.columns_page
    assert page.header_row.value() == 3 and page.ready  # found under the title
    page.header_row.setValue(4)  # as typed: the names start lower
    wait_for(qtbot, dialog)
    assert dialog.table is not None and dialog.table.headers == ("An", "Peeters", "ICT")
    assert not page.ready  # no first name column now: the user sees why
    page.header_row.setValue(2)  # the blank line
    wait_for(qtbot, dialog)
    [warning] = dialogs.texts("warning")
    assert (
        warning == "Row 2 of met titel.xlsx is empty: it cannot be the header row. Choose another."
    )
    assert page.header_row.value() == 4 and dialog.table.header_row == 4  # as it was
    page.header_row.setValue(3)
    wait_for(qtbot, dialog)
    assert page.ready and len(dialog.table.rows) == 2
    dialog.reject()


def test_unknown_words_are_asked_once_and_a_column_can_be_kept_as_notes(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path, dialogs
) -> None:
    from stagedesk.core.models import Application, EducationLevel
    from stagedesk.ui.data.list_import.columns_page import NOTE

    header = ["Voornaam", "Achternaam", "Dienst", "Onderwijsniveau", "Opmerking"]
    rows = [
        ["An", "Peeters", "ICT", "bachelor", "via jobbeurs"],
        ["Jan", "Claes", "ICT", "Bachelor", None],
        ["Eva", "Maes", "ICT", "Bama", None],
        ["Tom", "Wouters", "ICT", "master", None],
    ]
    dialog = open_dialog(qtbot, window, write_xlsx(tmp_path / "oud.xlsx", header, rows))
    remarks = dialog.columns_page.combos[4]
    remarks.setFocus()
    qtbot.keyClick(remarks, Qt.Key.Key_Down)  # "— kept in the notes —"
    assert remarks.currentData() == NOTE and dialog.columns_page.notes == {4}
    preview(qtbot, dialog)
    box = dialog.preview_page.words_box
    assert box.isVisible() and not dialog.import_button.isEnabled()
    texts = [w.word for w in box.words]
    assert texts == ["bachelor", "Bama"]  # "Bachelor" is the same word, asked once
    assert [w.rows for w in box.words] == [2, 1]
    assert box.combos[0].currentData() == EducationLevel.PROFESSIONAL_BACHELOR  # the guess
    assert box.combos[1].currentData() == EducationLevel.MASTER
    box.combos[0].setCurrentIndex(0)  # "unknown": the word kept in the notes
    click(qtbot, box.apply_button)
    wait_for(qtbot, dialog)
    assert not box.isVisible() and dialog.import_button.isEnabled()
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: closed(dialog), timeout=20_000)
    with database.sessions() as s:
        people = {c.first_name: c for c in s.scalars(select(Candidate))}
        notes = {a.candidate.first_name: a.notes for a in s.scalars(select(Application))}
    assert (
        people["An"].education_level is None
        and people["Eva"].education_level is EducationLevel.MASTER
    )
    assert notes["An"] == "Onderwijsniveau: bachelor\nOpmerking: via jobbeurs"
    assert notes["Jan"] == "Onderwijsniveau: Bachelor" and notes["Tom"] is None
    # The next list: "bachelor" means what was said, nothing is asked again.
    later = [["Zoë", "Çelik", "HR", "BACHELOR", None], ["Ward", "Peeters", "HR", "bama", None]]
    dialog = open_dialog(qtbot, window, write_xlsx(tmp_path / "nieuw.xlsx", header, later))
    pick(qtbot, dialog.columns_page.combos[4], None)
    preview(qtbot, dialog)
    assert not dialog.preview_page.words_box.isVisible() and dialog.import_button.isEnabled()
    dialog.reject()


def test_the_rest_of_a_list_with_errors_can_be_imported(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path, dialogs
) -> None:
    header = ["Voornaam", "Achternaam", "Dienst"]
    rows = [["An", "Peeters", "ICT"], ["Jan", None, "ICT"], ["Eva", "Maes", "ICT"]]
    dialog = open_dialog(qtbot, window, write_xlsx(tmp_path / "half.xlsx", header, rows))
    before = count(database, Candidate)
    preview(qtbot, dialog)
    assert not dialog.import_button.isEnabled()
    assert dialog.rest_button.isVisible() and dialog.rest_button.isEnabled()
    dialogs.answer(QMessageBox.StandardButton.No)
    click(qtbot, dialog.rest_button)
    assert count(database, Candidate) == before  # said no: nothing
    [question] = dialogs.texts("question")
    assert question.startswith("1 row(s) with an error are left out")
    dialogs.answer(QMessageBox.StandardButton.Yes)
    click(qtbot, dialog.rest_button)
    qtbot.waitUntil(lambda: closed(dialog), timeout=20_000)
    assert count(database, Candidate) == before + 2
