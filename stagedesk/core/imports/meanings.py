"""Words of the list StageDesk does not know, and what the user says they mean.

An old list says ``bachelor`` where StageDesk knows *professional* and *academic*
bachelors, ``Bama`` or ``stage d'obs.``: a word StageDesk cannot be sure of is not
guessed silently. Each distinct unknown word is asked about once, with how many rows use
it and StageDesk's best guess; the answer (a meaning, or "unknown": imported empty with
the list's own word kept in the notes) holds for every row that uses it.
"""

import difflib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.core.imports import words
from stagedesk.core.imports.columns import Column, header_key
from stagedesk.core.models import EducationLevel, ImportWord, InternshipKind

# The columns with a fixed vocabulary: how a word is read, and every spelling it knows.
VOCABULARIES: dict[Column, tuple[Callable[[str], Any], Mapping[Any, tuple[str, ...]]]] = {
    Column.STATUS: (words.status, words.STATUS_WORDS),
    Column.KIND: (words.kind, words.KIND_WORDS),
    Column.GENDER: (words.gender, words.GENDER_WORDS),
    Column.EDUCATION_LEVEL: (words.education_level, words.EDUCATION_WORDS),
    Column.HIRED_LATER: (words.yes_no, words.YES_NO_WORDS),
    Column.PAID: (words.yes_no, words.YES_NO_WORDS),
}

# Words that most likely mean one thing but could mean another: offered as the guess,
# never taken without the user's word. (Plain "bachelor" is professional more often than
# not in Belgian lists; the user sees both.)
LIKELY: dict[Column, dict[str, Any]] = {
    Column.EDUCATION_LEVEL: {
        header_key("bachelor"): EducationLevel.PROFESSIONAL_BACHELOR,
        header_key("bachelier"): EducationLevel.PROFESSIONAL_BACHELOR,
        header_key("ba"): EducationLevel.PROFESSIONAL_BACHELOR,
        header_key("bama"): EducationLevel.MASTER,
        header_key("ma"): EducationLevel.MASTER,
        header_key("hogeschool"): EducationLevel.PROFESSIONAL_BACHELOR,
        header_key("universiteit"): EducationLevel.MASTER,
        header_key("université"): EducationLevel.MASTER,
    },
    Column.KIND: {
        header_key("stage"): InternshipKind.CURRICULAR,
        header_key("verplicht"): InternshipKind.CURRICULAR,
        header_key("obligatoire"): InternshipKind.CURRICULAR,
        header_key("zomerstage"): InternshipKind.VOLUNTARY,
        header_key("stage d'été"): InternshipKind.VOLUNTARY,
    },
}

CLOSE_ENOUGH = 0.75  # difflib's ratio for a typing mistake ("curicculair")


def guess(column: Column, written: str) -> Any:
    """StageDesk's best guess of what ``written`` means in ``column``; None if none."""
    key = header_key(written)
    likely = LIKELY.get(column, {}).get(key)
    if likely is not None:
        return likely
    _lookup, vocabulary = VOCABULARIES[column]
    spellings = {header_key(word): value for value, ws in vocabulary.items() for word in ws}
    if len(key) >= 3:
        starts = {value for spelled, value in spellings.items() if spelled.startswith(key)}
        if len(starts) == 1:
            return starts.pop()  # "curric", "observ": the start of one word only
    close = difflib.get_close_matches(key, list(spellings), n=1, cutoff=CLOSE_ENOUGH)
    return spellings[close[0]] if close else None


@dataclass(frozen=True)
class UnknownWord:
    column: Column
    word: str  # as the list first writes it
    rows: int  # how many rows use it
    guess: Any  # StageDesk's best guess, or None
    choices: tuple[str, ...] = ()  # for a unit: the names it may stand for

    @property
    def key(self) -> tuple[Column, str]:
        return self.column, header_key(self.word)


UNKNOWN = None  # the meaning "unknown": imported empty, the word kept in the notes


@dataclass(frozen=True)
class Meanings:
    """The user's answers: (column, word as compared) → a meaning, or UNKNOWN.
    ``rest_unknown``: every word not answered is taken as unknown too."""

    chosen: Mapping[tuple[Column, str], Any] = field(default_factory=dict)
    rest_unknown: bool = False

    def decided(self, column: Column, written: str) -> tuple[bool, Any]:
        """Whether the user decided what ``written`` means, and the meaning."""
        key = (column, header_key(written))
        if key in self.chosen:
            return True, self.chosen[key]
        return self.rest_unknown, UNKNOWN

    def after(self, earlier: "Meanings") -> "Meanings":
        """These answers on top of ``earlier`` ones (what the organisation said before)."""
        return Meanings({**earlier.chosen, **self.chosen}, self.rest_unknown)

    def with_answer(self, column: Column, written: str, meaning: Any) -> "Meanings":
        chosen = dict(self.chosen)
        chosen[(column, header_key(written))] = meaning
        return Meanings(chosen, self.rest_unknown)


def meaning_of(column: Column, text: str) -> tuple[bool, Any]:
    """An answer typed by the user (a words file): any spelling the column knows, or "?",
    "unknown", "onbekend", "inconnu" or nothing for unknown. (False, None) if it is
    neither."""
    if header_key(text) in {"", "unknown", "onbekend", "inconnu"} or text.strip() == "?":
        return True, UNKNOWN
    if column is Column.UNIT:
        return True, text.strip()  # the unit's name (its own name: a unit of its own)
    lookup, _vocabulary = VOCABULARIES[column]
    value = lookup(text)
    return (value is not None), value


def _stored(value: Any) -> str | None:
    if value is UNKNOWN:
        return None
    return str(value).lower() if isinstance(value, bool) else str(value)


def _from_store(column: Column, stored: str | None) -> tuple[bool, Any]:
    """A stored meaning back as the column's value; (False, None) for one this version no
    longer knows (a renamed word), which is then asked again."""
    if stored is None:
        return True, UNKNOWN
    if column is Column.UNIT:
        return True, stored
    _lookup, vocabulary = VOCABULARIES[column]
    for value in vocabulary:
        if _stored(value) == stored:
            return True, value
    return False, None


def remembered(session: Session) -> Meanings:
    """What the organisation said before: the next list follows without asking again."""
    chosen: dict[tuple[Column, str], Any] = {}
    for row in session.scalars(select(ImportWord)):
        try:
            column = Column(row.column)
        except ValueError:
            continue  # a column a later version dropped
        if column not in VOCABULARIES and column is not Column.UNIT:
            continue
        known, value = _from_store(column, row.meaning)
        if known:
            chosen[(column, row.word)] = value
    return Meanings(chosen)


def remember(session: Session, meanings: Meanings) -> None:
    """Keep these answers for the next list (a later answer replaces an earlier one)."""
    stored = {(r.column, r.word): r for r in session.scalars(select(ImportWord))}
    for (column, word), value in meanings.chosen.items():
        row = stored.get((column.value, word))
        if row is None:
            session.add(ImportWord(column=column.value, word=word, meaning=_stored(value)))
        else:
            row.meaning = _stored(value)
