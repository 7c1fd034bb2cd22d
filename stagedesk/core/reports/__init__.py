"""Reports: every figure defined once, here, and used by every output (xlsx, PDF, screen)."""

from stagedesk.core.reports.annual import AnnualOverview, UnitYear, annual_overview
from stagedesk.core.reports.partners import HostAgain, MentorYear, Partners, SchoolYear, partners
from stagedesk.core.reports.periods import Period
from stagedesk.core.reports.profile import Cell, Profile, ProfileRow, ProfileTable, intern_profile
from stagedesk.core.reports.satisfaction import Comment, QuestionScore, Satisfaction, satisfaction

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
