"""Printed documents: the one-page info sheet, the internship dossier and the list of
offered opportunities, written to real files and read back with pypdf; on the small seed
with answers, and on a small demo."""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from stagedesk.cli.main import main
from stagedesk.core.db.database import Database, open_sqlite
from stagedesk.core.demo.generate import DemoOptions, generate
from stagedesk.core.forms import FieldType, RecordKind
from stagedesk.core.forms.responses import find_response, load_answers
from stagedesk.core.models import (
    Internship,
    InternshipStatus,
    Opportunity,
    OpportunityStatus,
    StaffMember,
)
from stagedesk.output.pdf.documents.card import write_card
from stagedesk.output.pdf.documents.document import shorten
from stagedesk.output.pdf.documents.dossier import write_dossier
from stagedesk.output.pdf.documents.info_page import write_info_sheet
from stagedesk.output.pdf.documents.opportunity_list import write_opportunity_list
from tests.documents_support import (
    LOG_TEXT,
    LONG,
    MENTOR_TEXT,
    REGISTRY,
    SURVEY_TEXT,
    answer,
    fill_seed,
    fonts_of,
    read,
)
from tests.seed import TODAY, Seed, seed_small

pytestmark = pytest.mark.clock  # see tests/moved_clock.py


@pytest.fixture(scope="module")
def seeded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, Seed]]:
    database = open_sqlite(tmp_path_factory.mktemp("seed") / "seed.sqlite")
    yield database, fill_seed(database)
    database.dispose()


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_sqlite(tmp_path_factory.mktemp("demo") / "demo.sqlite")
    generate(database.sessions, DemoOptions(years=2, per_year=30, today=TODAY))
    yield database
    database.dispose()


def info_sheet(database: Database, internship: int, path: Path, language: str | None = None) -> int:
    with database.sessions() as session:
        return write_info_sheet(session, REGISTRY, internship, path, language=language, today=TODAY)


def dossier(database: Database, internship: int, path: Path, language: str | None = None) -> int:
    with database.sessions() as session:
        return write_dossier(session, REGISTRY, internship, path, language=language, today=TODAY)


# -- the info sheet ------------------------------------------------------------------------
def test_info_sheet_is_one_page_with_the_key_facts(
    seeded: tuple[Database, Seed], tmp_path: Path
) -> None:
    database, seed = seeded
    path = tmp_path / "info.pdf"
    assert info_sheet(database, seed.internships["running"], path) == 1
    pages, text = read(path)
    assert pages == 1
    for fact in (
        "Infofiche",
        "Voorbeeldorganisatie",
        "Céline Lambert",
        "celine@example.be",
        "01/05/2003",  # date of birth
        "Hogeschool Zennevallei",
        "Karin Wouters",  # the school supervisor
        "Bachelor communicatie",  # the intern's programme, no answer given
        "An Peeters",  # the mentor
        "Els Janssens",  # the backup
        "Communicatie",  # the unit
        "02/02/2026",
        "20/03/2026",
        "38 uur",
        "Curriculair",
        "Communicatiemedewerker",  # the assignment: the opportunity's title
        "Marie Lambert",  # the emergency contact: an answer of the info sheet
        "pagina 1 van 1",
    ):
        assert fact in text, fact
    assert fonts_of(path) == {"DejaVuSans", "DejaVuSans-Bold"}


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", ["Fiche d'information", "Stagiaire", "Maître de stage", "Curriculaire"]),
        ("en", ["Info sheet", "Intern", "Mentor", "Curricular", "page 1 of 1"]),
    ],
)
def test_info_sheet_in_french_and_english(
    seeded: tuple[Database, Seed], tmp_path: Path, language: str, words: list[str]
) -> None:
    database, seed = seeded
    path = tmp_path / f"info-{language}.pdf"
    info_sheet(database, seed.internships["running"], path, language)
    pages, text = read(path)
    assert pages == 1
    assert all(word in text for word in words), words
    assert "Geboortedatum" not in text


def test_long_answers_are_shortened_to_keep_one_page(tmp_path: Path) -> None:
    database = open_sqlite(tmp_path / "long.sqlite")
    try:
        seed = seed_small(database.sessions)
        running = seed.internships["running"]
        texts = [
            field.id
            for field in REGISTRY.get("info_sheet").fields()
            if field.type in (FieldType.TEXT, FieldType.LONG_TEXT) and field.source is None
        ]
        with database.sessions.begin() as session:
            answer(session, "info_sheet", running, {"emergency_relation": LONG})
        path = tmp_path / "one-long.pdf"
        assert info_sheet(database, running, path) == 1
        with database.sessions.begin() as session:
            answer(session, "info_sheet", running, dict.fromkeys(texts, LONG))
        every = tmp_path / "all-long.pdf"
        assert info_sheet(database, running, every) == 1
    finally:
        database.dispose()
    for file in (path, every):
        pages, text = read(file)
        assert pages == 1
        assert "…" in text
        assert all(fact in text for fact in ("Céline Lambert", "An Peeters", "20/03/2026"))


def test_a_missing_internship_is_refused(seeded: tuple[Database, Seed], tmp_path: Path) -> None:
    database, _seed = seeded
    with pytest.raises(LookupError):
        info_sheet(database, 9999, tmp_path / "none.pdf")
    with pytest.raises(LookupError):
        dossier(database, 9999, tmp_path / "none.pdf")
    assert not (tmp_path / "none.pdf").exists()


# -- the dossier ---------------------------------------------------------------------------
def test_dossier_has_every_part_with_content(seeded: tuple[Database, Seed], tmp_path: Path) -> None:
    database, seed = seeded
    path = tmp_path / "dossier.pdf"
    count = dossier(database, seed.internships["running"], path)
    pages, text = read(path)
    assert count == pages >= 3
    for words in (
        "Stagedossier",
        "Inhoud",
        "Infofiche",
        "Checklists",
        "Checklist onthaal",
        "Gedaan 28/01/2026",  # the done item and its date
        "Niet nodig",
        "Te laat 01/02/2026",  # the overdue item, marked
        "Open 01/04/2026",  # not due yet
        "Sollicitatiegesprek",
        "4 / 5",
        "Kent onze campagnes",
        "Aanvaarden",  # the decision, as its label
        "Opvolging",
        "Bezoek van de school: alles loopt goed.",
        LOG_TEXT,
        "Bevragingen",
        "Tevredenheid stagiair",
        SURVEY_TEXT,
        MENTOR_TEXT,
        "—",  # unanswered questions
        f"pagina {pages} van {pages}",
    ):
        assert words in text, words
    assert "Checklist logistiek" not in text  # it has no answers
    contents = re.search(r"Inhoud (.*?) Infofiche Stagiair", text)
    assert contents is not None
    assert "Checklists p. 2" in contents.group(1)


def test_dossier_without_content_is_its_cover(
    seeded: tuple[Database, Seed], tmp_path: Path
) -> None:
    database, seed = seeded
    path = tmp_path / "planned.pdf"
    assert dossier(database, seed.internships["planned"], path) == 1
    _pages, text = read(path)
    assert "Sara El Amrani" in text
    for heading in ("Checklists", "Sollicitatiegesprek", "Opvolging", "Bevragingen"):
        assert heading not in text


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", ["Dossier de stage", "Sommaire", "Suivi", "Enquêtes", "Visite", "En retard"]),
        ("en", ["Internship dossier", "Contents", "Follow-up", "Surveys", "Visit", "Overdue"]),
    ],
)
def test_dossier_in_french_and_english(
    seeded: tuple[Database, Seed], tmp_path: Path, language: str, words: list[str]
) -> None:
    database, seed = seeded
    path = tmp_path / f"dossier-{language}.pdf"
    dossier(database, seed.internships["running"], path, language)
    _pages, text = read(path)
    assert all(word in text for word in words), words
    assert "Opvolging" not in text


def test_demo_dossiers_show_the_surveys_answers(demo: Database, tmp_path: Path) -> None:
    with demo.sessions() as session:
        completed = session.scalars(
            select(Internship.id)
            .where(Internship.status == InternshipStatus.COMPLETED)
            .order_by(Internship.id)
        ).all()
        surveyed = [
            (internship, response)
            for internship in completed
            if (
                response := find_response(
                    session, "intern_survey", RecordKind.INTERNSHIP, internship
                )
            )
        ][:3]
        assert surveyed
        for internship, response in surveyed:
            path = tmp_path / f"demo-{internship}.pdf"
            write_dossier(session, REGISTRY, internship, path, today=TODAY)
            _pages, text = read(path)
            definition = REGISTRY.get("intern_survey")
            answers = load_answers(session, definition, response.id)
            intern = session.get(Internship, internship)
            assert intern is not None and intern.intern.full_name in text
            for field in definition.fields():
                value = answers.get(field.id)
                if field.type is FieldType.LONG_TEXT and value:
                    assert " ".join(str(value).split()[:3]) in text


def test_every_demo_info_sheet_is_one_page(demo: Database, tmp_path: Path) -> None:
    with demo.sessions() as session:
        internships = session.scalars(select(Internship.id).order_by(Internship.id)).all()
    for internship in internships[::4]:
        path = tmp_path / f"info-{internship}.pdf"
        assert info_sheet(demo, internship, path) == 1
        assert len(PdfReader(path).pages) == 1


# -- the list of opportunities -------------------------------------------------------------
def test_opportunity_list_shows_the_offered_places_only(demo: Database, tmp_path: Path) -> None:
    path = tmp_path / "offers.pdf"
    with demo.sessions() as session:  # renamed here and never saved
        opportunities = session.scalars(select(Opportunity)).all()
        for opportunity in opportunities:
            if opportunity.status is not OpportunityStatus.OFFERED:
                opportunity.title = f"Niet open {opportunity.status.value} {opportunity.id}"
        session.flush()
        count = write_opportunity_list(session, path, today=TODAY)
        titles = {o.title: o.status for o in opportunities}
        coordinator = session.scalars(
            select(StaffMember).where(StaffMember.is_coordinator.is_(True)).order_by(StaffMember.id)
        ).first()
        assert coordinator is not None
        name = coordinator.full_name
    pages, text = read(path)
    assert count == pages
    offered = [title for title, status in titles.items() if status is OpportunityStatus.OFFERED]
    others = [title for title, status in titles.items() if status is not OpportunityStatus.OFFERED]
    assert offered and any(t.startswith("Niet open closed") for t in others)
    assert all(title in text for title in offered)
    assert "Niet open" not in text
    assert name in text
    assert "Openstaande stageplaatsen" in text and "Interesse?" in text


def test_opportunity_list_of_some_units_in_french_and_english(
    seeded: tuple[Database, Seed], tmp_path: Path
) -> None:
    database, seed = seeded
    with database.sessions() as session:  # the long description is never saved
        writer = session.get(Opportunity, seed.opportunities["writer"])
        assert writer is not None
        writer.description = LONG
        french, english, none = (tmp_path / f"{name}.pdf" for name in ("fr", "en", "none"))
        write_opportunity_list(session, french, language="fr", today=TODAY)
        write_opportunity_list(session, english, language="en", today=TODAY)
        write_opportunity_list(session, none, today=TODAY, unit_ids=[seed.units["ict"]])
    text = read(french)[1]
    assert "Offres de stage" in text and "Communicatiemedewerker" in text and "1 place" in text
    assert "Data-analist" not in text  # only proposed
    assert "Mission Een heel lang antwoord" in text and "…" in text
    assert len(text) < 1000  # shortened
    assert "Internship opportunities" in read(english)[1]
    assert "geen stageplaatsen open" in read(none)[1]


def test_a_card_has_no_form_code(seeded: tuple[Database, Seed], tmp_path: Path) -> None:
    database, _seed = seeded
    path = tmp_path / "card.pdf"
    with database.sessions() as session:
        assert (
            write_card(session, REGISTRY.get("feedback_rules"), path, language="en", today=TODAY)
            == 1
        )
        with pytest.raises(ValueError, match="not a reference card"):
            write_card(session, REGISTRY.get("intern_survey"), path, language="en", today=TODAY)
    text = read(path)[1]
    assert "10 golden rules" in text and "page 1 of 1" in text and "SD-" not in text


def test_shortening_ends_with_an_ellipsis() -> None:
    from stagedesk.output.pdf.kit import fonts

    fonts.register_fonts()
    lines = ["one two three", "four five six", "seven"]
    assert shorten(lines, 3, fonts.REGULAR, 9, 100) == lines
    short = shorten(lines, 2, fonts.REGULAR, 9, 100)
    assert short[0] == "one two three" and short[1].endswith("…") and len(short) == 2


# -- the command line ----------------------------------------------------------------------
def test_command_line(
    seeded: tuple[Database, Seed], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    database, seed = seeded
    db = str(database.path)
    running = str(seed.internships["running"])
    for command, extra in (
        ("info-sheet", ["--internship", running]),
        ("dossier", ["--internship", running, "--lang", "en"]),
        ("opportunities", ["--lang", "fr"]),
    ):
        out = tmp_path / f"{command}.pdf"
        assert main([command, "--db", db, *extra, "--out", str(out)]) == 0
        assert len(PdfReader(out).pages) >= 1
    missing = tmp_path / "missing.pdf"
    for command in ("info-sheet", "dossier"):
        assert main([command, "--db", db, "--internship", "9999", "--out", str(missing)]) == 2
        assert capsys.readouterr().err.strip() == "stagedesk: no internship 9999"
    assert not missing.exists()
