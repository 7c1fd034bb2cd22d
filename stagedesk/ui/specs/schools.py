"""Schools and partners that send interns."""

from PySide6.QtCore import QCoreApplication

from stagedesk.core import listing
from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.models import Language, School, SchoolKind

from ..spec import EntitySpec, FieldSpec, Kind, Section
from ..table_model import Column

SCHOOLS = EntitySpec(
    key="schools",
    model=School,
    title=QT_TRANSLATE_NOOP("Page", "Schools"),
    new_label=QT_TRANSLATE_NOOP("Page", "New school"),
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Column", "School")),
        Column("kind", QT_TRANSLATE_NOOP("Column", "Kind")),
        Column("city", QT_TRANSLATE_NOOP("Column", "City")),
        Column("language", QT_TRANSLATE_NOOP("Column", "Language")),
        Column("last_contact", QT_TRANSLATE_NOOP("Column", "Last contact")),
        Column("interns", QT_TRANSLATE_NOOP("Column", "Interns")),
    ),
    sections=(
        Section(
            QT_TRANSLATE_NOOP("Field", "School or partner"),
            (
                FieldSpec("name", QT_TRANSLATE_NOOP("Field", "Name")),
                FieldSpec(
                    "kind",
                    QT_TRANSLATE_NOOP("Field", "Kind"),
                    Kind.ENUM,
                    SchoolKind,
                    optional=False,
                ),
                FieldSpec("address", QT_TRANSLATE_NOOP("Field", "Address"), Kind.LONG),
                FieldSpec("city", QT_TRANSLATE_NOOP("Field", "City")),
                FieldSpec("website", QT_TRANSLATE_NOOP("Field", "Website")),
                FieldSpec(
                    "language",
                    QT_TRANSLATE_NOOP("Field", "Language"),
                    Kind.ENUM,
                    Language,
                    optional=False,
                ),
                FieldSpec("last_contact", QT_TRANSLATE_NOOP("Field", "Last contact"), Kind.DATE),
                FieldSpec("notes", QT_TRANSLATE_NOOP("Field", "Notes"), Kind.LONG),
            ),
        ),
    ),
    listing=listing.schools,
    describe=lambda v: v.get("name") or QCoreApplication.translate("Page", "New school"),
    defaults=lambda: {"kind": SchoolKind.UNIVERSITY_COLLEGE, "language": Language.DUTCH},
)
