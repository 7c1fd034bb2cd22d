"""Report years: calendar years, or academic years from 1 September to 31 August.

An academic year is named by the calendar year it starts in: academic year 2024 runs from
1 September 2024 to 31 August 2025 and is labelled "2024–2025".
"""

import datetime as dt
from dataclasses import dataclass

ACADEMIC_START_MONTH = 9


@dataclass(frozen=True)
class Period:
    """The years ``first_year`` to ``last_year`` inclusive, calendar or academic."""

    first_year: int
    last_year: int
    academic: bool = False

    def __post_init__(self) -> None:
        if self.first_year > self.last_year:
            raise ValueError(
                f"the period runs backwards: from {self.first_year} to {self.last_year}"
            )

    @property
    def first_day(self) -> dt.date:
        if self.academic:
            return dt.date(self.first_year, ACADEMIC_START_MONTH, 1)
        return dt.date(self.first_year, 1, 1)

    @property
    def last_day(self) -> dt.date:
        if self.academic:
            return dt.date(self.last_year + 1, ACADEMIC_START_MONTH, 1) - dt.timedelta(days=1)
        return dt.date(self.last_year, 12, 31)

    def year_of(self, day: dt.date) -> int:
        """The (starting) year of the calendar or academic year ``day`` falls in."""
        if self.academic and day.month < ACADEMIC_START_MONTH:
            return day.year - 1
        return day.year

    def label(self, year: int) -> str:
        return f"{year}–{year + 1}" if self.academic else str(year)

    @property
    def labels(self) -> list[str]:
        return [self.label(year) for year in range(self.first_year, self.last_year + 1)]

    @property
    def text(self) -> str:
        """The whole period, e.g. "2020–2024" or "2020–2021 – 2023–2024"."""
        first, last = self.label(self.first_year), self.label(self.last_year)
        if first == last:
            return first
        return f"{first} – {last}" if self.academic else f"{first}–{last}"
