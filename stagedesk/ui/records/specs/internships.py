"""Internships."""

from PySide6.QtCore import QCoreApplication

from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.models import (
    Candidate,
    HireContract,
    Internship,
    InternshipKind,
    InternshipStatus,
    Opportunity,
    School,
    SchoolContact,
    StaffMember,
    StoppedBy,
    Unit,
)
from stagedesk.core.records import listing
from stagedesk.ui.kit.spec import EntitySpec, FieldSpec, Kind, Section
from stagedesk.ui.kit.table_model import Column

INTERNSHIPS = EntitySpec(
    key="internships",
    model=Internship,
    title=QT_TRANSLATE_NOOP("Page", "Internships"),
    new_label=QT_TRANSLATE_NOOP("Page", "New internship"),
    columns=(
        Column("intern", QT_TRANSLATE_NOOP("Column", "Intern")),
        Column("unit", QT_TRANSLATE_NOOP("Column", "Unit")),
        Column("mentor", QT_TRANSLATE_NOOP("Column", "Mentor")),
        Column("school", QT_TRANSLATE_NOOP("Column", "School")),
        Column("kind", QT_TRANSLATE_NOOP("Column", "Kind")),
        Column("start_date", QT_TRANSLATE_NOOP("Column", "Start")),
        Column("end_date", QT_TRANSLATE_NOOP("Column", "End")),
        Column("status", QT_TRANSLATE_NOOP("Column", "Status")),
    ),
    sections=(
        Section(
            QT_TRANSLATE_NOOP("Field", "Who and where"),
            (
                FieldSpec(
                    "candidate_id",
                    QT_TRANSLATE_NOOP("Field", "Intern"),
                    Kind.REF,
                    ref=Candidate,
                    optional=False,
                ),
                FieldSpec("unit_id", QT_TRANSLATE_NOOP("Field", "Unit"), Kind.REF, ref=Unit),
                FieldSpec(
                    "opportunity_id",
                    QT_TRANSLATE_NOOP("Field", "Opportunity"),
                    Kind.REF,
                    ref=Opportunity,
                ),
                FieldSpec(
                    "mentor_id", QT_TRANSLATE_NOOP("Field", "Mentor"), Kind.REF, ref=StaffMember
                ),
                FieldSpec(
                    "backup_id", QT_TRANSLATE_NOOP("Field", "Backup"), Kind.REF, ref=StaffMember
                ),
                FieldSpec("school_id", QT_TRANSLATE_NOOP("Field", "School"), Kind.REF, ref=School),
                FieldSpec(
                    "supervisor_id",
                    QT_TRANSLATE_NOOP("Field", "School supervisor"),
                    Kind.REF,
                    ref=SchoolContact,
                    depends_on="school_id",
                ),
            ),
        ),
        Section(
            QT_TRANSLATE_NOOP("Field", "Kind and time"),
            (
                FieldSpec(
                    "kind",
                    QT_TRANSLATE_NOOP("Field", "Kind of internship"),
                    Kind.ENUM,
                    InternshipKind,
                    optional=False,
                ),
                FieldSpec("start_date", QT_TRANSLATE_NOOP("Field", "Start"), Kind.DATE),
                FieldSpec("end_date", QT_TRANSLATE_NOOP("Field", "End"), Kind.DATE),
                FieldSpec("hours_per_week", QT_TRANSLATE_NOOP("Field", "Hours per week"), Kind.INT),
                FieldSpec("days_per_week", QT_TRANSLATE_NOOP("Field", "Days per week"), Kind.INT),
                FieldSpec("total_hours", QT_TRANSLATE_NOOP("Field", "Hours in total"), Kind.INT),
                FieldSpec("telework", QT_TRANSLATE_NOOP("Field", "Telework allowed"), Kind.BOOL),
                FieldSpec("paid", QT_TRANSLATE_NOOP("Field", "Paid"), Kind.BOOL),
                FieldSpec(
                    "allowance",
                    QT_TRANSLATE_NOOP("Field", "Allowance (EUR per month)"),
                    Kind.DECIMAL,
                ),
                FieldSpec("unpaid_reason", QT_TRANSLATE_NOOP("Field", "Why unpaid"), Kind.TEXT),
            ),
        ),
        Section(
            QT_TRANSLATE_NOOP("Field", "Progress and outcome"),
            (
                FieldSpec(
                    "status",
                    QT_TRANSLATE_NOOP("Field", "Status"),
                    Kind.ENUM,
                    InternshipStatus,
                    optional=False,
                ),
                FieldSpec(
                    "stop_reason", QT_TRANSLATE_NOOP("Field", "Why stopped early"), Kind.LONG
                ),
                FieldSpec(
                    "stopped_by", QT_TRANSLATE_NOOP("Field", "Stopped by"), Kind.ENUM, StoppedBy
                ),
                FieldSpec("hired_later", QT_TRANSLATE_NOOP("Field", "Hired later"), Kind.BOOL),
                FieldSpec("hired_date", QT_TRANSLATE_NOOP("Field", "Hired on"), Kind.DATE),
                FieldSpec("hired_function", QT_TRANSLATE_NOOP("Field", "Function when hired")),
                FieldSpec(
                    "hired_contract",
                    QT_TRANSLATE_NOOP("Field", "Hired on a contract"),
                    Kind.ENUM,
                    HireContract,
                ),
                FieldSpec("notes", QT_TRANSLATE_NOOP("Field", "Notes"), Kind.LONG),
            ),
        ),
    ),
    listing=listing.internships,
    describe=lambda v: QCoreApplication.translate("Page", "Internship"),
    defaults=lambda: {"kind": InternshipKind.CURRICULAR, "status": InternshipStatus.PLANNED},
)
