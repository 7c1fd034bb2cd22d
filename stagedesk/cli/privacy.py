"""Command line: privacy: a person's data, erasing, retention.

stagedesk person export --candidate ID --out FILE.xlsx|FILE.json [--with-target-groups]
                        [--lang nl|fr|en]
stagedesk person erase --candidate ID [--yes]   (without --yes: what would go, exit 2)
stagedesk retention [--years N] [--apply]       (who is due; --apply anonymises them)
"""

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_REFUSED = 2
_NOT_COMPACTED = "The database file could not be compacted now; its freed space was zeroed."
_ON_SERVER = (
    "On a server database the old versions of their rows stay in the server's files until"
    " the server reclaims that space (VACUUM FULL, run by whoever manages the server): ask"
    " them if the erasure must reach the disk now."
)
MAX_YEARS = 30  # models.organisation.MAX_RETENTION_YEARS, repeated: parsing imports nothing
Opener = Callable[[argparse.Namespace], Any]


def add_commands(commands: Any, database: argparse.ArgumentParser, opener: Opener) -> None:
    person = commands.add_parser("person", help="one person's data: export it, or erase it")
    actions = person.add_subparsers(title="actions", metavar="ACTION", required=True)
    exporting = actions.add_parser(
        "export", parents=[database], help="everything StageDesk holds about a candidate"
    )
    exporting.add_argument("--candidate", type=int, required=True, metavar="ID")
    exporting.add_argument("--out", type=Path, required=True, metavar="FILE.xlsx|FILE.json")
    exporting.add_argument(
        "--with-target-groups",
        action="store_true",
        help="include the target-group answers (sensitive; left out unless asked)",
    )
    exporting.add_argument("--lang", choices=("nl", "fr", "en"), default="nl")
    exporting.set_defaults(handler=lambda args: _run_export(args, opener))
    erasing = actions.add_parser(
        "erase", parents=[database], help="anonymise a candidate now, on their request"
    )
    erasing.add_argument("--candidate", type=int, required=True, metavar="ID")
    erasing.add_argument(
        "--yes", action="store_true", help="really erase (without: show what would go)"
    )
    erasing.set_defaults(handler=lambda args: _run_erase(args, opener))
    retention = commands.add_parser(
        "retention", parents=[database], help="who is due to be anonymised (--apply: do it)"
    )
    retention.add_argument(
        "--years", type=_years, help="retention in years (default: the organisation's setting)"
    )
    retention.add_argument("--apply", action="store_true", help="anonymise everyone listed")
    retention.set_defaults(handler=lambda args: _run_retention(args, opener))


def _years(text: str) -> int:
    if not text.strip().isdigit() or not 1 <= int(text) <= MAX_YEARS:
        raise argparse.ArgumentTypeError(f"give a number of years from 1 to {MAX_YEARS}")
    return int(text)


def _refuse(text: str) -> int:
    print(f"stagedesk: {text}", file=sys.stderr)
    return EXIT_REFUSED


def _options(database: Any, **more: Any) -> Any:
    from stagedesk.core.mail.drafts import drafts_dir
    from stagedesk.core.privacy import Options
    from stagedesk.core.records.documents import documents_dir

    return Options(documents_dir(database), drafts_dir(database), **more)


def _run_export(args: argparse.Namespace, opener: Opener) -> int:
    from stagedesk.core.mail.drafts import drafts_dir
    from stagedesk.core.privacy import PersonGone
    from stagedesk.core.records.documents import documents_dir
    from stagedesk.output.files import TargetRefused
    from stagedesk.output.person_export import FORMATS, export_person

    if args.out.suffix.lower() not in FORMATS:
        return _refuse(f"{args.out.name}: write a person's data as .xlsx or .json")
    database = opener(args)
    try:
        with database.sessions() as session:
            exported = export_person(
                session,
                args.candidate,
                args.out,
                args.lang,
                include_target_groups=args.with_target_groups,
                documents=documents_dir(database),
                drafts=drafts_dir(database),
            )
    except PersonGone:
        return _refuse(f"no candidate {args.candidate}")
    except TargetRefused as refusal:
        return _refuse(str(refusal))
    finally:
        database.dispose()
    data = exported.data
    counts = ", ".join(f"{key} {len(rows)}" for key, rows in data.sections.items())
    print(f"{args.out}\t{data.name}\t{counts}")
    if exported.folder is not None:
        print(f"{exported.folder}\t{len(exported.files)} file(s): documents and mail drafts")
    return 0


def _run_erase(args: argparse.Namespace, opener: Opener) -> int:
    from stagedesk.core.privacy import PersonGone, erase_person, what_is_kept

    today = dt.date.today()
    database = opener(args)
    try:
        with database.sessions() as session:
            keeping = what_is_kept(session, args.candidate, today, _backups(database))
        if not args.yes:
            _describe(keeping)
            return _refuse(f"{keeping.name} was not erased: add --yes to erase")
        result = erase_person(database.sessions, args.candidate, today, _options(database))
    except PersonGone:
        return _refuse(f"no candidate {args.candidate}")
    finally:
        database.dispose()
    print(f"Erased {keeping.name}: now {keeping.pseudonym}.")
    return _after(result)


def _backups(database: Any) -> tuple[int, Path] | None:
    """The backups beside a database file (the command line knows no folder of the
    window's settings); None on a server."""
    from stagedesk.core.db.backups import default_folder, list_backups

    if database.path is None:
        return None
    folder = default_folder(database.path)
    return len(list_backups(folder, database.path)), folder


def _describe(keeping: Any) -> None:
    print(f"Erasing {keeping.name} removes:")
    for line in keeping.goes:
        print(f"  - {line}")
    print(f"What stays, anonymous, as {keeping.pseudonym}:")
    for line in keeping.kept:
        print(f"  + {line}")
    for line in keeping.warnings:
        print(f"  ! {line}")


def _after(result: Any) -> int:
    """What was done; exit 2 while a file of theirs is left (it is never said gone)."""
    if result.files:
        print(f"Deleted {result.files} file(s): documents and mail drafts.")
    if result.bin_entries:
        print(f"The bin forgot {result.bin_entries} entry(ies) about them.")
    if not result.compacted:
        print(_NOT_COMPACTED if result.zeroed else _ON_SERVER)
    if not result.left:
        return 0
    print(
        f"stagedesk: {len(result.left)} file(s) could not be deleted yet; StageDesk tries"
        " again each time it opens this database (close the program that has them open):",
        file=sys.stderr,
    )
    for leftover in result.left:
        print(f"  {leftover.path}: {leftover.problem}", file=sys.stderr)
    return EXIT_REFUSED


def _run_retention(args: argparse.Namespace, opener: Opener) -> int:
    from stagedesk.core.privacy import (
        anonymise,
        due_for_anonymising,
        mark_reviewed,
        read_settings,
    )

    today = dt.date.today()
    database = opener(args)
    try:
        with database.sessions() as session:
            years = args.years or read_settings(session).years
            due = due_for_anonymising(session, today, years)
        for person in due:
            kind = "intern" if person.intern else "candidate"
            since = person.last_activity.isoformat()
            print(f"{person.candidate_id}\t{person.name}\t{kind}\t{since}")
        print(f"{len(due)} due after {years} years.", file=sys.stderr)
        if args.apply and due:
            options = _options(database, retention_years=years)
            ids = [person.candidate_id for person in due]
            result = anonymise(database.sessions, ids, today, options)
            mark_reviewed(database.sessions, today)
            print(f"Anonymised {len(result.candidates)}.")
            return _after(result)
    finally:
        database.dispose()
    return 0
