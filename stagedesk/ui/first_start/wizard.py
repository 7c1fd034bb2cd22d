"""The first-start wizard: five short pages, and everything saved in one step at Finish.

Finish stores the organisation and its coordinator in one transaction, then the language
and the backups folder in the settings; Cancel leaves everything as it was. What comes
after (the Steps page, the import, the demo) is ``entry.FirstStart``'s.
"""

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QWidget, QWizard
from sqlalchemy.exc import SQLAlchemyError

from stagedesk.core.first_start import Setup, coordinator_issues, organisation_issues, save_setup
from stagedesk.core.models import Language
from stagedesk.ui.first_start.pages import (
    CoordinatorPage,
    LanguagePage,
    OrganisationPage,
    show_issues,
)
from stagedesk.ui.first_start.start_pages import Beginning, DataPage, StartPage
from stagedesk.ui.kit.context import AppContext
from stagedesk.ui.kit.labels import ui_language
from stagedesk.ui.kit.settings import UI_LANGUAGE, backup_folder, backup_folder_key, chosen_language


class FirstStartWizard(QWizard):
    # The language picked on the first page, at once: the application may follow it live.
    language_chosen = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        language = chosen_language(context.settings) or ui_language()
        self.language_page = LanguagePage(language, self)
        self.organisation_page = OrganisationPage(self)
        self.coordinator_page = CoordinatorPage(self)
        self.data_page = DataPage(context, self)
        self.start_page = StartPage(self)
        for page in (
            self.language_page,
            self.organisation_page,
            self.coordinator_page,
            self.data_page,
            self.start_page,
        ):
            self.addPage(page)
        self.language_page.language_changed.connect(self.language_chosen)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setWindowTitle(self.tr("StageDesk: first start"))
        self.resize(640, 480)

    def setup(self) -> Setup:
        organisation, coordinator = self.organisation_page, self.coordinator_page
        return Setup(
            name=organisation.name.text(),
            address=organisation.address.toPlainText(),
            logo=organisation.logo,
            language=Language(self.language_page.language),
            first_name=coordinator.first_name.text(),
            last_name=coordinator.last_name.text(),
            email=coordinator.email.text(),
        )

    def validateCurrentPage(self) -> bool:

        page = self.currentPage()
        if page is self.organisation_page:
            issues = organisation_issues(self.setup())
            return show_issues(issues, {"name": self.organisation_page.name_error})
        if page is self.coordinator_page:
            return show_issues(coordinator_issues(self.setup()), self.coordinator_page.errors)
        return super().validateCurrentPage()

    @property
    def beginning(self) -> Beginning:
        return self.start_page.choice

    def accept(self) -> None:
        """Finish: save it all, or say why not and stay open."""
        try:
            save_setup(self.context.sessions, self.setup())
        except (SQLAlchemyError, ValueError) as error:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("Your organisation could not be saved: {reason}").format(reason=error),
            )
            return
        self._save_settings()
        super().accept()

    def _save_settings(self) -> None:
        settings = self.context.settings
        settings.setValue(UI_LANGUAGE, self.language_page.language)
        db_path, chosen = self.context.database.path, self.data_page.chosen
        if db_path is not None and chosen not in (None, backup_folder(settings, db_path)):
            settings.setValue(backup_folder_key(db_path), str(chosen))
        settings.sync()
