"""The list of offered opportunities, to send to schools ("make your places known"): the
coordinator to contact at the top, then per unit each place with its period, hours,
number of places, the level and programme wanted, the requirements and the assignment
(shortened).

    write_opportunity_list(session, path, language="fr", today=date)
"""

import datetime as dt
from collections.abc import Sequence
from itertools import groupby
from pathlib import Path
from typing import BinaryIO

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from stagedesk.core.models import Opportunity, OpportunityStatus, StaffMember, Unit
from stagedesk.output.pdf.documents.document import DocHead, layout, shorten, write_document
from stagedesk.output.pdf.forms.collect import letterhead
from stagedesk.output.pdf.forms.values import date_text
from stagedesk.output.pdf.kit import fonts, style
from stagedesk.output.pdf.kit.grid import (
    PLAIN,
    Line,
    Look,
    draw_lines,
    height_of,
    lines_of,
    paragraph,
)
from stagedesk.output.pdf.kit.layout import Block, Canvas
from stagedesk.output.pdf.kit.text import info_box, section_bar
from stagedesk.output.words.documents import (
    CONTACT,
    DESCRIPTION,
    FROM,
    HOURS,
    LEVEL,
    LEVELS,
    NO_OPPORTUNITIES,
    OPPORTUNITIES,
    OPPORTUNITIES_ON,
    PERIOD,
    PLACE,
    PLACES,
    REQUIREMENTS,
    UNTIL,
)
from stagedesk.output.words.forms import say

TITLE = Look(fonts.BOLD, 10.5, style.INK)
META = Look(fonts.REGULAR, 8.5, style.GREY)
LABEL = Look(fonts.BOLD, 8.5, style.INK)
LABEL_WIDTH = 70.0
TEXT_WIDTH = style.WIDTH - LABEL_WIDTH
DESCRIPTION_LINES = 6
REQUIREMENT_LINES = 4


def offered(session: Session, unit_ids: Sequence[int] | None = None) -> list[Opportunity]:
    """The offered opportunities, by unit, then by start of the period and title."""
    query = (
        select(Opportunity)
        .join(Unit, Opportunity.unit_id == Unit.id)
        .where(Opportunity.status == OpportunityStatus.OFFERED)
        .options(joinedload(Opportunity.unit))
        .order_by(
            Unit.name, Opportunity.period_start.nulls_first(), Opportunity.title, Opportunity.id
        )
    )
    if unit_ids is not None:
        query = query.where(Opportunity.unit_id.in_(list(unit_ids)))
    return list(session.scalars(query))


def coordinator(session: Session) -> StaffMember | None:
    """The first internship coordinator (an active one when there is one)."""
    query = (
        select(StaffMember)
        .where(StaffMember.is_coordinator.is_(True))
        .order_by(StaffMember.active.desc(), StaffMember.id)
        .limit(1)
    )
    return session.scalar(query)


def write_opportunity_list(
    session: Session,
    target: Path | BinaryIO,
    *,
    language: str = "nl",
    today: dt.date,
    unit_ids: Sequence[int] | None = None,
) -> int:
    """Write the list of offered opportunities (of ``unit_ids`` only, when given); returns
    its number of pages."""
    fonts.register_fonts()  # text is measured before anything is written
    blocks = [*_contact(coordinator(session), language)]
    opportunities = offered(session, unit_ids)
    if not opportunities:
        blocks.append(paragraph(say(NO_OPPORTUNITIES, language), space_before=14))
    for unit, group in groupby(opportunities, key=lambda opportunity: opportunity.unit.name):
        blocks.append(section_bar(unit))
        blocks.extend(opportunity_block(opportunity, language) for opportunity in group)
    subject = say(OPPORTUNITIES_ON, language, date=date_text(today))
    head = DocHead(letterhead(session), say(OPPORTUNITIES, language), subject, language, today)
    return write_document(head, layout([blocks]), target)


def _contact(person: StaffMember | None, language: str) -> list[Block]:
    if person is None:
        return []
    parts = [person.full_name, person.function, person.email, person.phone]
    return [info_box(say(CONTACT, language), " · ".join(part for part in parts if part))]


def opportunity_block(opportunity: Opportunity, language: str) -> Block:
    """One place: its title, what and when in grey, then labelled texts."""
    lines: list[Line] = lines_of(opportunity.title, style.WIDTH, TITLE)
    lines += lines_of(" · ".join(_facts(opportunity, language)), style.WIDTH, META)
    rows = [
        (say(LEVEL, language), _level(opportunity, language), 2),
        (say(REQUIREMENTS, language), opportunity.requirements or "", REQUIREMENT_LINES),
        (say(DESCRIPTION, language), opportunity.description or "", DESCRIPTION_LINES),
    ]
    labelled = [
        (lines_of(label, LABEL_WIDTH - 6, LABEL), _short(text, count))
        for label, text, count in rows
        if text.strip()
    ]
    steps = [max(height_of(label), height_of(text)) + 2 for label, text in labelled]
    height = height_of(lines) + 3 + sum(steps)

    def draw(canvas: Canvas, top: float) -> None:
        draw_lines(canvas, lines, style.LEFT, top)
        y = top - height_of(lines) - 3
        for (label, text), step in zip(labelled, steps, strict=True):
            draw_lines(canvas, label, style.LEFT, y - 0.5)
            draw_lines(canvas, text, style.LEFT + LABEL_WIDTH, y)
            y -= step

    return Block(height, draw, space_before=12)


def _short(text: str, count: int) -> list[Line]:
    wrapped = fonts.wrap(text, PLAIN.font, PLAIN.size, TEXT_WIDTH)
    return [(line, PLAIN) for line in shorten(wrapped, count, PLAIN.font, PLAIN.size, TEXT_WIDTH)]


def _facts(opportunity: Opportunity, language: str) -> list[str]:
    """The period, the hours a week and the number of places, as far as known."""
    facts = []
    period = _period(opportunity.period_start, opportunity.period_end, language)
    if period:
        facts.append(f"{say(PERIOD, language)}: {period}")
    if opportunity.hours_per_week:
        facts.append(say(HOURS, language, hours=opportunity.hours_per_week))
    places = opportunity.places
    facts.append(say(PLACE, language) if places == 1 else say(PLACES, language, places=places))
    return facts


def _period(start: dt.date | None, end: dt.date | None, language: str) -> str:
    if start and end:
        return f"{date_text(start)} – {date_text(end)}"
    if start:
        return say(FROM, language, date=date_text(start))
    return say(UNTIL, language, date=date_text(end)) if end else ""


def _level(opportunity: Opportunity, language: str) -> str:
    """The education level and the programme wanted."""
    level = opportunity.education_level
    parts = [LEVELS[level].get(language) if level else "", opportunity.programme or ""]
    return " · ".join(part for part in parts if part)
