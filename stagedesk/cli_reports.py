"""Command line for reports.

stagedesk report annual --from YEAR --to YEAR [--academic] [--lang nl|fr|en] [--unit ID…]
                        --out FILE.xlsx
stagedesk report profile|satisfaction|partners (the same options; satisfaction also
                        writes FILE.pdf)
stagedesk report glance --from YEAR --to YEAR [--academic] [--lang nl|fr|en] --out FILE.pdf
"""

import argparse
import datetime as dt
import sys
from collections.abc import Callable
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


def add_commands(commands: Any, database: argparse.ArgumentParser, opener: Opener) -> None:
    report = commands.add_parser("report", help="reports as xlsx: report annual …")
    reports = report.add_subparsers(title="reports", metavar="REPORT", required=True)
    annual = reports.add_parser(
        "annual", parents=[database], help="the annual overview per unit and year"
    )
    annual.add_argument("--from", dest="first_year", type=int, required=True, metavar="YEAR")
    annual.add_argument("--to", dest="last_year", type=int, required=True, metavar="YEAR")
    annual.add_argument(
        "--academic", action="store_true", help="academic years (1 September–31 August)"
    )
    annual.add_argument("--lang", choices=("nl", "fr", "en"), default="nl")
    annual.add_argument("--unit", type=int, action="append", metavar="ID", help="only this unit")
    annual.add_argument(
        "--kind",
        choices=KIND_VALUES,
        action="append",
        help="only internships of this kind (repeat for several)",
    )
    annual.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx|FILE.pdf")
    annual.set_defaults(handler=lambda args: _run_annual(args, opener))
    for name, help_text in (
        ("profile", "the profile of the interns per year (small cells shown as < 5)"),
        ("satisfaction", "survey scores per question, year and unit, and the comments"),
        ("partners", "mentor load, mentors who would host again, partner schools"),
    ):
        more = reports.add_parser(name, parents=[database], help=help_text)
        more.add_argument("--from", dest="first_year", type=int, required=True, metavar="YEAR")
        more.add_argument("--to", dest="last_year", type=int, required=True, metavar="YEAR")
        more.add_argument(
            "--academic", action="store_true", help="academic years (1 September–31 August)"
        )
        more.add_argument("--lang", choices=("nl", "fr", "en"), default="nl")
        more.add_argument("--unit", type=int, action="append", metavar="ID", help="only this unit")
        more.add_argument(
            "--kind",
            choices=KIND_VALUES,
            action="append",
            help="only internships of this kind (repeat for several)",
        )
        metavar = "FILE.xlsx|FILE.pdf" if name == "satisfaction" else "FILE.xlsx"
        more.add_argument("--out", type=Path, required=True, metavar=metavar)
        more.set_defaults(handler=lambda args, name=name: _run_more(args, opener, name))
    glance = reports.add_parser(
        "glance", parents=[database], help="policy at a glance: one page for management (PDF)"
    )
    glance.add_argument("--from", dest="first_year", type=int, required=True, metavar="YEAR")
    glance.add_argument("--to", dest="last_year", type=int, required=True, metavar="YEAR")
    glance.add_argument(
        "--academic", action="store_true", help="academic years (1 September–31 August)"
    )
    glance.add_argument("--lang", choices=("nl", "fr", "en"), default="nl")
    glance.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    glance.set_defaults(handler=lambda args: _run_glance(args, opener))


def _run_annual(args: argparse.Namespace, opener: Opener) -> int:
    from stagedesk.core.reports import annual_overview
    from stagedesk.output.xlsx import write_annual_overview

    suffix = args.out.suffix.lower()
    if suffix not in (".xlsx", ".pdf"):
        print(
            f"stagedesk: cannot write {args.out.name}; use FILE.xlsx or FILE.pdf", file=sys.stderr
        )
        return EXIT_REFUSED
    if args.first_year > args.last_year:
        print(
            f"stagedesk: the period runs backwards: --from {args.first_year} --to {args.last_year}",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    database = opener(args)
    try:
        with database.sessions() as session:
            try:
                overview = annual_overview(
                    session,
                    first_year=args.first_year,
                    last_year=args.last_year,
                    academic=args.academic,
                    unit_ids=args.unit,
                    kinds=_kinds(args),
                    today=dt.date.today(),
                    language=args.lang,
                )
            except ValueError as refusal:
                print(f"stagedesk: {refusal}", file=sys.stderr)
                return EXIT_REFUSED
            if suffix == ".pdf":
                from stagedesk.core.reports.periods import Period
                from stagedesk.output.pdf.annual_report import write_annual_report

                period = Period(args.first_year, args.last_year, args.academic)
                write_annual_report(
                    session,
                    overview,
                    args.out,
                    language=args.lang,
                    today=dt.date.today(),
                    period_label=period.text,
                )
    finally:
        database.dispose()
    if suffix == ".xlsx":
        write_annual_overview(overview, args.out, language=args.lang)
    print(f"{args.out}\t{len(overview.rows)} row(s)")
    return 0


def _run_more(args: argparse.Namespace, opener: Opener, report: str) -> int:
    """report profile, satisfaction or partners: the same options and refusals as annual."""
    from stagedesk.core import reports
    from stagedesk.output.xlsx import more

    suffix = args.out.suffix.lower()
    pdf = report == "satisfaction" and suffix == ".pdf"
    if suffix != ".xlsx" and not pdf:
        allowed = "FILE.xlsx or FILE.pdf" if report == "satisfaction" else "FILE.xlsx"
        print(f"stagedesk: cannot write {args.out.name}; use {allowed}", file=sys.stderr)
        return EXIT_REFUSED
    if args.first_year > args.last_year:
        print(
            f"stagedesk: the period runs backwards: --from {args.first_year} --to {args.last_year}",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    build: Any = {
        "profile": reports.intern_profile,
        "satisfaction": reports.satisfaction,
        "partners": reports.partners,
    }[report]
    write: Any = {
        "profile": more.write_profile,
        "satisfaction": more.write_satisfaction,
        "partners": more.write_partners,
    }[report]
    database = opener(args)
    try:
        with database.sessions() as session:
            try:
                result = build(
                    session,
                    first_year=args.first_year,
                    last_year=args.last_year,
                    academic=args.academic,
                    unit_ids=args.unit,
                    kinds=_kinds(args),
                    today=dt.date.today(),
                    language=args.lang,
                )
            except ValueError as refusal:
                print(f"stagedesk: {refusal}", file=sys.stderr)
                return EXIT_REFUSED
            if pdf:
                from stagedesk.core.reports.periods import Period
                from stagedesk.output.pdf.satisfaction_report import write_satisfaction_report

                period = Period(args.first_year, args.last_year, args.academic)
                write_satisfaction_report(
                    session,
                    result,
                    args.out,
                    language=args.lang,
                    today=dt.date.today(),
                    period_label=period.text,
                )
    finally:
        database.dispose()
    if not pdf:
        write(result, args.out, language=args.lang)
    print(args.out)
    return 0


def _run_glance(args: argparse.Namespace, opener: Opener) -> int:
    """report glance: policy at a glance, one PDF page."""
    from stagedesk.output.pdf.policy_glance import write_policy_at_a_glance

    if args.out.suffix.lower() != ".pdf":
        print(f"stagedesk: cannot write {args.out.name}; use FILE.pdf", file=sys.stderr)
        return EXIT_REFUSED
    if args.first_year > args.last_year:
        print(
            f"stagedesk: the period runs backwards: --from {args.first_year} --to {args.last_year}",
            file=sys.stderr,
        )
        return EXIT_REFUSED
    database = opener(args)
    try:
        with database.sessions() as session:
            try:
                pages = write_policy_at_a_glance(
                    session,
                    first_year=args.first_year,
                    last_year=args.last_year,
                    academic=args.academic,
                    target=args.out,
                    language=args.lang,
                    today=dt.date.today(),
                )
            except ValueError as refusal:
                print(f"stagedesk: {refusal}", file=sys.stderr)
                return EXIT_REFUSED
    finally:
        database.dispose()
    print(f"{args.out}\t{pages} page(s)")
    return 0


def _kinds(args: argparse.Namespace) -> list[Any] | None:
    from stagedesk.core.models import InternshipKind

    return [InternshipKind(kind) for kind in args.kind] if args.kind else None
