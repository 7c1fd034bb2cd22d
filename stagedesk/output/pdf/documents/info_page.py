"""The info sheet as one page: every key fact about the intern and the internship, the
short ones in two columns (label left, value right), the long texts across the page.

It always fits: when everything does not, the longest texts lose lines one at a time
and end in "…"; only when every text is down to one line does the type get smaller.

    write_info_sheet(session, registry, internship_id, path, today=date)
"""

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

from sqlalchemy.orm import Session

from stagedesk.core.forms import FormRegistry
from stagedesk.core.models import Internship
from stagedesk.output.pdf.documents.document import ROOM, DocHead, layout, shorten, write_document
from stagedesk.output.pdf.documents.info_facts import (
    Entry,
    Group,
    InfoSheet,
    info_sheet,
    internship_language,
)
from stagedesk.output.pdf.forms.collect import letterhead
from stagedesk.output.pdf.kit import fonts, ink, style
from stagedesk.output.pdf.kit.grid import Line, Look, draw_lines, height_of
from stagedesk.output.pdf.kit.layout import Block, Canvas
from stagedesk.output.words.documents import EMPTY

COLUMN_GAP = 18.0
COLUMN = (style.WIDTH - COLUMN_GAP) / 2
LABEL_SHARE = 0.37  # of a column, for the labels
SMALLEST_WORD = 0.8  # the smallest a single long word is set, as a share of the type
WIDE_LABEL = COLUMN * LABEL_SHARE  # the long texts start where the left column's values do
LABEL_GAP = 6.0
ENTRY_GAP = 3.0
GROUP_GAP = 9.0
LABEL_LINES = 3
SCALES = (1.0, 0.92, 0.84, 0.76, 0.68, 0.6)  # the type, smaller when even that is needed


@dataclass
class Laid:
    """An entry wrapped at one type size, with how many of its lines are shown."""

    label: list[Line]
    value: list[str]
    look: Look
    width: float
    cap: int = 10_000

    def shown(self) -> list[Line]:
        if not self.value:
            return [(EMPTY, Look(self.look.font, self.look.size, style.GREY))]
        lines = shorten(self.value, self.cap, self.look.font, self.look.size, self.width)
        return [(line, self.look) for line in lines]

    @property
    def lines(self) -> int:
        return min(len(self.value), self.cap)

    @property
    def height(self) -> float:
        return max(height_of(self.label), max(self.lines, 1) * self.look.leading) + ENTRY_GAP

    def draw(self, canvas: Canvas, x: float, label_width: float, top: float) -> None:
        draw_lines(canvas, self.label, x, top - 0.8)
        draw_lines(canvas, self.shown(), x + label_width + LABEL_GAP, top)


@dataclass
class LaidGroup:
    title: list[Line]
    entries: list[Laid]

    @property
    def height(self) -> float:
        return height_of(self.title) + 4 + sum(entry.height for entry in self.entries)


@dataclass
class InfoLayout:
    """The whole page at one type size; ``shrink`` makes it fit a height."""

    scale: float
    groups: list[LaidGroup]
    texts: list[Laid]
    split: int = field(default=0)  # the groups before it go in the left column

    @classmethod
    def of(cls, sheet: InfoSheet, scale: float) -> "InfoLayout":
        label = COLUMN * LABEL_SHARE
        groups = [
            _laid_group(group, scale, label, COLUMN - label - LABEL_GAP) for group in sheet.groups
        ]
        value_width = style.WIDTH - WIDE_LABEL - LABEL_GAP
        texts = [_laid(entry, scale, WIDE_LABEL, value_width) for entry in sheet.texts]
        return cls(scale, groups, texts)

    def columns(self) -> tuple[float, float]:
        """The heights of the left and right columns, with the best split of the groups
        (in order, the left column first) chosen."""
        heights = [group.height + GROUP_GAP for group in self.groups]
        best = min(
            range(len(heights) + 1),
            key=lambda at: max(sum(heights[:at]), sum(heights[at:])),
        )
        self.split = best
        return sum(heights[:best]), sum(heights[best:])

    @property
    def height(self) -> float:
        left, right = self.columns()
        texts = sum(entry.height for entry in self.texts)
        return max(left, right) + (texts + GROUP_GAP if self.texts else 0.0)

    def shrink(self, room: float) -> bool:
        """Take lines off the longest texts until the page fits ``room``; False when it
        cannot at this type size."""
        while self.height > room:
            left, right = self.columns()
            taller = self.groups[: self.split] if left >= right else self.groups[self.split :]
            candidates = [entry for group in taller for entry in group.entries] + self.texts
            longest = max(candidates, key=lambda entry: entry.lines, default=None)
            if longest is None or longest.lines <= 1:
                return False
            longest.cap = longest.lines - 1
        return True

    def draw(self, canvas: Canvas, top: float) -> None:
        left, right = self.columns()
        label = COLUMN * LABEL_SHARE
        for groups, x in (
            (self.groups[: self.split], style.LEFT),
            (self.groups[self.split :], style.LEFT + COLUMN + COLUMN_GAP),
        ):
            y = top
            for group in groups:
                _draw_group(canvas, group, x, y, label)
                y -= group.height + GROUP_GAP
        y = top - max(left, right)
        if self.texts:
            rule = ink.line_path(style.LEFT, y + 4, style.LEFT + style.WIDTH, y + 4)
            ink.stroke(canvas, rule, style.LIGHT, 0.6)
            y -= GROUP_GAP - 4
        for entry in self.texts:
            entry.draw(canvas, style.LEFT, WIDE_LABEL, y)
            y -= entry.height


def _laid(entry: Entry, scale: float, label_width: float, value_width: float) -> Laid:
    label_look = Look(fonts.REGULAR, 8.0 * scale, style.GREY)
    label = [
        (line, label_look)
        for line in fonts.wrap(entry.label, label_look.font, label_look.size, label_width)
    ]
    look = Look(fonts.REGULAR, _value_size(entry.value, 9.0 * scale, value_width), style.INK)
    text = _breakable(entry.value, look.size, value_width)
    value = fonts.wrap(text, look.font, look.size, value_width) if text else []
    return Laid(label[:LABEL_LINES], value, look, value_width)


def _value_size(value: str, size: float, width: float) -> float:
    """A single word a little too wide (an e-mail address) is set smaller, not broken."""
    if not value or any(char.isspace() for char in value.strip()):
        return size
    needed = fonts.width(value.strip(), fonts.REGULAR, size)
    return 0.999 * size * width / needed if width < needed <= width / SMALLEST_WORD else size


def _breakable(value: str, size: float, width: float) -> str:
    """An e-mail address too wide for its place breaks after the "@"."""
    single = not any(char.isspace() for char in value.strip())
    if single and "@" in value and fonts.width(value, fonts.REGULAR, size) > width:
        return value.replace("@", "@ ", 1)
    return value


def _laid_group(group: Group, scale: float, label_width: float, value_width: float) -> LaidGroup:
    look = Look(fonts.BOLD, 9.5 * scale, style.BAR)
    title = [(line, look) for line in fonts.wrap(group.title, look.font, look.size, COLUMN)]
    entries = [_laid(entry, scale, label_width, value_width) for entry in group.entries]
    return LaidGroup(title, entries)


def _draw_group(canvas: Canvas, group: LaidGroup, x: float, top: float, label: float) -> None:
    draw_lines(canvas, group.title, x, top)
    rule_y = top - height_of(group.title) - 1
    ink.stroke(canvas, ink.line_path(x, rule_y, x + COLUMN, rule_y), style.LIGHT, 0.6)
    y = top - height_of(group.title) - 4
    for entry in group.entries:
        entry.draw(canvas, x, label, y)
        y -= entry.height


def fitted_layout(sheet: InfoSheet, room: float) -> InfoLayout:
    """The info sheet at the largest type size that fits ``room`` once shortened."""
    for scale in SCALES:
        laid = InfoLayout.of(sheet, scale)
        if laid.shrink(room):
            return laid
    return laid


def info_block(sheet: InfoSheet, room: float = ROOM, space_before: float = 0.0) -> Block:
    """The info sheet as one block that, with the space before it, is no taller than
    ``room``."""
    laid = fitted_layout(sheet, room - space_before)
    return Block(min(laid.height, room - space_before), laid.draw, space_before=space_before)


def write_info_sheet(
    session: Session,
    registry: FormRegistry,
    internship_id: int,
    target: Path | BinaryIO,
    *,
    language: str | None = None,
    today: dt.date,
) -> int:
    """Write the one-page info sheet of an internship; returns the number of pages (1).
    LookupError when there is no such internship."""
    internship = session.get(Internship, internship_id)
    if internship is None:
        raise LookupError(internship_id)
    fonts.register_fonts()  # text is measured before anything is written
    language = internship_language(session, internship_id, language)
    sheet = info_sheet(session, registry, internship, language)
    head = DocHead(letterhead(session), sheet.title, sheet.subject, language, today)
    return write_document(head, layout([[info_block(sheet)]]), target)
