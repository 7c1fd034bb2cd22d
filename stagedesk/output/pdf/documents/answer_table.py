"""A filled-in form in the dossier: each section a table of questions and answers, the
answer as ``answer_text`` writes it ("—" when there is none), a score in bold above its
note."""

from statistics import mean
from typing import Any

from stagedesk.core.forms import Answers, Definition, Field, FieldType, ScaleAnswer, terms
from stagedesk.core.forms.definition import SCALE_MAX
from stagedesk.core.forms.display import answer_text
from stagedesk.core.models import FormResponse, ResponseStatus
from stagedesk.output.pdf.forms.values import date_text, number_text
from stagedesk.output.pdf.kit import style
from stagedesk.output.pdf.kit.grid import PLAIN, STRONG, Cell, Column, Look, caption, table
from stagedesk.output.pdf.kit.layout import Block
from stagedesk.output.words.documents import AVERAGE, BY_WHOM, DRAFT, EMPTY, FILLED_IN, ON_DAY
from stagedesk.output.words.forms import say

QUESTION_SHARE = 0.55
MISSING = Look(PLAIN.font, PLAIN.size, style.GREY)


def answer_blocks(definition: Definition, answers: Answers, language: str) -> list[Block]:
    """Every section that asks something: its title, then a row per question."""
    widths = (style.WIDTH * QUESTION_SHARE, style.WIDTH * (1 - QUESTION_SHARE))
    columns = [Column("", width) for width in widths]
    blocks: list[Block] = []
    for section in definition.sections:
        fields = [field for field in section.fields if field.answers]
        if not fields:
            continue
        rows = [
            [
                [(field.label.get(language), PLAIN)],
                answer_cell(field, answers.get(field.id), language),
            ]
            for field in fields
        ]
        blocks.append(caption(section.title.get(language)))
        blocks.extend(table(columns, rows))
    return blocks


def answer_cell(field: Field, value: Any, language: str) -> Cell:
    if field.type is FieldType.SCALE and isinstance(value, ScaleAnswer) and not value.empty:
        return [(_score(value, language), STRONG), (value.note or "", PLAIN)]
    text = answer_text(field, value, language).strip()
    return [(text, PLAIN)] if text else [(EMPTY, MISSING)]


def _score(value: ScaleAnswer, language: str) -> str:
    if value.not_applicable:
        return terms.NOT_APPLICABLE.get(language)
    return f"{value.score} / {SCALE_MAX}" if value.score is not None else ""


def average_score(answers: Answers, language: str) -> str:
    """ "Average score: 3,8 / 5 over 17 questions", or "" when nothing was scored."""
    scores = [
        value.score
        for value in answers.values()
        if isinstance(value, ScaleAnswer) and value.score is not None and not value.not_applicable
    ]
    if not scores:
        return ""
    average = number_text(round(mean(scores), 1), language)
    return say(AVERAGE, language, score=average, count=len(scores))


def response_note(response: FormResponse, language: str) -> str:
    """ "Filled in by An Peeters on 12/03/2026", or that it is not finished yet."""
    parts = [say(FILLED_IN, language)]
    if response.answered_by:
        parts.append(say(BY_WHOM, language, name=response.answered_by))
    if response.completed_on is not None:
        parts.append(say(ON_DAY, language, date=date_text(response.completed_on)))
    text = " ".join(parts)
    if response.status is not ResponseStatus.COMPLETE:
        text = f"{text} — {say(DRAFT, language)}" if len(parts) > 1 else say(DRAFT, language)
        text = text[:1].upper() + text[1:]
    return text
