"""Command line for reports.

stagedesk report annual|profile|satisfaction|partners|year --from YEAR --to YEAR [--academic]
                        [--lang nl|fr|en] [--unit ID…] [--kind KIND…] --out FILE
stagedesk report annual --db A.sqlite --db B.sqlite … --from YEAR --to YEAR --out FILE.xlsx
                        (one answer from several organisations' files, none changed)
stagedesk report glance --from YEAR --to YEAR [--academic] [--lang nl|fr|en] --out FILE.pdf

Which reports there are and which files each writes is ``output.report_catalogue``; every
report refuses a backwards period, an unknown unit or another kind of file with one line
on stderr and exit code 2.
"""

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from stagedesk.output.report_catalogue import CATALOGUE, Report

# The values of core.models.InternshipKind, repeated so that building the parser (which the
# GUI's start does too) does not import the database layer; a test keeps them equal.
KIND_VALUES = (
    "curricular",
    "voluntary",
    "job_seeker",
    "work_based_learning",
    "work_placement_agreement",
    "observation",
    "other",
)

EXIT_REFUSED = 2
Opener = Callable[[argparse.Namespace], Any]

# The command line's own words for each report of the catalogue.
HELP = {
    "annual": "the annual overview per unit and year",
    "profile": "the profile of the interns per year (small cells shown as < 5)",
    "satisfaction": "survey scores per question, year and unit, and the comments",
    "partners": "mentor load, mentors who would host again, partner schools",
    "glance": "policy at a glance: one page for management (PDF)",
    "year": "the period's last year as question 001 asks it: places, routes, profile, hiring",
}


def _options(report: Report, database: argparse.ArgumentParser) -> argparse.ArgumentParser:
    options = argparse.ArgumentParser(add_help=False, parents=[database])
    options.add_argument("--from", dest="first_year", type=int, required=True, metavar="YEAR")
    options.add_argument("--to", dest="last_year", type=int, required=True, metavar="YEAR")
    options.add_argument(
        "--academic", action="store_true", help="academic years (1 September–31 August)"
    )
    options.add_argument("--lang", choices=("nl", "fr", "en"), default="nl")
    if report.filters:
        options.add_argument(
            "--unit", type=int, action="append", metavar="ID", help="only this unit"
        )
        options.add_argument(
            "--kind",
            choices=KIND_VALUES,
            action="append",
            help="only internships of this kind (repeat for several)",
        )
    if report.key == "annual":
        options.add_argument(
            "--hours-threshold",
            type=_hours,
            default=160,
            metavar="HOURS",
            help="an internship of at least these hours is long enough (default 160)",
        )
    suffixes = "|".join(f"FILE{suffix}" for suffix in report.writers)
    options.add_argument("--out", type=Path, required=True, metavar=suffixes)
    return options


def _hours(text: str) -> int:
    if not text.strip().isdigit() or not 1 <= int(text) <= 2500:
        raise argparse.ArgumentTypeError("give a number of hours from 1 to 2500")
    return int(text)


def add_commands(commands: Any, database: argparse.ArgumentParser, opener: Opener) -> None:
    report = commands.add_parser("report", help="reports as xlsx or PDF: report annual …")
    reports = report.add_subparsers(title="reports", metavar="REPORT", required=True)
    for spec in CATALOGUE:
        parser = reports.add_parser(
            spec.key, parents=[_options(spec, database)], help=HELP[spec.key]
        )
        parser.set_defaults(
            handler=lambda args, spec=spec: _run(args, opener, spec),
            several_databases=spec.key == "annual",
        )


def _refusal(args: argparse.Namespace, report: Report) -> str | None:
    if args.out.suffix.lower() not in report.writers:
        allowed = " or ".join(f"FILE{suffix}" for suffix in report.writers)
        return f"cannot write {args.out.name}; use {allowed}"
    if args.first_year > args.last_year:
        return f"the period runs backwards: --from {args.first_year} --to {args.last_year}"
    return None


def _run(args: argparse.Namespace, opener: Opener, report: Report) -> int:
    refusal = _refusal(args, report)
    several = bool(getattr(args, "more_dbs", None) or (args.db and args.db_url))
    if refusal is None and several:
        refusal = _refusal_of_several(args)
    if refusal is not None:
        print(f"stagedesk: {refusal}", file=sys.stderr)
        return EXIT_REFUSED
    if several:
        return _run_several(args, opener, report)
    database = opener(args)
    try:
        with database.sessions() as session:
            try:
                said = report.write(session, _scope(args, report), args.out)
            except ValueError as error:  # an unknown unit, language or period
                print(f"stagedesk: {error}", file=sys.stderr)
                return EXIT_REFUSED
    finally:
        database.dispose()
    print(f"{args.out}\t{said}" if said else args.out)
    return 0


def _refusal_of_several(args: argparse.Namespace) -> str | None:
    if getattr(args, "unit", None):
        return "--unit names a unit of one file; over several files, leave it out"
    if args.out.suffix.lower() != ".xlsx":
        return "over several files the answer is a workbook: use FILE.xlsx"
    return None


def _run_several(args: argparse.Namespace, opener: Opener, report: Report) -> int:
    """One workbook from several organisations' files, each read without being changed,
    and the server's database (``--db-url``) if one is given, first."""
    from stagedesk.core.reports.several import combined, overview_of_file

    scope = _scope(args, report)
    parts: list[tuple[str, Any]] = []
    if args.db_url:
        parts.append(_server_part(opener, args, scope))
    try:
        for path in [args.db, *getattr(args, "more_dbs", [])]:
            name, overview = overview_of_file(path, scope)
            if name in {known for known, _overview in parts}:
                name = f"{name} ({path.stem})"  # two files of one organisation
            parts.append((name, overview))
    except ValueError as error:
        print(f"stagedesk: {error}", file=sys.stderr)
        return EXIT_REFUSED
    # The workbook's writer reads no database: everything it shows is in the overview.
    said = report.write_with(None, combined(parts), scope, args.out)  # type: ignore[arg-type]
    print(f"{args.out}\t{said}" if said else args.out)
    return 0


def _server_part(opener: Opener, args: argparse.Namespace, scope: Any) -> tuple[str, Any]:
    """The organisation of the server's database (``--db-url``) and its overview."""
    from stagedesk.core.records.organisation import organisation
    from stagedesk.core.reports import annual_overview

    database = opener(argparse.Namespace(db=None, db_url=args.db_url))
    try:
        with database.sessions() as session:
            settings = organisation(session)
            name = (settings.name.strip() if settings and settings.name else "") or "server"
            return name, annual_overview(session, scope)
    finally:
        database.dispose()


def _scope(args: argparse.Namespace, report: Report) -> Any:
    from stagedesk.core.models import InternshipKind
    from stagedesk.core.reports.scope import ReportScope

    kinds = getattr(args, "kind", None) if report.filters else None
    return ReportScope(
        first_year=args.first_year,
        last_year=args.last_year,
        today=dt.date.today(),
        academic=args.academic,
        unit_ids=getattr(args, "unit", None) if report.filters else None,
        kinds=[InternshipKind(kind) for kind in kinds] if kinds else None,
        language=args.lang,
        hours_threshold=getattr(args, "hours_threshold", 160),
    )
