"""Blocks of a known height, flowed onto pages: nothing is cut, a title stays with what
follows it, and a long block (a long answer, a long text) continues on the next page."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from typing import Any

Canvas = Any  # reportlab.pdfgen.canvas.Canvas (reportlab has no type hints)
Draw = Callable[[Canvas, float], None]  # draws the block with its top at y


@dataclass(frozen=True)
class Block:
    height: float
    draw: Draw
    space_before: float = 0.0  # dropped at the top of a page
    keep_with_next: bool = False  # a title, a question's label: never last on a page
    # Splits off a first part no taller than the given height: (first, rest), or None.
    split: Callable[[float], "tuple[Block, Block] | None"] | None = None
    minimum: float | None = None  # the smallest first part ``split`` can make
    page_header: "Block | None" = None  # drawn above it when it starts a page (table heads)

    @property
    def least(self) -> float:
        return self.height if self.split is None or self.minimum is None else self.minimum


Placed = tuple[Block, float]  # a block and the y of its top


class _Pages:
    def __init__(self, top: float, bottom: float) -> None:
        self.top, self.bottom = top, bottom
        self.pages: list[list[Placed]] = [[]]
        self.y = top
        self.fresh = True  # nothing on the page yet but perhaps a repeated table head

    @property
    def empty(self) -> bool:
        return self.fresh

    def room(self, block: Block) -> float:
        return self.y - self.bottom - (0.0 if self.empty else block.space_before)

    def place(self, block: Block) -> None:
        if not self.empty:
            self.y -= block.space_before
        self.pages[-1].append((block, self.y))
        self.y -= block.height
        self.fresh = False

    def turn(self, following: Block | None = None) -> None:
        self.pages.append([])
        self.y = self.top
        if following is not None and following.page_header is not None:
            self.place(following.page_header)
        self.fresh = True


def paginate(blocks: Sequence[Block], top: float, bottom: float) -> list[list[Placed]]:
    """The blocks, page by page, each with the y of its top."""
    pages = _Pages(top, bottom)
    queue = list(blocks)
    index = 0
    while index < len(queue):
        block = queue[index]
        room = pages.room(block)
        if block.height + _glued(queue, index) <= room:
            pages.place(block)
            index += 1
            continue
        parts = block.split(room) if block.split is not None else None
        if parts is not None and not block.keep_with_next:
            pages.place(parts[0])
            queue[index] = replace(parts[1], space_before=0.0)
            pages.turn(queue[index])
        elif pages.empty:
            pages.place(block)  # taller than a page and cannot split: drawn as it is
            index += 1
        else:
            pages.turn(block)
    return [page for page in pages.pages if page]


def _glued(queue: Sequence[Block], index: int) -> float:
    """The height that must follow ``queue[index]`` on the same page."""
    total = 0.0
    while queue[index].keep_with_next and index + 1 < len(queue):
        index += 1
        following = queue[index]
        total += following.space_before + (
            following.height if following.keep_with_next else following.least
        )
    return total
