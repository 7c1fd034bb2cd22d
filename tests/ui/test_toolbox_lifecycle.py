"""The toolbox inside the lifecycle, through the real window: checklists made with an
internship, tools per stage, a needs analysis made into an opportunity, the feedback card."""

import datetime as dt
from pathlib import Path

from pytestqt.qtbot import QtBot
from sqlalchemy import select

from stagedesk.core.db.database import Database
from stagedesk.core.forms.needs import NEEDS_ANALYSIS
from stagedesk.core.forms.responses import save_answers, start_response
from stagedesk.core.models import (
    Application,
    FormAnswer,
    FormResponse,
    Internship,
    Opportunity,
    OpportunityStatus,
)
from stagedesk.ui.forms.card_view import CardDialog
from stagedesk.ui.forms.form_dialog import FormDialog
from stagedesk.ui.forms.needs_page import NeedsAnalysisPage
from stagedesk.ui.forms.tools_editor import ToolsEditor
from stagedesk.ui.internships.editor import InternshipEditor
from stagedesk.ui.kit.list_page import RecordListPage
from stagedesk.ui.shell.main_window import MainWindow
from stagedesk.ui.shell.pages import TabbedListsPage
from tests.seed import Seed
from tests.ui.helpers import (
    choose,
    click,
    click_row,
    click_tab,
    count,
    row_texts,
    tree_rows,
    type_date,
)


def _internships(window: MainWindow) -> RecordListPage:
    page = window.go_to("internships")
    assert isinstance(page, RecordListPage) and isinstance(page.editor, InternshipEditor)
    return page


def test_a_new_internship_comes_with_its_checklists(
    window: MainWindow, qtbot: QtBot, database: Database
) -> None:
    page = _internships(window)
    editor = page.editor
    assert isinstance(editor, InternshipEditor)
    click(qtbot, page.new_button)
    choose(qtbot, editor.field("candidate_id").widget, "claes", "Jonas Claes")
    choose(qtbot, editor.field("unit_id").widget, "ict", "ICT")
    type_date(qtbot, editor.field("start_date").widget, "14/09/2026")
    type_date(qtbot, editor.field("end_date").widget, "18/12/2026")
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    internship_id = editor.record_id
    assert internship_id is not None
    with database.sessions() as session:
        forms = set(
            session.scalars(
                select(FormResponse.form_id).where(FormResponse.internship_id == internship_id)
            )
        )
    assert forms == {"logistics_checklist", "welcome_checklist"}
    click_tab(qtbot, editor.tabs, editor.tabs.indexOf(editor.checklists))
    assert len(editor.checklists.boxes) == 2
    # The planned internship's tools at its stage: no surveys yet.
    tools = [row[0] for row in tree_rows(editor.tools.list)]
    assert "Infofiche" in tools or "Info sheet" in tools or "Fiche d'information" in tools
    assert not any("tevredenheid" in t.casefold() or "satisf" in t.casefold() for t in tools)


def test_an_application_opens_its_question_set(
    window: MainWindow, qtbot: QtBot, database: Database, seed: Seed
) -> None:
    assert window.open_record(Application, seed.applications["waiting"])
    page = window.pages["candidates"]
    assert isinstance(page, TabbedListsPage)
    editor = page.lists[1].editor
    assert isinstance(editor, ToolsEditor)
    click_tab(qtbot, editor.tabs, editor.tabs.indexOf(editor.tools))
    rows = tree_rows(editor.tools.list)
    assert len(rows) == 1 and rows[0][2] in ("Not started",)
    click(qtbot, editor.tools.open_button)
    dialog = editor.tools.dialog
    assert isinstance(dialog, FormDialog)
    qtbot.waitExposed(dialog)
    assert (
        count(database, FormResponse, FormResponse.application_id == seed.applications["waiting"])
        == 1
    )
    dialog.view.save()
    dialog.accept()
    assert tree_rows(editor.tools.list)[0][2] == "Started"


def test_a_needs_analysis_is_made_an_opportunity_in_one_click(
    window: MainWindow, qtbot: QtBot, database: Database, seed: Seed
) -> None:
    forms = window.context.forms
    definition = forms.get(NEEDS_ANALYSIS)
    with database.sessions.begin() as session:
        response = start_response(session, definition, None, unit_id=seed.units["ict"])
        save_answers(
            session,
            definition,
            response,
            {"title": "Datakwaliteit registers", "description": "Dubbels opsporen."},
        )
    page = window.go_to("opportunities")
    assert isinstance(page, TabbedListsPage)
    needs = page.tabs[1]
    assert isinstance(needs, NeedsAnalysisPage)
    click_tab(qtbot, page, 1)
    assert page.currentWidget() is needs, page.currentIndex()
    assert needs.isVisible()
    assert needs.model.rowCount() == 1
    click_row(qtbot, needs.view, 0)
    click(qtbot, needs.make_button)
    with database.sessions() as session:
        made = session.scalar(
            select(Opportunity).where(Opportunity.title == "Datakwaliteit registers")
        )
        assert made is not None
        assert (made.unit_id, made.status) == (seed.units["ict"], OpportunityStatus.OFFERED)
    assert needs.selected_id() is not None
    assert row_texts(needs.model, 0)[-1] == "Datakwaliteit registers"  # made into this one
    # The opportunities list shows it at once.
    opportunities = page.lists[0]
    click_tab(qtbot, page, 0)
    assert opportunities.model.row_of(made.id) is not None
    # A second click does not make a second one.
    click_tab(qtbot, page, 1)
    click_row(qtbot, needs.view, 0)
    click(qtbot, needs.make_button)
    assert "already" in needs.message.text()
    assert count(database, Opportunity) == 3


def test_a_feedback_moment_offers_the_feedback_rules(
    window: MainWindow, qtbot: QtBot, seed: Seed
) -> None:
    assert window.open_record(Internship, seed.internships["running"])
    editor = _internships(window).editor
    assert isinstance(editor, InternshipEditor)
    tab = editor.follow_up
    click_tab(qtbot, editor.tabs, editor.tabs.indexOf(tab))
    assert not tab.rules_button.isVisible()
    choose(qtbot, tab.kind.widget, "feed", "Feedback moment")
    assert tab.rules_button.isVisible()
    click(qtbot, tab.rules_button)
    assert isinstance(tab.card, CardDialog)
    qtbot.waitExposed(tab.card)
    assert tab.card.text.text().count("<b>") == 10  # ten rules, after the introduction


def test_checklist_due_dates_move_with_the_start_date(
    window: MainWindow, qtbot: QtBot, database: Database, seed: Seed
) -> None:
    forms = window.context.forms
    assert window.open_record(Internship, seed.internships["planned"])
    editor = _internships(window).editor
    click_tab(qtbot, editor.tabs, editor.tabs.indexOf(editor.checklists))
    click(qtbot, editor.checklists.add_button)  # the seed's internship predates the toolbox
    logistics = forms.get("logistics_checklist")
    first = logistics.checks()[0]

    def due() -> dt.date | None:
        with database.sessions() as session:
            return session.scalar(
                select(FormAnswer.due_date)
                .join(FormResponse, FormAnswer.response_id == FormResponse.id)
                .where(
                    FormResponse.internship_id == seed.internships["planned"],
                    FormAnswer.field_id == first.id,
                )
            )

    assert due() == first.due_date(dt.date(2026, 3, 16))
    click_tab(qtbot, editor.tabs, 0)
    type_date(qtbot, editor.field("start_date").widget, "23/03/2026")
    with qtbot.waitSignal(editor.saved):
        click(qtbot, editor.save_button)
    assert due() == first.due_date(dt.date(2026, 3, 23))


def test_a_tool_is_saved_as_pdf_and_kept_with_the_internship(
    window: MainWindow, qtbot: QtBot, database: Database, seed: Seed, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from stagedesk.core.models import Document
    from stagedesk.output.pdf.forms.job import Variant

    assert window.open_record(Internship, seed.internships["running"])
    editor = _internships(window).editor
    assert isinstance(editor, InternshipEditor)
    tools = editor.tools
    click_tab(qtbot, editor.tabs, editor.tabs.indexOf(tools))
    row = next(i for i, r in enumerate(tree_rows(tools.list)) if r[0] == "Infofiche")
    tools.list.setCurrentIndex(tools.list.model().index(row, 0))
    opened: list[Path] = []
    tools.ask_pdf_path = lambda suggested: tmp_path / suggested
    tools.open_result = opened.append
    with qtbot.waitSignal(tools.printed) as printed:
        assert tools.save_pdf(Variant.PREFILLED) is not None
    written = printed.args[0] if printed.args else None
    assert written == tmp_path / "Infofiche.pdf" and opened == [written]
    text = "".join(page.extract_text() for page in PdfReader(written).pages)
    assert "Céline Lambert" in text and "Hogeschool Zennevallei" in text
    assert count(database, Document, Document.internship_id == seed.internships["running"]) == 1
    click_tab(qtbot, editor.tabs, editor.tabs.indexOf(editor.documents))
    assert editor.documents.model.rowCount() == 1


def test_info_sheet_and_dossier_are_made_and_kept(
    window: MainWindow, qtbot: QtBot, database: Database, seed: Seed
) -> None:
    from pypdf import PdfReader

    from stagedesk.core.models import Document

    assert window.open_record(Internship, seed.internships["running"])
    editor = _internships(window).editor
    assert isinstance(editor, InternshipEditor)
    documents = editor.documents
    click_tab(qtbot, editor.tabs, editor.tabs.indexOf(documents))
    opened: list[Path] = []
    documents.open_result = opened.append
    click(qtbot, documents.info_button)
    click(qtbot, documents.dossier_button)
    assert len(opened) == 2 and all(p.exists() for p in opened)
    info, dossier = (PdfReader(p) for p in opened)
    assert len(info.pages) == 1 and "Céline Lambert" in info.pages[0].extract_text()
    assert "Bezoek van de school" in "".join(p.extract_text() for p in dossier.pages)
    assert count(database, Document) == 2 and documents.model.rowCount() == 2


def test_the_list_for_schools_has_the_offered_places(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    from stagedesk.ui.printing.opportunity_list import OpportunityListAction

    page = window.go_to("opportunities")
    assert isinstance(page, TabbedListsPage)
    action = page.lists[0].findChild(OpportunityListAction)
    assert isinstance(action, OpportunityListAction)
    opened: list[Path] = []
    action.ask_path = lambda suggested: tmp_path / suggested
    action.open_result = opened.append
    click(qtbot, action.button)
    text = "".join(p.extract_text() for p in PdfReader(opened[0]).pages)
    assert "Communicatiemedewerker" in text  # offered
    assert "Data-analist" not in text  # only proposed
