"""Rows a person reading the list passes over: a totals row, a year standing as a heading.

Such a row is about no one, so it is neither imported nor refused: the preview says it
was passed over, with what it held. A row that names someone is never passed over.
"""

import re
from collections.abc import Mapping, Sequence
from typing import Any

from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.imports.columns import Column
from stagedesk.core.text import fold, tidy

PASSED_OVER = QT_TRANSLATE_NOOP(
    "Import", "Passed over: a totals row or a heading, about no one (“{text}”)."
)
# "Totaal", "Subtotaal 2021", "Algemeen totaal", "Total général", "Grand total", "Som"…
_TOTALS = re.compile(
    r"^(sub|grand |algemeen |eind|general |generaal )?(totaal|totalen|total|totaux|totale|"
    r"som|sum|somme)( general| generaal)?\b"
)
_HEADING = re.compile(r"^((19|20)\d\d|[\d\s.,:/€-]+)$")  # a year, or only numbers
_NAMES = (Column.FIRST_NAME, Column.LAST_NAME)


def passed_over(values: Sequence[Any], found: Mapping[Column, int]) -> str | None:
    """What the row holds, when it is a totals row or a heading; None for any other row.
    Cheap for the usual row (a name in its place): lists run to 100,000 rows."""
    first = next((v for v in values if v not in (None, "")), None)
    if first is None:
        return None
    if isinstance(first, str) and _TOTALS.match(fold(first.strip())):
        return _shown(values)
    names = [values[at] for c, at in found.items() if c in _NAMES and at < len(values)]
    if any(isinstance(name, str) and re.search(r"[^\W\d_]", name) for name in names):
        return None  # a name, however odd: the row is about someone
    texts = [tidy(str(v)) for v in values if v not in (None, "")]
    if any(_TOTALS.match(fold(text)) for text in texts) or all(map(_HEADING.match, texts)):
        return _shown(values)
    return None


def _shown(values: Sequence[Any]) -> str:
    return " · ".join(tidy(str(v)) for v in values if v not in (None, ""))[:80]
