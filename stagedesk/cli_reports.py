"""Command line for reports.

stagedesk report annual --from YEAR --to YEAR [--academic] [--lang nl|fr|en] [--unit ID…]
                        --out FILE.xlsx
"""

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

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
    annual.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    annual.set_defaults(handler=lambda args: _run_annual(args, opener))


def _run_annual(args: argparse.Namespace, opener: Opener) -> int:
    from stagedesk.core.reports import annual_overview
    from stagedesk.output.xlsx import write_annual_overview

    suffix = args.out.suffix.lower()
    if suffix == ".pdf":
        print("stagedesk: PDF comes later; write an .xlsx for now", file=sys.stderr)
        return EXIT_REFUSED
    if suffix != ".xlsx":
        print(f"stagedesk: cannot write {args.out.name}; use FILE.xlsx", file=sys.stderr)
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
                    today=dt.date.today(),
                    language=args.lang,
                )
            except ValueError as refusal:
                print(f"stagedesk: {refusal}", file=sys.stderr)
                return EXIT_REFUSED
    finally:
        database.dispose()
    write_annual_overview(overview, args.out, language=args.lang)
    print(f"{args.out}\t{len(overview.rows)} row(s)")
    return 0
