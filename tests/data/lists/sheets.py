"""The building blocks of the corpus of old lists (see make_lists.py, which writes them).

Each list is written down twice: what a person reading the sheet would enter in StageDesk
(an :class:`Intern` per row: the truth, typed by hand), and how the sheet's author wrote it
(a column's header, the words it uses, its dates as real dates, as text or as serial
numbers, trailing spaces). Rows that are no intern (a totals row, a year on its own, a row
that must be refused) are written as :class:`Raw` cells.
"""

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any


def d(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


@dataclass(frozen=True)
class Intern:
    """A row as a person would enter it. ``status``, ``kind``, ``level``: StageDesk's values
    (an application's status for a row that is no internship); ``note``: the free column."""

    first: str
    last: str
    unit: str
    start: str | None
    end: str | None
    kind: str | None
    status: str
    hours: int | None = None
    total: int | None = None
    paid: bool | None = None
    level: str | None = None
    note: str | None = None
    school: str | None = None
    sheet: Mapping[str, Any] = field(default_factory=dict)  # cells the sheet writes its way
    # The next period of the row above's internship: no application of its own.
    same_application: bool = False


@dataclass(frozen=True)
class Raw:
    """A row written cell by cell (by field); ``refused``: a person agrees it cannot come in."""

    cells: Mapping[str, Any]
    refused: bool = False


class Blank:
    """An empty row (between years)."""


@dataclass(frozen=True)
class Sum:
    """A totals cell: the formula summing the field's column since the last totals row."""

    field: str


Row = Intern | Raw | Blank

DATES = ("date", "text", "serial", "iso", "dotted", "short")


@dataclass(frozen=True)
class Sheet:
    """One old list: its file name, format, columns (header, field) and how it writes things.

    ``words``: field → {StageDesk's value → the list's spellings, used in turn};
    ``dates``: the ways its dates are written, in turn (see DATES); ``answers``: what the
    person says the list's unknown words mean (field, word, StageDesk's value);
    ``match``: the headers the person matches by hand (header → field) where StageDesk
    does not recognise them; ``notes``: headers whose text is kept as a note."""

    name: str
    format: str  # xlsx, xls, ods, csv-1252, csv-utf8
    mess: str
    columns: Sequence[tuple[str, str]]
    rows: Sequence[Row]
    titles: Sequence[str] = ()
    merge_title: bool = False
    blank_after_title: bool = False
    words: Mapping[str, Mapping[Any, Sequence[Any]]] = field(default_factory=dict)
    dates: Sequence[str] = ("date",)
    trailing: bool = False  # some names and units end in spaces
    hidden: Sequence[str] = ()  # headers of hidden columns
    merge_units: bool = False  # a unit's cell merged down over its interns' rows
    answers: Sequence[tuple[str, str, str | None]] = ()
    match: Mapping[str, str] = field(default_factory=dict)
    notes: Sequence[str] = ()
    units: Mapping[str, str] = field(default_factory=dict)  # unit → as this list writes it


NO = (None,)
YES_NO_NL = {True: ("ja", "x", "Ja "), False: ("nee", None, "neen")}
YES_NO_FR = {True: ("oui", "Oui", "x"), False: ("non", None)}
P = Intern  # short, for the lists' many rows
