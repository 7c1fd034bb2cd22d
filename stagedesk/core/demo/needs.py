"""Needs analyses of the current academic year: some became the unit's current opportunities,
and every unit has one or two the coordinator has not made an opportunity of yet."""

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.core.demo import data, kinds
from stagedesk.core.demo.answers import FormRows, StaffFact, form_language
from stagedesk.core.demo.base import Context, academic_year_start, weekday
from stagedesk.core.demo.proposals import PROPOSALS, UNIT_CONTEXT, Proposal
from stagedesk.core.forms.definition import Definition
from stagedesk.core.forms.needs import NEEDS_ANALYSIS
from stagedesk.core.forms.registry import FormRegistry
from stagedesk.core.models import Language, Opportunity, OpportunityStatus, ResponseStatus, Unit

LINKED_RATE = 0.5  # current opportunities that started as a needs analysis
SUBMITTED_RATE = 0.65  # proposals the unit head finished (the rest are drafts)
# What a draft already holds: the unit, the author and the idea.
_DRAFT_FIELDS = ("unit_name", "proposed_by", "unit_context", "title", "description")
_CURRENT = (OpportunityStatus.PROPOSED, OpportunityStatus.OFFERED)
Values = dict[str, object]


class _Unit(NamedTuple):
    id: int
    name: str
    code: str


class NeedsAnalyses:
    def __init__(self, context: Context, forms: FormRows, staff: dict[int, StaffFact]) -> None:
        self.context, self.forms, self.staff = context, forms, staff
        self.domains = {spec.code: spec.domain for spec in data.UNITS}

    def fill(self, session: Session, registry: FormRegistry) -> None:
        definition = registry.get(NEEDS_ANALYSIS)
        rng = self.context.rng
        choices = {
            field.id: [choice.value for choice in field.choices]
            for field in definition.fields()
            if field.choices
        }
        opportunities = session.execute(
            select(Opportunity).where(Opportunity.status.in_(_CURRENT)).order_by(Opportunity.id)
        ).scalars()
        by_unit: dict[int, list[Opportunity]] = {}
        for opportunity in opportunities:
            by_unit.setdefault(opportunity.unit_id, []).append(opportunity)
        query = select(Unit.id, Unit.name, Unit.code).order_by(Unit.id)
        for unit_id, name, code in session.execute(query):
            unit = _Unit(unit_id, name, code or "")
            author = self._head(unit.id)
            for opportunity in by_unit.get(unit.id, []):
                if rng.random() < LINKED_RATE:
                    values = self._from_opportunity(unit, author, opportunity, choices)
                    self._write(definition, unit.id, opportunity.id, values, author.language)
            proposals = PROPOSALS.get(unit.code, ())
            count = min(len(proposals), rng.randint(1, 2))
            for proposal in rng.sample(proposals, k=count):
                values = self._from_proposal(unit, author, proposal, choices)
                self._write(definition, unit.id, None, values, proposal.language)

    def _head(self, unit_id: int) -> StaffFact:
        """Who writes the unit's needs analyses: its head (or anyone of the unit)."""
        members = [fact for fact in self.staff.values() if fact.unit_id == unit_id]
        return next((fact for fact in members if fact.head), members[0])

    def _write(
        self,
        definition: Definition,
        unit_id: int,
        opportunity_id: int | None,
        values: Values,
        language: Language,
    ) -> None:
        rng, today = self.context.rng, self.context.today
        submitted = opportunity_id is not None or rng.random() < SUBMITTED_RATE
        since = (today - academic_year_start(today)).days
        response_id = self.forms.response(
            definition,
            opportunity_id,
            form_language(language),
            status=ResponseStatus.COMPLETE if submitted else ResponseStatus.DRAFT,
            completed_on=today - dt.timedelta(days=rng.randint(0, min(since, 90)))
            if submitted
            else None,
            answered_by=str(values["proposed_by"]),
            unit_id=unit_id,
        )
        if not submitted:
            values = {name: values.get(name) for name in _DRAFT_FIELDS}
        self.forms.values(response_id, definition, values)

    def _from_opportunity(
        self,
        unit: _Unit,
        author: StaffFact,
        opportunity: Opportunity,
        choices: dict[str, list[str]],
    ) -> Values:
        """What the unit wrote, as the coordinator copied it into the opportunity."""
        start, end = opportunity.period_start, opportunity.period_end
        level = opportunity.education_level
        return {
            **self._common(unit, author, choices),
            "title": opportunity.title,
            "description": opportunity.description,
            "domain": opportunity.domain,
            "work_kind": opportunity.work_kind,
            "requirements": opportunity.requirements,
            "programme": opportunity.programme,
            "education_level": level.value
            if level and level.value in choices["education_level"]
            else None,
            "period_start": start,
            "period_end": end,
            "duration_weeks": _weeks(start, end),
            "hours_per_week": opportunity.hours_per_week,
            "places": opportunity.places,
            "mentor_name": self._name(opportunity.mentor_id),
            "backup_name": self._name(opportunity.backup_id),
        }

    def _from_proposal(
        self,
        unit: _Unit,
        author: StaffFact,
        proposal: Proposal,
        choices: dict[str, list[str]],
    ) -> Values:
        rng = self.context.rng
        start = weekday(self.context.today + dt.timedelta(days=rng.randint(45, 200)))
        end = start + dt.timedelta(days=rng.randint(*kinds.KIND_WEEKS[proposal.kind]) * 7 - 3)
        mentors = [f.name for f in self.staff.values() if f.unit_id == unit.id and f.mentor]
        level = proposal.level.value if proposal.level else None
        return {
            **self._common(unit, author, choices),
            "title": proposal.title,
            "description": proposal.description,
            "context_reason": proposal.context_reason,
            "expected_result": proposal.expected_result,
            "internship_kind": _valid(proposal.kind.value, choices["internship_kind"]),
            "domain": self.domains.get(unit.code),
            "work_kind": proposal.work_kind,
            "requirements": proposal.requirements,
            "education_level": _valid(level, choices["education_level"]),
            "period_start": start,
            "period_end": end,
            "duration_weeks": _weeks(start, end),
            "hours_per_week": rng.choice(kinds.KIND_HOURS[proposal.kind]),
            "places": rng.randint(1, 2),
            "mentor_name": rng.choice(mentors) if mentors else None,
        }

    def _common(self, unit: _Unit, author: StaffFact, choices: dict[str, list[str]]) -> Values:
        """The unit, its author, the languages asked for, a desk and a laptop."""
        rng = self.context.rng
        material = [value for value in choices["material"] if value != "other"]
        languages = [author.language.value]
        if rng.random() < 0.6:
            languages.append("fr" if author.language is Language.DUTCH else "nl")
        return {
            "unit_name": unit.name,
            "proposed_by": author.name,
            "unit_context": UNIT_CONTEXT.get(unit.code),
            "languages": [value for value in languages if value in choices["languages"]],
            "workspace_available": rng.random() < 0.85,
            "material": rng.sample(material, k=rng.randint(1, 2)),
        }

    def _name(self, staff_id: int | None) -> str | None:
        fact = self.staff.get(staff_id or 0)
        return fact.name if fact else None


def _weeks(start: dt.date | None, end: dt.date | None) -> int | None:
    if start is None or end is None:
        return None
    return min(52, max(1, ((end - start).days + 3) // 7))


def _valid(value: str | None, allowed: Sequence[str]) -> str | None:
    return value if value in allowed else None
