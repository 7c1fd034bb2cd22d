"""Fuzzing the PDF form reader: real fillable forms, their bytes mutated or their fields
filled with anything at all. Reading and planning either give a plan or refuse the file
(PdfRefused), never another exception, never endlessly; applying a plan writes the whole
form or nothing."""

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, example, given
from hypothesis import strategies as st
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from stagedesk.core.db.database import Database, open_sqlite
from stagedesk.core.forms.responses import load_answers
from stagedesk.core.models import FormAnswer, FormResponse, ResponseStatus
from stagedesk.core.records.repository import RecordChanged
from stagedesk.core.records.validation import ValidationFailed
from stagedesk.output.pdf.forms import names
from stagedesk.output.readback.importing import apply_import, plan_import
from stagedesk.output.readback.reader import PdfRefused
from tests.fuzz.pdfs import REGISTRY, field_kinds, filled, print_form, write
from tests.seed import TODAY, seed_small

# A form of each kind of field: scales and long texts, numbers with limits and dates,
# check boxes with dates and notes, rows.
FUZZED = ["intern_survey", "needs_analysis", "welcome_checklist"]
# Values that broke reading or applying before, kept as examples: a number "NaN" (crashed
# the range check), a score of 7 (made applying fail), a NUL (refused by PostgreSQL).
KNOWN = {"f.places": "NaN", "f.value_for_you": "7", "f.general_comments": "a\x00b"}


@dataclass(repr=False)
class Printed:
    database: Database
    pdfs: dict[str, bytes]
    kinds: dict[str, dict[str, str]]  # form -> field name -> /FT
    folder: Path

    def __repr__(self) -> str:
        return f"Printed({sorted(self.pdfs)})"


@pytest.fixture(scope="module")
def printed(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("fuzz-pdf")
    database = open_sqlite(folder / "stagedesk.sqlite")
    seed = seed_small(database.sessions)
    pdfs = {form_id: print_form(database, seed, form_id)[1] for form_id in FUZZED}
    yield Printed(database, pdfs, {f: field_kinds(pdf) for f, pdf in pdfs.items()}, folder)
    database.dispose()


def _state(database: Database, response_id: int) -> tuple[Any, ...]:
    with database.sessions() as session:
        answers = session.scalars(
            select(FormAnswer.field_id, FormAnswer.row_index, FormAnswer.value_text)
            .where(FormAnswer.response_id == response_id)
            .order_by(FormAnswer.id)
        ).all()
        response = session.get(FormResponse, response_id)
        assert response is not None
        return tuple(answers), response.status, response.version


def _read_and_apply(printed: Printed, pdf: bytes) -> str:
    """What became of the file: "refused", "applied" or "not applied" (whole)."""
    path = write(printed.folder / "fuzzed.pdf", pdf)
    database = printed.database
    with database.sessions() as session:
        try:
            plan = plan_import(session, REGISTRY, path)
        except PdfRefused:
            return "refused"
    before = _state(database, plan.response_id)
    try:
        with database.sessions.begin() as session:
            apply_import(session, plan, TODAY)
    except (PdfRefused, RecordChanged, ValidationFailed, SQLAlchemyError):
        assert _state(database, plan.response_id) == before  # nothing of it written
        return "not applied"
    with database.sessions() as session:
        stored = load_answers(session, plan.definition, plan.response_id)
        response = session.get(FormResponse, plan.response_id)
        assert response is not None
        assert stored == plan.answers  # the whole form, exactly as planned
        assert plan.complete <= (response.status is ResponseStatus.COMPLETE)
        assert "\x00" not in repr(stored)
    return "applied"


def _mutate(data: bytes, mutation: tuple[Any, ...]) -> bytes:
    kind, at, *rest = mutation
    at %= max(len(data), 1)
    if not data:
        return data
    if kind == "flip":
        return data[:at] + bytes([data[at] ^ rest[0]]) + data[at + 1 :]
    if kind == "truncate":
        return data[:at]
    if kind == "splice":
        return data[:at] + rest[0] + data[at:]
    if kind == "delete":
        return data[:at] + data[at + rest[0] :]
    # "object": the object that starts after ``at`` written again just before the end
    # (the last one in a file wins), or "slice": any stretch copied elsewhere
    start = data.find(b" 0 obj", at) if kind == "object" else at
    end = data.find(b"endobj", start) + 6 if kind == "object" else start + rest[0]
    if start < 0 or end < start:
        return data
    tail = data.rfind(b"xref")
    return data[:tail] + data[start:end] + b"\n" + data[tail:]


POSITION = st.integers(0, 1 << 20)
MUTATION = st.one_of(
    st.tuples(st.just("flip"), POSITION, st.integers(1, 255)),
    st.tuples(st.just("truncate"), POSITION),
    st.tuples(st.just("splice"), POSITION, st.binary(min_size=1, max_size=64)),
    st.tuples(st.just("delete"), POSITION, st.integers(1, 4096)),
    st.tuples(st.just("object"), POSITION),
    st.tuples(st.just("slice"), POSITION, st.integers(1, 4096)),
)


@given(form_id=st.sampled_from(FUZZED), mutations=st.lists(MUTATION, min_size=1, max_size=4))
@example(form_id="intern_survey", mutations=[("truncate", 50_000)])
@example(form_id="needs_analysis", mutations=[("object", 1000), ("object", 60_000)])
def test_mutated_forms_are_read_or_refused(
    printed: Printed, form_id: str, mutations: list[tuple[Any, ...]]
) -> None:
    data = printed.pdfs[form_id]
    for mutation in mutations:
        data = _mutate(data, mutation)
    event(_read_and_apply(printed, data))


WORDS = ["", "Off", "Yes", "yes", "no", "na", "1", "5", "7", "-1", "0,5", "NaN", "1e9999"]
DATES = ["31/02/2026", "2/3/26", "29/02/2025", "2026-03-02", "0/0/0", "٣/٤/٢٠٢٦"]
# A button's value is a PDF name: at most 127 bytes in any reader (pypdf refuses names
# over 4 KB, which is right: no reader writes one). Text fields take anything at all.
STATE = st.one_of(st.sampled_from(WORDS), st.text(max_size=30))
TEXT = st.one_of(
    st.sampled_from(WORDS + DATES),
    st.text(max_size=40),
    st.text(st.characters(max_codepoint=0x20), max_size=20),  # control characters
    st.builds(lambda n, c: c * n, st.integers(2_000, 25_000), st.characters()),
)


@given(form_id=st.sampled_from(FUZZED), data=st.data())
@example(form_id="needs_analysis", data=None)
def test_any_value_in_any_field_is_read_or_left_out(
    printed: Printed, form_id: str, data: Any
) -> None:
    if data is None:  # the values the fuzzers found, on the forms that have their fields
        values = {k: v for k, v in KNOWN.items() if k in printed.kinds[form_id]}
    else:
        kinds = printed.kinds[form_id]
        chosen = data.draw(st.lists(st.sampled_from(sorted(kinds)), max_size=12, unique=True))
        values = {f: data.draw(STATE if kinds[f] == "/Btn" else TEXT, label=f) for f in chosen}
    outcome = _read_and_apply(printed, filled(printed.pdfs[form_id], values))
    event(outcome)
    if names.ID_FIELD not in values:
        assert outcome == "applied"  # our own file, whatever was typed into it


def test_the_known_values_apply_on_every_form(printed: Printed) -> None:
    for form_id in FUZZED:
        values = {k: v for k, v in KNOWN.items() if k in printed.kinds[form_id]}
        assert _read_and_apply(printed, filled(printed.pdfs[form_id], values)) == "applied"
    with printed.database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(FormAnswer)) > 0
