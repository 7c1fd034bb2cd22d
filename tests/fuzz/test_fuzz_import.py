"""Fuzzing the spreadsheet importer: generated lists written as real xlsx and CSV files,
and real workbooks with their bytes or their XML mutated. A list is refused as a whole
(ImportRefused), reported row by row (RowProblem), or imported; never another exception.
The database is unchanged, or holds exactly what the plan counted."""

import csv
import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import event, example, given
from hypothesis import strategies as st
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from sqlalchemy import func, select

from stagedesk.core.db.database import Database, open_sqlite
from stagedesk.core.forms import FormRegistry
from stagedesk.core.imports import (
    HEADERS,
    REQUIRED,
    ImportFailed,
    ImportRefused,
    check_table,
    import_plan,
    match_columns,
    read_table,
)
from stagedesk.core.imports import words as import_words
from stagedesk.core.imports.resolver import KINDS
from stagedesk.core.models import (
    Application,
    Candidate,
    Internship,
    Opportunity,
    Programme,
    RequirementText,
    School,
    StaffMember,
    Unit,
)
from stagedesk.core.progress import run_to_end as run
from tests.core.imports.lists import write_xlsx

TODAY = dt.date(2026, 3, 2)
REGISTRY = FormRegistry.load()
MODELS = dict(
    zip(
        KINDS,
        (
            Unit,
            School,
            Programme,
            StaffMember,
            Opportunity,
            RequirementText,
            Candidate,
            Application,
            Internship,
        ),
        strict=True,
    )
)
ALIASES = sorted({name for h in HEADERS.values() for name in (h.nl, h.fr, h.en, *h.also)})
VOCABULARY = sorted(
    {
        word
        for words in (
            import_words.STATUS_WORDS,
            import_words.KIND_WORDS,
            import_words.GENDER_WORDS,
            import_words.EDUCATION_WORDS,
            import_words.YES_NO_WORDS,
        )
        for spellings in words.values()
        for word in spellings
    }
)
TEXT = st.text(max_size=30)
CELL = st.one_of(
    st.none(),
    st.sampled_from(VOCABULARY),
    st.sampled_from(["15/09/2024", "2024-02-30", "31/12/1899", "jan@example.be", "38", "0"]),
    TEXT,
    st.integers(-(10**12), 10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(dt.date(1800, 1, 1), dt.date(2200, 1, 1)),
    st.datetimes(dt.datetime(1900, 3, 1), dt.datetime(2100, 1, 1)),
    st.builds(lambda n, c: c * n, st.integers(200, 40_000), st.characters()),  # too long
    st.text(st.characters(max_codepoint=0x20), max_size=10),  # control characters
)


@pytest.fixture(scope="module")
def database(tmp_path_factory: pytest.TempPathFactory) -> Any:
    folder = tmp_path_factory.mktemp("fuzz-import")
    db = open_sqlite(folder / "stagedesk.sqlite")
    yield db
    db.dispose()


def _counts(database: Database) -> dict[str, int]:
    with database.sessions() as session:
        return {
            kind: session.scalar(select(func.count()).select_from(model)) or 0
            for kind, model in MODELS.items()
        }


def _import(database: Database, path: Path) -> str:
    """What became of the list: "refused", "problems" or "imported"."""
    before = _counts(database)
    try:
        table = read_table(path)
        with database.sessions() as session:
            match = match_columns(table.headers)
            plan = run(check_table(session, table, match, path.name, TODAY))
        if not plan.can_import:
            assert all(p.row >= 2 and p.text for p in plan.errors)
            return "problems"
        result = run(import_plan(database.sessions, plan, REGISTRY, TODAY))
    except (ImportRefused, ImportFailed):
        assert _counts(database) == before  # nothing of it written
        return "refused"
    after = _counts(database)
    assert dict(result.created) == dict(plan.created)
    assert {kind: after[kind] - before[kind] for kind in KINDS} == dict(result.created)
    return "imported"


def _xlsx(path: Path, header: list[Any], rows: list[list[Any]]) -> Path:
    # Text that XML cannot hold never reaches a real workbook: Excel cannot save it.
    def clean(value: Any) -> Any:
        return ILLEGAL_CHARACTERS_RE.sub("", value) if isinstance(value, str) else value

    return write_xlsx(path, [clean(v) for v in header], [[clean(v) for v in r] for r in rows])


def _csv(path: Path, header: list[Any], rows: list[list[Any]]) -> Path:
    with path.open("w", newline="", encoding="utf-8-sig", errors="replace") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerows([header, *rows])
    return path


HEADER = st.lists(st.one_of(st.sampled_from(ALIASES), TEXT), max_size=8)
# Mostly plausible names and units, so that lists get past the checks and are imported;
# any cell at all now and then. Other columns mostly empty, else anything.
NAME = st.one_of(st.sampled_from(["Jan", "Els", "Céline", "Ömer", "Van den Broeck"]), TEXT)
UNIT = st.sampled_from(["ICT", "Dienst Communicatie", "HR"])
ROW = st.tuples(
    st.one_of(NAME, NAME, CELL),
    st.one_of(NAME, NAME, CELL),
    st.one_of(UNIT, UNIT, CELL),
    st.lists(st.one_of(st.none(), st.none(), CELL), max_size=10),
)


@given(
    extra=HEADER,
    rows=st.lists(ROW, min_size=1, max_size=6),
    kind=st.sampled_from(["xlsx", "csv"]),
    required=st.sampled_from([True, True, True, False]),
)
@example(extra=[], rows=[("Jan", "Peeters", "ICT", [])], kind="csv", required=True)
def test_generated_lists_are_refused_reported_or_imported(
    database: Database,
    tmp_path: Path,
    extra: list[str],
    rows: list[tuple[Any, Any, Any, list[Any]]],
    kind: str,
    required: bool,
) -> None:
    header = [*(HEADERS[c].nl for c in REQUIRED if required), *extra]
    cells = [[first, last, unit, *others] for first, last, unit, others in rows]
    path = tmp_path / f"lijst.{kind}"
    (_xlsx if kind == "xlsx" else _csv)(path, header, cells)
    event(_import(database, path))


def _zip_parts(data: bytes) -> dict[str, bytes]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return {name: archive.read(name) for name in archive.namelist()}


def _rezip(parts: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return out.getvalue()


def _mutate(data: bytes, at: int, kind: str, blob: bytes) -> bytes:
    at %= max(len(data), 1)
    if not data:
        return data
    if kind == "flip":
        return data[:at] + bytes([data[at] ^ (blob[:1] or b"\x01")[0]]) + data[at + 1 :]
    if kind == "insert":
        return data[:at] + blob + data[at:]
    if kind == "delete":
        return data[:at] + data[at + len(blob) + 1 :]
    return data[:at]  # truncate


# The messy list of tests/imports as openpyxl writes it (saved once: a workbook written
# now would hold today's date, and the mutations would not hit the same bytes every run),
# and as LibreOffice saves it.
SOURCES = {
    "openpyxl": Path(__file__).parent / "data" / "messy.xlsx",
    "libreoffice-xlsx": Path(__file__).parents[1] / "data" / "old-list.xlsx",
    "libreoffice-ods": Path(__file__).parents[1] / "data" / "old-list.ods",
}
XML_BITS = [b"<", b">", b'"', b"&", b"&amp;", b'<c r="XFD1">', b' r="A1048576"', b"]]>"]
MUTATION = st.tuples(
    st.integers(0, 1 << 20),
    st.sampled_from(["flip", "insert", "delete", "truncate"]),
    st.one_of(st.binary(max_size=16), st.sampled_from(XML_BITS)),
)


@given(
    source=st.sampled_from(sorted(SOURCES)),
    inside=st.booleans(),
    mutations=st.lists(MUTATION, min_size=1, max_size=3),
)
@example(source="openpyxl", inside=True, mutations=[(0, "insert", b'<c r="XFD1">')])
# Found: damaged deflate data raised zlib.error from the scan for far cells.
@example(source="openpyxl", inside=False, mutations=[(2141, "flip", b"\x01")])
def test_mutated_workbooks_are_read_or_refused(
    database: Database, tmp_path: Path, source: str, inside: bool, mutations: list[Any]
) -> None:
    original = SOURCES[source].read_bytes()
    if inside:  # the XML of a sheet changed, the zip itself sound
        parts = _zip_parts(original)
        name = "content.xml" if "content.xml" in parts else "xl/worksheets/sheet1.xml"
        for at, kind, blob in mutations:
            parts[name] = _mutate(parts[name], at, kind, blob)
        data = _rezip(parts)
    else:
        data = original
        for at, kind, blob in mutations:
            data = _mutate(data, at, kind, blob)
    path = tmp_path / f"kapot{SOURCES[source].suffix}"
    path.write_bytes(data)
    event(_import(database, path))
