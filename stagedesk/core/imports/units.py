"""Units written short: "ICT" and "D. ICT" beside "Dienst ICT", "Comm." beside
"Communicatie", "P&O" beside "Personeel en Organisatie".

A list kept by hand names one unit several ways; imported as written, one unit becomes
three. StageDesk never merges them silently: each short name that looks like a longer
one (a unit StageDesk holds, or another name in the list) is asked about once, like an
unknown word, with the longer name as the guess. The answer is a unit's name; the short
name itself means "a unit of its own".
"""

import re
from collections import Counter
from collections.abc import Callable, Iterable

from stagedesk.core.imports.columns import Column
from stagedesk.core.imports.meanings import Meanings, UnknownWord
from stagedesk.core.text import fold

# Words that say "unit" without naming it, left out when names are compared.
_UNIT_WORDS = frozenset(
    [
        "dienst",
        "d",
        "afdeling",
        "afd",
        "service",
        "serv",
        "direction",
        "dir",
        "directie",
        "cel",
        "cellule",
        "team",
        "departement",
        "department",
        "dept",
    ]
)
_SMALL_WORDS = frozenset(
    ["en", "et", "and", "de", "du", "des", "van", "het", "la", "le", "les", "of", "the"]
)


def _words(name: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", fold(name))


def _core(name: str) -> list[str]:
    """The words that name the unit: "D. ICT" → ["ict"]."""
    words = _words(name)
    while len(words) > 1 and words[0] in _UNIT_WORDS:
        words = words[1:]
    return words


def _initials(name: str) -> str:
    return "".join(word[0] for word in _core(name) if word not in _SMALL_WORDS)


def shortens(short: str, long: str) -> bool:
    """Whether ``short`` is another way of writing the unit ``long``."""
    short_core, long_core = _core(short), _core(long)
    if not short_core or fold(short) == fold(long):
        return False
    if short_core == long_core:
        return True  # "D. ICT", "ICT" for "Dienst ICT"
    letters = "".join(short_core)
    if len(short_core) == 1 and len(letters) >= 3 and short.rstrip().endswith("."):
        return long_core[0].startswith(letters)  # "Comm." for "Communicatie"
    if 2 <= len(letters) <= 5 and re.fullmatch(r"[A-Z&./ ]+", short.strip()):
        return letters == _initials(long)  # "P&O" for "Personeel en Organisatie"
    return False


def unit_doubts(
    written: Counter[str], held: Iterable[str], meanings: Meanings
) -> list[UnknownWord]:
    """Each unit name of the list that looks like a unit StageDesk holds or a longer name of
    the list, once, with how many rows use it and that name as the guess; names the user
    decided on are left out."""
    held = list(held)
    held_keys = {fold(name) for name in held}
    doubts = []
    for name, rows in written.items():
        if fold(name) in held_keys or meanings.decided(Column.UNIT, name)[0]:
            continue
        # A unit StageDesk holds, however long ("D. ICT" for "ICT"); of the list's own
        # names only the longer ones, so that two names are not asked about each other.
        longer = [*held, *(other for other in written if len(other) > len(name))]
        targets = sorted({o for o in longer if shortens(name, o)}, key=_preferred(held_keys))
        if targets:
            doubts.append(UnknownWord(Column.UNIT, name, rows, targets[0], tuple(targets)))
    return doubts


def _preferred(held: set[str]) -> Callable[[str], tuple[bool, int, str]]:
    """Sort key: a unit StageDesk holds first, then the longest name (the one written out)."""
    return lambda name: (fold(name) not in held, -len(name), name)
