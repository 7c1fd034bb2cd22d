"""The built-in toolbox in ``forms/``: every definition is complete, in three languages, and
holds what the guide asks of its tool."""

import tomllib
from typing import Any

import pytest

from stagedesk.core.forms import load_definition
from stagedesk.core.models import EducationLevel, InternshipKind
from tests.paths import PROJECT

FORMS = PROJECT / "forms"
LANGUAGES = ("nl", "fr", "en")
TEXT_KEYS = ("title", "intro", "label", "help", "text", "unit", "reference")
ROLES = {
    "coordinator",
    "mentor",
    "backup",
    "unit_head",
    "intern",
    "school",
    "hr",
    "facilities",
    "ict",
}

# id: (kind, filled_by, record, stages)
EXPECTED = {
    "needs_analysis": ("form", "unit_head", "opportunity", ["proposed"]),
    "question_set": (
        "form",
        "coordinator",
        "application",
        ["applied", "interviewed", "accepted", "rejected"],
    ),
    "logistics_checklist": ("checklist", "coordinator", "internship", ["planned", "running"]),
    "info_sheet": ("form", "coordinator", "internship", ["planned", "running", "completed"]),
    "welcome_checklist": ("checklist", "coordinator", "internship", ["planned", "running"]),
    "intern_survey": ("form", "intern", "internship", ["running", "completed"]),
    "mentor_survey": ("form", "mentor", "internship", ["running", "completed"]),
    "feedback_rules": ("card", "mentor", "internship", ["planned", "running", "completed"]),
}

NEEDS_ANALYSIS_IDS = {
    "title",
    "description",
    "domain",
    "work_kind",
    "requirements",
    "education_level",
    "programme",
    "period_start",
    "period_end",
    "hours_per_week",
    "places",
    "mentor_name",
    "backup_name",
    "internship_kind",
}


def _load(form_id: str) -> dict[str, Any]:
    with (FORMS / f"{form_id}.toml").open("rb") as file:
        return tomllib.load(file)


def _fields(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [f for section in data["sections"] for f in section["fields"]]


def _by_id(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["id"]: f for f in _fields(data)}


def _text_problems(node: Any, where: str) -> list[str]:
    """Every text table that lacks a language, anywhere in the definition."""
    problems = []
    if isinstance(node, dict):
        for key, value in node.items():
            here = f"{where}.{key}"
            if key in TEXT_KEYS:
                if not isinstance(value, dict) or set(value) != set(LANGUAGES):
                    problems.append(f"{here} is not a {{nl, fr, en}} table")
                else:
                    problems += [
                        f"{here}.{lang} is empty"
                        for lang in LANGUAGES
                        if not isinstance(value[lang], str) or not value[lang].strip()
                    ]
            else:
                problems += _text_problems(value, here)
    elif isinstance(node, list):
        for number, item in enumerate(node):
            ident = item.get("id", item.get("value", number)) if isinstance(item, dict) else number
            problems += _text_problems(item, f"{where}[{ident}]")
    return problems


@pytest.mark.parametrize("form_id", sorted(EXPECTED))
def test_definition_parses_with_the_expected_header(form_id: str) -> None:
    data = _load(form_id)
    kind, filled_by, record, stages = EXPECTED[form_id]
    assert data["id"] == form_id
    assert data["version"] == 1
    assert (data["kind"], data["filled_by"], data["record"], data["stages"]) == (
        kind,
        filled_by,
        record,
        stages,
    )
    assert data["sections"]
    assert all(section["fields"] for section in data["sections"])


@pytest.mark.parametrize("form_id", sorted(EXPECTED))
def test_the_loader_accepts_the_definition(form_id: str) -> None:
    definition = load_definition(FORMS / f"{form_id}.toml")
    assert definition.id == form_id
    assert len(definition.fields()) == len(_fields(_load(form_id)))


@pytest.mark.parametrize("form_id", sorted(EXPECTED))
def test_every_text_is_in_dutch_french_and_english(form_id: str) -> None:
    assert _text_problems(_load(form_id), form_id) == []


@pytest.mark.parametrize("form_id", sorted(EXPECTED))
def test_ids_are_well_formed_and_unique(form_id: str) -> None:
    data = _load(form_id)
    ids = [s["id"] for s in data["sections"]] + [f["id"] for f in _fields(data)]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})
    for ident in ids:
        assert ident.replace("_", "").isalnum() and ident == ident.lower(), ident
    for field in _fields(data):
        values = [c["value"] for c in field.get("choices", [])]
        assert len(values) == len(set(values)), field["id"]
        columns = [c["id"] for c in field.get("columns", [])]
        assert len(columns) == len(set(columns)), field["id"]


def test_needs_analysis_has_the_fields_an_opportunity_is_made_from() -> None:
    fields = _by_id(_load("needs_analysis"))
    assert NEEDS_ANALYSIS_IDS - set(fields) == set()
    assert fields["title"]["required"] is True
    assert {c["value"] for c in fields["education_level"]["choices"]} == set(EducationLevel)
    assert {c["value"] for c in fields["internship_kind"]["choices"]} == set(InternshipKind)
    assert fields["period_start"]["type"] == fields["period_end"]["type"] == "date"
    for number in ("hours_per_week", "places", "duration_weeks"):
        assert fields[number]["type"] == "number"
        assert 1 <= fields[number]["min"] < fields[number]["max"], number


def test_question_set_starts_with_reminders_and_scores_every_question() -> None:
    data = _load("question_set")
    first = data["sections"][0]["fields"]
    assert len(first) >= 5
    assert all(f["type"] == "info" and "text" in f for f in first)
    scales = [f for f in _fields(data) if f["type"] == "scale"]
    assert len(scales) >= 15
    assert all(f.get("notes") is True for f in scales)
    fields = _by_id(data)
    assert fields["overall_assessment"]["required"] is True
    assert fields["decision"]["required"] is True
    assert [c["value"] for c in fields["decision"]["choices"]] == ["accept", "reject", "hold"]


def test_logistics_checklist_items_have_a_due_day_a_responsible_and_references() -> None:
    data = _load("logistics_checklist")
    fields = _fields(data)
    assert fields and all(f["type"] == "check" for f in fields)
    for field in fields:
        assert isinstance(field["due_day"], int), field["id"]
        assert field["responsible"] in ROLES, field["id"]
    assert sum(1 for f in fields if "reference" in f) >= 4
    assert any(f["due_day"] < 0 for f in fields)
    ids = {f["id"] for f in fields}
    annexes = {
        "agreement_signed",
        "annex_risk_analysis",
        "annex_health_assessment",
        "annex_workstation_sheet",
        "annex_insurance_policy",
    }
    assert annexes <= ids
    references = " ".join(f["reference"]["nl"] for f in fields if "reference" in f)
    assert "boek X, titel 4" in references


def test_welcome_checklist_has_both_welcomes_and_a_first_week_programme() -> None:
    data = _load("welcome_checklist")
    checks = [f for f in _fields(data) if f["type"] == "check"]
    assert {f["responsible"] for f in checks} == {"coordinator", "mentor"}
    assert all(-5 <= f["due_day"] <= 5 for f in checks)
    rows = _by_id(data)["first_week"]
    assert rows["type"] == "rows"
    assert [c["id"] for c in rows["columns"]] == ["day", "activity", "who"]


def test_info_sheet_fills_known_facts_in_advance() -> None:
    fields = _by_id(_load("info_sheet"))
    sources = {f["source"] for f in fields.values() if "source" in f}
    assert {"intern.name", "intern.email", "mentor.name", "backup.name"} <= sources
    assert {"supervisor.name", "internship.start_date", "internship.telework"} <= sources
    assert fields["telework"]["type"] == "yes_no"


def test_feedback_rules_are_exactly_ten_info_fields() -> None:
    fields = _fields(_load("feedback_rules"))
    assert len(fields) == 10
    assert all(f["type"] == "info" and "label" in f and "text" in f for f in fields)


@pytest.mark.parametrize("form_id", ["intern_survey", "mentor_survey"])
def test_surveys_score_with_scales_and_ask_for_comments(form_id: str) -> None:
    data = _load(form_id)
    for section in data["sections"]:
        types = [f["type"] for f in section["fields"]]
        if "scale" in types:
            assert "long_text" in types, section["id"]
    assert sum(1 for f in _fields(data) if f["type"] == "scale") >= 15
    assert _by_id(data)["general_comments"]["type"] == "long_text"


def test_mentor_survey_asks_whether_the_mentor_would_host_again() -> None:
    field = _by_id(_load("mentor_survey"))["would_host_again"]
    assert field["type"] == "yes_no"
    assert field["required"] is True


def test_intern_survey_asks_whether_the_intern_would_recommend_us() -> None:
    assert _by_id(_load("intern_survey"))["would_recommend"]["type"] == "yes_no"
