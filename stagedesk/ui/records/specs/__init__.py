"""The spec of every kind of record StageDesk lists and edits."""

from stagedesk.ui.records.specs.candidates import APPLICATIONS, CANDIDATES
from stagedesk.ui.records.specs.internships import INTERNSHIPS
from stagedesk.ui.records.specs.opportunities import OPPORTUNITIES
from stagedesk.ui.records.specs.organisation import STAFF, UNITS
from stagedesk.ui.records.specs.schools import SCHOOLS

__all__ = [
    "APPLICATIONS",
    "CANDIDATES",
    "INTERNSHIPS",
    "OPPORTUNITIES",
    "SCHOOLS",
    "STAFF",
    "UNITS",
]
