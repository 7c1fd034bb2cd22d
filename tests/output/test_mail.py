"""Mail drafts: built from the small seed, written as .eml files and parsed back with the
standard ``email`` package, their PDFs opened with pypdf; mailto: links decoded; templates
overridden, reset and refused. The command line: ``test_mail_cli``."""

import email
import email.policy
import io
from email.message import EmailMessage
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from pypdf import PdfReader

from stagedesk.core.db.database import Database
from stagedesk.core.forms import FormRegistry, builtin_dir
from stagedesk.core.mail import (
    MAIL_LANGUAGES,
    MailDraft,
    MailMoment,
    MailRefused,
    Template,
    TemplateProblem,
    TemplateStore,
    build_draft,
)
from stagedesk.core.mail.templates import PLACEHOLDERS, builtin_mail_dir, placeholders_in
from stagedesk.core.models import (
    Candidate,
    FormResponse,
    Internship,
    Language,
    School,
    SchoolContact,
    StaffMember,
)
from stagedesk.output.mail import attachment_pdf, eml_bytes, mailto_url, write_eml
from stagedesk.output.readback.importing import plan_import
from tests.seed import TODAY, Seed, seed_small

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

REGISTRY = FormRegistry.load([builtin_dir()])


def mail_seed(database: Database) -> Seed:
    """The small seed with the e-mail addresses mails need and a coordinator."""
    seed = seed_small(database.sessions)
    with database.sessions.begin() as session:
        session.add(
            StaffMember(
                first_name="Nora", last_name="Maes", email="nora@voorbeeld.be", is_coordinator=True
            )
        )
        session.get(StaffMember, seed.staff["an"]).email = "an.peeters@voorbeeld.be"
        session.get(SchoolContact, 1).email = "karin.wouters@zennevallei.be"
    return seed


@pytest.fixture
def seed(database: Database) -> Seed:
    return mail_seed(database)


@pytest.fixture
def store(tmp_path: Path) -> TemplateStore:
    return TemplateStore(builtin_mail_dir(), tmp_path / "own-mail")


def draft_of(
    database: Database, store: TemplateStore, internship: int, moment: MailMoment, **kw: str
) -> MailDraft:
    with database.sessions() as session:
        return build_draft(session, REGISTRY, store, internship, moment, **kw)


def written(database: Database, draft: MailDraft, target: Path) -> EmailMessage:
    """Write the draft with its PDF, and parse the file back."""
    with database.sessions.begin() as session:
        pdf = attachment_pdf(session, REGISTRY, draft, today=TODAY)
    write_eml(draft, pdf, draft.attachment_name, target)
    message = email.message_from_bytes(target.read_bytes(), policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    return message


def body_of(message: EmailMessage) -> str:
    part = message.get_body(("plain",))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")  # SMTP line ends


def the_pdf(message: EmailMessage) -> tuple[str, bytes]:
    (part,) = list(message.iter_attachments())
    assert part.get_content_type() == "application/pdf"
    return str(part.get_filename()), bytes(part.get_content())


def set_language(database: Database, model: type, record_id: int, language: Language) -> None:
    with database.sessions.begin() as session:
        session.get(model, record_id).language = language


# -- the .eml files ---------------------------------------------------------------------


def test_practical_info_reaches_the_intern_with_her_info_sheet(
    database: Database, seed: Seed, store: TemplateStore, tmp_path: Path
) -> None:
    running = seed.internships["running"]
    set_language(database, Candidate, seed.candidates["celine"], Language.FRENCH)
    draft = draft_of(database, store, running, MailMoment.PRACTICAL_INFO)
    message = written(database, draft, tmp_path / "practical.eml")

    assert message["To"] == "Céline Lambert <celine@example.be>"
    assert message["From"] == "Nora Maes <nora@voorbeeld.be>"
    assert message["X-Unsent"] == "1"
    assert message["Subject"] == (
        "Informations pratiques pour votre premier jour de stage chez Voorbeeldorganisatie"
    )
    body = body_of(message)
    assert body.startswith("Bonjour Céline,")
    assert "commence le 02/02/2026" in body and "(An Peeters)" in body
    assert body.rstrip().endswith("Nora Maes\nVoorbeeldorganisatie")
    name, pdf = the_pdf(message)
    assert name == "Fiche d'information - Céline Lambert.pdf"
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(reader.pages[0].extract_text().split())
    assert len(reader.pages) == 1
    assert "Fiche d'information" in text and "Céline Lambert" in text and "An Peeters" in text


def test_a_survey_goes_out_fillable_and_comes_back_to_its_internship(
    database: Database, seed: Seed, store: TemplateStore, tmp_path: Path
) -> None:
    running = seed.internships["running"]
    draft = draft_of(database, store, running, MailMoment.INTERN_SURVEY)
    message = written(database, draft, tmp_path / "survey.eml")

    assert message["To"] == "Céline Lambert <celine@example.be>"
    assert message["Subject"] == "Hoe was je stage bij Voorbeeldorganisatie?"
    name, pdf = the_pdf(message)
    assert name == "Tevredenheid stagiair - Céline Lambert.pdf"
    fields = PdfReader(io.BytesIO(pdf)).get_fields() or {}
    assert len(fields) > 10  # fillable: the questions are form fields
    # The response was started so that its code is on the PDF: filled in and sent back,
    # it is read into this internship's survey.
    (tmp_path / name).write_bytes(pdf)
    with database.sessions() as session:
        plan = plan_import(session, REGISTRY, tmp_path / name)
        assert plan.definition.id == "intern_survey" and plan.subject == "Céline Lambert"
        response = session.get(FormResponse, plan.response_id)
        assert response is not None and response.internship_id == running


def test_the_mentor_gets_the_mentor_survey_in_the_mentors_language(
    database: Database, seed: Seed, store: TemplateStore, tmp_path: Path
) -> None:
    set_language(database, StaffMember, seed.staff["an"], Language.ENGLISH)
    draft = draft_of(database, store, seed.internships["running"], MailMoment.MENTOR_SURVEY)
    message = written(database, draft, tmp_path / "mentor.eml")

    assert draft.language == "en"
    assert message["To"] == "An Peeters <an.peeters@voorbeeld.be>"
    assert message["Subject"] == "Your experience as Céline Lambert's mentor"
    assert body_of(message).startswith("Hello An,")
    name, pdf = the_pdf(message)
    assert name == "Mentor satisfaction survey - Céline Lambert.pdf"
    text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "Mentor satisfaction survey" in text


def test_the_school_is_thanked_in_its_language_without_an_attachment(
    database: Database, seed: Seed, store: TemplateStore, tmp_path: Path
) -> None:
    set_language(database, School, seed.school, Language.FRENCH)
    draft = draft_of(database, store, seed.internships["running"], MailMoment.THANK_SCHOOL)
    message = written(database, draft, tmp_path / "school.eml")

    assert message["To"] == "Karin Wouters <karin.wouters@zennevallei.be>"
    assert message["Subject"] == "Merci pour votre collaboration au stage de Céline Lambert"
    assert "du 02/02/2026 au 20/03/2026" in body_of(message)
    assert "Hogeschool Zennevallei" in body_of(message)
    assert list(message.iter_attachments()) == []


def test_a_german_speaker_gets_english_and_another_language_can_be_chosen(
    database: Database, seed: Seed, store: TemplateStore
) -> None:
    set_language(database, Candidate, seed.candidates["celine"], Language.GERMAN)
    running = seed.internships["running"]
    assert draft_of(database, store, running, MailMoment.PRACTICAL_INFO).language == "en"
    chosen = draft_of(database, store, running, MailMoment.PRACTICAL_INFO, language="fr")
    assert chosen.language == "fr" and chosen.subject.startswith("Informations pratiques")
    assert chosen.attachment_name == "Fiche d'information - Céline Lambert.pdf"


def test_without_a_coordinator_address_the_mail_has_no_sender(
    database: Database, seed: Seed, store: TemplateStore
) -> None:
    with database.sessions.begin() as session:
        session.query(StaffMember).filter_by(is_coordinator=True).one().email = None
    draft = draft_of(database, store, seed.internships["running"], MailMoment.THANK_SCHOOL)
    message = email.message_from_bytes(eml_bytes(draft, None, None), policy=email.policy.default)
    assert draft.sender is None and message["From"] is None
    assert "Nora Maes" in draft.body  # still signed by the coordinator


def test_a_long_accented_attachment_name_stays_in_one_piece(
    database: Database, seed: Seed, store: TemplateStore
) -> None:
    draft = draft_of(database, store, seed.internships["running"], MailMoment.MENTOR_SURVEY)
    name = "Tevredenheid stagementor - Marie-Thérèse Vandenbroucke-Lambrechts.pdf"
    data = eml_bytes(draft, b"%PDF-1.4\n", name)
    # RFC 2231 in one piece, and RFC 2047 in the Content-Type's name for Outlook.
    assert b"filename*=utf-8''Tevredenheid%20stagementor%20-%20Marie-Th%C3%A9r%C3%A8se" in data
    assert b"filename*0" not in data and b'name="=?utf-8?' in data
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert isinstance(message, EmailMessage)
    assert the_pdf(message) == (name, b"%PDF-1.4\n")


# -- refusals -----------------------------------------------------------------------------


def refusal(database: Database, store: TemplateStore, internship: int, moment: str) -> str:
    with pytest.raises(MailRefused) as raised:
        draft_of(database, store, internship, MailMoment(moment))
    return str(raised.value)


def test_a_recipient_without_an_address_is_refused_by_name(
    database: Database, seed: Seed, store: TemplateStore
) -> None:
    with database.sessions.begin() as session:
        session.get(SchoolContact, 1).email = " "
        session.get(StaffMember, seed.staff["an"]).email = "an.peeters"
    running = seed.internships["running"]
    assert refusal(database, store, running, "thank_school") == (
        "Karin Wouters has no e-mail address: add it to their record first."
    )
    assert refusal(database, store, running, "mentor_survey") == (
        "The e-mail address of An Peeters (an.peeters) is not valid: correct it first."
    )


def test_what_the_record_lacks_is_named(
    database: Database, seed: Seed, store: TemplateStore
) -> None:
    planned = seed.internships["planned"]  # Sara: no school, no supervisor
    assert refusal(database, store, planned, "thank_school") == (
        "This internship has no school supervisor: choose one in its details first."
    )
    assert "no internship 999" in refusal(database, store, 999, "practical_info").lower()
    with database.sessions.begin() as session:
        session.get(Internship, planned).mentor_id = None
    assert refusal(database, store, planned, "mentor_survey") == (
        "This internship has no mentor: choose one in its details first."
    )
    assert refusal(database, store, planned, "practical_info") == (
        "The template uses {mentor_name}, but this internship has no mentor."
    )
    with database.sessions.begin() as session:
        session.query(StaffMember).filter_by(is_coordinator=True).one().is_coordinator = False
    assert refusal(database, store, seed.internships["running"], "intern_survey") == (
        "The template uses {coordinator_name}, but no active staff member is marked as coordinator."
    )


# -- templates ----------------------------------------------------------------------------


def test_every_default_template_is_there_and_fills_in(store: TemplateStore) -> None:
    subjects = set()
    for moment in MailMoment:
        for language in MAIL_LANGUAGES:
            template = store.default(moment, language)
            assert template.subject and template.body
            used = placeholders_in(template.subject) + placeholders_in(template.body)
            assert set(used) <= set(PLACEHOLDERS)
            subjects.add(template.subject)
    assert len(subjects) == len(MailMoment) * len(MAIL_LANGUAGES)  # really translated


def test_an_own_template_wins_until_it_is_reset(
    database: Database, seed: Seed, store: TemplateStore
) -> None:
    running = seed.internships["running"]
    own = Template("Tot {end_date}, {intern_first_name}!", "Dag {intern_name},\n\nBedankt.")
    path = store.save(MailMoment.INTERN_SURVEY, "nl", own)

    assert path == store.own / "intern_survey.nl.txt" and store.is_own(
        MailMoment.INTERN_SURVEY, "nl"
    )
    assert path.read_text(encoding="utf-8").startswith("Subject: Tot {end_date}")
    draft = draft_of(database, store, running, MailMoment.INTERN_SURVEY)
    assert (draft.subject, draft.body) == (
        "Tot 20/03/2026, Céline!",
        "Dag Céline Lambert,\n\nBedankt.",
    )
    assert not store.is_own(MailMoment.INTERN_SURVEY, "fr")  # one language at a time

    store.reset(MailMoment.INTERN_SURVEY, "nl")
    assert not path.exists()
    draft = draft_of(database, store, running, MailMoment.INTERN_SURVEY)
    assert draft.subject == "Hoe was je stage bij Voorbeeldorganisatie?"


def test_an_unknown_placeholder_is_refused_with_the_known_ones(
    database: Database, seed: Seed, store: TemplateStore
) -> None:
    with pytest.raises(TemplateProblem) as raised:
        store.save(MailMoment.THANK_SCHOOL, "en", Template("Hi", "Dear {supervisor},"))
    message = str(raised.value)
    assert message.startswith("The template uses {supervisor}, which StageDesk does not know.")
    assert "{supervisor_name}" in message
    assert not store.is_own(MailMoment.THANK_SCHOOL, "en")  # nothing was written
    with pytest.raises(TemplateProblem, match="brace"):
        store.save(MailMoment.THANK_SCHOOL, "en", Template("Hi", "Dear {supervisor_name,"))
    # A copy edited by hand is checked when it is used: a message, not a KeyError.
    store.own.mkdir(parents=True)
    (store.own / "thank_school.nl.txt").write_text("Subject: Dag {school.name}\n\nTekst")
    assert refusal(database, store, seed.internships["running"], "thank_school").startswith(
        "The template uses {school.name}, which StageDesk does not know."
    )


def test_a_template_file_without_subject_line_is_all_body() -> None:
    assert Template.parse("Dag {intern_first_name},\r\n\r\nTot dan.") == Template(
        "", "Dag {intern_first_name},\r\n\r\nTot dan."
    )
    assert Template.parse("Subject: Hallo\n\n\nTekst\n") == Template("Hallo", "Tekst")


# -- mailto: ------------------------------------------------------------------------------


def test_a_mailto_link_carries_address_subject_and_text(
    database: Database, seed: Seed, store: TemplateStore
) -> None:
    set_language(database, School, seed.school, Language.FRENCH)
    draft = draft_of(database, store, seed.internships["running"], MailMoment.THANK_SCHOOL)
    url = mailto_url(draft)

    assert url.isascii() and " " not in url and len(url) <= 2000
    parts = urlsplit(url)
    assert parts.scheme == "mailto" and unquote(parts.path) == "karin.wouters@zennevallei.be"
    query = parse_qs(parts.query)
    assert query["subject"] == ["Merci pour votre collaboration au stage de Céline Lambert"]
    assert query["body"] == [draft.body.replace("\n", "\r\n")]


def test_a_mailto_link_is_refused_with_an_attachment_or_when_too_long(
    database: Database, seed: Seed, store: TemplateStore
) -> None:
    running = seed.internships["running"]
    with pytest.raises(MailRefused, match="cannot carry an attachment"):
        mailto_url(draft_of(database, store, running, MailMoment.PRACTICAL_INFO))
    draft = draft_of(database, store, running, MailMoment.THANK_SCHOOL)
    long = draft.edited(draft.subject, "Très bien. " * 200)
    with pytest.raises(MailRefused, match=r"too long for a mailto: link \(\d+ characters"):
        mailto_url(long)
