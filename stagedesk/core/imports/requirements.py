"""Each function's requirements, per year, as a list kept over the years gives them.

Parliament asks what each function asked of its interns; an old list often gives another
text in another year, or two texts in one. Every text is kept with its year (the row's
start, else its application date), and the preview says where a function's text differs
from an earlier row's. A function the import makes asks, from then on, its newest text.
"""

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.core.i18n import QT_TRANSLATE_NOOP
from stagedesk.core.imports.columns import Column
from stagedesk.core.imports.known import Ref
from stagedesk.core.imports.rows import ImportRow, RowProblem
from stagedesk.core.models import RequirementText

ANOTHER_TEXT = QT_TRANSLATE_NOOP(
    "Import",
    "“{function}” ({unit}) has another requirements text here than in row {row}: both are"
    " kept, each with its year.",
)


class RequirementsSeen:
    """The texts StageDesk holds, and those this list gave so far."""

    def __init__(self, session: Session) -> None:
        query = select(RequirementText.opportunity_id, RequirementText.year, RequirementText.text)
        self.held = {(o, year, text.strip()) for o, year, text in session.execute(query)}
        self._first: dict[Ref, tuple[int, str]] = {}  # per function: the row, its text
        self.newest: dict[Ref, tuple[int, str]] = {}  # per function: the year, its text

    def give(self, row: ImportRow, opportunity: Ref, year: int) -> tuple[bool, list[RowProblem]]:
        """Whether the row's text is new for that year, and what the preview says of it."""
        text = (row.requirements or "").strip()
        problems = []
        first_row, first_text = self._first.setdefault(opportunity, (row.row, text))
        if text != first_text:
            shown = {"function": row.function or "—", "unit": row.unit, "row": first_row}
            problems.append(
                RowProblem(row.row, Column.REQUIREMENTS, ANOTHER_TEXT, shown, warning=True)
            )
        if year >= self.newest.get(opportunity, (0, ""))[0]:
            self.newest[opportunity] = (year, text)
        key = (opportunity, year, text)
        if key in self.held:
            return False, problems
        self.held.add(key)
        return True, problems
