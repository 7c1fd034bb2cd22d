"""Settings: the organisation's own details (later issues add backups, language...)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget
from sqlalchemy import select

from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.listing import Listing
from stagedesk.core.models import Language, OrganisationSettings

from .context import AppContext
from .editor import RecordEditor
from .logo_box import LogoBox
from .mail_templates import MailTemplatesEditor
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
        organisation = QWidget(self)
        self.editor = RecordEditor(context, ORGANISATION, organisation)
        self.logo = LogoBox(context, organisation)
        self.editor.setMaximumHeight(380)  # a short form: the logo sits right under it
        column = QVBoxLayout(organisation)
        column.addWidget(self.editor)
        column.addWidget(self.logo)
        column.addStretch(1)
        self.mail_templates = MailTemplatesEditor(parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(organisation, self.tr("Organisation"))
        self.tabs.addTab(self.mail_templates, self.tr("Mail templates"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        self._reload()

    def _reload(self) -> None:
        with self.context.sessions() as session:
            record_id = session.scalar(select(OrganisationSettings.id).limit(1))
        self.editor.load(record_id)

    def maybe_leave(self) -> bool:
        return self.editor.maybe_leave() and self.mail_templates.maybe_leave()
