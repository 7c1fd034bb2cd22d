"""Command line for the paper side: list internships, print forms, read filled ones back.

stagedesk internships [--year Y]
stagedesk print FORM --internship ID [--blank|--prefilled|--fillable] [--lang nl|fr|en]
                --out FILE.pdf
stagedesk read-forms FILE.pdf… [--apply]
stagedesk info-sheet --internship ID --out FILE.pdf [--lang nl|fr|en]
stagedesk dossier --internship ID --out FILE.pdf [--lang nl|fr|en]
stagedesk opportunities --out FILE.pdf [--lang nl|fr|en] [--unit ID…]
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
    listing = commands.add_parser(
        "internships", parents=[database], help="one line per internship, tab-separated"
    )
    listing.add_argument("--year", type=int, help="only internships starting in this year")
    listing.set_defaults(handler=lambda args: _run_internships(args, opener))

    printing = commands.add_parser("print", parents=[database], help="print a toolbox form")
    printing.add_argument("form", metavar="FORM", help="form id, e.g. intern_survey")
    printing.add_argument("--internship", type=int, required=True, metavar="ID")
    variant = printing.add_mutually_exclusive_group()
    for name in ("blank", "prefilled", "fillable"):
        variant.add_argument(f"--{name}", dest="variant", action="store_const", const=name)
    printing.add_argument("--lang", choices=("nl", "fr", "en"))
    printing.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    printing.set_defaults(handler=lambda args: _run_print(args, opener), variant="fillable")

    reading = commands.add_parser(
        "read-forms", parents=[database], help="show (or --apply) what filled-in forms change"
    )
    reading.add_argument("files", nargs="+", type=Path, metavar="FILE.pdf")
    reading.add_argument("--apply", action="store_true", help="write the answers")
    reading.set_defaults(handler=lambda args: _run_read(args, opener))
    _add_documents(commands, database, opener)


def _add_documents(commands: Any, database: argparse.ArgumentParser, opener: Opener) -> None:
    for name, help_text in (
        ("info-sheet", "the one-page info sheet of an internship"),
        (
            "dossier",
            "an internship's whole dossier: info sheet, checklists, interview, log, surveys",
        ),
    ):
        document = commands.add_parser(name, parents=[database], help=help_text)
        document.add_argument("--internship", type=int, required=True, metavar="ID")
        document.add_argument("--lang", choices=("nl", "fr", "en"), help="default: the intern's")
        document.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
        document.set_defaults(
            handler=lambda args: _run_internship_document(args, opener), document=name
        )
    offers = commands.add_parser(
        "opportunities", parents=[database], help="the offered opportunities, for schools"
    )
    offers.add_argument("--lang", choices=("nl", "fr", "en"), default="nl")
    offers.add_argument("--unit", type=int, action="append", metavar="ID", help="only this unit")
    offers.add_argument("--out", type=Path, required=True, metavar="FILE.pdf")
    offers.set_defaults(handler=lambda args: _run_opportunities(args, opener))


def _run_internships(args: argparse.Namespace, opener: Opener) -> int:
    from stagedesk.core.records.listing import internships

    database = opener(args)
    try:
        with database.sessions() as session:
            rows = internships(session).rows
    finally:
        database.dispose()
    for row in sorted(rows, key=lambda r: (r[6], r[0])):
        internship_id, intern, unit, _mentor, _school, _kind, start, end, _status = row
        if args.year is None or start.year == args.year:
            print(f"{internship_id}\t{intern}\t{unit}\t{start.isoformat()}\t{end.isoformat()}")
    return 0


def _run_print(args: argparse.Namespace, opener: Opener) -> int:
    from stagedesk.core.forms import FormRegistry, RecordKind
    from stagedesk.core.models import Internship
    from stagedesk.output.pdf.forms.job import Variant
    from stagedesk.output.pdf.forms.printing import print_form

    registry = FormRegistry.load()
    definition = registry.definitions.get(args.form)
    if definition is None or definition.record is not RecordKind.INTERNSHIP:
        known = ", ".join(d.id for d in registry.for_record(RecordKind.INTERNSHIP))
        print(f"stagedesk: no internship form {args.form!r}; known: {known}", file=sys.stderr)
        return EXIT_REFUSED
    database = opener(args)
    try:
        with database.sessions() as session:
            if session.get(Internship, args.internship) is None:
                print(f"stagedesk: no internship {args.internship}", file=sys.stderr)
                return EXIT_REFUSED
        job = print_form(
            database.sessions,
            registry,
            definition,
            args.internship,
            Variant(args.variant),
            args.out,
            language=args.lang,
            today=dt.date.today(),
        )
    finally:
        database.dispose()
    print(f"{args.out}\t{job.code.short}")
    return 0


def _run_read(args: argparse.Namespace, opener: Opener) -> int:
    from stagedesk.core.forms import FormRegistry
    from stagedesk.output.readback.importing import apply_import, plan_import
    from stagedesk.output.readback.reader import PdfRefused

    registry = FormRegistry.load()
    database = opener(args)
    refused = 0
    try:
        for path in args.files:
            try:
                with database.sessions.begin() as session:
                    plan = plan_import(session, registry, path)
                    _describe(plan)
                    if args.apply and plan.changes_anything:
                        apply_import(session, plan, dt.date.today())
                        print("\tapplied")
            except PdfRefused as refusal:
                refused += 1
                print(f"stagedesk: {refusal}", file=sys.stderr)
    finally:
        database.dispose()
    return EXIT_REFUSED if refused else 0


def _describe(plan: Any) -> None:
    print(f"{plan.file}\t{plan.definition.id}\t{plan.subject}\t{len(plan.changes)} change(s)")
    for change in plan.changes:
        before = change.before or "—"
        print(f"\t{change.label}: {before} -> {change.after}")
    for label in plan.unreadable:
        print(f"\t{label}: could not be read, left as it was")


def _run_internship_document(args: argparse.Namespace, opener: Opener) -> int:
    from stagedesk.core.forms import FormRegistry
    from stagedesk.output.pdf.documents.dossier import write_dossier
    from stagedesk.output.pdf.documents.info_page import write_info_sheet

    write = write_dossier if args.document == "dossier" else write_info_sheet
    registry = FormRegistry.load()
    database = opener(args)
    try:
        with database.sessions() as session:
            try:
                pages = write(
                    session,
                    registry,
                    args.internship,
                    args.out,
                    language=args.lang,
                    today=dt.date.today(),
                )
            except LookupError:
                print(f"stagedesk: no internship {args.internship}", file=sys.stderr)
                return EXIT_REFUSED
    finally:
        database.dispose()
    print(f"{args.out}\t{pages} page(s)")
    return 0


def _run_opportunities(args: argparse.Namespace, opener: Opener) -> int:
    from stagedesk.output.pdf.documents.opportunity_list import write_opportunity_list

    database = opener(args)
    try:
        with database.sessions() as session:
            pages = write_opportunity_list(
                session, args.out, language=args.lang, today=dt.date.today(), unit_ids=args.unit
            )
    finally:
        database.dispose()
    print(f"{args.out}\t{pages} page(s)")
    return 0
