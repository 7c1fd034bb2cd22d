"""Reports: every figure defined once, here, and used by every output (xlsx, PDF, screen)."""

from .annual import AnnualOverview, UnitYear, annual_overview
from .periods import Period

__all__ = ["AnnualOverview", "Period", "UnitYear", "annual_overview"]
