"""What the info sheet says: the key facts about an intern and an internship, from the
records and from the internship's info sheet answers, grouped and labelled the way the
info sheet definition groups and labels its fields.

A field with a ``source`` shows what the records say now (the answer, a copy made when
the form was filled in, only when the records know nothing); a field without one shows
its answer, or a fact StageDesk knows for it (the backup's phone, the intern's
programme). Long texts (three lines or more on the form) go across the page.
"""

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy.orm import Session

from stagedesk.core.forms import (
    Answers,
    Definition,
    Field,
    FieldType,
    FormRegistry,
    RecordKind,
    builtin_dir,
    load_definition,
)
from stagedesk.core.forms.display import answer_text
from stagedesk.core.forms.facts import Facts, record_facts
from stagedesk.core.forms.responses import find_response, load_answers
from stagedesk.core.forms.tools import record_language
from stagedesk.core.models import Internship, InternshipKind
from stagedesk.output.pdf.forms.values import number_text
from stagedesk.output.words.enums import enum_word

INFO_SHEET = "info_sheet"
WIDE_LINES = 3  # a long text expected to take this many lines or more goes across
DERIVED = {  # fields without a source, and the fact that fills them when unanswered
    "backup_phone": "backup.phone",
    "backup_email": "backup.email",
    "programme": "intern.programme",
}


@dataclass(frozen=True)
class Entry:
    label: str
    value: str  # "" when nothing is known
    wide: bool = False


@dataclass(frozen=True)
class Group:
    title: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class InfoSheet:
    title: str  # the info sheet's title in the language ("Infofiche")
    subject: str  # the intern's name
    language: str
    groups: tuple[Group, ...]  # short facts, in two columns
    texts: tuple[Entry, ...]  # long texts that are known, across the page


def internship_language(session: Session, internship_id: int, language: str | None) -> str:
    """``language``, or else the intern's (Dutch when theirs has no forms)."""
    return language or record_language(session, RecordKind.INTERNSHIP, internship_id)


def info_sheet(
    session: Session, registry: FormRegistry, internship: Internship, language: str
) -> InfoSheet:
    """Everything the info sheet of ``internship`` shows, in ``language``."""
    definition, answers = sheet_answers(session, registry, internship.id)
    facts = {**record_facts(session, RecordKind.INTERNSHIP, internship.id), **_extra(internship)}
    groups: list[Group] = []
    texts: list[Entry] = []
    for section in definition.sections:
        entries = [
            Entry(
                field.label.get(language), value_of(field, facts, answers, language), _wide(field)
            )
            for field in section.fields
            if field.answers
        ]
        short = tuple(entry for entry in entries if not entry.wide)
        texts.extend(entry for entry in entries if entry.wide and entry.value.strip())
        if short:
            groups.append(Group(section.title.get(language), short))
    title = definition.title.get(language)
    return InfoSheet(title, internship.intern.full_name, language, tuple(groups), tuple(texts))


def sheet_answers(
    session: Session, registry: FormRegistry, internship_id: int
) -> tuple[Definition, Answers]:
    """The info sheet definition (the version it was answered with) and its answers."""
    response = find_response(session, INFO_SHEET, RecordKind.INTERNSHIP, internship_id)
    if response is not None:
        definition = registry.version(session, response.form_id, response.form_version)
        return definition, load_answers(session, definition, response.id)
    current = registry.definitions.get(INFO_SHEET)
    if current is None:  # not in a registry made from other folders: the built-in one
        current = load_definition(builtin_dir() / f"{INFO_SHEET}.toml")
    return current, {}


def value_of(field: Field, facts: Facts, answers: Answers, language: str) -> str:
    answer = answer_text(field, answers.get(field.id), language).strip()
    if field.source is None:
        derived = DERIVED.get(field.id)
        return answer or (fact_text(field, facts.get(derived), facts, language) if derived else "")
    return fact_text(field, facts.get(field.source), facts, language) or answer


def fact_text(field: Field, fact: Any, facts: Facts, language: str) -> str:
    """A fact as the field would show it, with its unit (and the allowance after "yes")."""
    if fact is None or fact == "":
        return ""
    if isinstance(fact, InternshipKind):
        return enum_word(fact, language)
    if field.type is FieldType.NUMBER and not isinstance(fact, int | Decimal | float):
        return str(fact)
    text = answer_text(field, fact, language) if _fits(field, fact) else str(fact)
    if field.type is FieldType.NUMBER and field.unit is not None:
        text = f"{text} {field.unit.get(language)}"
    if field.source == "internship.paid" and fact is True and facts.get("internship.allowance"):
        text = f"{text} — € {number_text(facts['internship.allowance'], language)}"
    return text


def _fits(field: Field, fact: Any) -> bool:
    if field.type is FieldType.DATE:
        return isinstance(fact, dt.date)
    if field.type is FieldType.YES_NO:
        return isinstance(fact, bool)
    return True


def _wide(field: Field) -> bool:
    return field.type is FieldType.LONG_TEXT and field.lines >= WIDE_LINES


def _extra(internship: Internship) -> Facts:
    """Facts the definitions cannot name but the info sheet shows."""
    facts: Facts = {"internship.allowance": internship.allowance}
    if internship.backup is not None:
        facts["backup.phone"] = internship.backup.phone
        facts["backup.email"] = internship.backup.email
    opportunity = internship.opportunity
    if opportunity is not None:  # the assignment: the opportunity's title, its description
        parts = (opportunity.title, opportunity.description or "")
        facts["opportunity.description"] = "\n".join(part for part in parts if part.strip())
    programme = internship.intern.programme
    if programme is not None:
        facts["intern.programme"] = programme.name
    return facts
