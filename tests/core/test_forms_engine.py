"""The toolbox engine without a window: definitions, answers, versions, checklists, CLI."""

import datetime as dt
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from stagedesk.core.db.database import Database
from stagedesk.core.forms import (
    CheckAnswer,
    CheckStatus,
    DefinitionInvalid,
    FieldType,
    FormRegistry,
    RecordKind,
    ScaleAnswer,
    parse_source,
)
from stagedesk.core.forms.responses import (
    find_response,
    load_answers,
    save_answers,
    start_response,
)
from stagedesk.core.internships import save_internship
from stagedesk.core.models import FormAnswer, FormResponse, Internship, ResponseStatus
from stagedesk.core.records import repository
from stagedesk.core.records.validation import ValidationFailed
from tests.seed import TODAY, Seed, seed_small

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

T = '{ nl = "nl", fr = "fr", en = "en" }'

EVERY_TYPE = f"""
id = "everything"
version = 1
kind = "form"
filled_by = "mentor"
record = "internship"
stages = ["running"]
title = {T}

[[sections]]
id = "all"
title = {T}

[[sections.fields]]
id = "short"
type = "text"
label = {T}
required = true

[[sections.fields]]
id = "long"
type = "long_text"
label = {T}
lines = 6

[[sections.fields]]
id = "when"
type = "date"
label = {T}

[[sections.fields]]
id = "weeks"
type = "number"
label = {T}
min = 1
max = 52

[[sections.fields]]
id = "pick"
type = "choice"
label = {T}
choices = [{{ value = "a", label = {T} }}, {{ value = "b", label = {T} }}]

[[sections.fields]]
id = "several"
type = "multi_choice"
label = {T}
choices = [{{ value = "x", label = {T} }}, {{ value = "y", label = {T} }}]

[[sections.fields]]
id = "again"
type = "yes_no"
label = {T}

[[sections.fields]]
id = "score"
type = "scale"
label = {T}
notes = true

[[sections.fields]]
id = "skip"
type = "scale"
label = {T}

[[sections.fields]]
id = "badge"
type = "check"
label = {T}
due_day = -5
responsible = "facilities"
reference = {T}

[[sections.fields]]
id = "programme"
type = "rows"
label = {T}
columns = [
  {{ id = "day", type = "date", label = {T} }},
  {{ id = "what", type = "text", label = {T} }},
]

[[sections.fields]]
id = "remember"
type = "info"
label = {T}
text = {T}
"""


def _checklist(version: int = 1, due: int = -10, extra: str = "") -> str:
    return f"""
id = "prep"
version = {version}
kind = "checklist"
filled_by = "coordinator"
record = "internship"
stages = ["planned", "running"]
title = {T}

[[sections]]
id = "before"
title = {T}

[[sections.fields]]
id = "insurance"
type = "check"
label = {T}
due_day = {due}
responsible = "coordinator"
{extra}
"""


@pytest.fixture
def seeded(any_database: Database) -> tuple[Database, Seed]:
    """The small organisation, on a SQLite file and on PostgreSQL."""
    return any_database, seed_small(any_database.sessions)


def test_every_field_type_is_read() -> None:
    definition = parse_source(EVERY_TYPE, "everything.toml")
    assert {f.type for f in definition.fields()} == set(FieldType)
    badge = definition.field("badge")
    assert badge.due_date(dt.date(2026, 3, 2)) == dt.date(2026, 2, 25)
    assert definition.field("programme").columns[1].id == "what"
    assert not definition.field("remember").answers


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (("version = 1", "version = 0"), "everything.toml: version must be a whole number"),
        (('filled_by = "mentor"', 'filled_by = "boss"'), "filled_by is 'boss'; it must be one of"),
        (('stages = ["running"]', 'stages = ["soon"]'), "stages is 'soon'; it must be one of"),
        (
            ('id = "long"', 'id = "short"'),
            'everything.toml: section 1 "all", field "short": the id \'short\' is used twice',
        ),
        (
            ('type = "number"', 'type = "numeric"'),
            "field \"weeks\": type is 'numeric'; it must be one of",
        ),
        (
            ("due_day = -5", 'due_day = "soon"'),
            'field "badge": due_day must be a whole number',
        ),
        (('id = "day"', 'id = "Day"'), "'Day' must be lowercase letters, digits and _"),
        (
            ('title = { nl = "nl", fr = "fr", en = "en" }\n\n[[sections]]', "\n[[sections]]"),
            "everything.toml: title is missing",
        ),
        (("[[sections]]", "[[sections"), "everything.toml: this is not valid TOML"),
    ],
)
def test_a_mistake_gets_a_message_naming_file_field_and_problem(
    change: tuple[str, str], expected: str
) -> None:
    broken = EVERY_TYPE.replace(*change, 1)
    assert broken != EVERY_TYPE
    with pytest.raises(DefinitionInvalid) as invalid:
        parse_source(broken, "everything.toml")
    assert any(expected in line for line in invalid.value.lines()), invalid.value.lines()


def test_a_missing_language_is_named() -> None:
    broken = EVERY_TYPE.replace(
        f'id = "when"\ntype = "date"\nlabel = {T}',
        'id = "when"\ntype = "date"\nlabel = { nl = "x", en = "y" }',
    )
    with pytest.raises(DefinitionInvalid) as invalid:
        parse_source(broken, "f.toml")
    assert invalid.value.lines() == ['f.toml: section 1 "all", field "when": label has no fr text']


def test_answers_of_every_type_are_saved_and_read_back(seeded: tuple[Database, Seed]) -> None:
    database, seed = seeded
    definition = parse_source(EVERY_TYPE, "everything.toml")
    answers = {
        "short": "Goed begonnen",
        "long": "Lijn 1\nLijn 2",
        "when": dt.date(2026, 3, 1),
        "weeks": Decimal(12),
        "pick": "b",
        "several": ["x", "y"],
        "again": False,
        "score": ScaleAnswer(4, note="Sterk in overleg"),
        "skip": ScaleAnswer(not_applicable=True),
        "badge": CheckAnswer(
            CheckStatus.DONE, dt.date(2026, 2, 20), "Badge 17", dt.date(2026, 2, 25)
        ),
        "programme": [{"day": dt.date(2026, 3, 2), "what": "Onthaal"}, {"what": "Team"}],
    }
    with database.sessions.begin() as session:
        response = start_response(session, definition, seed.internships["running"])
        save_answers(session, definition, response, answers, complete=True, today=TODAY)
        response_id = response.id
    with database.sessions() as session:
        assert load_answers(session, definition, response_id) == answers
        stored = session.get(FormResponse, response_id)
        assert stored is not None
        assert (stored.status, stored.completed_on) == (ResponseStatus.COMPLETE, TODAY)
        # Per field, so they can be counted: two rows for two choices, cells per column.
        fields = session.scalars(
            select(FormAnswer.field_id).where(FormAnswer.response_id == response_id)
        ).all()
    assert fields.count("several") == 2
    assert fields.count("programme") == 3


def test_completing_needs_every_required_field_and_writes_nothing_otherwise(
    seeded: tuple[Database, Seed],
) -> None:
    database, seed = seeded
    definition = parse_source(EVERY_TYPE, "everything.toml")
    with database.sessions.begin() as session:
        response = start_response(session, definition, seed.internships["running"])
        save_answers(session, definition, response, {"long": "concept"})  # a draft is fine
        response_id = response.id
    with database.sessions.begin() as session:
        response = session.get(FormResponse, response_id)
        assert response is not None
        with pytest.raises(ValidationFailed) as failed:
            save_answers(
                session,
                definition,
                response,
                {"long": "klaar", "weeks": Decimal(60)},
                complete=True,
            )
    assert {i.field for i in failed.value.issues} == {"short", "weeks"}
    with database.sessions() as session:
        assert load_answers(session, definition, response_id) == {"long": "concept"}


def test_an_old_response_still_opens_after_its_definition_gains_a_version(
    seeded: tuple[Database, Seed], tmp_path: Path
) -> None:
    database, seed = seeded
    folder = tmp_path / "forms"
    folder.mkdir()
    (folder / "prep.toml").write_text(_checklist(version=1), encoding="utf-8")
    first = FormRegistry.load([folder])
    with database.sessions.begin() as session:
        response = start_response(session, first.get("prep"), seed.internships["running"])
        answers = {"insurance": CheckAnswer(CheckStatus.DONE, dt.date(2026, 1, 20))}
        save_answers(session, first.get("prep"), response, answers)
        response_id = response.id
    # The organisation renames the item and raises the version.
    (folder / "prep.toml").write_text(
        _checklist(version=2).replace('id = "insurance"', 'id = "school_insurance"'),
        encoding="utf-8",
    )
    second = FormRegistry.load([folder])
    with database.sessions() as session:
        stored = session.get(FormResponse, response_id)
        assert stored is not None
        old = second.version(session, "prep", stored.form_version)
        assert [f.id for f in old.fields()] == ["insurance"]
        assert load_answers(session, old, response_id) == answers
        assert [f.id for f in second.get("prep").fields()] == ["school_insurance"]


def test_an_organisations_broken_copy_is_reported_and_the_builtin_kept(tmp_path: Path) -> None:
    builtin, own = tmp_path / "builtin", tmp_path / "own"
    builtin.mkdir()
    own.mkdir()
    (builtin / "prep.toml").write_text(_checklist(version=1), encoding="utf-8")
    (own / "prep.toml").write_text(_checklist(version=2, due='"x"'), encoding="utf-8")
    registry = FormRegistry.load([builtin, own])
    assert registry.get("prep").version == 1
    assert "due_day must be a whole number" in registry.problems[0].lines()[0]


def _save_internship(database: Database, registry: FormRegistry, values: dict, record_id=None):
    return save_internship(database.sessions, registry, values, record_id, today=TODAY)


def test_checklist_due_dates_follow_the_start_date(
    seeded: tuple[Database, Seed], tmp_path: Path
) -> None:
    database, seed = seeded
    (tmp_path / "prep.toml").write_text(_checklist(due=-10), encoding="utf-8")
    registry = FormRegistry.load([tmp_path])
    values = {
        "candidate_id": seed.candidates["jonas"],
        "unit_id": seed.units["ict"],
        "kind": "curricular",
        "start_date": dt.date(2026, 5, 4),
        "end_date": dt.date(2026, 6, 26),
    }
    internship_id = _save_internship(database, registry, values)

    def due() -> dt.date | None:
        with database.sessions() as session:
            response = find_response(session, "prep", RecordKind.INTERNSHIP, internship_id)
            assert response is not None
            return load_answers(session, registry.get("prep"), response.id)["insurance"].due

    assert due() == dt.date(2026, 4, 24)
    loaded = repository.load(database.sessions, Internship, internship_id)
    _save_internship(
        database, registry, {**loaded, "start_date": dt.date(2026, 5, 11)}, internship_id
    )
    assert due() == dt.date(2026, 5, 1)
    with database.sessions() as session:
        count = session.scalars(
            select(FormResponse).where(FormResponse.internship_id == internship_id)
        )
        assert len(count.all()) == 1  # made once, moved after


def _stagedesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "stagedesk", *args], capture_output=True, text=True, check=False
    )


def test_forms_validate_on_the_command_line(tmp_path: Path) -> None:
    good, bad = tmp_path / "prep.toml", tmp_path / "broken.toml"
    good.write_text(_checklist(), encoding="utf-8")
    bad.write_text(
        _checklist(extra='responsible = "nobody"').replace('responsible = "coordinator"\n', "", 1),
        encoding="utf-8",
    )
    ok = _stagedesk("forms", "validate", str(good))
    assert ok.returncode == 0 and "prep version 1 is valid" in ok.stdout
    failed = _stagedesk("forms", "validate", str(good), str(bad))
    assert failed.returncode == 2
    assert (
        f'{bad}: section 1 "before", field "insurance": responsible is \'nobody\'' in failed.stderr
    )
    assert "Traceback" not in failed.stderr


def test_forms_list_names_the_toolbox(tmp_path: Path) -> None:
    listed = _stagedesk("forms", "list", "--db", str(tmp_path / "x.sqlite"))
    assert listed.returncode == 0
    ids = [line.split("\t")[0] for line in listed.stdout.splitlines()]
    assert "needs_analysis" in ids
