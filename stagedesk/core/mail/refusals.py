"""Why a mail draft cannot be made, in words for the user.

Messages are English source text marked for translation in the ``Mail`` context; the
``{placeholders}`` in them are filled after translating (``MailRefused.params``).
"""

from dataclasses import dataclass, field

from stagedesk.core.i18n import QT_TRANSLATE_NOOP

NO_INTERNSHIP = QT_TRANSLATE_NOOP("Mail", "There is no internship {internship}.")
NO_MENTOR = QT_TRANSLATE_NOOP(
    "Mail", "This internship has no mentor: choose one in its details first."
)
NO_SUPERVISOR = QT_TRANSLATE_NOOP(
    "Mail", "This internship has no school supervisor: choose one in its details first."
)
NO_ADDRESS = QT_TRANSLATE_NOOP(
    "Mail", "{name} has no e-mail address: add it to their record first."
)
BAD_ADDRESS = QT_TRANSLATE_NOOP(
    "Mail", "The e-mail address of {name} ({address}) is not valid: correct it first."
)
UNKNOWN_PLACEHOLDER = QT_TRANSLATE_NOOP(
    "Mail",
    "The template uses {placeholder}, which StageDesk does not know. "
    "Placeholders it knows: {known}.",
)
LONE_BRACE = QT_TRANSLATE_NOOP(
    "Mail",
    "The template has a brace that is not part of a placeholder. Placeholders are written "
    "like {example}; write two braces for a brace itself.",
)
MAILTO_ATTACHMENT = QT_TRANSLATE_NOOP(
    "Mail",
    "A mailto: link cannot carry an attachment: open the mail in the mail program instead.",
)
MAILTO_TOO_LONG = QT_TRANSLATE_NOOP(
    "Mail",
    "This mail is too long for a mailto: link ({length} characters, at most {limit}): "
    "open it in the mail program instead.",
)

# A value a template asks for that the records do not hold: the placeholder is named.
MISSING_MENTOR = QT_TRANSLATE_NOOP(
    "Mail", "The template uses {placeholder}, but this internship has no mentor."
)
MISSING_MENTOR_EMAIL = QT_TRANSLATE_NOOP(
    "Mail", "The template uses {placeholder}, but the mentor has no e-mail address."
)
MISSING_BACKUP = QT_TRANSLATE_NOOP(
    "Mail", "The template uses {placeholder}, but this internship has no backup."
)
MISSING_SUPERVISOR = QT_TRANSLATE_NOOP(
    "Mail", "The template uses {placeholder}, but this internship has no school supervisor."
)
MISSING_SCHOOL = QT_TRANSLATE_NOOP(
    "Mail", "The template uses {placeholder}, but this internship has no school."
)
MISSING_COORDINATOR = QT_TRANSLATE_NOOP(
    "Mail",
    "The template uses {placeholder}, but no active staff member is marked as coordinator.",
)
MISSING_ORGANISATION = QT_TRANSLATE_NOOP(
    "Mail",
    "The template uses {placeholder}, but the organisation's name is not filled in (Settings).",
)


@dataclass
class MailRefused(Exception):
    """A draft that cannot be made; ``message`` is the untranslated text."""

    message: str
    params: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.message.format(**self.params)


class TemplateProblem(MailRefused):
    """A template that cannot be filled in: an unknown placeholder, a lone brace."""
