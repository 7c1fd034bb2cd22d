"""Units and staff members."""

from PySide6.QtCore import QCoreApplication

from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.models import Language, StaffMember, Unit
from stagedesk.core.records import listing
from stagedesk.ui.kit.spec import EntitySpec, FieldSpec, Kind, Section
from stagedesk.ui.kit.table_model import Column

UNITS = EntitySpec(
    key="units",
    model=Unit,
    title=QT_TRANSLATE_NOOP("Page", "Units"),
    new_label=QT_TRANSLATE_NOOP("Page", "New unit"),
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Column", "Unit")),
        Column("code", QT_TRANSLATE_NOOP("Column", "Code")),
        Column("staff", QT_TRANSLATE_NOOP("Column", "Staff")),
        Column("active", QT_TRANSLATE_NOOP("Column", "Active")),
    ),
    sections=(
        Section(
            QT_TRANSLATE_NOOP("Field", "Unit"),
            (
                FieldSpec("name", QT_TRANSLATE_NOOP("Field", "Name")),
                FieldSpec("code", QT_TRANSLATE_NOOP("Field", "Code")),
                FieldSpec("active", QT_TRANSLATE_NOOP("Field", "Still hosts interns"), Kind.BOOL),
                FieldSpec("notes", QT_TRANSLATE_NOOP("Field", "Notes"), Kind.LONG),
            ),
        ),
    ),
    listing=listing.units,
    describe=lambda v: v.get("name") or QCoreApplication.translate("Page", "New unit"),
    defaults=lambda: {"active": True},
)

STAFF = EntitySpec(
    key="staff",
    model=StaffMember,
    title=QT_TRANSLATE_NOOP("Page", "Staff"),
    new_label=QT_TRANSLATE_NOOP("Page", "New staff member"),
    columns=(
        Column("last_name", QT_TRANSLATE_NOOP("Column", "Last name")),
        Column("first_name", QT_TRANSLATE_NOOP("Column", "First name")),
        Column("unit", QT_TRANSLATE_NOOP("Column", "Unit")),
        Column("function", QT_TRANSLATE_NOOP("Column", "Function")),
        Column("email", QT_TRANSLATE_NOOP("Column", "E-mail")),
        Column("is_coordinator", QT_TRANSLATE_NOOP("Column", "Coordinator")),
        Column("is_mentor", QT_TRANSLATE_NOOP("Column", "Mentor")),
        Column("is_backup", QT_TRANSLATE_NOOP("Column", "Backup")),
        Column("is_unit_head", QT_TRANSLATE_NOOP("Column", "Unit head")),
    ),
    sections=(
        Section(
            QT_TRANSLATE_NOOP("Field", "Person"),
            (
                FieldSpec("first_name", QT_TRANSLATE_NOOP("Field", "First name")),
                FieldSpec("last_name", QT_TRANSLATE_NOOP("Field", "Last name")),
                FieldSpec("email", QT_TRANSLATE_NOOP("Field", "E-mail")),
                FieldSpec("phone", QT_TRANSLATE_NOOP("Field", "Phone")),
                FieldSpec(
                    "language",
                    QT_TRANSLATE_NOOP("Field", "Language"),
                    Kind.ENUM,
                    Language,
                    optional=False,
                ),
            ),
        ),
        Section(
            QT_TRANSLATE_NOOP("Field", "In the organisation"),
            (
                FieldSpec("unit_id", QT_TRANSLATE_NOOP("Field", "Unit"), Kind.REF, ref=Unit),
                FieldSpec("function", QT_TRANSLATE_NOOP("Field", "Function")),
                FieldSpec(
                    "is_coordinator",
                    QT_TRANSLATE_NOOP("Field", "Internship coordinator"),
                    Kind.BOOL,
                ),
                FieldSpec("is_mentor", QT_TRANSLATE_NOOP("Field", "Mentor"), Kind.BOOL),
                FieldSpec("is_backup", QT_TRANSLATE_NOOP("Field", "Backup"), Kind.BOOL),
                FieldSpec("is_unit_head", QT_TRANSLATE_NOOP("Field", "Unit head"), Kind.BOOL),
                FieldSpec("active", QT_TRANSLATE_NOOP("Field", "Still works here"), Kind.BOOL),
            ),
        ),
    ),
    listing=listing.staff_members,
    describe=lambda v: (
        " ".join(filter(None, (v.get("first_name"), v.get("last_name"))))
        or QCoreApplication.translate("Page", "New staff member")
    ),
    defaults=lambda: {"active": True, "language": Language.DUTCH},
)
