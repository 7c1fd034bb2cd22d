"""Mail from an internship: the E-mail menu, the mail dialog and its ways out, and the
mail templates on the Settings page. The mail program is the one thing not run: opening
a URL is recorded instead."""

import email
import email.policy
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from stagedesk.core.db.database import Database
from stagedesk.core.mail import MailMoment, TemplateStore
from stagedesk.core.mail.templates import builtin_mail_dir
from stagedesk.core.models import FormResponse, Internship, SchoolContact, StaffMember
from stagedesk.ui.internships.editor import InternshipEditor
from stagedesk.ui.kit.list_page import RecordListPage
from stagedesk.ui.mail.dialog import MailDialog
from stagedesk.ui.mail.menu import MailButton
from stagedesk.ui.mail.templates import MailTemplatesEditor
from stagedesk.ui.settings.organisation import SettingsPage
from stagedesk.ui.shell.main_window import MainWindow
from tests.seed import Seed
from tests.ui.conftest import Dialogs, WindowFactory
from tests.ui.helpers import LEFT, click, click_tab, count, retype

Button = QMessageBox.StandardButton


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A data folder of the test's own: no templates edited by whoever runs the tests."""
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    return tmp_path / "data"


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    """What StageDesk asked the system to open."""
    urls: list[QUrl] = []

    def record(url: QUrl) -> bool:
        urls.append(QUrl(url))
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", record)
    return urls


@pytest.fixture
def window(seed: Seed, database: Database, make_window: WindowFactory) -> MainWindow:
    """The small seed with a coordinator and the addresses the mails go to."""
    with database.sessions.begin() as session:
        session.add(
            StaffMember(
                first_name="Nora", last_name="Maes", email="nora@voorbeeld.be", is_coordinator=True
            )
        )
        session.get(StaffMember, seed.staff["an"]).email = "an.peeters@voorbeeld.be"
        session.get(SchoolContact, 1).email = "karin.wouters@zennevallei.be"
    return make_window()


def editor_of(window: MainWindow, internship_id: int | None) -> InternshipEditor:
    if internship_id is None:
        page = window.go_to("internships")
        assert isinstance(page, RecordListPage)
        page.new_record()
    else:
        assert window.open_record(Internship, internship_id)
        page = window.pages["internships"]
    assert isinstance(page, RecordListPage) and isinstance(page.editor, InternshipEditor)
    return page.editor


def choose_mail(qtbot: QtBot, button: MailButton, moment: MailMoment) -> None:
    """Click the E-mail button and, in the menu it pops up, the mail for ``moment``."""
    menu, action = button.menu(), button.actions_by_moment[moment]

    def pick() -> None:
        qtbot.waitUntil(menu.isVisible)
        qtbot.mouseClick(menu, LEFT, pos=menu.actionGeometry(action).center())

    QTimer.singleShot(0, pick)
    click(qtbot, button)


def mail_dialog(
    qtbot: QtBot, window: MainWindow, internship: int, moment: MailMoment
) -> MailDialog:
    button = editor_of(window, internship).mail
    choose_mail(qtbot, button, moment)
    dialog = button.dialog
    assert isinstance(dialog, MailDialog)
    qtbot.waitExposed(dialog)
    return dialog


def parsed(path: Path) -> email.message.EmailMessage:
    message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    assert isinstance(message, email.message.EmailMessage)
    return message


def test_the_menu_offers_the_four_mails_once_the_internship_is_saved(
    window: MainWindow, seed: Seed
) -> None:
    button = editor_of(window, None).mail
    assert button.isVisible() and not button.isEnabled()  # a new internship: nothing to say
    button = editor_of(window, seed.internships["running"]).mail
    assert button.isEnabled() and button.text() == "E-mail"
    assert [action.text() for action in button.menu().actions()] == [
        "Practical information for the intern",
        "Survey for the intern",
        "Survey for the mentor",
        "Thanks to the school supervisor",
    ]


def test_practical_info_opens_in_the_mail_program_as_edited(
    window: MainWindow, qtbot: QtBot, seed: Seed, db_path: Path, opened: list[QUrl]
) -> None:
    dialog = mail_dialog(qtbot, window, seed.internships["running"], MailMoment.PRACTICAL_INFO)
    assert dialog.to_label.text() == "Céline Lambert <celine@example.be>"
    assert dialog.from_label.text() == "Nora Maes <nora@voorbeeld.be>"
    assert (
        dialog.subject.text() == "Praktische info voor je eerste stagedag bij Voorbeeldorganisatie"
    )
    assert dialog.body.toPlainText().startswith("Dag Céline,\n\nOp 02/02/2026 begint je stage")
    assert dialog.attachment_label.text() == "Infofiche - Céline Lambert.pdf"
    assert not dialog.mailto_button.isVisible()  # a link cannot carry the info sheet

    retype(qtbot, dialog.subject, "Welkom op maandag")
    click(qtbot, dialog.open_button)

    assert len(opened) == 1 and opened[0].isLocalFile()
    path = Path(opened[0].toLocalFile())
    assert path.parent == db_path.with_name("stagedesk-drafts")  # beside the database
    message = parsed(path)
    assert message["Subject"] == "Welkom op maandag"
    assert message["X-Unsent"] == "1"
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename() == "Infofiche - Céline Lambert.pdf"
    assert bytes(attachment.get_content()).startswith(b"%PDF")
    assert not dialog.isVisible()


def test_the_school_is_thanked_through_a_mailto_link_in_another_language(
    window: MainWindow, qtbot: QtBot, seed: Seed, opened: list[QUrl]
) -> None:
    dialog = mail_dialog(qtbot, window, seed.internships["running"], MailMoment.THANK_SCHOOL)
    assert dialog.attachment_label.text() == "none"
    assert dialog.subject.text().startswith("Bedankt voor de samenwerking")

    dialog.language_box.setFocus()
    qtbot.keyClicks(dialog.language_box, "Fr")
    assert dialog.subject.text() == "Merci pour votre collaboration au stage de Céline Lambert"
    click(qtbot, dialog.mailto_button)

    (url,) = opened
    text = url.toString(QUrl.ComponentFormattingOption.FullyEncoded)
    assert text.startswith("mailto:karin.wouters@zennevallei.be?subject=Merci%20pour%20votre")
    assert "Bonjour%20Karin%20Wouters%2C%0D%0A" in text


def test_a_survey_mail_can_be_saved_as_a_file(
    window: MainWindow,
    qtbot: QtBot,
    seed: Seed,
    database: Database,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    opened: list[QUrl],
) -> None:
    target = tmp_path / "for An"
    asked: list[str] = []

    def save_as(parent: object, title: str, suggested: str, filter: str) -> tuple[str, str]:
        asked.append(suggested)
        return str(target), filter

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    dialog = mail_dialog(qtbot, window, seed.internships["running"], MailMoment.MENTOR_SURVEY)
    assert dialog.to_label.text() == "An Peeters <an.peeters@voorbeeld.be>"
    click(qtbot, dialog.save_button)

    assert asked == ["Jouw ervaring als stagementor van Céline Lambert.eml"]
    message = parsed(target.with_suffix(".eml"))
    (attachment,) = list(message.iter_attachments())
    assert attachment.get_filename() == "Tevredenheid stagementor - Céline Lambert.pdf"
    assert count(database, FormResponse, FormResponse.form_id == "mentor_survey") == 1
    assert opened == []  # saved, not opened


def test_a_mail_that_cannot_be_made_says_why(
    window: MainWindow, qtbot: QtBot, seed: Seed, dialogs: Dialogs
) -> None:
    button = editor_of(window, seed.internships["planned"]).mail
    choose_mail(qtbot, button, MailMoment.THANK_SCHOOL)
    assert button.dialog is None
    assert dialogs.texts("warning") == [
        "This internship has no school supervisor: choose one in its details first."
    ]


# -- the templates ------------------------------------------------------------------------


@pytest.fixture
def templates(qtbot: QtBot, tmp_path: Path) -> MailTemplatesEditor:
    editor = MailTemplatesEditor(TemplateStore(builtin_mail_dir(), tmp_path / "own"))
    qtbot.addWidget(editor)
    editor.resize(900, 600)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def pick(qtbot: QtBot, editor: MailTemplatesEditor, mail: str, language: str) -> None:
    """Choose the mail and the language by typing in their boxes, as from the keyboard."""
    for box, text in ((editor.moment_box, mail), (editor.language_box, language)):
        box.setFocus()
        qtbot.keyClicks(box, text)
        assert box.currentText().startswith(text)


def test_a_template_is_edited_saved_and_reset(
    templates: MailTemplatesEditor, qtbot: QtBot, dialogs: Dialogs
) -> None:
    pick(qtbot, templates, "Thanks", "English")
    assert templates.subject.text() == "Thank you for working with us on {intern_name}'s internship"
    assert templates.state.text() == "The default text"
    assert not templates.save_button.isEnabled() and not templates.reset_button.isEnabled()

    retype(qtbot, templates.subject, "Thanks for {intern_first_name}")
    templates.body.setFocus()
    qtbot.keyClick(templates.body, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    (item,) = templates.placeholders.findItems("{school}", Qt.MatchFlag.MatchStartsWith)
    spot = templates.placeholders.visualItemRect(item).center()
    qtbot.mouseClick(templates.placeholders.viewport(), LEFT, pos=spot)
    qtbot.mouseDClick(templates.placeholders.viewport(), LEFT, pos=spot)
    click(qtbot, templates.save_button)

    own = templates.store.own_path(MailMoment.THANK_SCHOOL, "en")
    assert own.read_text(encoding="utf-8").startswith("Subject: Thanks for {intern_first_name}\n")
    assert own.read_text(encoding="utf-8").rstrip().endswith("{organisation}{school}")
    assert templates.state.text() == "Your own text" and templates.reset_button.isEnabled()

    dialogs.answer(Button.Yes)
    click(qtbot, templates.reset_button)
    assert not own.exists()
    assert templates.subject.text().startswith("Thank you for working with us")
    assert dialogs.texts("question") == ["Replace your own text of this mail by the default text?"]


def test_an_unknown_placeholder_is_not_saved(
    templates: MailTemplatesEditor, qtbot: QtBot, dialogs: Dialogs
) -> None:
    pick(qtbot, templates, "Practical", "Dutch")
    retype(qtbot, templates.subject, "Welkom {voornaam}")
    click(qtbot, templates.save_button)
    (warning,) = dialogs.texts("warning")
    assert warning.startswith("The template uses {voornaam}, which StageDesk does not know.")
    assert not templates.store.is_own(MailMoment.PRACTICAL_INFO, "nl")
    assert templates.save_button.isEnabled()  # the edit is still there to correct


def test_leaving_an_edited_template_asks_first(
    templates: MailTemplatesEditor, qtbot: QtBot, dialogs: Dialogs
) -> None:
    pick(qtbot, templates, "Survey for the intern", "French")
    retype(qtbot, templates.subject, "Votre avis")
    dialogs.answer(Button.Cancel)
    templates.language_box.setFocus()
    qtbot.keyClick(templates.language_box, Qt.Key.Key_Down)  # French to English
    assert templates.language_box.currentData() == "fr"  # stayed
    assert templates.subject.text() == "Votre avis"

    dialogs.answer(Button.Save)
    templates.language_box.setFocus()
    qtbot.keyClick(templates.language_box, Qt.Key.Key_Down)  # French to English
    assert templates.subject.text() == "How was your internship at {organisation}?"
    saved = templates.store.load(MailMoment.INTERN_SURVEY, "fr")
    assert saved.subject == "Votre avis"
    assert len(dialogs.texts("question")) == 2


def test_the_settings_page_has_the_mail_templates(
    window: MainWindow, qtbot: QtBot, data_dir: Path
) -> None:
    page = window.go_to("settings")
    assert isinstance(page, SettingsPage)
    click_tab(qtbot, page.tabs, page.tabs.indexOf(page.mail_templates))
    editor = page.mail_templates
    assert editor.isVisible()
    assert editor.store.own == data_dir / "StageDesk" / "mail"
    assert "{intern_first_name}" in editor.body.toPlainText()
