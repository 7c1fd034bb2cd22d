"""The spec of every kind of record StageDesk lists and edits."""

from stagedesk.ui.specs.candidates import APPLICATIONS, CANDIDATES
from stagedesk.ui.specs.internships import INTERNSHIPS
from stagedesk.ui.specs.opportunities import OPPORTUNITIES
from stagedesk.ui.specs.organisation import STAFF, UNITS
from stagedesk.ui.specs.schools import SCHOOLS

__all__ = [
    "APPLICATIONS",
    "CANDIDATES",
    "INTERNSHIPS",
    "OPPORTUNITIES",
    "SCHOOLS",
    "STAFF",
    "UNITS",
]
