"""Settings: the organisation's own details (later issues add backups, language...)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QVBoxLayout, QWidget
from sqlalchemy import select

from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.listing import Listing
from stagedesk.core.models import Language, OrganisationSettings

from .context import AppContext
from .editor import RecordEditor
from .logo_box import LogoBox
from .spec import EntitySpec, FieldSpec, Kind, Section

ORGANISATION = EntitySpec(
    key="organisation",
    model=OrganisationSettings,
    title=QT_TRANSLATE_NOOP("Page", "Organisation"),
    new_label=QT_TRANSLATE_NOOP("Page", "Organisation"),
    columns=(),
    sections=(
        Section(
            QT_TRANSLATE_NOOP("Field", "Your organisation"),
            (
                FieldSpec("name", QT_TRANSLATE_NOOP("Field", "Name")),
                FieldSpec("address", QT_TRANSLATE_NOOP("Field", "Address"), Kind.LONG),
                FieldSpec(
                    "language",
                    QT_TRANSLATE_NOOP("Field", "Main language"),
                    Kind.ENUM,
                    Language,
                    optional=False,
                ),
            ),
        ),
    ),
    listing=lambda session: Listing((), []),
    describe=lambda v: QCoreApplication.translate("Page", "Settings"),
    defaults=lambda: {"language": Language.DUTCH},
)


class SettingsPage(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.editor = RecordEditor(context, ORGANISATION, self)
        self.logo = LogoBox(context, self)
        self.editor.setMaximumHeight(380)  # a short form: the logo sits right under it
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(self.logo)
        layout.addStretch(1)
        self._reload()

    def _reload(self) -> None:
        with self.context.sessions() as session:
            record_id = session.scalar(select(OrganisationSettings.id).limit(1))
        self.editor.load(record_id)

    def maybe_leave(self) -> bool:
        return self.editor.maybe_leave()
