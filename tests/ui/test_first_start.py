"""The first start: the wizard driven as a new user does (type, Next, Finish) on a fresh
database, to a working organisation; nothing kept on Cancel; the three ways to begin
(empty, the old Excel list, the demo organisation); and a French speaker's way from the
first start to a printed info sheet."""

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, QLocale, QPoint, QSettings
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QRadioButton, QWizard
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import select

from stagedesk.core.db.database import Database, open_sqlite
from stagedesk.core.db.locking import acquire
from stagedesk.core.first_start import DEMO_FILE
from stagedesk.core.models import (
    Candidate,
    Internship,
    InternshipKind,
    Language,
    OrganisationSettings,
    StaffMember,
    Unit,
)
from stagedesk.ui.data.list_import.dialog import ImportListDialog
from stagedesk.ui.first_start import maybe_run_first_start
from stagedesk.ui.first_start.entry import FirstStart
from stagedesk.ui.first_start.start_pages import Beginning
from stagedesk.ui.first_start.wizard import FirstStartWizard
from stagedesk.ui.kit.language import remove_translators
from stagedesk.ui.kit.list_page import RecordListPage
from stagedesk.ui.kit.settings import (
    DATABASE,
    DEMO_OWN_DATABASE,
    UI_LANGUAGE,
    backup_folder,
    backup_folder_key,
)
from stagedesk.ui.settings.organisation import SettingsPage
from stagedesk.ui.shell.language_switch import WindowHolder
from stagedesk.ui.shell.main_window import MainWindow
from stagedesk.ui.steps.page import StepsPage
from tests.seed import TODAY
from tests.ui.conftest import Dialogs, WindowFactory
from tests.ui.helpers import LEFT, click, click_sidebar, click_tab, count

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

Buttons = QWizard.WizardButton
DATA = Path(__file__).parents[1] / "data"


def _png(path: Path) -> Path:
    image = QImage(90, 30, QImage.Format.Format_RGB32)
    image.fill(QColor("#7b1f4e"))
    assert image.save(str(path), "PNG")
    return path


class Restarts:
    """Stands in for starting StageDesk again: records where it would start."""

    def __init__(self, settings: QSettings) -> None:
        self.settings = settings
        self.on: list[object] = []

    def __call__(self, widget: object) -> bool:
        self.on.append(self.settings.value(DATABASE))
        return True


def choose(qtbot: QtBot, button: QRadioButton) -> None:
    """Click a radio button on its round box (a wide button ignores clicks beyond its text)."""
    qtbot.mouseClick(button, LEFT, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def open_wizard(qtbot: QtBot, window: MainWindow) -> FirstStartWizard:
    assert maybe_run_first_start(window)
    first = window.first_start  # type: ignore[attr-defined]
    assert isinstance(first, FirstStart)
    qtbot.waitExposed(first.wizard)
    return first.wizard


def next_page(qtbot: QtBot, wizard: FirstStartWizard) -> None:
    click(qtbot, wizard.button(Buttons.NextButton))


def fill_in(qtbot: QtBot, wizard: FirstStartWizard, tmp_path: Path, language: str = "fr") -> None:
    """Language, organisation (with a logo), coordinator (a wrong e-mail first), and
    another backups folder; stops on the last page."""
    button = wizard.language_page.buttons[language]
    if button.isChecked():  # the system's language, chosen already
        choose(qtbot, button)
    else:
        with qtbot.waitSignal(wizard.language_chosen) as chosen:
            choose(qtbot, button)
        assert chosen.args == [language]
    next_page(qtbot, wizard)
    organisation = wizard.organisation_page
    assert not wizard.button(Buttons.NextButton).isEnabled()  # a name is needed
    qtbot.keyClicks(organisation.name, "Ville de Namur")
    qtbot.keyClicks(organisation.address, "Rue de Fer 2, 5000 Namur")
    organisation.ask_file = lambda: _png(tmp_path / "logo.png")
    click(qtbot, organisation.choose_button)
    assert organisation.preview.pixmap() is not None and not organisation.preview.pixmap().isNull()
    next_page(qtbot, wizard)
    coordinator = wizard.coordinator_page
    qtbot.keyClicks(coordinator.first_name, "Sophie")
    qtbot.keyClicks(coordinator.last_name, "Dupont")
    qtbot.keyClicks(coordinator.email, "sophie.dupont")
    next_page(qtbot, wizard)
    assert wizard.currentPage() is coordinator  # the e-mail is refused, under its field
    assert coordinator.errors["email"].isVisible()
    assert coordinator.errors["email"].text() == QCoreApplication.translate(
        "Validation", "This is not a valid e-mail address."
    )  # in the language chosen on the first page
    qtbot.keyClicks(coordinator.email, "@namur.be")
    next_page(qtbot, wizard)
    data = wizard.data_page
    assert wizard.currentPage() is data
    assert str(wizard.context.database.path) in data.where.text()
    data.ask_folder = lambda current: tmp_path / "copies"
    click(qtbot, data.choose_button)
    assert str(tmp_path / "copies") in data.backups.text()
    next_page(qtbot, wizard)
    assert wizard.currentPage() is wizard.start_page


def finish(qtbot: QtBot, wizard: FirstStartWizard) -> None:
    with qtbot.waitSignal(wizard.finished):
        click(qtbot, wizard.button(Buttons.FinishButton))


@pytest.fixture
def window(
    make_window: WindowFactory, qapp: QApplication, request: pytest.FixtureRequest
) -> Iterator[MainWindow]:
    """A window on a fresh, empty database: a new install. Afterwards the language the
    wizard installed is taken out again, and a window it built anew is closed.

    A new language builds the main window anew and deletes the first one, which pytest-qt
    would then fail to close: this fixture closes it instead, while it still exists.
    """
    before = QLocale()
    first = make_window()
    registered = getattr(request.node, "qt_widgets", [])
    request.node.qt_widgets = [(ref, close) for ref, close in registered if ref() is not first]
    yield first
    holder = qapp.findChild(WindowHolder)
    for shown in (first, holder.window if holder is not None else None):
        if shown is not None and isValid(shown):
            shown.close()
    if holder is not None:
        holder.window = None
    remove_translators(qapp)
    QLocale.setDefault(before)


def now_shown(window: MainWindow) -> MainWindow:
    """The window after the first start: built anew in another language."""
    first = window.first_start  # type: ignore[attr-defined]
    assert isinstance(first, FirstStart)
    return first.window


def test_the_wizard_makes_a_working_organisation(
    window: MainWindow, qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot, window)
    fill_in(qtbot, wizard, tmp_path)
    assert QLocale().name() == "fr_BE"  # the wizard speaks French from its second page
    finish(qtbot, wizard)
    with database.sessions() as session:
        organisation = session.scalars(select(OrganisationSettings)).one()
        assert organisation.name == "Ville de Namur"
        assert organisation.address == "Rue de Fer 2, 5000 Namur"
        assert organisation.language is Language.FRENCH
        assert organisation.logo is not None and organisation.logo.startswith(b"\x89PNG")
        coordinator = session.scalars(select(StaffMember)).one()
        assert (coordinator.full_name, coordinator.email) == (
            "Sophie Dupont",
            "sophie.dupont@namur.be",
        )
        assert coordinator.is_coordinator and coordinator.is_mentor
        assert coordinator.language is Language.FRENCH
    settings = window.settings
    assert settings.value(UI_LANGUAGE) == "fr"
    db_path = database.path
    assert db_path is not None
    assert settings.value(backup_folder_key(db_path)) == str(tmp_path / "copies")
    assert backup_folder(settings, db_path) == tmp_path / "copies"
    # The window, built again in French, shows where to begin: the Steps page.
    shown = now_shown(window)
    assert shown is not window and shown.isVisible() and not window.isVisible()
    assert isinstance(shown.stack.currentWidget(), StepsPage)
    assert shown.statusBar().currentMessage() == QCoreApplication.translate(
        "FirstStart", "Welcome! The Steps page shows where to begin."
    )
    # Once the organisation has a name, the wizard does not come back.
    assert not maybe_run_first_start(shown)


def test_cancel_keeps_nothing(
    window: MainWindow, qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot, window)
    fill_in(qtbot, wizard, tmp_path)
    with qtbot.waitSignal(wizard.finished):
        click(qtbot, wizard.button(Buttons.CancelButton))
    assert QLocale().name() != "fr_BE"  # the language it had before
    assert count(database, OrganisationSettings) == 0
    assert count(database, StaffMember) == 0
    db_path = database.path
    assert db_path is not None
    assert window.settings.value(UI_LANGUAGE) is None
    assert window.settings.value(backup_folder_key(db_path)) is None
    # Next time, it asks again.
    assert maybe_run_first_start(window)
    window.first_start.wizard.reject()  # type: ignore[attr-defined]


def test_an_old_excel_list_is_imported_after_the_wizard(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot, window)
    fill_in(qtbot, wizard, tmp_path)
    start = wizard.start_page
    choose(qtbot, start.buttons[Beginning.IMPORT])
    assert not wizard.button(Buttons.FinishButton).isEnabled()  # which list?
    start.ask_list_file = lambda: DATA / "old-list.xlsx"
    click(qtbot, start.file_button)
    assert start.file_label.text() == "old-list.xlsx"
    finish(qtbot, wizard)
    dialog = window.first_start.follow  # type: ignore[attr-defined]
    assert isinstance(dialog, ImportListDialog) and dialog.path == DATA / "old-list.xlsx"
    assert dialog.parent() is now_shown(window)
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.running == "", timeout=10_000)  # read in the background
    dialog.reject()


def test_the_demo_organisation_is_explored_and_left(
    window: MainWindow,
    qtbot: QtBot,
    database: Database,
    tmp_path: Path,
    make_window: WindowFactory,
) -> None:
    restarts = Restarts(window.settings)
    wizard = open_wizard(qtbot, window)
    window.first_start.restart = restarts  # type: ignore[attr-defined]
    fill_in(qtbot, wizard, tmp_path, language="en")
    choose(qtbot, wizard.start_page.buttons[Beginning.DEMO])
    assert wizard.start_page.note.isVisible()
    finish(qtbot, wizard)
    maker = window.first_start.follow  # type: ignore[attr-defined]
    with qtbot.waitSignal(maker.done, timeout=60_000) as done:
        pass
    assert done.args == [True]
    db_path = database.path
    assert db_path is not None
    demo_path = db_path.with_name(DEMO_FILE)
    # The real organisation was saved first, and stays as it is.
    assert count(database, OrganisationSettings) == 1 and count(database, Unit) == 0
    assert restarts.on == [str(demo_path.absolute())]
    assert window.settings.value(DEMO_OWN_DATABASE) == str(db_path.absolute())
    demo = open_sqlite(demo_path)
    try:
        assert count(demo, Unit) > 0 and count(demo, Internship) > 50
        on_demo = make_window(demo)
        assert "Demo organisation" in on_demo.windowTitle()
        assert on_demo.demo_badge.isVisible()  # type: ignore[attr-defined]
        click_sidebar(qtbot, on_demo, "settings")
        settings_page = on_demo.stack.currentWidget()
        assert isinstance(settings_page, SettingsPage)
        banner = settings_page.demo_banner
        assert banner is not None and banner.isVisible()
        back = Restarts(on_demo.settings)
        banner.restart = back
        click(qtbot, banner.back_button)
        assert back.on == [str(db_path.absolute())]  # StageDesk starts again on it
        assert on_demo.settings.value(DEMO_OWN_DATABASE) is None
        on_demo.close()
    finally:
        demo.dispose()


def test_the_own_window_says_nothing_of_a_demo(window: MainWindow, qtbot: QtBot) -> None:
    assert "Demo" not in window.windowTitle()
    assert not hasattr(window, "demo_badge")
    click_sidebar(qtbot, window, "settings")
    page = window.stack.currentWidget()
    assert isinstance(page, SettingsPage) and page.demo_banner is None


def test_a_french_speaker_gets_from_first_start_to_a_printed_info_sheet(
    window: MainWindow, qtbot: QtBot, database: Database, tmp_path: Path
) -> None:
    wizard = open_wizard(qtbot, window)
    fill_in(qtbot, wizard, tmp_path, language="fr")
    finish(qtbot, wizard)
    with database.sessions.begin() as session:  # a unit and a French-speaking intern
        coordinator = session.scalars(select(StaffMember)).one()
        internship = Internship(
            intern=Candidate(
                first_name="Lucie",
                last_name="Martin",
                email="lucie.martin@etu.example.be",
                language=Language.FRENCH,
            ),
            unit=Unit(name="Service communication"),
            mentor=coordinator,
            kind=InternshipKind.CURRICULAR,
            start_date=TODAY + dt.timedelta(days=14),
            end_date=TODAY + dt.timedelta(days=70),
            hours_per_week=38,
        )
        session.add(internship)
        session.flush()
        internship_id = internship.id
    window = now_shown(window)
    window.context.data_changed.emit(Internship)
    click_sidebar(qtbot, window, "internships")
    page = window.stack.currentWidget()
    assert isinstance(page, RecordListPage)
    assert page.open_record(internship_id)
    editor = page.editor
    click_tab(qtbot, editor.tabs, editor.tabs.indexOf(editor.documents))  # type: ignore[attr-defined]
    documents = editor.documents  # type: ignore[attr-defined]
    shown: list[Path] = []
    documents.open_result = shown.append
    click(qtbot, documents.info_button)
    assert len(shown) == 1
    text = " ".join(p.extract_text() for p in PdfReader(shown[0]).pages)
    for words in ("Fiche d'information", "Ville de Namur", "Lucie Martin", "Sophie Dupont"):
        assert words in text, f"{words!r} is not on the info sheet"


def test_back_to_the_default_file_stores_no_choice(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from stagedesk.ui.first_start import demo as demo_module
    from stagedesk.ui.first_start.demo import DemoBanner

    default = tmp_path / "data" / "stagedesk.sqlite"
    monkeypatch.setattr(demo_module, "default_database", lambda: default)
    settings = window.settings
    settings.setValue(DATABASE, str(tmp_path / "data" / DEMO_FILE))
    settings.setValue(DEMO_OWN_DATABASE, str(default))
    banner = DemoBanner(window.context)
    qtbot.addWidget(banner)
    banner.show()
    restarts = Restarts(settings)
    banner.restart = restarts
    click(qtbot, banner.back_button)
    assert restarts.on == [None]  # the default database: StageDesk finds it by itself
    assert settings.value(DATABASE) is None and settings.value(DEMO_OWN_DATABASE) is None


def test_a_demo_in_use_elsewhere_is_not_replaced(
    window: MainWindow, qtbot: QtBot, database: Database, tmp_path: Path, dialogs: Dialogs
) -> None:
    db_path = database.path
    assert db_path is not None
    held = acquire(db_path.with_name(DEMO_FILE), dt.datetime.now())  # another StageDesk
    try:
        restarts = Restarts(window.settings)
        wizard = open_wizard(qtbot, window)
        window.first_start.restart = restarts  # type: ignore[attr-defined]
        fill_in(qtbot, wizard, tmp_path, language="en")
        choose(qtbot, wizard.start_page.buttons[Beginning.DEMO])
        finish(qtbot, wizard)
        maker = window.first_start.follow  # type: ignore[attr-defined]
        with qtbot.waitSignal(maker.done, timeout=60_000) as done:
            pass
    finally:
        held.release()
    assert done.args == [False] and restarts.on == []
    assert window.settings.value(DATABASE) is None
    (said,) = dialogs.texts("warning")
    assert said.startswith("The demo organisation could not be made")
    assert count(database, OrganisationSettings) == 1  # the own organisation is saved
