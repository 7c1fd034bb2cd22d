"""Printing one form for many internships, without a window: which internships, one PDF
or a folder of them, progress, cancel, failure — read back with pypdf."""

import datetime as dt
import io
from collections.abc import Generator
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import func, select

from stagedesk.core.db.database import Database
from stagedesk.core.demo.generate import DemoOptions, generate
from stagedesk.core.forms import FormRegistry
from stagedesk.core.forms.codes import FormCode
from stagedesk.core.forms.tools import open_response
from stagedesk.core.models import FormResponse, Internship
from stagedesk.output.pdf.forms import batch
from stagedesk.output.pdf.forms.batch import Selection, internships_for, print_batch, this_month
from stagedesk.output.pdf.forms.collect import form_job
from stagedesk.output.pdf.forms.job import Variant
from stagedesk.output.pdf.forms.names import ID_FIELD
from stagedesk.output.pdf.forms.writer import write_form
from tests.seed import TODAY, Seed, seed_small

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

SURVEY = "intern_survey"


@pytest.fixture(scope="module")
def registry() -> FormRegistry:
    return FormRegistry.load()


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """Where the forms go: a folder of its own (the database is in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def seed(database: Database) -> Seed:
    return seed_small(database.sessions)


@pytest.fixture
def demo(database: Database) -> Database:
    generate(database.sessions, DemoOptions(years=1, per_year=30, today=TODAY))
    return database


def run(
    work: Generator[tuple[int, int], None, list[Path]],
) -> tuple[list[tuple[int, int]], list[Path]]:
    """Drive the generator as the worker does: the steps it reported and its result."""
    steps = []
    while True:
        try:
            steps.append(next(work))
        except StopIteration as stop:
            return steps, stop.value


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def responses(database: Database, form_id: str = SURVEY) -> dict[int, int]:
    """internship id -> id of its response to ``form_id``."""
    with database.sessions() as session:
        rows = session.execute(
            select(FormResponse.internship_id, FormResponse.id).where(
                FormResponse.form_id == form_id
            )
        )
        return {int(internship): int(response) for internship, response in rows}


def names(database: Database, selection: Selection) -> list[str]:
    with database.sessions() as session:
        return [name for _id, name in internships_for(session, selection)]


# -- which internships ---------------------------------------------------------------------
def test_this_month() -> None:
    assert this_month(TODAY) == (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
    assert this_month(dt.date(2028, 2, 10)) == (dt.date(2028, 2, 1), dt.date(2028, 2, 29))
    assert this_month(dt.date(2026, 12, 31)) == (dt.date(2026, 12, 1), dt.date(2026, 12, 31))


def test_the_presets_pick_the_right_internships(database: Database, seed: Seed) -> None:
    # Céline runs 02/02–20/03/2026 in Communicatie; Sara is planned 16/03–30/04 in ICT.
    assert names(database, batch.ending_this_month(SURVEY, TODAY)) == ["Céline Lambert"]
    assert names(database, batch.starting_this_month(SURVEY, TODAY)) == ["Sara El Amrani"]
    assert names(database, batch.running_now(SURVEY, TODAY)) == ["Céline Lambert"]
    assert names(database, batch.of_unit(SURVEY, seed.units["ict"])) == ["Sara El Amrani"]
    april = dt.date(2026, 4, 10)
    assert names(database, batch.ending_this_month(SURVEY, april)) == ["Sara El Amrani"]
    assert names(database, batch.running_now(SURVEY, april)) == ["Sara El Amrani"]
    assert names(database, batch.ending_this_month(SURVEY, dt.date(2026, 5, 1))) == []


def test_conditions_combine_and_names_sort_by_last_name(database: Database, seed: Seed) -> None:
    everyone = Selection(SURVEY)
    assert names(database, everyone) == ["Sara El Amrani", "Céline Lambert"]  # E before L
    planned = Selection(SURVEY, statuses=("planned",))
    assert names(database, planned) == ["Sara El Amrani"]
    comm_in_april = Selection(SURVEY, unit_id=seed.units["comm"], ending_from=dt.date(2026, 4, 1))
    assert names(database, comm_in_april) == []


def test_a_demo_month_is_everyone_who_ends_in_it(demo: Database) -> None:
    first, last = this_month(TODAY)
    with demo.sessions() as session:
        expected = session.scalar(
            select(func.count()).where(Internship.end_date.between(first, last))
        )
        found = internships_for(session, batch.ending_this_month(SURVEY, TODAY))
    assert expected and len(found) == expected
    assert len({internship for internship, _name in found}) == len(found)


# -- one combined PDF ----------------------------------------------------------------------
def test_one_pdf_holds_every_form_in_name_order(
    demo: Database, registry: FormRegistry, out: Path
) -> None:
    selection = batch.running_now(SURVEY, TODAY)
    with demo.sessions() as session:
        chosen = internships_for(session, selection)
    assert len(chosen) >= 5
    target = out / "surveys.pdf"
    steps, paths = run(
        print_batch(
            demo.sessions,
            registry,
            selection,
            Variant.PREFILLED,
            target=target,
            one_file=True,
            today=TODAY,
        )
    )
    total = len(chosen)
    assert steps == [(done, total) for done in range(1, total + 1)]
    assert paths == [target]
    assert not list(out.glob("*.part"))
    # Every internship has its response now: each printed form carries its own code.
    started = responses(demo)
    assert {internship for internship, _name in chosen} <= started.keys()
    # As many pages as the forms printed one by one; each intern's name, in order.
    pages = 0
    with demo.sessions() as session:
        for internship, _name in chosen:
            job = form_job(session, registry, started[internship], Variant.PREFILLED, today=TODAY)
            single = io.BytesIO()
            write_form(job, single)
            pages += len(PdfReader(single).pages)
    assert len(PdfReader(target).pages) == pages
    text = text_of(target)
    positions = [text.find(name) for _id, name in chosen]
    assert -1 not in positions, [name for _id, name in chosen if name not in text]
    assert positions == sorted(positions)
    for internship, _name in chosen:
        assert FormCode(started[internship]).short in text


def test_printing_again_uses_the_same_responses(
    database: Database, seed: Seed, registry: FormRegistry, out: Path
) -> None:
    selection = Selection(SURVEY)
    run(
        print_batch(
            database.sessions,
            registry,
            selection,
            Variant.BLANK,
            target=out / "a.pdf",
            one_file=True,
            today=TODAY,
        )
    )
    first = responses(database)
    run(
        print_batch(
            database.sessions,
            registry,
            selection,
            Variant.BLANK,
            target=out / "b.pdf",
            one_file=True,
            today=TODAY,
        )
    )
    assert responses(database) == first
    assert len(first) == 2


def test_a_chosen_language_is_used_for_every_form(
    database: Database, seed: Seed, registry: FormRegistry, out: Path
) -> None:
    target = out / "fr.pdf"
    run(
        print_batch(
            database.sessions,
            registry,
            Selection(SURVEY),
            Variant.BLANK,
            language="fr",
            target=target,
            one_file=True,
            today=TODAY,
        )
    )
    title = registry.get(SURVEY).title
    text = text_of(target)
    assert text.count(title.fr) >= 2
    assert title.nl not in text


# -- a folder of files ---------------------------------------------------------------------
def test_a_folder_gets_one_file_per_internship_named_with_its_code(
    database: Database, seed: Seed, registry: FormRegistry, out: Path
) -> None:
    folder = out / "out"
    steps, paths = run(
        print_batch(
            database.sessions,
            registry,
            Selection(SURVEY),
            Variant.PREFILLED,
            target=folder,
            one_file=False,
            today=TODAY,
        )
    )
    assert steps == [(1, 2), (2, 2)]
    started = responses(database)
    sara = FormCode(started[seed.internships["planned"]]).short
    celine = FormCode(started[seed.internships["running"]]).short
    assert [p.name for p in paths] == [
        f"intern_survey-sara-el-amrani-{sara}.pdf",
        f"intern_survey-celine-lambert-{celine}.pdf",
    ]
    assert sorted(folder.iterdir()) == sorted(paths)
    assert "Céline Lambert" in text_of(paths[1])
    assert celine in text_of(paths[1])


def test_fillable_forms_each_carry_their_code(
    database: Database, seed: Seed, registry: FormRegistry, out: Path
) -> None:
    _steps, paths = run(
        print_batch(
            database.sessions,
            registry,
            [seed.internships["running"]],
            Variant.FILLABLE,
            form_id="mentor_survey",
            target=out,
            one_file=False,
            today=TODAY,
        )
    )
    response = responses(database, "mentor_survey")[seed.internships["running"]]
    fields = PdfReader(paths[0]).get_fields() or {}
    assert fields[ID_FIELD].get("/V") == FormCode(response, "mentor_survey", 1).full


def test_one_fillable_pdf_is_refused_before_anything_happens(
    database: Database, seed: Seed, registry: FormRegistry, out: Path
) -> None:
    with pytest.raises(ValueError, match="one file per form"):
        print_batch(
            database.sessions,
            registry,
            Selection(SURVEY),
            Variant.FILLABLE,
            target=out / "x.pdf",
            one_file=True,
            today=TODAY,
        )
    assert responses(database) == {}
    with pytest.raises(ValueError, match="not a form about an internship"):
        print_batch(
            database.sessions,
            registry,
            Selection("needs_analysis"),
            Variant.BLANK,
            target=out / "x.pdf",
            one_file=True,
            today=TODAY,
        )
    with pytest.raises(ValueError, match="form_id"):
        print_batch(
            database.sessions,
            registry,
            [1],
            Variant.BLANK,
            target=out / "x.pdf",
            one_file=True,
            today=TODAY,
        )


# -- stopping early ------------------------------------------------------------------------
def test_a_cancelled_one_pdf_writes_nothing_and_forgets_what_it_started(
    database: Database, seed: Seed, registry: FormRegistry, out: Path
) -> None:
    # Céline's survey was opened before: it stays. Sara's is started by the batch: it goes.
    with database.sessions.begin() as session:
        kept = open_response(session, registry.get(SURVEY), seed.internships["running"])
    target = out / "surveys.pdf"
    work = print_batch(
        database.sessions,
        registry,
        Selection(SURVEY),
        Variant.PREFILLED,
        target=target,
        one_file=True,
        today=TODAY,
    )
    assert next(work) == (1, 2)
    assert len(responses(database)) == 2
    work.close()  # what the worker does when the user cancels
    assert not target.exists()
    assert list(out.iterdir()) == []
    assert responses(database) == {seed.internships["running"]: kept}


def test_a_failure_keeps_the_files_already_saved_and_says_which(
    database: Database, seed: Seed, registry: FormRegistry, out: Path
) -> None:
    written: list[Path] = []
    ids = [seed.internships["running"], 999_999]
    work = print_batch(
        database.sessions,
        registry,
        ids,
        Variant.BLANK,
        form_id=SURVEY,
        target=out,
        one_file=False,
        today=TODAY,
        written=written,
    )
    with pytest.raises(LookupError, match="999999"):
        run(work)
    assert written == list(out.iterdir())
    assert len(written) == 1 and "celine-lambert" in written[0].name
    assert list(responses(database)) == [seed.internships["running"]]  # its form exists


def test_a_checklist_prints_with_its_due_dates(
    database: Database, seed: Seed, registry: FormRegistry, out: Path
) -> None:
    target = out / "welcome.pdf"
    run(
        print_batch(
            database.sessions,
            registry,
            batch.starting_this_month("welcome_checklist", TODAY),
            Variant.PREFILLED,
            target=target,
            one_file=True,
            today=TODAY,
        )
    )
    text = text_of(target)
    assert "Sara El Amrani" in text
    # Due dates count from her first day, 16/03/2026.
    start = dt.date(2026, 3, 16)
    for check in registry.get("welcome_checklist").checks():
        due = check.due_date(start)
        assert due is None or f"{due:%d/%m/%Y}" in text
