"""The mail drafts StageDesk saved (``.eml`` files in the drafts folder) about people being
anonymised: addressed to them, or naming them in the subject, the text or an attachment's
name (the school's thanks about an intern). Found before their names go, deleted after."""

from collections.abc import Iterable
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

MAX_DRAFT_BYTES = 20_000_000  # a draft with an attached form is well under this


def _words(message: EmailMessage) -> str:
    """What a draft says about whom, folded for comparing."""
    parts = [str(message.get(name, "")) for name in ("To", "Cc", "Subject")]
    body = message.get_body(preferencelist=("plain",))
    if isinstance(body, EmailMessage):
        parts.append(str(body.get_content()))
    parts += [part.get_filename() or "" for part in message.iter_attachments()]
    return " ".join(" ".join(parts).split()).casefold()


def _read(path: Path) -> str | None:
    try:
        if path.stat().st_size > MAX_DRAFT_BYTES:
            return None
        with path.open("rb") as handle:
            message = BytesParser(policy=policy.default).parse(handle)
        assert isinstance(message, EmailMessage)
        return _words(message)
    except (OSError, ValueError, LookupError):  # not a mail we can read: left alone
        return None


def drafts_about(folder: Path | None, people: Iterable[tuple[str, str | None]]) -> list[Path]:
    """The drafts in ``folder`` about any of ``people`` (full name, e-mail address)."""
    wanted = [
        word.casefold()
        for name, email in people
        for word in (" ".join(name.split()), (email or "").strip())
        if len(word) >= 3
    ]
    if folder is None or not wanted or not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob("*.eml")):
        text = _read(path)
        if text is not None and any(word in text for word in wanted):
            found.append(path)
    return found
