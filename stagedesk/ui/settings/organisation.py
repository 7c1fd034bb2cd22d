"""Settings: the organisation's own details (later issues add backups, language...)."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from stagedesk.core.forms import RecordKind
from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.models import Language, OrganisationSettings
from stagedesk.core.records.listing import Listing
from stagedesk.core.records.organisation import organisation as organisation_settings
from stagedesk.ui.first_start.demo import DemoBanner, is_demo
from stagedesk.ui.forms.tools_tab import ToolsTab
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.editor import RecordEditor
from stagedesk.ui.kit.language import LanguageBox
from stagedesk.ui.kit.logo_box import LogoBox
from stagedesk.ui.kit.spec import EntitySpec, FieldSpec, Kind, Section
from stagedesk.ui.mail.templates import MailTemplatesEditor
from stagedesk.ui.privacy.tab import PrivacyTab
from stagedesk.ui.settings.about import AboutPanel
from stagedesk.ui.settings.backups_tab import BackupsTab
from stagedesk.ui.settings.bin_tab import BinTab
from stagedesk.ui.settings.database_tab import DatabaseTab

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
        # The language of the interface, switched at once by the window around it.
        self.language = LanguageBox(self._switch_language, organisation)
        self.editor.setMaximumHeight(380)  # a short form: the logo sits right under it
        column = QVBoxLayout(organisation)
        column.addWidget(self.editor)
        column.addWidget(self.logo)
        column.addWidget(self.language)
        column.addStretch(1)
        self.mail_templates = MailTemplatesEditor(parent=self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(organisation, self.tr("Organisation"))
        # The organisation's own documents: its internship policy and internship rules.
        self.policy = ToolsTab(context, RecordKind.ORGANISATION, self)
        self.tabs.addTab(self.policy, self.tr("Our policy"))
        self.tabs.addTab(self.mail_templates, self.tr("Mail templates"))
        self.backups = BackupsTab(context, self)
        self.tabs.addTab(self.backups, self.tr("Backups"))
        self.bin = BinTab(context, self)
        self.tabs.addTab(self.bin, self.tr("Bin"))
        self.database = DatabaseTab(context, self)
        self.tabs.addTab(self.database, self.tr("Database"))
        self.privacy = PrivacyTab(context, self)
        self.tabs.addTab(self.privacy, self.tr("Privacy"))
        self.about = AboutPanel(context, self)
        self.tabs.addTab(self.about, self.tr("About"))
        layout = QVBoxLayout(self)
        self.demo_banner = DemoBanner(context, self) if is_demo(context) else None
        if self.demo_banner is not None:
            layout.addWidget(self.demo_banner)
        layout.addWidget(self.tabs)
        self.editor.saved.connect(self._show_policy)
        self._reload()

    def _reload(self) -> None:
        self.editor.load(self._record_id())
        self._show_policy()

    def _show_policy(self) -> None:
        self.policy.show_record(self._record_id(), "current")

    def _record_id(self) -> int | None:
        with self.context.sessions() as session:
            found = organisation_settings(session)
            return found.id if found is not None else None

    def maybe_leave(self) -> bool:
        return self.editor.maybe_leave() and self.mail_templates.maybe_leave()

    def _switch_language(self, language: str) -> object:
        shell = self.context.shell
        return shell.switch_language(language) if shell is not None else None
