"""Mail drafts out of StageDesk, no mail server needed: an ``.eml`` file that Outlook and
Thunderbird open as a new mail ready to send, or a ``mailto:`` link.

    pdf = attachment_pdf(session, registry, draft, today=date)   # None: nothing attached
    write_eml(draft, pdf, draft.attachment_name, path)
    mailto_url(draft)
"""

import datetime as dt
import email.policy
import io
from email.header import Header
from email.message import EmailMessage, MIMEPart
from pathlib import Path
from urllib.parse import quote

from sqlalchemy.orm import Session

from stagedesk.core.forms import FormRegistry
from stagedesk.core.mail import Attachment, MailDraft, MailRefused
from stagedesk.core.mail.drafts import safe_file_name
from stagedesk.core.mail.refusals import MAILTO_ATTACHMENT, MAILTO_TOO_LONG
from stagedesk.output.pdf.documents.info_page import write_info_sheet
from stagedesk.output.pdf.forms.job import Variant
from stagedesk.output.pdf.forms.printing import record_form_job
from stagedesk.output.pdf.forms.writer import write_form

# Outlook (and Internet Explorer before it) refuse longer links; other programs cut them.
MAILTO_LIMIT = 2000
# Headers written here as they are (the attachment's name, see ``_name_attachment``) are
# not folded again; the others are folded as usual.
POLICY = email.policy.SMTP.clone(refold_source="none")


def attachment_pdf(
    session: Session, registry: FormRegistry, draft: MailDraft, *, today: dt.date
) -> bytes | None:
    """The PDF the draft carries, in the mail's language: the info sheet, or a fillable
    survey (its response is started now if there is none, so that its code is printed on
    it and the filled-in file can be read back). Needs a session that may write."""
    if draft.attachment is None:
        return None
    buffer = io.BytesIO()
    if draft.attachment is Attachment.INFO_SHEET:
        write_info_sheet(
            session,
            registry,
            draft.internship_id,
            buffer,
            language=draft.language,
            today=today,
        )
        return buffer.getvalue()
    definition = registry.get(draft.attachment.value)
    job = record_form_job(
        session,
        registry,
        definition,
        draft.internship_id,
        Variant.FILLABLE,
        language=draft.language,
        today=today,
    )
    write_form(job, buffer)
    return buffer.getvalue()


def eml_message(
    draft: MailDraft, attachment_pdf: bytes | None, filename: str | None
) -> EmailMessage:
    """The draft as a mail message, marked unsent (``X-Unsent: 1``) so that Outlook opens
    it as a new mail with a Send button rather than as a received one."""
    message = EmailMessage(policy=POLICY)
    if draft.sender is not None:
        message["From"] = draft.sender.header()
    message["To"] = draft.to.header()
    message["Subject"] = draft.subject
    message["X-Unsent"] = "1"
    message.set_content(draft.body, charset="utf-8")
    if attachment_pdf is not None:
        message.add_attachment(attachment_pdf, maintype="application", subtype="pdf")
        *_, part = message.iter_attachments()
        name = filename or draft.attachment_name or "attachment.pdf"
        _name_attachment(part, attachment_file_name(name))
    return message


def attachment_file_name(name: str) -> str:
    """The attachment's name as a mail program saves it: no path, no character Windows
    refuses, no line break (which would end the header and start another), nothing that
    turns the name around, not too long, and always ending in ``.pdf`` as the PDF it is:
    "x.exe" is sent as "x.exe.pdf"."""
    cleaned = safe_file_name(name)
    stem = cleaned[:-4] if cleaned.casefold().endswith(".pdf") else cleaned
    return safe_file_name(f"{stem or 'attachment'}.pdf")


def _name_attachment(part: MIMEPart, filename: str) -> None:
    """Name the attachment so that every mail program shows the name: RFC 2231 in
    Content-Disposition, in one piece (Outlook does not join the pieces Python would cut
    a long name into), and RFC 2047 words in Content-Type's ``name``, which is where
    Outlook looks for a name that is not plain ASCII."""
    del part["Content-Type"], part["Content-Disposition"]
    if filename.isascii():
        quoted = filename.replace("\\", "\\\\").replace('"', '\\"')
        named, disposed = f'name="{quoted}"', f'filename="{quoted}"'
    else:
        words = Header(filename, "utf-8").encode(linesep="\n", maxlinelen=72)
        named, disposed = f'name="{words}"', f"filename*=utf-8''{quote(filename, safe='')}"
    part.set_raw("Content-Type", f"application/pdf;\n {named}")
    part.set_raw("Content-Disposition", f"attachment;\n {disposed}")


def eml_bytes(draft: MailDraft, attachment_pdf: bytes | None, filename: str | None) -> bytes:
    return eml_message(draft, attachment_pdf, filename).as_bytes()


def write_eml(
    draft: MailDraft, attachment_pdf: bytes | None, filename: str | None, target: Path
) -> Path:
    """Write the draft as an ``.eml`` file, with the PDF attached as ``filename``."""
    data = eml_bytes(draft, attachment_pdf, filename)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)
    return target


def mailto_url(draft: MailDraft, limit: int = MAILTO_LIMIT) -> str:
    """The draft as a ``mailto:`` link (RFC 6068). MailRefused when it has an attachment,
    which a link cannot carry, or when it is longer than ``limit``: a mail cut short is
    worse than none."""
    if draft.attachment is not None:
        raise MailRefused(MAILTO_ATTACHMENT)
    body = "\r\n".join(draft.body.splitlines())
    url = (
        f"mailto:{quote(draft.to.address, safe='@')}"
        f"?subject={quote(draft.subject, safe='')}&body={quote(body, safe='')}"
    )
    if len(url) > limit:
        raise MailRefused(MAILTO_TOO_LONG, {"length": len(url), "limit": limit})
    return url
