"""The one prefill rule shared by the screen, the PDF and the dossier."""

import datetime as dt
from decimal import Decimal

from stagedesk.core.forms import CheckAnswer
from stagedesk.core.forms.parse import parse_source
from stagedesk.core.forms.prefill import prefilled

T = '{ nl = "x", fr = "x", en = "x" }'
SOURCE = f"""
id = "intake"
version = 1
kind = "checklist"
filled_by = "coordinator"
record = "internship"
stages = ["planned"]
title = {T}

[[sections]]
id = "s"
title = {T}

[[sections.fields]]
id = "name"
type = "text"
label = {T}
source = "intern.name"

[[sections.fields]]
id = "start"
type = "date"
label = {T}
source = "internship.start_date"

[[sections.fields]]
id = "wrong"
type = "date"
label = {T}
source = "intern.name"

[[sections.fields]]
id = "hours"
type = "number"
label = {T}
source = "internship.hours_per_week"

[[sections.fields]]
id = "paid"
type = "yes_no"
label = {T}
source = "internship.paid"

[[sections.fields]]
id = "badge"
type = "check"
label = {T}
due_day = -5
responsible = "coordinator"

[[sections.fields]]
id = "keys"
type = "check"
label = {T}
due_day = 3
responsible = "coordinator"

[[sections.fields]]
id = "whenever"
type = "check"
label = {T}
responsible = "coordinator"
"""
START = dt.date(2027, 3, 1)
FACTS = {
    "intern.name": "Céline Lambert",
    "internship.start_date": START,
    "internship.hours_per_week": 38,
    "internship.paid": "no",  # not a yes/no: not used
}


def test_empty_fields_show_what_is_known_when_it_fits() -> None:
    definition = parse_source(SOURCE, "intake.toml")
    values = prefilled(definition, {}, FACTS)
    assert values["name"] == "Céline Lambert"
    assert values["start"] == START
    assert "wrong" not in values  # a name is no date
    assert values["hours"] == Decimal(38)
    assert "paid" not in values
    assert values["badge"] == CheckAnswer(due=dt.date(2027, 2, 24))
    assert "whenever" not in values  # no due day: nothing to show


def test_answers_given_win_over_facts_and_counted_due_dates() -> None:
    definition = parse_source(SOURCE, "intake.toml")
    own_due = dt.date(2027, 1, 15)
    stored = {"name": "C. Lambert", "keys": CheckAnswer(due=own_due), "badge": CheckAnswer()}
    values = prefilled(definition, stored, FACTS, text=str.upper)
    assert values["name"] == "C. Lambert"
    assert values["keys"].due == own_due
    assert values["badge"].due == dt.date(2027, 2, 24)
    assert prefilled(definition, {}, FACTS, text=str.upper)["name"] == "CÉLINE LAMBERT"


def test_without_a_start_no_due_date_is_made_up() -> None:
    definition = parse_source(SOURCE, "intake.toml")
    values = prefilled(definition, {}, {"intern.name": "Céline Lambert"})
    assert "badge" not in values and values["name"] == "Céline Lambert"
