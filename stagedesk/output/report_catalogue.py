"""The reports StageDesk makes, each with how it is counted and the files it writes: one
catalogue for the Reports page and the command line alike.

A report is computed once from a ``ReportScope`` and written by the writer of the file's
suffix. The command line builds its parser from this catalogue, so importing it loads
neither the database layer nor a writer: each is imported when a report is made.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from stagedesk.core.reports.scope import ReportScope

# (session, the counted result or None, target, scope) -> what to say after the file name
Writer = Callable[["Session", Any, Path, "ReportScope"], str]
Compute = Callable[["Session", "ReportScope"], Any]


@dataclass(frozen=True)
class Report:
    key: str
    compute: Compute | None  # None: the writer counts what it shows itself
    writers: Mapping[str, Writer]  # by file suffix, Excel first
    filters: bool = True  # limited to units and kinds of internship

    def write(self, session: "Session", scope: "ReportScope", target: Path) -> str:
        """Count and write to ``target`` (its suffix chooses the writer); what to say after
        the file name ("" or, for the one-pager, its pages). ValueError for a scope the
        report cannot answer (an unknown unit, a period that runs backwards)."""
        write = self.writers[target.suffix.lower()]
        result = self.compute(session, scope) if self.compute is not None else None
        return write(session, result, target, scope)

    def write_with(
        self, session: "Session", result: Any, scope: "ReportScope", target: Path
    ) -> str:
        """Write a result counted before (the Reports page shows it first)."""
        return self.writers[target.suffix.lower()](session, result, target, scope)


# -- counting (the database layer is loaded when a report is made, never to parse) ----------
def _annual(session: "Session", scope: "ReportScope") -> Any:
    from stagedesk.core.reports import annual_overview

    return annual_overview(session, scope)


def _profile(session: "Session", scope: "ReportScope") -> Any:
    from stagedesk.core.reports import intern_profile

    return intern_profile(session, scope)


def _satisfaction(session: "Session", scope: "ReportScope") -> Any:
    from stagedesk.core.reports import satisfaction

    return satisfaction(session, scope)


def _one_year(session: "Session", scope: "ReportScope") -> Any:
    """The period's last year, and the interns' profile of that year."""
    from dataclasses import replace

    from stagedesk.core.reports import intern_profile
    from stagedesk.core.reports.one_year import one_year

    answer = one_year(session, scope)
    return answer, intern_profile(session, replace(scope, first_year=answer.year))


def _partners(session: "Session", scope: "ReportScope") -> Any:
    from stagedesk.core.reports import partners

    return partners(session, scope)


# -- writing -------------------------------------------------------------------------------
def _annual_xlsx(_session: "Session", result: Any, target: Path, scope: "ReportScope") -> str:
    from stagedesk.output.xlsx.annual import write_annual_overview

    write_annual_overview(result, target, language=scope.language)
    return ""


def _one_year_xlsx(_session: "Session", result: Any, target: Path, scope: "ReportScope") -> str:
    from stagedesk.output.xlsx.one_year import write_one_year

    answer, profile = result
    write_one_year(answer, profile, target, language=scope.language)
    return ""


def _more_xlsx(name: str) -> Writer:
    def write(_session: "Session", result: Any, target: Path, scope: "ReportScope") -> str:
        from stagedesk.output.xlsx import more

        getattr(more, name)(result, target, language=scope.language)
        return ""

    return write


def _annual_pdf(session: "Session", result: Any, target: Path, scope: "ReportScope") -> str:
    from stagedesk.output.pdf.reports.annual import write_annual_report

    write_annual_report(
        session,
        result,
        target,
        language=scope.language,
        today=scope.today,
        period_label=scope.period_label,
    )
    return ""


def _satisfaction_pdf(session: "Session", result: Any, target: Path, scope: "ReportScope") -> str:
    from stagedesk.output.pdf.reports.satisfaction import write_satisfaction_report

    write_satisfaction_report(
        session,
        result,
        target,
        language=scope.language,
        today=scope.today,
        period_label=scope.period_label,
    )
    return ""


def _glance_pdf(session: "Session", _result: Any, target: Path, scope: "ReportScope") -> str:
    from stagedesk.output.pdf.reports.policy_glance import write_policy_at_a_glance

    pages = write_policy_at_a_glance(session, scope, target)
    return f"{pages} page(s)"


CATALOGUE: tuple[Report, ...] = (
    Report("annual", _annual, {".xlsx": _annual_xlsx, ".pdf": _annual_pdf}),
    Report("profile", _profile, {".xlsx": _more_xlsx("write_profile")}),
    Report(
        "satisfaction",
        _satisfaction,
        {".xlsx": _more_xlsx("write_satisfaction"), ".pdf": _satisfaction_pdf},
    ),
    Report("partners", _partners, {".xlsx": _more_xlsx("write_partners")}),
    Report("year", _one_year, {".xlsx": _one_year_xlsx}),
    Report("glance", None, {".pdf": _glance_pdf}, filters=False),
)


def report(key: str) -> Report:
    return next(entry for entry in CATALOGUE if entry.key == key)
