"""Command line: bringing an old Excel or CSV list in, and its empty template.

stagedesk import FILE [--dry-run]
stagedesk import-template --out FILE.xlsx [--lang nl|fr|en]

An import writes everything or nothing: with any bad row it lists them all on stderr and
exits with code 2.
"""

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

EXIT_REFUSED = 2
Opener = Callable[[argparse.Namespace], Any]


def add_commands(commands: Any, database: argparse.ArgumentParser, opener: Opener) -> None:
    importing = commands.add_parser(
        "import",
        parents=[database],
        help="bring an old list of interns in (.xlsx, .xls, .ods, .csv)",
    )
    importing.add_argument("file", type=Path, metavar="FILE")
    importing.add_argument(
        "--dry-run", action="store_true", help="check the list and say what would be created"
    )
    importing.set_defaults(handler=lambda args: _run_import(args, opener))
    template = commands.add_parser(
        "import-template", help="the empty import list, with a sheet explaining each column"
    )
    template.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    template.add_argument("--lang", choices=("nl", "fr", "en"), default="nl")
    template.set_defaults(handler=_run_template)


def _refuse(text: str) -> int:
    print(f"stagedesk: {text}", file=sys.stderr)
    return EXIT_REFUSED


def _run_import(args: argparse.Namespace, opener: Opener) -> int:
    from stagedesk.core.forms import FormRegistry
    from stagedesk.core.imports import (
        ImportFailed,
        ImportRefused,
        check_table,
        import_plan,
        match_columns,
        read_table,
    )
    from stagedesk.core.imports.rows import column_title
    from stagedesk.core.progress import run_to_end

    today = dt.date.today()
    try:
        table = read_table(args.file)
        match = match_columns(table.headers)
        database = opener(args)
        try:
            with database.sessions() as session:
                plan = run_to_end(check_table(session, table, match, args.file.name, today))
            if plan.errors:
                for problem in plan.errors:
                    title = column_title(problem.column, "en")
                    where = f"row {problem.row}" + (f", {title}" if title else "")
                    print(f"{args.file.name}: {where}: {problem.text}", file=sys.stderr)
                return _refuse(
                    f"{len(plan.errors)} problem(s) in {args.file.name}; nothing was imported"
                )
            created, unchanged = plan.created, plan.unchanged
            if not args.dry_run:
                work = import_plan(database.sessions, plan, FormRegistry.load(), today)
                result = run_to_end(work)
                created, unchanged = result.created, result.unchanged
        finally:
            database.dispose()
    except ImportRefused as refused:
        return _refuse(str(refused))
    except ImportFailed as failed:
        return _refuse(f"{failed}; nothing was imported")
    for problem in plan.warnings:
        print(f"{args.file.name}: row {problem.row}: note: {problem.text}")
    _summary(len(plan.rows), created, unchanged, args.dry_run)
    return 0


def _summary(rows: int, created: Mapping[str, int], unchanged: int, dry_run: bool) -> None:
    verb = "would create" if dry_run else "created"
    made = [f"{count} {kind}" for kind, count in created.items() if count]  # kinds are nouns
    print(f"{rows} rows read; {verb}: {', '.join(made) if made else 'nothing'}")
    if unchanged:
        print(f"{unchanged} rows were already in StageDesk")


def _run_template(args: argparse.Namespace) -> int:
    from stagedesk.output.xlsx.import_template import write_import_template

    if args.out.suffix.casefold() != ".xlsx":
        return _refuse(f"{args.out.name}: the template is an Excel workbook; end the name in .xlsx")
    try:
        write_import_template(args.out, args.lang)
    except OSError as error:
        return _refuse(f"cannot write {args.out}: {error.strerror or error}")
    print(args.out)
    return 0
