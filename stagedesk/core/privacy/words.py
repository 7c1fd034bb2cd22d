"""What erasing a person removes and keeps, said to the user.

English source text marked for translation in the ``Privacy`` context; ``{placeholders}``
are filled after translating (``Line.params``), as the bin does with its reasons.
"""

from dataclasses import dataclass, field

from stagedesk.core.i18n import QT_TRANSLATE_NOOP


@dataclass(frozen=True)
class Line:
    """One line of what goes or stays; ``message`` is the untranslated text."""

    message: str
    params: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return self.message.format(**self.params)


# -- what goes ----------------------------------------------------------------------------
IDENTITY = QT_TRANSLATE_NOOP("Privacy", "Name, e-mail address, phone number and address")
BIRTH = QT_TRANSLATE_NOOP(
    "Privacy", "Date of birth (only the age band at the start of each internship is kept)"
)
TARGET_GROUPS = QT_TRANSLATE_NOOP(
    "Privacy", "Target-group answers and the consent recorded on {date}"
)
CANDIDATE_NOTES = QT_TRANSLATE_NOOP("Privacy", "Notes about the candidate")
APPLICATION_NOTES = QT_TRANSLATE_NOOP("Privacy", "Notes on applications: {count}")
INTERNSHIP_TEXTS = QT_TRANSLATE_NOOP(
    "Privacy", "Notes, reason for stopping and day hired of internships: {count}"
)
FOLLOW_UP_TEXTS = QT_TRANSLATE_NOOP("Privacy", "Text of follow-up entries: {count}")
FORM_TEXTS = QT_TRANSLATE_NOOP(
    "Privacy", "Written answers, notes and who answered, in forms: {count}"
)
DOCUMENTS = QT_TRANSLATE_NOOP("Privacy", "Documents, with their files: {count}")
BIN_ENTRIES = QT_TRANSLATE_NOOP("Privacy", "Deleted records about them in the bin: {count}")
DRAFTS = QT_TRANSLATE_NOOP("Privacy", "Mail drafts to them that StageDesk saved")

# -- what is kept, anonymous --------------------------------------------------------------
PSEUDONYM = QT_TRANSLATE_NOOP("Privacy", "A number instead of the name: {pseudonym}")
PROFILE = QT_TRANSLATE_NOOP(
    "Privacy",
    "Gender, education level, school, programme and languages spoken (intern profile report)",
)
APPLICATIONS = QT_TRANSLATE_NOOP(
    "Privacy",
    "Applications: {count} (date, opportunity, source, status and decision date: annual overview)",
)
INTERNSHIPS = QT_TRANSLATE_NOOP(
    "Privacy",
    "Internships: {count} (unit, mentor, school, kind, dates, hours, status, who stopped it, "
    "hired later and in which function: the reports)",
)
FOLLOW_UP = QT_TRANSLATE_NOOP("Privacy", "Follow-up entries: {count} (only their date and kind)")
FORMS = QT_TRANSLATE_NOOP(
    "Privacy", "Forms: {count} (only scores and choices: satisfaction and partner reports)"
)

# -- to know before erasing ---------------------------------------------------------------
OPEN_APPLICATIONS = QT_TRANSLATE_NOOP(
    "Privacy", "Applications still open: {count}. Erasing marks them withdrawn."
)
CURRENT_INTERNSHIP = QT_TRANSLATE_NOOP(
    "Privacy",
    "An internship of theirs is planned or running. It stays, under the number instead of "
    "the name.",
)
BACKUPS_IN = QT_TRANSLATE_NOOP(
    "Privacy",
    "Backups of this database that still hold their data: {count}, in {folder}. They keep"
    " it until the rotation deletes them; a backup put back brings it back.",
)
BACKUPS = QT_TRANSLATE_NOOP(
    "Privacy",
    "Backups made before today still hold their data until the rotation deletes them; a "
    "backup put back brings them back.",
)
ALREADY = QT_TRANSLATE_NOOP("Privacy", "Their data were already anonymised on {date}.")
