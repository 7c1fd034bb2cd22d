"""Command line for reports.

stagedesk report annual|profile|satisfaction|partners --from YEAR --to YEAR [--academic]
                        [--lang nl|fr|en] [--unit ID…] [--kind KIND…] --out FILE
stagedesk report glance --from YEAR --to YEAR [--academic] [--lang nl|fr|en] --out FILE.pdf

Which files each report writes is in REPORTS; every report refuses a backwards period, an
unknown unit or another kind of file with one line on stderr and exit code 2.
"""

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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
# (session, the computed figures or None, target, arguments) -> what to print after the path
Writer = Callable[[Any, Any, Path, argparse.Namespace], str]


@dataclass(frozen=True)
class _Report:
    name: str
    help: str
    compute: str | None  # a function of stagedesk.core.reports; None: the writer counts
    writers: dict[str, Writer]  # by file suffix
    filters: bool = True  # takes --unit and --kind


def _period_label(args: argparse.Namespace) -> str:
    from stagedesk.core.reports.periods import Period

    return Period(args.first_year, args.last_year, args.academic).text


def _xlsx(module: str, function: str) -> Writer:
    def write(session: Any, result: Any, target: Path, args: argparse.Namespace) -> str:
        from importlib import import_module

        getattr(import_module(module), function)(result, target, language=args.lang)
        return ""

    return write


def _annual_pdf(session: Any, overview: Any, target: Path, args: argparse.Namespace) -> str:
    from stagedesk.output.pdf.reports.annual import write_annual_report

    write_annual_report(
        session,
        overview,
        target,
        language=args.lang,
        today=dt.date.today(),
        period_label=_period_label(args),
    )
    return ""


def _satisfaction_pdf(session: Any, result: Any, target: Path, args: argparse.Namespace) -> str:
    from stagedesk.output.pdf.reports.satisfaction import write_satisfaction_report

    write_satisfaction_report(
        session,
        result,
        target,
        language=args.lang,
        today=dt.date.today(),
        period_label=_period_label(args),
    )
    return ""


def _glance_pdf(session: Any, _result: Any, target: Path, args: argparse.Namespace) -> str:
    from stagedesk.output.pdf.reports.policy_glance import write_policy_at_a_glance

    pages = write_policy_at_a_glance(
        session,
        first_year=args.first_year,
        last_year=args.last_year,
        academic=args.academic,
        target=target,
        language=args.lang,
        today=dt.date.today(),
    )
    return f"{pages} page(s)"


REPORTS = (
    _Report(
        "annual",
        "the annual overview per unit and year",
        "annual_overview",
        {
            ".xlsx": _xlsx("stagedesk.output.xlsx.annual", "write_annual_overview"),
            ".pdf": _annual_pdf,
        },
    ),
    _Report(
        "profile",
        "the profile of the interns per year (small cells shown as < 5)",
        "intern_profile",
        {".xlsx": _xlsx("stagedesk.output.xlsx.more", "write_profile")},
    ),
    _Report(
        "satisfaction",
        "survey scores per question, year and unit, and the comments",
        "satisfaction",
        {
            ".xlsx": _xlsx("stagedesk.output.xlsx.more", "write_satisfaction"),
            ".pdf": _satisfaction_pdf,
        },
    ),
    _Report(
        "partners",
        "mentor load, mentors who would host again, partner schools",
        "partners",
        {".xlsx": _xlsx("stagedesk.output.xlsx.more", "write_partners")},
    ),
    _Report(
        "glance",
        "policy at a glance: one page for management (PDF)",
        None,
        {".pdf": _glance_pdf},
        filters=False,
    ),
)


def _options(report: _Report, database: argparse.ArgumentParser) -> argparse.ArgumentParser:
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
    suffixes = "|".join(f"FILE{suffix}" for suffix in report.writers)
    options.add_argument("--out", type=Path, required=True, metavar=suffixes)
    return options


def add_commands(commands: Any, database: argparse.ArgumentParser, opener: Opener) -> None:
    report = commands.add_parser("report", help="reports as xlsx or PDF: report annual …")
    reports = report.add_subparsers(title="reports", metavar="REPORT", required=True)
    for spec in REPORTS:
        parser = reports.add_parser(spec.name, parents=[_options(spec, database)], help=spec.help)
        parser.set_defaults(handler=lambda args, spec=spec: _run(args, opener, spec))


def _refusal(args: argparse.Namespace, report: _Report) -> str | None:
    if args.out.suffix.lower() not in report.writers:
        allowed = " or ".join(f"FILE{suffix}" for suffix in report.writers)
        return f"cannot write {args.out.name}; use {allowed}"
    if args.first_year > args.last_year:
        return f"the period runs backwards: --from {args.first_year} --to {args.last_year}"
    return None


def _run(args: argparse.Namespace, opener: Opener, report: _Report) -> int:
    refusal = _refusal(args, report)
    if refusal is not None:
        print(f"stagedesk: {refusal}", file=sys.stderr)
        return EXIT_REFUSED
    write = report.writers[args.out.suffix.lower()]
    database = opener(args)
    try:
        with database.sessions() as session:
            try:
                result = _compute(session, report, args)
                said = write(session, result, args.out, args)
            except ValueError as error:  # an unknown unit, language or period
                print(f"stagedesk: {error}", file=sys.stderr)
                return EXIT_REFUSED
    finally:
        database.dispose()
    print(f"{args.out}\t{said}" if said else args.out)
    return 0


def _compute(session: Any, report: _Report, args: argparse.Namespace) -> Any:
    if report.compute is None:
        return None
    from stagedesk.core import reports

    return getattr(reports, report.compute)(
        session,
        first_year=args.first_year,
        last_year=args.last_year,
        academic=args.academic,
        unit_ids=args.unit,
        kinds=_kinds(args),
        today=dt.date.today(),
        language=args.lang,
    )


def _kinds(args: argparse.Namespace) -> list[Any] | None:
    from stagedesk.core.models import InternshipKind

    return [InternshipKind(kind) for kind in args.kind] if args.kind else None
