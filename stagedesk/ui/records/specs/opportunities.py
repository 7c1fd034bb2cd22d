"""Opportunities: what units offer, from their needs analysis."""

from PySide6.QtCore import QCoreApplication

from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.models import EducationLevel, Opportunity, OpportunityStatus, StaffMember, Unit
from stagedesk.core.records import listing
from stagedesk.ui.kit.spec import EntitySpec, FieldSpec, Kind, Section
from stagedesk.ui.kit.table_model import Column

OPPORTUNITIES = EntitySpec(
    key="opportunities",
    model=Opportunity,
    title=QT_TRANSLATE_NOOP("Page", "Opportunities"),
    new_label=QT_TRANSLATE_NOOP("Page", "New opportunity"),
    columns=(
        Column("title", QT_TRANSLATE_NOOP("Column", "Function")),
        Column("unit", QT_TRANSLATE_NOOP("Column", "Unit")),
        Column("domain", QT_TRANSLATE_NOOP("Column", "Domain")),
        Column("mentor", QT_TRANSLATE_NOOP("Column", "Mentor")),
        Column("period_start", QT_TRANSLATE_NOOP("Column", "From")),
        Column("period_end", QT_TRANSLATE_NOOP("Column", "Until")),
        Column("places", QT_TRANSLATE_NOOP("Column", "Places")),
        Column("status", QT_TRANSLATE_NOOP("Column", "Status")),
    ),
    sections=(
        Section(
            QT_TRANSLATE_NOOP("Field", "Assignment"),
            (
                FieldSpec("title", QT_TRANSLATE_NOOP("Field", "Title or function")),
                FieldSpec("unit_id", QT_TRANSLATE_NOOP("Field", "Unit"), Kind.REF, ref=Unit),
                FieldSpec("domain", QT_TRANSLATE_NOOP("Field", "Domain")),
                FieldSpec("work_kind", QT_TRANSLATE_NOOP("Field", "Kind of work")),
                FieldSpec("description", QT_TRANSLATE_NOOP("Field", "Description"), Kind.LONG),
                FieldSpec(
                    "status",
                    QT_TRANSLATE_NOOP("Field", "Status"),
                    Kind.ENUM,
                    OpportunityStatus,
                    optional=False,
                ),
            ),
        ),
        Section(
            QT_TRANSLATE_NOOP("Field", "Profile wanted"),
            (
                FieldSpec("requirements", QT_TRANSLATE_NOOP("Field", "Requirements"), Kind.LONG),
                FieldSpec(
                    "education_level",
                    QT_TRANSLATE_NOOP("Field", "Education level"),
                    Kind.ENUM,
                    EducationLevel,
                ),
                FieldSpec("programme", QT_TRANSLATE_NOOP("Field", "Study programme")),
            ),
        ),
        Section(
            QT_TRANSLATE_NOOP("Field", "Period and guidance"),
            (
                FieldSpec("period_start", QT_TRANSLATE_NOOP("Field", "From"), Kind.DATE),
                FieldSpec("period_end", QT_TRANSLATE_NOOP("Field", "Until"), Kind.DATE),
                FieldSpec("hours_per_week", QT_TRANSLATE_NOOP("Field", "Hours per week"), Kind.INT),
                FieldSpec("places", QT_TRANSLATE_NOOP("Field", "Places"), Kind.INT),
                FieldSpec(
                    "mentor_id", QT_TRANSLATE_NOOP("Field", "Mentor"), Kind.REF, ref=StaffMember
                ),
                FieldSpec(
                    "backup_id", QT_TRANSLATE_NOOP("Field", "Backup"), Kind.REF, ref=StaffMember
                ),
            ),
        ),
    ),
    listing=listing.opportunities,
    describe=lambda v: v.get("title") or QCoreApplication.translate("Page", "New opportunity"),
    defaults=lambda: {"status": OpportunityStatus.PROPOSED, "places": 1},
)
