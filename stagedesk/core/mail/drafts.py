"""A mail draft for one moment of one internship: to whom, in which language, the text
filled in from the template, and which PDF goes with it.

The language is the recipient's: the intern's, the mentor's, or the school's for the
school supervisor. StageDesk has mail texts in Dutch, French and English only; a
German-speaking recipient gets English (``mail_language``): whatever the organisation's
own language, it is the one of the three they are most likely to read with ease. The
coordinator can still choose another language for one mail.

The mail comes from the coordinator (the first active one) when they have an e-mail
address; otherwise it has no sender and the mail program puts in its own account.
"""

import dataclasses
import datetime as dt
import re
from dataclasses import dataclass
from email.errors import MessageError
from email.headerregistry import Address
from enum import StrEnum
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.core.db.database import Database
from stagedesk.core.db.paths import beside
from stagedesk.core.forms import FormRegistry
from stagedesk.core.mail import refusals as why
from stagedesk.core.mail.refusals import MailRefused
from stagedesk.core.mail.templates import MAIL_LANGUAGES, MailMoment, TemplateStore, render
from stagedesk.core.models import Internship, Language, StaffMember
from stagedesk.core.records.organisation import organisation
from stagedesk.core.records.validation import is_email

# Not allowed in a Windows file name, or turning the text around ("a\u202efdp.exe")
_UNSAFE = re.compile('[<>:"/\\\\|?*\x00-\x1f\x7f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]')
_DEVICE = re.compile(r"(CON|PRN|AUX|NUL|COM\d|LPT\d)(\..*)?$", re.IGNORECASE)  # Windows'
MAX_FILE_NAME = 120


class Attachment(StrEnum):
    """The PDF a mail carries; the value is the id of its toolbox definition."""

    INFO_SHEET = "info_sheet"
    INTERN_SURVEY = "intern_survey"
    MENTOR_SURVEY = "mentor_survey"


ATTACHMENTS: dict[MailMoment, Attachment | None] = {
    MailMoment.PRACTICAL_INFO: Attachment.INFO_SHEET,
    MailMoment.INTERN_SURVEY: Attachment.INTERN_SURVEY,
    MailMoment.MENTOR_SURVEY: Attachment.MENTOR_SURVEY,
    MailMoment.THANK_SCHOOL: None,
}


@dataclass(frozen=True)
class Person:
    name: str
    address: str

    def header(self) -> Address:
        return Address(display_name=self.name, addr_spec=self.address)


@dataclass(frozen=True)
class MailDraft:
    moment: MailMoment
    internship_id: int
    to: Person
    sender: Person | None
    language: str
    subject: str
    body: str
    attachment: Attachment | None
    attachment_name: str | None  # the PDF's file name, "Infofiche - Jan Peeters.pdf"

    def edited(self, subject: str, body: str) -> "MailDraft":
        """The same mail with the text the user changed for this one time."""
        return dataclasses.replace(self, subject=subject, body=body)


def mail_language(language: Language | str) -> str:
    """The language of the mail texts for someone who speaks ``language``."""
    value = str(language)
    return value if value in MAIL_LANGUAGES else Language.ENGLISH.value


def build_draft(
    session: Session,
    registry: FormRegistry,
    store: TemplateStore,
    internship_id: int,
    moment: MailMoment,
    *,
    language: str | None = None,
) -> MailDraft:
    """The draft for ``moment``; MailRefused (or TemplateProblem) when it cannot be made."""
    internship = session.get(Internship, internship_id)
    if internship is None:
        raise MailRefused(why.NO_INTERNSHIP, {"internship": internship_id})
    to, spoken = recipient(internship, moment)
    language = language or mail_language(spoken)
    values, gaps = mail_values(session, internship)
    text = render(store.load(moment, language), values, gaps)
    attachment = ATTACHMENTS[moment]
    file_name = None
    if attachment is not None:
        title = registry.get(attachment.value).title.get(language)
        file_name = safe_file_name(f"{title} - {internship.intern.full_name}.pdf")
    return MailDraft(
        moment=moment,
        internship_id=internship_id,
        to=to,
        sender=sender(session),
        language=language,
        subject=text.subject,
        body=text.body,
        attachment=attachment,
        attachment_name=file_name,
    )


def recipient(internship: Internship, moment: MailMoment) -> tuple[Person, Language]:
    """Who the mail goes to, and the language they speak."""
    if moment is MailMoment.MENTOR_SURVEY:
        mentor = internship.mentor
        if mentor is None:
            raise MailRefused(why.NO_MENTOR)
        return person(mentor.full_name, mentor.email), mentor.language
    if moment is MailMoment.THANK_SCHOOL:
        supervisor = internship.supervisor
        if supervisor is None:
            raise MailRefused(why.NO_SUPERVISOR)
        school = internship.school or supervisor.school
        return person(supervisor.name, supervisor.email), school.language
    intern = internship.intern
    return person(intern.full_name, intern.email), intern.language


def person(name: str, address: str | None) -> Person:
    """Someone to write to; refused without a usable e-mail address."""
    address = (address or "").strip()
    if not address:
        raise MailRefused(why.NO_ADDRESS, {"name": name})
    found = Person(name, address)
    try:
        found.header()
    except (ValueError, MessageError):
        raise MailRefused(why.BAD_ADDRESS, {"name": name, "address": address}) from None
    if not is_email(address):
        raise MailRefused(why.BAD_ADDRESS, {"name": name, "address": address})
    return found


def coordinator(session: Session) -> StaffMember | None:
    query = (
        select(StaffMember)
        .where(StaffMember.is_coordinator.is_(True), StaffMember.active.is_(True))
        .order_by(StaffMember.id)
        .limit(1)
    )
    return session.scalar(query)


def sender(session: Session) -> Person | None:
    """The coordinator, when they have a usable e-mail address."""
    found = coordinator(session)
    if found is None:
        return None
    try:
        return person(found.full_name, found.email)
    except MailRefused:
        return None


def day(value: dt.date) -> str:
    return f"{value:%d/%m/%Y}"


def mail_values(session: Session, internship: Internship) -> tuple[dict[str, str], dict[str, str]]:
    """What the placeholders stand for in this internship, and for those the records
    cannot fill, why (a refusal message)."""
    values = {
        "intern_first_name": internship.intern.first_name,
        "intern_name": internship.intern.full_name,
        "unit": internship.unit.name,
        "start_date": day(internship.start_date),
        "end_date": day(internship.end_date),
    }
    gaps: dict[str, str] = {}

    def put(name: str, value: str | None, gap: str) -> None:
        if value and value.strip():
            values[name] = value.strip()
        else:
            gaps[name] = gap

    mentor, backup, supervisor = internship.mentor, internship.backup, internship.supervisor
    school = internship.school or (supervisor.school if supervisor else None)
    settings = organisation(session)
    head = coordinator(session)
    put("mentor_first_name", mentor.first_name if mentor else None, why.MISSING_MENTOR)
    put("mentor_name", mentor.full_name if mentor else None, why.MISSING_MENTOR)
    put(
        "mentor_email",
        mentor.email if mentor else None,
        why.MISSING_MENTOR_EMAIL if mentor else why.MISSING_MENTOR,
    )
    put("backup_name", backup.full_name if backup else None, why.MISSING_BACKUP)
    put("supervisor_name", supervisor.name if supervisor else None, why.MISSING_SUPERVISOR)
    put("school", school.name if school else None, why.MISSING_SCHOOL)
    put("organisation", settings.name if settings else None, why.MISSING_ORGANISATION)
    put("coordinator_name", head.full_name if head else None, why.MISSING_COORDINATOR)
    return values, gaps


def drafts_dir(database: Database) -> Path:
    """Where drafts handed to the mail program are written: beside the database file
    (``stagedesk-drafts``), like its documents; for a server database in the user's data
    folder. They are kept, so a draft can be opened again; the same mail made again
    overwrites its file."""
    return beside(database.path, "drafts")


def safe_file_name(name: str) -> str:
    """``name`` without what Windows refuses in a file name, at most MAX_FILE_NAME long
    (its extension kept), never a device name such as ``CON.eml``."""
    cleaned = " ".join(_UNSAFE.sub(" ", name).split())
    stem, dot, extension = cleaned.rpartition(".")
    if len(cleaned) > MAX_FILE_NAME:
        keep = MAX_FILE_NAME - len(extension) - 1
        cleaned = f"{stem[:keep]}.{extension}" if dot and keep > 0 else cleaned[:MAX_FILE_NAME]
    cleaned = cleaned.strip(". ")
    return f"_{cleaned}" if _DEVICE.match(cleaned) else cleaned or "mail"
