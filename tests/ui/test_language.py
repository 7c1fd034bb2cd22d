"""The language of the interface: chosen at start, switched live in Settings, dates and
numbers the Belgian way, pseudo-translation, and no text the window shows left out of the
translations."""

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox, QTabWidget
from pytestqt.qtbot import QtBot
from shiboken6 import isValid
from sqlalchemy import select

from stagedesk.core.db.database import Database
from stagedesk.core.models import (
    Application,
    Candidate,
    Internship,
    Language,
    Opportunity,
    OrganisationSettings,
    School,
    StaffMember,
    Unit,
)
from stagedesk.ui.kit.labels import format_date, format_value, ui_language
from stagedesk.ui.kit.language import (
    PSEUDO_VARIABLE,
    LanguageBox,
    install_language,
    pseudo_text,
    remove_translators,
    start_language,
    translations_dir,
)
from stagedesk.ui.kit.settings import UI_LANGUAGE, open_settings
from stagedesk.ui.settings.organisation import SettingsPage
from stagedesk.ui.shell.language_switch import WindowHolder
from stagedesk.ui.shell.main_window import MainWindow
from stagedesk.ui.shell.pages import TabbedListsPage
from stagedesk.ui.shell.sidebar import KEYS
from tests.seed import Seed
from tests.ui.conftest import Dialogs, WindowFactory
from tests.ui.helpers import retype

Button = QMessageBox.StandardButton


@pytest.fixture
def english(qapp: QApplication) -> Iterator[None]:
    """StageDesk started in English, as a user who chose it has it."""
    before = QLocale()
    install_language(qapp, "en")
    yield
    remove_translators(qapp)
    QLocale.setDefault(before)


@pytest.fixture
def switchable(
    seed: Seed,
    make_window: WindowFactory,
    english: None,
    qapp: QApplication,
    request: pytest.FixtureRequest,
) -> Iterator[MainWindow]:
    """A window whose language may be switched: a switch deletes it and builds another,
    so this fixture, not pytest-qt, closes whichever is shown at the end."""
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


def language_box(window: MainWindow) -> QComboBox:
    page = window.go_to("settings")
    assert isinstance(page, SettingsPage)
    box = page.findChild(LanguageBox)
    assert box is not None and box.isVisible()
    return box.choice


def pick(qtbot: QtBot, combo: QComboBox, name: str) -> None:
    """Choose ``name`` the keyboard way, as a user does on a closed drop-down."""
    combo.setFocus()
    target = combo.findText(name)
    assert target >= 0, name
    key = Qt.Key.Key_Down if target > combo.currentIndex() else Qt.Key.Key_Up
    for _ in range(abs(target - combo.currentIndex())):
        qtbot.keyClick(combo, key)


def shown_window(qapp: QApplication) -> MainWindow:
    holder = qapp.findChild(WindowHolder)
    assert holder is not None and holder.window is not None
    return holder.window


def sidebar_texts(window: MainWindow) -> list[str]:
    return [window.sidebar.item(row).text() for row in range(window.sidebar.count())]


def test_settings_switch_the_window_to_french_and_back(
    switchable: MainWindow, qtbot: QtBot, qapp: QApplication
) -> None:
    window = switchable
    combo = language_box(window)
    assert combo.currentText() == "English"
    window.resize(window.width(), 560)  # the height the user gave it
    pick(qtbot, combo, "Français")
    french = shown_window(qapp)
    assert french is not window and french.isVisible() and not window.isVisible()
    assert sidebar_texts(french)[0] == "Tableau de bord"
    assert sidebar_texts(french)[-1] == "Paramètres"
    # The size it had (the height: the test screen is narrower than any window, so Qt
    # fits the width and the place to it, down to the window's minimum width).
    assert french.height() == 560
    assert isinstance(french.stack.currentWidget(), SettingsPage)  # the page it was on
    tabs = french.stack.currentWidget().tabs
    assert [tabs.tabText(i) for i in range(3)] == [
        "Organisation",
        "Notre politique de stages",
        "Modèles d'e-mail",
    ]
    assert french.settings.value(UI_LANGUAGE) == "fr"
    # Dates and numbers the Belgian way, in French; forms follow the interface.
    assert QLocale().name() == "fr_BE" and ui_language() == "fr"
    assert format_value(Decimal("1234.5")) == "1\u202f234,50"
    assert format_date(dt.date(2025, 3, 4)) == "04/03/2025"
    internships = french.go_to("internships")
    assert internships.new_button.text() == "Nouveau stage"
    # ... and back to English, from the French window's own Settings.
    pick(qtbot, language_box(french), "English")
    english = shown_window(qapp)
    assert english is not french and sidebar_texts(english)[0] == "Dashboard"
    assert english.go_to("internships").new_button.text() == "New internship"
    assert QLocale().name() == "en_BE"
    assert format_value(Decimal("1234.5")) == "1.234,50"


def test_unsaved_changes_are_asked_about_before_switching(
    switchable: MainWindow, qtbot: QtBot, qapp: QApplication, dialogs: Dialogs
) -> None:
    window = switchable
    combo = language_box(window)
    settings_page = window.stack.currentWidget()
    assert isinstance(settings_page, SettingsPage)
    retype(qtbot, settings_page.editor.field("name").widget, "Stad Gent")
    dialogs.answer(Button.Cancel)
    pick(qtbot, combo, "Français")
    assert dialogs.texts("question") == ["You have changes that are not saved yet. Save them?"]
    holder = qapp.findChild(WindowHolder)
    assert window.isVisible() and (holder is None or holder.window is None)  # not replaced
    assert combo.currentText() == "English" and QLocale().name() == "en_BE"
    assert settings_page.editor.is_dirty()  # nothing thrown away
    assert window.settings.value(UI_LANGUAGE) is None
    settings_page.editor.revert()


def test_dutch_dates_and_numbers(qapp: QApplication, english: None) -> None:
    install_language(qapp, "nl")
    assert QLocale().name() == "nl_BE" and ui_language() == "nl"
    assert format_value(Decimal("1234.5")) == "1.234,50"
    assert format_date(dt.date(2025, 12, 1)) == "01/12/2025"
    assert format_value(True) == "ja"
    assert QCoreApplication.translate("Import", "%n unit(s)", None, 1) == "1 dienst"


def test_start_follows_the_choice_then_the_system(
    qapp: QApplication, english: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = open_settings(str(tmp_path / "settings.ini"))
    settings.setValue(UI_LANGUAGE, "fr")
    assert start_language(qapp, settings) == "fr"
    assert QCoreApplication.translate("Sidebar", "Settings") == "Paramètres"
    settings.remove(UI_LANGUAGE)
    # No choice: the system's language if StageDesk speaks it, else Dutch.
    system = QLocale.system().uiLanguages()[0][:2]
    expected = system if system in ("nl", "fr", "en") else "nl"
    assert start_language(qapp, settings) == expected
    assert QLocale().name() == f"{expected}_BE"
    monkeypatch.setenv(PSEUDO_VARIABLE, "1")
    start_language(qapp, settings)
    assert QCoreApplication.translate("Sidebar", "Settings").startswith("[!! Šéţţîñĝš")


def test_pseudo_translation_keeps_what_code_fills_in() -> None:
    text = "Imported from {file}: %n row(s), <b>{made}</b> (*.pdf) &amp; more"
    pseudo = pseudo_text(text)
    assert pseudo.startswith("[!! ") and pseudo.endswith(" !!]")
    assert len(pseudo) >= 1.4 * len(text)
    for kept in ("{file}", "%n", "<b>", "{made}", "</b>", "*.pdf", "&amp;"):
        assert kept in pseudo
    assert "Imported" not in pseudo and "Împöŕţéḋ" in pseudo
    assert pseudo_text("") == ""


def test_pseudo_translation_reaches_every_page(
    qapp: QApplication, english: None, seed: Seed, make_window: WindowFactory
) -> None:
    install_language(qapp, "en", pseudo=True)
    window = make_window()
    assert all(text.startswith("[!! ") for text in sidebar_texts(window))
    page = window.go_to("internships")
    assert page.new_button.text().startswith("[!! Ñéŵ îñţéŕñšĥîp")
    # Qt's own texts are left to Qt: a pseudo "OK" would be no test of StageDesk.
    assert QCoreApplication.translate("QPlatformTheme", "OK") == "OK"


class Recorder(QTranslator):
    """Answers nothing; remembers every text asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.asked: set[tuple[str, str]] = set()

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        if source and not (context[:1] == "Q" and context[1:2].isupper()):
            self.asked.add((context, source))
        return None

    def isEmpty(self) -> bool:
        return False


RECORDS = (Opportunity, Candidate, Application, Internship, School, StaffMember, Unit)


def translated_keys(language: str) -> set[tuple[str, str]]:
    root = ET.parse(translations_dir() / f"stagedesk_{language}.ts").getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation") is not None
        and message.find("translation").get("type") is None  # type: ignore[union-attr]
    }


def test_every_text_the_window_asks_for_is_translated(
    qapp: QApplication,
    english: None,
    seed: Seed,
    make_window: WindowFactory,
    database: Database,
) -> None:
    """Every page, a record of each kind with each of its tabs, every Settings tab, in
    Dutch: each text asked for at run time must be in the Dutch file under the context Qt
    asks with. Catches what reading the code cannot: texts in variables never marked, and
    a context lupdate guessed differently from the class Qt uses."""
    install_language(qapp, "nl")
    recorder = Recorder()
    qapp.installTranslator(recorder)
    try:
        window = make_window()
        for key in KEYS:
            page = window.go_to(key)
            for tabs in page.findChildren(QTabWidget):
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
        with database.sessions() as session:
            first = {
                model: session.scalar(select(model.id).order_by(model.id).limit(1))
                for model in RECORDS
            }
        for model, record_id in first.items():
            assert record_id is not None, model
            assert window.open_record(model, record_id)
            for tabs in window.stack.currentWidget().findChildren(QTabWidget):
                for index in range(tabs.count()):
                    tabs.setCurrentIndex(index)
        window.open_print_dialog()
    finally:
        qapp.removeTranslator(recorder)
    assert len(recorder.asked) > 300
    # A subclass's self.tr() asks under its own class first, then its base classes' (and
    # goes on when the translation reads like the source): one of them must have it.
    translated = translated_keys("nl")
    contexts: dict[str, set[str]] = {}
    for context, source in recorder.asked:
        contexts.setdefault(source, set()).add(context)
    missing = [
        f"{sorted(asked)} {source!r}"
        for source, asked in sorted(contexts.items())
        if not any((context, source) in translated for context in asked)
    ]
    assert not missing, "asked for, not translated: " + ", ".join(missing)


def test_a_new_candidate_reads_the_organisations_language(
    window: MainWindow, qtbot: QtBot, database: Database, seed: Seed
) -> None:
    """Until a school says otherwise: a French-speaking organisation's new candidate gets
    French forms, not the Dutch the form starts with elsewhere."""
    with database.sessions.begin() as session:
        organisation = session.get(OrganisationSettings, seed.organisation)
        assert organisation is not None
        organisation.language = Language.FRENCH
    page = window.go_to("candidates")
    assert isinstance(page, TabbedListsPage)
    candidates = page.lists[0]
    qtbot.keyClick(candidates.view, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert candidates.editor.record_id is None
    assert candidates.editor.field("language").value() == Language.FRENCH
    assert not candidates.editor.is_dirty()  # a default, not a change to ask about
