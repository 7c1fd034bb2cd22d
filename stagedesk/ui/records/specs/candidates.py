"""Candidates and their applications."""

import datetime as dt

from PySide6.QtCore import QCoreApplication

from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.models import (
    Application,
    ApplicationSource,
    ApplicationStatus,
    Candidate,
    EducationLevel,
    Gender,
    Language,
    Opportunity,
    Programme,
    School,
)
from stagedesk.core.records import listing
from stagedesk.ui.kit.spec import EntitySpec, FieldSpec, Kind, Section
from stagedesk.ui.kit.table_model import Column

CANDIDATES = EntitySpec(
    key="candidates",
    model=Candidate,
    title=QT_TRANSLATE_NOOP("Page", "Candidates"),
    new_label=QT_TRANSLATE_NOOP("Page", "New candidate"),
    columns=(
        Column("last_name", QT_TRANSLATE_NOOP("Column", "Last name")),
        Column("first_name", QT_TRANSLATE_NOOP("Column", "First name")),
        Column("email", QT_TRANSLATE_NOOP("Column", "E-mail")),
        Column("date_of_birth", QT_TRANSLATE_NOOP("Column", "Date of birth")),
        Column("school", QT_TRANSLATE_NOOP("Column", "School")),
        Column("programme", QT_TRANSLATE_NOOP("Column", "Programme")),
        Column("education_level", QT_TRANSLATE_NOOP("Column", "Education level")),
    ),
    sections=(
        Section(
            QT_TRANSLATE_NOOP("Field", "Person"),
            (
                FieldSpec("first_name", QT_TRANSLATE_NOOP("Field", "First name")),
                FieldSpec("last_name", QT_TRANSLATE_NOOP("Field", "Last name")),
                FieldSpec("email", QT_TRANSLATE_NOOP("Field", "E-mail")),
                FieldSpec("phone", QT_TRANSLATE_NOOP("Field", "Phone")),
                FieldSpec("address", QT_TRANSLATE_NOOP("Field", "Address"), Kind.LONG),
                FieldSpec("date_of_birth", QT_TRANSLATE_NOOP("Field", "Date of birth"), Kind.DATE),
                FieldSpec("gender", QT_TRANSLATE_NOOP("Field", "Gender"), Kind.ENUM, Gender),
                FieldSpec(
                    "language",
                    QT_TRANSLATE_NOOP("Field", "Language for forms"),
                    Kind.ENUM,
                    Language,
                    optional=False,
                ),
                FieldSpec(
                    "languages",
                    QT_TRANSLATE_NOOP("Field", "Languages spoken"),
                    help=QT_TRANSLATE_NOOP("Field", "For example: nl, fr, en"),
                ),
            ),
        ),
        Section(
            QT_TRANSLATE_NOOP("Field", "Education"),
            (
                FieldSpec(
                    "education_level",
                    QT_TRANSLATE_NOOP("Field", "Education level"),
                    Kind.ENUM,
                    EducationLevel,
                ),
                FieldSpec("school_id", QT_TRANSLATE_NOOP("Field", "School"), Kind.REF, ref=School),
                FieldSpec(
                    "programme_id",
                    QT_TRANSLATE_NOOP("Field", "Programme"),
                    Kind.REF,
                    ref=Programme,
                    depends_on="school_id",
                ),
            ),
        ),
        Section(
            QT_TRANSLATE_NOOP("Field", "Target groups (self-declared, only with consent)"),
            (
                FieldSpec(
                    "consent_date", QT_TRANSLATE_NOOP("Field", "Consent recorded on"), Kind.DATE
                ),
                FieldSpec(
                    "tg_migration_background",
                    QT_TRANSLATE_NOOP("Field", "Migration background"),
                    Kind.YES_NO,  # None unless the candidate answered (and consented)
                ),
                FieldSpec(
                    "tg_disability",
                    QT_TRANSLATE_NOOP("Field", "Disability or chronic illness"),
                    Kind.YES_NO,  # None unless the candidate answered (and consented)
                ),
                FieldSpec("tg_other", QT_TRANSLATE_NOOP("Field", "Other target group")),
            ),
        ),
        Section(
            QT_TRANSLATE_NOOP("Field", "Notes"),
            (FieldSpec("notes", QT_TRANSLATE_NOOP("Field", "Notes"), Kind.LONG),),
        ),
    ),
    listing=listing.candidates,
    describe=lambda v: (
        " ".join(filter(None, (v.get("first_name"), v.get("last_name"))))
        or QCoreApplication.translate("Page", "New candidate")
    ),
    defaults=lambda: {"language": Language.DUTCH},
)

APPLICATIONS = EntitySpec(
    key="applications",
    model=Application,
    title=QT_TRANSLATE_NOOP("Page", "Applications"),
    new_label=QT_TRANSLATE_NOOP("Page", "New application"),
    columns=(
        Column("candidate", QT_TRANSLATE_NOOP("Column", "Candidate")),
        Column("opportunity", QT_TRANSLATE_NOOP("Column", "Opportunity")),
        Column("application_date", QT_TRANSLATE_NOOP("Column", "Applied on")),
        Column("source", QT_TRANSLATE_NOOP("Column", "Source")),
        Column("status", QT_TRANSLATE_NOOP("Column", "Status")),
        Column("decision_date", QT_TRANSLATE_NOOP("Column", "Decided on")),
    ),
    sections=(
        Section(
            QT_TRANSLATE_NOOP("Field", "Application"),
            (
                FieldSpec(
                    "candidate_id",
                    QT_TRANSLATE_NOOP("Field", "Candidate"),
                    Kind.REF,
                    ref=Candidate,
                    optional=False,
                ),
                FieldSpec(
                    "opportunity_id",
                    QT_TRANSLATE_NOOP("Field", "Opportunity"),
                    Kind.REF,
                    ref=Opportunity,
                    help=QT_TRANSLATE_NOOP("Field", "Leave empty for a spontaneous application."),
                ),
                FieldSpec("application_date", QT_TRANSLATE_NOOP("Field", "Applied on"), Kind.DATE),
                FieldSpec(
                    "source", QT_TRANSLATE_NOOP("Field", "Source"), Kind.ENUM, ApplicationSource
                ),
                FieldSpec(
                    "status",
                    QT_TRANSLATE_NOOP("Field", "Status"),
                    Kind.ENUM,
                    ApplicationStatus,
                    optional=False,
                ),
                FieldSpec("decision_date", QT_TRANSLATE_NOOP("Field", "Decided on"), Kind.DATE),
                FieldSpec("notes", QT_TRANSLATE_NOOP("Field", "Notes"), Kind.LONG),
            ),
        ),
    ),
    listing=listing.applications,
    describe=lambda v: QCoreApplication.translate("Page", "Application"),
    defaults=lambda: {"status": ApplicationStatus.APPLIED, "application_date": dt.date.today()},
)
