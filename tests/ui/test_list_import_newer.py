"""The import window with lists as they come back: a newer version (its changes ticked
one by one), refused rows saved to fix in Excel and brought back, units written short and
the answers saved as a words file for the command line."""

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from stagedesk.cli.main import main
from stagedesk.core.db.database import Database
from stagedesk.core.models import Candidate, EducationLevel, Internship, Unit
from stagedesk.ui.kit.language import install_language, remove_translators
from stagedesk.ui.shell.main_window import MainWindow
from tests.core.imports.lists import import_file, write_xlsx
from tests.core.imports.test_reimport import FIRST, HEADER, NEWER
from tests.ui.helpers import click, count
from tests.ui.test_list_import import Opened, closed, open_dialog, opened, preview, save_as, shot

__all__ = ["opened"]  # the fixture, used by name
SHOTS = Path("/tmp/shots-15")


def test_a_newer_list_changes_only_what_is_ticked(
    qtbot: QtBot, window: MainWindow, database: Database, tmp_path: Path, dialogs
) -> None:
    import_file(database, write_xlsx(tmp_path / "v1.xlsx", HEADER, FIRST))
    dialog = open_dialog(qtbot, window, write_xlsx(tmp_path / "v2.xlsx", HEADER, NEWER))
    window.resize(1366, 768)
    preview(qtbot, dialog)
    box = dialog.preview_page.changes_box
    assert box.isVisible()
    lines = [[item.text(c) for c in range(5)] for item in box.items]
    assert lines[0] == ["2", "An Peeters", "Einddatum", "27/03/2026", "10/04/2026"]
    assert len(lines) == 6 and box.chosen() == []  # nothing ticked unless the user does
    assert "6 field(s) of records already in StageDesk" in dialog.preview_page.summary.text()
    shot(dialog, SHOTS, "changes")
    box.items[0].setCheckState(0, Qt.CheckState.Checked)  # An's new end date only
    assert [c.field for c in box.chosen()] == ["end_date"]
    assert box.count.text() == "1 of 6 change(s) ticked"
    click(qtbot, dialog.import_button)
    qtbot.waitUntil(lambda: dialogs.texts("information") != [], timeout=20_000)
    assert "1 record(s) changed." in dialogs.texts("information")[0]
    qtbot.waitUntil(lambda: closed(dialog))
    with database.sessions() as session:
        an = session.scalars(
            select(Internship).join(Internship.intern).where(Candidate.first_name == "An")
        ).one()
        assert (an.end_date, an.hired_later) == (dt.date(2026, 4, 10), False)
    again = open_dialog(qtbot, window, tmp_path / "v2.xlsx")
    preview(qtbot, again)
    assert len(again.preview_page.changes_box.items) == 5  # the rest is still offered
    assert again.plan is not None and again.plan.errors == []
    click(qtbot, again.preview_page.changes_box.all_button)
    assert len(again.preview_page.changes_box.chosen()) == 5 and again.import_button.isEnabled()
    click(qtbot, again.preview_page.changes_box.none_button)
    assert not again.import_button.isEnabled()  # nothing new, nothing ticked
    again.reject()


def test_refused_rows_are_saved_to_fix_and_come_back(
    qtbot: QtBot,
    window: MainWindow,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened: Opened,
) -> None:
    header = ["Voornaam", "Achternaam", "Dienst", "Begindatum", "Einddatum"]
    rows = [
        ["An", "Peeters", "ICT", dt.datetime(2025, 2, 3), dt.datetime(2025, 4, 30)],
        ["Jan", None, "ICT", dt.datetime(2025, 2, 3), dt.datetime(2025, 1, 30)],
        ["@Eva", "Maes", "ICT", "31/02/2025", "30/04/2025"],
    ]
    dialog = open_dialog(qtbot, window, write_xlsx(tmp_path / "lijst.xlsx", header, rows))
    preview(qtbot, dialog)
    save_as(monkeypatch, tmp_path / "te verbeteren")
    click(qtbot, dialog.preview_page.refused_button)
    qtbot.waitUntil(lambda: dialog.job is None)
    saved = tmp_path / "te verbeteren.xlsx"
    assert opened == [saved]
    sheet = load_workbook(saved).worksheets[0]
    lines = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert lines[0] == [*header, "Problem (StageDesk)"]
    assert lines[1][:5] == ["Jan", None, "ICT", dt.datetime(2025, 2, 3), dt.datetime(2025, 1, 30)]
    assert "Achternaam: This column must be filled in." in lines[1][5]
    assert "Einddatum: The end date lies before the start date." in lines[1][5]
    assert lines[2][:5] == ["@Eva", "Maes", "ICT", "31/02/2025", "30/04/2025"]  # text, as typed
    assert sheet.cell(2, 4).number_format == "dd/mm/yyyy"
    assert len(lines) == 3
    dialog.reject()
    # Corrected in Excel, the file comes back: its reason column needs no decision.
    book = load_workbook(saved)
    fixed = book.worksheets[0]
    fixed.cell(2, 2, "Claes")
    fixed.cell(2, 5, dt.datetime(2025, 4, 30))
    fixed.cell(3, 4, "28/02/2025")
    book.save(saved)
    before = count(database, Candidate)
    import_file(database, saved)
    assert count(database, Candidate) == before + 2


def test_units_written_short_are_asked_and_the_answers_saved_as_a_words_file(
    qtbot: QtBot,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened: Opened,
) -> None:
    header = ["Voornaam", "Achternaam", "Dienst", "Onderwijsniveau"]
    rows = [
        ["An", "Peeters", "Dienst Onthaal", "master"],
        ["Jan", "Claes", "D. Onthaal", "bachelor"],
        ["Eva", "Maes", "Onthaal", "master"],
    ]
    path = write_xlsx(tmp_path / "kort.xlsx", header, rows)
    dialog = open_dialog(qtbot, window, path)
    preview(qtbot, dialog)
    box = dialog.preview_page.words_box
    assert [(w.word, w.rows) for w in box.words] == [
        ("bachelor", 1),
        ("D. Onthaal", 1),
        ("Onthaal", 1),
    ]
    assert [c.currentText() for c in box.combos[1:]] == ["Dienst Onthaal", "Dienst Onthaal"]
    box.combos[2].setCurrentIndex(0)  # "Onthaal" is a unit of its own after all
    save_as(monkeypatch, tmp_path / "woorden")
    click(qtbot, box.save_button)
    qtbot.waitUntil(lambda: dialog.job is None)
    words = tmp_path / "woorden.xlsx"
    assert opened == [words]
    lines = list(load_workbook(words).worksheets[0].iter_rows(values_only=True))
    assert lines == [
        ("Column", "Word", "Meaning"),
        ("Onderwijsniveau", "bachelor", "professional bachelor"),
        ("Dienst", "D. Onthaal", "Dienst Onthaal"),
        ("Dienst", "Onthaal", None),
    ]
    dialog.reject()
    db = tmp_path / "cli.sqlite"  # the command line follows the words file
    assert main(["import", str(path), "--words", str(words), "--db", str(db)]) == 0
    from stagedesk.core.db.database import open_sqlite

    cli = open_sqlite(db)
    try:
        with cli.sessions() as session:
            assert sorted(session.scalars(select(Unit.name))) == ["Dienst Onthaal", "Onthaal"]
            jan = session.scalars(select(Candidate).where(Candidate.first_name == "Jan")).one()
            assert jan.education_level is EducationLevel.PROFESSIONAL_BACHELOR
    finally:
        cli.dispose()


def tick(qtbot: QtBot, box: QCheckBox) -> None:
    """The keyboard way: the box has the focus, Space toggles it."""
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Space)


def test_the_dates_can_be_read_month_first_and_back(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    """An export whose dates all fit both ways (03/04/2025): StageDesk reads them day first
    and says so; the user, who knows the export is American, switches it."""
    header = ["First name", "Last name", "Unit", "Start date", "End date"]
    rows = [["Ann", "Lee", "ICT", "03/04/2025", "06/05/2025"], ["Bob", "Ray", "ICT", "", ""]]
    dialog = open_dialog(qtbot, window, write_xlsx(tmp_path / "export.xlsx", header, rows))
    preview(qtbot, dialog)
    page = dialog.preview_page
    assert page.month_first.isVisible() and not page.month_first.isChecked()
    assert dialog.plan is not None
    assert dialog.plan.rows[0].start_date == dt.date(2025, 4, 3)
    assert "Rows: 2 as they are." in page.summary.text()
    tick(qtbot, page.month_first)
    qtbot.waitUntil(lambda: dialog.job is None)
    assert dialog.plan.rows[0].start_date == dt.date(2025, 3, 4)
    assert page.month_first.isChecked()
    assert "The dates in Start date, End date are written month first" in page.summary.text()
    tick(qtbot, page.month_first)
    qtbot.waitUntil(lambda: dialog.job is None)
    assert dialog.plan.rows[0].start_date == dt.date(2025, 4, 3)
    dialog.reject()


def test_the_columns_page_says_which_reading_the_values_decided(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    header = ["Voornaam", "Achternaam", "Dienst", "Uren", "Vergoeding"]
    rows = [["An", "Peeters", "ICT", 400, "€ 350"], ["Bo", "Claes", "ICT", 120, "nee"]]
    dialog = open_dialog(qtbot, window, write_xlsx(tmp_path / "uren.xlsx", header, rows))
    hint = dialog.columns_page.hint.text()
    assert "“Uren” holds more hours than a week has: read as “" in hint
    assert "“Vergoeding” holds amounts: read as “" in hint
    combos = dialog.columns_page.combos
    assert [combos[3].currentData(), combos[4].currentData()] == ["total_hours", "allowance"]
    dialog.reject()


def test_in_french_on_a_laptop_screen(
    qtbot: QtBot, qapp: QApplication, window: MainWindow, database: Database, tmp_path: Path
) -> None:
    """The preview with words to explain and changes to tick, in French, fits 1366×768."""
    import_file(database, write_xlsx(tmp_path / "v1.xlsx", HEADER, FIRST))
    header = [*HEADER, "Niveau"]
    rows = [[*row, None] for row in NEWER] + [
        ["Els", "Wouters", None, "D. ICT", None, "kandidaat", None, None, None, None, None, "BaMa"]
    ]
    install_language(qapp, "fr")
    try:
        dialog = open_dialog(qtbot, window, write_xlsx(tmp_path / "v2.xlsx", header, rows))
        dialog.resize(1366 - 40, 768 - 80)  # the window manager's frame and the task bar
        preview(qtbot, dialog)
        page = dialog.preview_page
        tabs = [page.tabs.tabText(i) for i in range(3) if page.tabs.isTabVisible(i)]
        assert tabs == ["Mots à expliquer (2)", "Modifications (6)", "Problèmes (4)"]
        assert page.words_box.isVisible()  # the words first: their rows wait for them
        assert [w.word for w in page.words_box.words] == ["BaMa", "D. ICT"]
        assert page.words_box.combos[1].currentText() == "ICT"
        assert dialog.minimumSizeHint().height() <= 768 - 80
        shot(dialog, SHOTS, "preview-fr")
        dialog.reject()
    finally:
        remove_translators(qapp)
