"""Schools and partners that send interns."""

from PySide6.QtCore import QCoreApplication

from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.models import (
    EducationLevel,
    Language,
    Programme,
    School,
    SchoolContact,
    SchoolKind,
)
from stagedesk.core.records import listing
from stagedesk.core.records.listing import Listing
from stagedesk.ui.kit.spec import EntitySpec, FieldSpec, Kind, Section
from stagedesk.ui.kit.table_model import Column

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

CONTACTS = EntitySpec(
    key="school_contacts",
    model=SchoolContact,
    title=QT_TRANSLATE_NOOP("Page", "Contacts"),
    new_label=QT_TRANSLATE_NOOP("Page", "New contact"),
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Column", "Name")),
        Column("function", QT_TRANSLATE_NOOP("Column", "Function")),
        Column("email", QT_TRANSLATE_NOOP("Column", "E-mail")),
    ),
    sections=(
        Section(
            QT_TRANSLATE_NOOP("Field", "Contact person"),
            (
                FieldSpec("name", QT_TRANSLATE_NOOP("Field", "Name")),
                FieldSpec(
                    "function",
                    QT_TRANSLATE_NOOP("Field", "Function"),
                    help=QT_TRANSLATE_NOOP("Field", "For example: internship supervisor"),
                ),
                FieldSpec("email", QT_TRANSLATE_NOOP("Field", "E-mail")),
                FieldSpec("phone", QT_TRANSLATE_NOOP("Field", "Phone")),
            ),
        ),
    ),
    listing=lambda session: Listing((), []),
    describe=lambda v: v.get("name") or QCoreApplication.translate("Page", "New contact"),
)

PROGRAMMES = EntitySpec(
    key="programmes",
    model=Programme,
    title=QT_TRANSLATE_NOOP("Page", "Programmes"),
    new_label=QT_TRANSLATE_NOOP("Page", "New programme"),
    columns=(
        Column("name", QT_TRANSLATE_NOOP("Column", "Programme")),
        Column("education_level", QT_TRANSLATE_NOOP("Column", "Education level")),
    ),
    sections=(
        Section(
            QT_TRANSLATE_NOOP("Field", "Study programme"),
            (
                FieldSpec("name", QT_TRANSLATE_NOOP("Field", "Name")),
                FieldSpec(
                    "education_level",
                    QT_TRANSLATE_NOOP("Field", "Education level"),
                    Kind.ENUM,
                    EducationLevel,
                ),
            ),
        ),
    ),
    listing=lambda session: Listing((), []),
    describe=lambda v: v.get("name") or QCoreApplication.translate("Page", "New programme"),
)
