"""One answer from several organisations' StageDesk files (question 108 was answered by
nine cabinets, each keeping its own file).

Each file is read as it is, never changed: it is copied (SQLite's online backup, from a
read-only connection) into a temporary folder, the copy is brought up to this version's
schema if it is older, counted, and thrown away. The organisation comes first in every
row; its units stay its own. A year's total adds the organisations' totals: each counts
its applicants as people, but one person who applied at two organisations cannot be told
from two people, since each file knows only its own.
"""

import sqlite3
import tempfile
from collections.abc import Callable, Sequence
from contextlib import closing
from dataclasses import replace
from pathlib import Path

from sqlalchemy.orm import Session

from stagedesk.core.db.database import open_sqlite
from stagedesk.core.records.organisation import organisation
from stagedesk.core.reports.annual import AnnualOverview, UnitYear, annual_overview
from stagedesk.core.reports.scope import ReportScope

Counting = Callable[[Session, ReportScope], AnnualOverview]


def overview_of_file(path: Path, scope: ReportScope) -> tuple[str, AnnualOverview]:
    """The organisation's name (the file's, when it has none) and its annual overview."""
    if not path.is_file():
        raise ValueError(f"{path} does not exist or cannot be read")
    with tempfile.TemporaryDirectory(prefix="stagedesk-report-") as folder:
        copy = Path(folder) / "copy.sqlite"
        source = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            with closing(source), closing(sqlite3.connect(copy)) as target:
                source.backup(target)
        except sqlite3.DatabaseError:
            raise ValueError(f"{path.name} is not a StageDesk database") from None
        database = open_sqlite(copy, backups=Path(folder) / "backups")
        try:
            with database.sessions() as session:
                settings = organisation(session)
                name = settings.name.strip() if settings and settings.name else ""
                return name or path.stem, annual_overview(session, scope)
        finally:
            database.dispose()


def combined(parts: Sequence[tuple[str, AnnualOverview]]) -> AnnualOverview:
    """The organisations' overviews as one, each row with its organisation."""
    first = parts[0][1]
    rows = [
        replace(row, organisation=name)
        for total in first.totals
        for name, overview in parts
        for row in overview.rows
        if row.year == total.year
    ]
    totals = [
        _summed([overview.totals[at] for _name, overview in parts])
        for at in range(len(first.totals))
    ]
    return AnnualOverview(
        period=first.period,
        rows=rows,
        totals=totals,
        hired_by_function=[
            replace(h, organisation=n) for n, o in parts for h in o.hired_by_function
        ],
        requirements=[replace(q, organisation=n) for n, o in parts for q in o.requirements],
        unpaid_reasons=[replace(u, organisation=n) for n, o in parts for u in o.unpaid_reasons],
        organisations=tuple(name for name, _overview in parts),
        hours_threshold=first.hours_threshold,
    )


def _summed(totals: Sequence[UnitYear]) -> UnitYear:
    """One year's totals over the organisations; averages weighted by what they average."""
    interns = sum(t.interns for t in totals)
    days = sum((t.average_days or 0.0) * t.interns for t in totals)
    with_hours = sum(t.with_hours for t in totals)
    hours = sum((t.average_hours or 0.0) * t.with_hours for t in totals)
    average_days = days / interns if interns else None
    first = totals[0]
    return replace(
        first,
        applicants=sum(t.applicants for t in totals),
        interns=interns,
        average_days=average_days,
        average_weeks=None if average_days is None else round(average_days / 7, 1),
        average_hours=hours / with_hours if with_hours else None,
        with_hours=with_hours,
        kinds={kind: sum(t.kinds[kind] for t in totals) for kind in first.kinds},
        hired_later=sum(t.hired_later for t in totals),
        hired=sum(t.hired for t in totals),
        long_enough=sum(t.long_enough for t in totals),
        stopped_early=sum(t.stopped_early for t in totals),
        telework=sum(t.telework for t in totals),
        paid=sum(t.paid for t in totals),
        unpaid=sum(t.unpaid for t in totals),
    )
