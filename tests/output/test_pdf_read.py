"""Filled-in PDFs come back: every field type, the way a PDF reader saves it, into exactly
the answers given; every file StageDesk cannot use is refused and changes nothing."""

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter
from sqlalchemy import select

from stagedesk.core.db.database import Database
from stagedesk.core.forms import (
    CheckAnswer,
    CheckStatus,
    Definition,
    FieldType,
    FormKind,
    FormRegistry,
    ScaleAnswer,
    builtin_dir,
)
from stagedesk.core.forms.responses import load_answers
from stagedesk.core.forms.tools import open_response
from stagedesk.core.models import FormAnswer, FormResponse, ResponseStatus
from stagedesk.output.pdf.forms import names
from stagedesk.output.pdf.forms.collect import form_job
from stagedesk.output.pdf.forms.job import Variant
from stagedesk.output.pdf.forms.writer import write_form
from stagedesk.output.readback.importing import apply_import, plan_import
from stagedesk.output.readback.reader import PdfProblem, PdfRefused
from tests.seed import TODAY, Seed, seed_small

REGISTRY = FormRegistry.load([builtin_dir()])
FORMS = [d.id for d in REGISTRY.all() if d.kind is not FormKind.CARD]
LONG = ("Een lange opmerking met é, ë, ç en œ die over meerdere regels loopt. " * 12).strip()


@pytest.fixture
def seeded(database: Database) -> tuple[Database, Seed]:
    return database, seed_small(database.sessions)


def _record_id(seed: Seed, definition: Definition) -> int:
    return {
        "internship": seed.internships["running"],
        "application": seed.applications["waiting"],
        "opportunity": seed.opportunities["writer"],
        "organisation": seed.organisation,
    }[definition.record.value]


def _print(database: Database, seed: Seed, form_id: str, target: Path) -> int:
    definition = REGISTRY.get(form_id)
    with database.sessions.begin() as session:
        response_id = open_response(session, definition, _record_id(seed, definition))
        job = form_job(session, REGISTRY, response_id, Variant.FILLABLE, today=TODAY)
    write_form(job, target)
    return response_id


def _fill(definition: Definition) -> tuple[dict[str, str], dict[str, Any]]:
    """What a person types and ticks, as PDF field values, and the answers it means."""
    values: dict[str, str] = {}
    answers: dict[str, Any] = {}
    for field in definition.fields():
        kind, key = field.type, names.name(field.id)
        if kind in (FieldType.TEXT, FieldType.LONG_TEXT):
            text = LONG if kind is FieldType.LONG_TEXT else f"Réponse {field.id} — ça va"
            values[key], answers[field.id] = text, text
        elif kind is FieldType.DATE:
            values[key], answers[field.id] = "2/3/2026", dt.date(2026, 3, 2)
        elif kind is FieldType.NUMBER:
            number = int(field.minimum or 0) + 1
            values[key], answers[field.id] = str(number), Decimal(number)
        elif kind is FieldType.CHOICE:
            values[key] = answers[field.id] = field.choices[-1].value
        elif kind is FieldType.MULTI_CHOICE:
            chosen = [c.value for c in field.choices[:2]]
            values.update({names.name(field.id, v): names.YES for v in chosen})
            answers[field.id] = chosen
        elif kind is FieldType.YES_NO:
            values[key], answers[field.id] = "no", False
        elif kind is FieldType.SCALE:
            values[key] = "4"
            note = None
            if field.notes:
                note = values[names.name(field.id, "note")] = f"Notitie {field.id}"
            answers[field.id] = ScaleAnswer(4, False, note)
        elif kind is FieldType.CHECK:
            values[names.name(field.id, "done")] = names.YES
            values[names.name(field.id, "done_on")] = "01/03/2026"
            answers[field.id] = CheckAnswer(CheckStatus.DONE, dt.date(2026, 3, 1))
        elif kind is FieldType.ROWS:
            row = {c.id: f"{c.id} 1" for c in field.columns if c.type is FieldType.TEXT}
            values.update({names.name(field.id, 0, c): v for c, v in row.items()})
            answers[field.id] = [row]
    return values, answers


def _save_as_a_reader_does(source: Path, values: dict[str, str], target: Path) -> None:
    reader = PdfReader(source)
    kinds = {name: field.get("/FT") for name, field in (reader.get_fields() or {}).items()}
    writer = PdfWriter(clone_from=reader)
    written = {k: names.pdf_name(v) if kinds.get(k) == "/Btn" else v for k, v in values.items()}
    missing = set(written) - set(kinds)
    assert not missing, f"the PDF lacks fields {sorted(missing)}"
    for page in writer.pages:
        writer.update_page_form_field_values(page, written, auto_regenerate=False)
    writer.write(target)


def _due_dates(answers: dict[str, Any], stored: dict[str, Any]) -> dict[str, Any]:
    for key, value in answers.items():
        if isinstance(value, CheckAnswer) and isinstance(stored.get(key), CheckAnswer):
            answers[key] = CheckAnswer(value.status, value.done_on, value.note, stored[key].due)
    return answers


@pytest.mark.parametrize("form_id", FORMS)
def test_a_filled_form_comes_back_as_exactly_its_answers(
    seeded: tuple[Database, Seed], tmp_path: Path, form_id: str
) -> None:
    database, seed = seeded
    definition = REGISTRY.get(form_id)
    printed, filled = tmp_path / "printed.pdf", tmp_path / "filled.pdf"
    response_id = _print(database, seed, form_id, printed)
    values, expected = _fill(definition)
    _save_as_a_reader_does(printed, values, filled)
    with database.sessions() as session:
        stored = load_answers(session, definition, response_id)
        plan = plan_import(session, REGISTRY, filled)
    assert plan.response_id == response_id and plan.unreadable == []
    expected = {**stored, **_due_dates(expected, stored)}
    assert plan.answers == expected
    with database.sessions.begin() as session:
        apply_import(session, plan, TODAY)
    with database.sessions() as session:
        assert load_answers(session, definition, response_id) == expected
        response = session.get(FormResponse, response_id)
        assert response is not None and response.status is ResponseStatus.COMPLETE


def _refused(database: Database, path: Path) -> PdfProblem:
    with database.sessions() as session:
        before = session.scalars(select(FormAnswer.id)).all()
        with pytest.raises(PdfRefused) as refused:
            plan_import(session, REGISTRY, path)
        assert session.scalars(select(FormAnswer.id)).all() == before
    assert path.name in str(refused.value)
    return refused.value.problem


def test_files_it_cannot_use_are_refused_with_their_reason(
    seeded: tuple[Database, Seed], tmp_path: Path
) -> None:
    database, seed = seeded
    printed = tmp_path / "survey.pdf"
    response_id = _print(database, seed, "intern_survey", printed)

    text = tmp_path / "notes.pdf"
    text.write_text("not a pdf at all")
    assert _refused(database, text) is PdfProblem.UNREADABLE

    damaged = tmp_path / "damaged.pdf"
    damaged.write_bytes(printed.read_bytes()[: len(printed.read_bytes()) // 3])
    assert _refused(database, damaged) is PdfProblem.UNREADABLE

    locked = tmp_path / "locked.pdf"
    writer = PdfWriter(clone_from=PdfReader(printed))
    writer.encrypt("geheim")
    writer.write(locked)
    assert _refused(database, locked) is PdfProblem.ENCRYPTED

    foreign = tmp_path / "foreign.pdf"
    plain = PdfWriter()
    plain.add_blank_page(595, 842)
    plain.write(foreign)
    assert _refused(database, foreign) is PdfProblem.NOT_OURS

    other_version = tmp_path / "version.pdf"
    code = PdfReader(printed).get_fields()[names.ID_FIELD]["/V"]
    _save_as_a_reader_does(
        printed,
        {names.ID_FIELD: code.replace(":intern_survey:1:", ":intern_survey:9:")},
        other_version,
    )
    assert _refused(database, other_version) is PdfProblem.UNKNOWN_VERSION

    with database.sessions.begin() as session:
        response = session.get(FormResponse, response_id)
        session.delete(response)
    assert _refused(database, printed) is PdfProblem.RECORD_GONE


def test_empty_fields_never_erase_stored_answers(
    seeded: tuple[Database, Seed], tmp_path: Path
) -> None:
    database, seed = seeded
    definition = REGISTRY.get("intern_survey")
    printed, first, second = tmp_path / "p.pdf", tmp_path / "a.pdf", tmp_path / "b.pdf"
    response_id = _print(database, seed, "intern_survey", printed)
    values, _ = _fill(definition)
    _save_as_a_reader_does(printed, values, first)
    with database.sessions.begin() as session:
        apply_import(session, plan_import(session, REGISTRY, first), TODAY)
    scale = next(f for f in definition.fields() if f.type is FieldType.SCALE)
    _save_as_a_reader_does(printed, {names.name(scale.id): "2"}, second)  # one answer only
    with database.sessions() as session:
        plan = plan_import(session, REGISTRY, second)
    assert [c.field_id for c in plan.changes] == [scale.id]
    assert len(plan.answers) == len(load_answers_of(database, definition, response_id))


def load_answers_of(database: Database, definition: Definition, response_id: int) -> dict:
    with database.sessions() as session:
        return load_answers(session, definition, response_id)


def test_read_forms_on_the_command_line(seeded: tuple[Database, Seed], tmp_path: Path) -> None:
    database, seed = seeded
    printed, filled = tmp_path / "p.pdf", tmp_path / "filled.pdf"
    _print(database, seed, "mentor_survey", printed)
    values, _ = _fill(REGISTRY.get("mentor_survey"))
    _save_as_a_reader_does(printed, values, filled)
    junk = tmp_path / "junk.pdf"
    junk.write_text("junk")
    command = [sys.executable, "-m", "stagedesk", "read-forms", "--db", str(database.path)]
    shown = subprocess.run([*command, str(filled)], capture_output=True, text=True)
    assert shown.returncode == 0 and "change(s)" in shown.stdout and "applied" not in shown.stdout
    both = subprocess.run(
        [*command, str(filled), str(junk), "--apply"], capture_output=True, text=True
    )
    assert both.returncode == 2
    assert "applied" in both.stdout and "junk.pdf is damaged or is not a PDF" in both.stderr
    assert "Traceback" not in both.stderr
