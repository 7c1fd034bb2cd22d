"""The spec of every kind of record StageDesk lists and edits."""

from .candidates import APPLICATIONS, CANDIDATES
from .internships import INTERNSHIPS
from .opportunities import OPPORTUNITIES
from .organisation import STAFF, UNITS
from .schools import SCHOOLS

__all__ = [
    "APPLICATIONS",
    "CANDIDATES",
    "INTERNSHIPS",
    "OPPORTUNITIES",
    "SCHOOLS",
    "STAFF",
    "UNITS",
]
