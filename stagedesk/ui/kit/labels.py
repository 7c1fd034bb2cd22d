"""How values are shown: enum members in the user's language, dates the Belgian way."""

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.models import (
    ApplicationSource,
    ApplicationStatus,
    DocumentType,
    EducationLevel,
    FollowUpKind,
    Gender,
    InternshipKind,
    InternshipStatus,
    Language,
    OpportunityStatus,
    ResponseStatus,
    SchoolKind,
    StoppedBy,
)

_CONTEXT = "Enum"  # the context the labels below are marked in
# Pairs, not a dict literal: a StrEnum member equals its value, so the "other" of one
# vocabulary would overwrite the "other" of the next in a dict keyed by members.
_LABELS: tuple[tuple[StrEnum, str], ...] = (
    (SchoolKind.UNIVERSITY, QT_TRANSLATE_NOOP("Enum", "University")),
    (SchoolKind.UNIVERSITY_COLLEGE, QT_TRANSLATE_NOOP("Enum", "University college")),
    (SchoolKind.SECONDARY_SCHOOL, QT_TRANSLATE_NOOP("Enum", "Secondary school")),
    (SchoolKind.TRAINING_CENTRE, QT_TRANSLATE_NOOP("Enum", "Adult or training centre")),
    (SchoolKind.EMPLOYMENT_SERVICE, QT_TRANSLATE_NOOP("Enum", "Employment-service operator")),
    (EducationLevel.SECONDARY, QT_TRANSLATE_NOOP("Enum", "Secondary")),
    (EducationLevel.POST_SECONDARY, QT_TRANSLATE_NOOP("Enum", "Post-secondary (graduate)")),
    (EducationLevel.PROFESSIONAL_BACHELOR, QT_TRANSLATE_NOOP("Enum", "Professional bachelor")),
    (EducationLevel.ACADEMIC_BACHELOR, QT_TRANSLATE_NOOP("Enum", "Academic bachelor")),
    (EducationLevel.MASTER, QT_TRANSLATE_NOOP("Enum", "Master")),
    (EducationLevel.DOCTORATE, QT_TRANSLATE_NOOP("Enum", "Doctorate")),
    (EducationLevel.ADULT_EDUCATION, QT_TRANSLATE_NOOP("Enum", "Adult education")),
    (EducationLevel.OTHER, QT_TRANSLATE_NOOP("Enum", "Other")),
    (Gender.FEMALE, QT_TRANSLATE_NOOP("Enum", "Female")),
    (Gender.MALE, QT_TRANSLATE_NOOP("Enum", "Male")),
    (Gender.X, QT_TRANSLATE_NOOP("Enum", "X")),
    (OpportunityStatus.PROPOSED, QT_TRANSLATE_NOOP("Enum", "Proposed")),
    (OpportunityStatus.OFFERED, QT_TRANSLATE_NOOP("Enum", "Offered")),
    (OpportunityStatus.FILLED, QT_TRANSLATE_NOOP("Enum", "Filled")),
    (OpportunityStatus.CLOSED, QT_TRANSLATE_NOOP("Enum", "Closed")),
    (ApplicationStatus.APPLIED, QT_TRANSLATE_NOOP("Enum", "Applied")),
    (ApplicationStatus.INTERVIEWED, QT_TRANSLATE_NOOP("Enum", "Interviewed")),
    (ApplicationStatus.ACCEPTED, QT_TRANSLATE_NOOP("Enum", "Accepted")),
    (ApplicationStatus.REJECTED, QT_TRANSLATE_NOOP("Enum", "Rejected")),
    (ApplicationStatus.WITHDRAWN, QT_TRANSLATE_NOOP("Enum", "Withdrawn")),
    (ApplicationSource.SCHOOL, QT_TRANSLATE_NOOP("Enum", "Through the school")),
    (ApplicationSource.SPONTANEOUS, QT_TRANSLATE_NOOP("Enum", "Spontaneous")),
    (ApplicationSource.WEBSITE, QT_TRANSLATE_NOOP("Enum", "Website")),
    (ApplicationSource.JOB_FAIR, QT_TRANSLATE_NOOP("Enum", "Job or internship fair")),
    (ApplicationSource.EMPLOYMENT_SERVICE, QT_TRANSLATE_NOOP("Enum", "Employment service")),
    (ApplicationSource.NETWORK, QT_TRANSLATE_NOOP("Enum", "Own network")),
    (ApplicationSource.OTHER, QT_TRANSLATE_NOOP("Enum", "Other")),
    (InternshipKind.CURRICULAR, QT_TRANSLATE_NOOP("Enum", "Curricular")),
    (InternshipKind.VOLUNTARY, QT_TRANSLATE_NOOP("Enum", "Voluntary")),
    (InternshipKind.JOB_SEEKER, QT_TRANSLATE_NOOP("Enum", "Job-seeker scheme")),
    (InternshipKind.WORK_BASED_LEARNING, QT_TRANSLATE_NOOP("Enum", "Work-based learning")),
    (
        InternshipKind.WORK_PLACEMENT_AGREEMENT,
        QT_TRANSLATE_NOOP("Enum", "Work-placement agreement"),
    ),
    (InternshipKind.OBSERVATION, QT_TRANSLATE_NOOP("Enum", "Observation")),
    (InternshipKind.OTHER, QT_TRANSLATE_NOOP("Enum", "Other")),
    (InternshipStatus.PLANNED, QT_TRANSLATE_NOOP("Enum", "Planned")),
    (InternshipStatus.RUNNING, QT_TRANSLATE_NOOP("Enum", "Running")),
    (InternshipStatus.COMPLETED, QT_TRANSLATE_NOOP("Enum", "Completed")),
    (InternshipStatus.STOPPED_EARLY, QT_TRANSLATE_NOOP("Enum", "Stopped early")),
    (StoppedBy.INTERN, QT_TRANSLATE_NOOP("Enum", "The intern")),
    (StoppedBy.ORGANISATION, QT_TRANSLATE_NOOP("Enum", "The organisation")),
    (StoppedBy.SCHOOL, QT_TRANSLATE_NOOP("Enum", "The school")),
    (StoppedBy.MUTUAL, QT_TRANSLATE_NOOP("Enum", "By mutual agreement")),
    (FollowUpKind.VISIT, QT_TRANSLATE_NOOP("Enum", "Visit")),
    (FollowUpKind.FEEDBACK, QT_TRANSLATE_NOOP("Enum", "Feedback moment")),
    (FollowUpKind.ABSENCE, QT_TRANSLATE_NOOP("Enum", "Absence")),
    (FollowUpKind.INCIDENT, QT_TRANSLATE_NOOP("Enum", "Incident")),
    (FollowUpKind.NOTE, QT_TRANSLATE_NOOP("Enum", "Note")),
    (DocumentType.AGREEMENT, QT_TRANSLATE_NOOP("Enum", "Internship agreement")),
    (DocumentType.RISK_ANALYSIS, QT_TRANSLATE_NOOP("Enum", "Workplace risk analysis")),
    (DocumentType.HEALTH_ASSESSMENT, QT_TRANSLATE_NOOP("Enum", "Health assessment")),
    (DocumentType.WORKSTATION_SHEET, QT_TRANSLATE_NOOP("Enum", "Workstation sheet")),
    (DocumentType.INSURANCE_POLICY, QT_TRANSLATE_NOOP("Enum", "Insurance policy")),
    (DocumentType.INTERNSHIP_RULES, QT_TRANSLATE_NOOP("Enum", "Internship rules")),
    (DocumentType.FORM, QT_TRANSLATE_NOOP("Enum", "Form from StageDesk")),
    (DocumentType.EVALUATION, QT_TRANSLATE_NOOP("Enum", "Evaluation")),
    (DocumentType.CERTIFICATE, QT_TRANSLATE_NOOP("Enum", "Certificate")),
    (DocumentType.OTHER, QT_TRANSLATE_NOOP("Enum", "Other document")),
    (ResponseStatus.DRAFT, QT_TRANSLATE_NOOP("Enum", "Started")),
    (ResponseStatus.COMPLETE, QT_TRANSLATE_NOOP("Enum", "Completed")),
    (Language.DUTCH, QT_TRANSLATE_NOOP("Enum", "Dutch")),
    (Language.FRENCH, QT_TRANSLATE_NOOP("Enum", "French")),
    (Language.ENGLISH, QT_TRANSLATE_NOOP("Enum", "English")),
    (Language.GERMAN, QT_TRANSLATE_NOOP("Enum", "German")),
)
ENUM_LABELS: dict[tuple[type[StrEnum], str], str] = {
    (type(member), member.value): text for member, text in _LABELS
}

DATE_FORMAT = "dd/MM/yyyy"
FORM_LANGUAGES = ("nl", "fr", "en")


def ui_language() -> str:
    """The user's language for texts StageDesk carries in three languages (forms)."""
    language = QLocale().name()[:2]
    return language if language in FORM_LANGUAGES else "nl"


def enum_label(member: StrEnum) -> str:
    return QCoreApplication.translate(_CONTEXT, ENUM_LABELS[type(member), member.value])


def format_date(value: dt.date | None) -> str:
    if value is None:
        return ""
    return QDate(value.year, value.month, value.day).toString(DATE_FORMAT)


def format_value(value: Any) -> str:
    """Text for a table cell."""
    if type(value) is str:  # the common case first: lists format 100,000s of cells
        return value
    if value is None:
        return ""
    if isinstance(value, StrEnum):
        return enum_label(value)
    if isinstance(value, bool):
        if value:
            return QCoreApplication.translate("Value", "yes")
        return QCoreApplication.translate("Value", "no")
    if isinstance(value, dt.date):
        return format_date(value)
    if isinstance(value, Decimal):
        return QLocale().toString(float(value), "f", 2)
    return str(value)
