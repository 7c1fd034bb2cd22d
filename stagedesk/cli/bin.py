"""Command line: the bin of deleted records.

stagedesk bin list
stagedesk bin restore ID [--with-parents]
stagedesk bin empty --yes
"""

import argparse
import datetime as dt
import sys
from collections.abc import Callable
from typing import Any

EXIT_REFUSED = 2
Opener = Callable[[argparse.Namespace], Any]


def add_commands(commands: Any, database: argparse.ArgumentParser, opener: Opener) -> None:
    trash = commands.add_parser("bin", help="deleted records, kept for 30 days")
    actions = trash.add_subparsers(title="actions", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "list", parents=[database], help="one line per entry: id, deleted, days left, what"
    )
    listing.set_defaults(handler=lambda args: _run_list(args, opener))
    restoring = actions.add_parser(
        "restore", parents=[database], help="put an entry back, with the rows that went along"
    )
    restoring.add_argument("entry", type=int, metavar="ID", help="the id from `bin list`")
    restoring.add_argument(
        "--with-parents",
        action="store_true",
        help="also restore entries holding records it refers to (a deleted unit)",
    )
    restoring.set_defaults(handler=lambda args: _run_restore(args, opener))
    emptying = actions.add_parser("empty", parents=[database], help="delete all for good")
    emptying.add_argument("--yes", action="store_true", help="really: nothing can be restored")
    emptying.set_defaults(handler=lambda args: _run_empty(args, opener))


def _refuse(text: str) -> int:
    print(f"stagedesk: {text}", file=sys.stderr)
    return EXIT_REFUSED


def _run_list(args: argparse.Namespace, opener: Opener) -> int:
    from stagedesk.core.bin.trash import list_bin
    from stagedesk.core.bin.words import kind

    database = opener(args)
    try:
        items = list_bin(database.sessions)
    finally:
        database.dispose()
    today = dt.date.today()
    for item in items:
        deleted = item.deleted_at.isoformat(sep=" ", timespec="minutes")
        days = item.days_left(today)
        print(f"{item.entry_id}\t{deleted}\t{days}\t{kind(item.table)}\t{item.label}")
    return 0


def _run_restore(args: argparse.Namespace, opener: Opener) -> int:
    from stagedesk.core.bin.trash import EntryGone, RestoreRefused, restore
    from stagedesk.core.records.documents import documents_dir

    database = opener(args)
    try:
        restored = restore(
            database.sessions,
            args.entry,
            with_parents=args.with_parents,
            documents=documents_dir(database),
        )
    except EntryGone:
        return _refuse(f"no entry {args.entry} in the bin")
    except RestoreRefused as refused:
        hint = " (--with-parents restores them along)" if refused.parents else ""
        return _refuse(f"entry {args.entry} was not restored: {refused}{hint}")
    finally:
        database.dispose()
    print(f"restored\t{','.join(str(e) for e in restored.entries)}\t{','.join(restored.tables)}")
    return 0


def _run_empty(args: argparse.Namespace, opener: Opener) -> int:
    from stagedesk.core.bin.trash import empty_bin, list_bin
    from stagedesk.core.records.documents import documents_dir

    database = opener(args)
    try:
        if not args.yes:
            count = len(list_bin(database.sessions))
            what = f"{count} entry" if count == 1 else f"{count} entries"
            return _refuse(f"emptying the bin deletes {what} for good; add --yes to do so")
        emptied = empty_bin(database.sessions, documents=documents_dir(database))
    finally:
        database.dispose()
    print(f"deleted for good\t{emptied}")
    return 0
