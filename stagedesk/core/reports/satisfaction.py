"""Satisfaction: per question of the intern and mentor surveys, per year and unit.

How we count:

- responses: COMPLETE responses (drafts left out) of the forms ``intern_survey`` and
  ``mentor_survey`` that belong to an internship counted as "interns in a year" (same
  definition as the annual overview); the year and unit are the internship's;
- scores: answers of ``scale`` fields with a number (1–5); "na" (value_text) and empty
  answers are not counted; n = the number of counted answers;
- mean unrounded; spread = POPULATION standard deviation (statistics.pstdev: the spread of
  the answers given, 0.0 for a single answer);
- questions take their label from the definition version the response was given with, in
  the report language; order = the survey's question order;
- comments: every non-empty ``long_text`` answer, with survey, question, year and unit.
"""

import statistics
from collections import defaultdict
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.core.forms.definition import Definition, FieldType
from stagedesk.core.forms.registry import FormRegistry
from stagedesk.core.models import FormAnswer, FormResponse, ResponseStatus
from stagedesk.core.reports.scope import ReportScope, counted_interns

SURVEYS = ("intern_survey", "mentor_survey")


@dataclass(frozen=True)
class QuestionScore:
    form_id: str
    survey: str  # the survey's title in the report language
    field_id: str
    question: str
    year: str
    unit: str
    n: int
    mean: float
    sd: float  # population standard deviation


@dataclass(frozen=True)
class Comment:
    form_id: str
    survey: str
    question: str
    year: str
    unit: str
    text: str


@dataclass(frozen=True)
class Satisfaction:
    scores: list[QuestionScore]
    comments: list[Comment]


def satisfaction(
    session: Session,
    scope: ReportScope,
    *,
    registry: FormRegistry | None = None,
) -> Satisfaction:
    """Scores and comments; see the module docstring for how each is counted."""
    period, interns = counted_interns(session, scope)
    by_internship = {i.internship_id: i for i in interns}
    if not by_internship:
        return Satisfaction([], [])
    registry = FormRegistry.load() if registry is None else registry
    definitions: dict[tuple[str, int], Definition] = {}
    answers = session.execute(
        select(
            FormResponse.form_id,
            FormResponse.form_version,
            FormResponse.internship_id,
            FormAnswer.field_id,
            FormAnswer.value_number,
            FormAnswer.value_text,
        )
        .join(FormAnswer, FormAnswer.response_id == FormResponse.id)
        .where(
            FormResponse.form_id.in_(SURVEYS),
            FormResponse.status == ResponseStatus.COMPLETE,
            FormResponse.internship_id.is_not(None),
        )
    )
    values: dict[tuple[str, str, int, str], list[float]] = defaultdict(list)
    labels: dict[tuple[str, str], tuple[int, str, str]] = {}  # order, survey, question
    comments: list[tuple[tuple[int, str, int, int], Comment]] = []
    for form_id, version, internship_id, field_id, number, text in answers:
        intern = None if internship_id is None else by_internship.get(internship_id)
        if intern is None:
            continue
        key = (form_id, version)
        if key not in definitions:
            try:
                definitions[key] = registry.version(session, form_id, version)
            except KeyError:
                definitions[key] = registry.get(form_id)
        definition = definitions[key]
        fields = definition.fields()
        position = next((n for n, f in enumerate(fields) if f.id == field_id), None)
        if position is None:
            continue
        field = fields[position]
        survey = definition.title.get(scope.language)
        question = field.label.get(scope.language)
        labels.setdefault((form_id, field_id), (position, survey, question))
        if field.type is FieldType.SCALE and number is not None:
            values[(form_id, field_id, intern.year, intern.unit)].append(float(number))
        elif field.type is FieldType.LONG_TEXT and text is not None and text.strip():
            order = (intern.year, intern.unit.casefold(), SURVEYS.index(form_id), position)
            comments.append(
                (
                    order,
                    Comment(form_id, survey, question, intern.label, intern.unit, text.strip()),
                )
            )
    scores = [
        QuestionScore(
            form_id,
            labels[(form_id, field_id)][1],
            field_id,
            labels[(form_id, field_id)][2],
            period_label,
            unit,
            len(given),
            statistics.fmean(given),
            statistics.pstdev(given),
        )
        for (form_id, field_id, _, unit), given, period_label in sorted(
            ((key, given, period.label(key[2])) for key, given in values.items()),
            key=lambda item: (
                SURVEYS.index(item[0][0]),
                labels[(item[0][0], item[0][1])][0],
                item[0][2],
                item[0][3].casefold(),
            ),
        )
    ]
    return Satisfaction(scores, [c for _, c in sorted(comments, key=lambda pair: pair[0])])
