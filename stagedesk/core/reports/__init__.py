"""Reports: every figure defined once, here, and used by every output (xlsx, PDF, screen)."""

from .annual import AnnualOverview, UnitYear, annual_overview
from .partners import HostAgain, MentorYear, Partners, SchoolYear, partners
from .periods import Period
from .profile import Cell, Profile, ProfileRow, ProfileTable, intern_profile
from .satisfaction import Comment, QuestionScore, Satisfaction, satisfaction

__all__ = [
    "AnnualOverview",
    "Cell",
    "Comment",
    "HostAgain",
    "MentorYear",
    "Partners",
    "Period",
    "Profile",
    "ProfileRow",
    "ProfileTable",
    "QuestionScore",
    "Satisfaction",
    "SchoolYear",
    "UnitYear",
    "annual_overview",
    "intern_profile",
    "partners",
    "satisfaction",
]
