"""Command line: export of everything and the calendar.

stagedesk export --out FILE.xlsx [--lang nl|fr|en] [--with-target-groups]
stagedesk calendar --out FILE.ics [--internship ID | --since YYYY-MM-DD] [--lang nl|fr|en]

Both refuse another kind of file, a target that cannot be written and (calendar) an
unknown internship with one line on stderr and exit code 2; both write beside the target
and rename at the end, so a failure never leaves half a file.
"""

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_REFUSED = 2
LANGUAGES = ("nl", "fr", "en")
Opener = Callable[[argparse.Namespace], Any]


def add_commands(commands: Any, database: argparse.ArgumentParser, opener: Opener) -> None:
    export = commands.add_parser(
        "export", parents=[database], help="every record in one workbook, a sheet per kind"
    )
    export.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx")
    export.add_argument("--lang", choices=LANGUAGES, default="nl", help="headers and words")
    export.add_argument(
        "--with-target-groups",
        dest="target_groups",
        action="store_true",
        help="also the candidates' target-group fields (sensitive; left out by default)",
    )
    export.set_defaults(handler=lambda args: _run_export(args, opener))

    calendar = commands.add_parser(
        "calendar",
        parents=[database],
        help="internship days, checklist items due and evaluation moments as an .ics file",
    )
    calendar.add_argument("--out", type=Path, required=True, metavar="FILE.ics")
    which = calendar.add_mutually_exclusive_group()
    which.add_argument("--internship", type=int, metavar="ID", help="only this internship")
    which.add_argument(
        "--since",
        type=_day,
        metavar="YYYY-MM-DD",
        help="internships ending on or after this day (default: a year ago)",
    )
    calendar.add_argument("--lang", choices=LANGUAGES, default="nl", help="event titles")
    calendar.set_defaults(handler=lambda args: _run_calendar(args, opener))


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("give a date as YYYY-MM-DD") from None


def _refused(message: str) -> int:
    print(f"stagedesk: {message}", file=sys.stderr)
    return EXIT_REFUSED


def _target_refusal(target: Path, suffix: str) -> str | None:
    """Why ``target`` cannot be written, or None."""
    from stagedesk.output.files import TargetRefused, check_target

    if target.suffix.lower() != suffix:
        return f"cannot write {target.name}; use FILE{suffix}"
    try:
        check_target(target)
    except TargetRefused as refusal:
        return f"cannot write {target}: {refusal}"
    return None


def _run_export(args: argparse.Namespace, opener: Opener) -> int:
    refusal = _target_refusal(args.out, ".xlsx")
    if refusal is not None:
        return _refused(refusal)
    from stagedesk.output.xlsx.everything import write_everything

    database = opener(args)
    try:
        summary = write_everything(
            database.sessions, args.out, args.lang, include_target_groups=args.target_groups
        )
    except OSError as error:  # the disk filled up, the file is open in Excel…
        return _refused(f"cannot write {args.out}: {error.strerror or error}")
    finally:
        database.dispose()
    rows = sum(summary.counts.values())
    print(f"{args.out}\t{rows} rows on {len(summary.counts)} sheets")
    for line in summary.lines():
        print(f"\t{line}")
    return 0


def _run_calendar(args: argparse.Namespace, opener: Opener) -> int:
    refusal = _target_refusal(args.out, ".ics")
    if refusal is not None:
        return _refused(refusal)
    from stagedesk.core.calendar.days import NoSuchInternship, load_calendar
    from stagedesk.core.forms import FormRegistry
    from stagedesk.output.ics import write_calendar

    registry = FormRegistry.load()
    database = opener(args)
    try:
        with database.sessions() as session:
            calendar = load_calendar(
                session,
                registry,
                language=args.lang,
                today=dt.date.today(),
                internship_id=args.internship,
                since=args.since,
            )
    except NoSuchInternship:
        return _refused(f"no internship {args.internship}")
    finally:
        database.dispose()
    try:
        count = write_calendar(calendar, args.out)
    except OSError as error:
        return _refused(f"cannot write {args.out}: {error.strerror or error}")
    print(f"{args.out}\t{count} event(s)\t{calendar.name}")
    return 0
