"""The organisation's own documents, the internship policy and the internship rules:
form responses that belong to the organisation (migration 0006), filled in with what
StageDesk knows, printed blank, pre-filled and fillable in the organisation's language."""

from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from stagedesk.core.db.database import Database
from stagedesk.core.forms import FormKind, FormRegistry, RecordKind, builtin_dir
from stagedesk.core.forms.facts import response_facts
from stagedesk.core.forms.tools import open_response, response_record, tools_for
from stagedesk.core.models import FormResponse, Language, OrganisationSettings, StaffMember
from stagedesk.output.pdf.forms.collect import form_job
from stagedesk.output.pdf.forms.job import Variant
from stagedesk.output.pdf.forms.writer import write_form
from tests.seed import TODAY, Seed, seed_small

REGISTRY = FormRegistry.load([builtin_dir()])
DOCUMENTS = ("policy_plan", "internship_rules")


@pytest.fixture
def seed(database: Database) -> Seed:
    seed = seed_small(database.sessions)
    with database.sessions.begin() as session:
        organisation = session.get(OrganisationSettings, seed.organisation)
        assert organisation is not None
        organisation.address, organisation.language = "Grote Markt 1, 2500 Lier", Language.FRENCH
        session.add(
            StaffMember(
                first_name="Nadia", last_name="Haddad", email="nadia@lier.example.be",
                is_coordinator=True,
            )
        )  # fmt: skip
    return seed


def test_both_belong_to_the_organisation() -> None:
    for form_id in DOCUMENTS:
        definition = REGISTRY.get(form_id)
        assert definition.record is RecordKind.ORGANISATION and definition.kind is FormKind.FORM
    assert {d.id for d in REGISTRY.for_record(RecordKind.ORGANISATION, "current")} == set(DOCUMENTS)
    # They are nobody's intern's tools.
    assert not set(DOCUMENTS) & {d.id for d in REGISTRY.for_record(RecordKind.INTERNSHIP)}


def test_one_document_each_with_what_is_known(database: Database, seed: Seed) -> None:
    with database.sessions.begin() as session:
        first = open_response(session, REGISTRY.get("policy_plan"), seed.organisation)
        again = open_response(session, REGISTRY.get("policy_plan"), seed.organisation)
        rules = open_response(session, REGISTRY.get("internship_rules"), seed.organisation)
    assert first == again and rules != first
    with database.sessions() as session:
        response = session.get(FormResponse, first)
        assert response is not None
        assert response.organisation_id == seed.organisation
        assert response.language is Language.FRENCH  # the organisation's language
        facts = response_facts(session, response, RecordKind.ORGANISATION)
        assert response_record(session, first) == (OrganisationSettings, seed.organisation)
        states = tools_for(session, REGISTRY, RecordKind.ORGANISATION, seed.organisation, "current")
    assert facts == {
        "organisation.name": "Voorbeeldorganisatie",
        "organisation.address": "Grote Markt 1, 2500 Lier",
        "coordinator.name": "Nadia Haddad",
        "coordinator.email": "nadia@lier.example.be",
        "coordinator.phone": None,
    }
    assert sorted(s.definition.id for s in states) == sorted(DOCUMENTS)


def test_a_response_must_still_belong_somewhere(database: Database, seed: Seed) -> None:
    with pytest.raises(IntegrityError), database.sessions.begin() as session:
        session.add(FormResponse(form_id="policy_plan", form_version=1))


@pytest.mark.parametrize("variant", list(Variant))
@pytest.mark.parametrize("form_id", DOCUMENTS)
def test_printed_in_every_variant(
    database: Database, seed: Seed, tmp_path: Path, form_id: str, variant: Variant
) -> None:
    with database.sessions.begin() as session:
        response_id = open_response(session, REGISTRY.get(form_id), seed.organisation)
        job = form_job(session, REGISTRY, response_id, variant, today=TODAY)
    path = tmp_path / f"{form_id}.pdf"
    write_form(job, path)
    reader = PdfReader(path)
    text = reader.pages[0].extract_text()
    assert job.definition.title.fr in text and job.language == "fr"
    assert "Voorbeeldorganisatie" in text  # the letterhead, and the subject
    filled_in = "Nadia Haddad" in text or "Nadia Haddad" in str(reader.get_fields() or {})
    assert filled_in == (variant is not Variant.BLANK)
    if variant is Variant.FILLABLE:
        assert reader.get_fields()


def test_the_documents_go_with_the_organisation_row(database: Database, seed: Seed) -> None:
    """Deleting the organisation row takes its documents along (nothing dangling)."""
    with database.sessions.begin() as session:
        open_response(session, REGISTRY.get("internship_rules"), seed.organisation)
    with database.sessions.begin() as session:
        session.execute(
            OrganisationSettings.__table__.delete().where(
                OrganisationSettings.id == seed.organisation
            )
        )
    with database.sessions() as session:
        assert session.scalars(select(FormResponse.id)).all() == []
