"""Command line for the shared database: moving the data between a file and a server.

stagedesk copy --from-db FILE --to-db-url URL      (the laptop's file onto the server)
stagedesk copy --from-db-url URL --to-db FILE      (and back, e.g. to take it home)

The target must be empty (a new file, or a new database on the server): StageDesk creates
its tables there first, then copies every row, ids and all, in one transaction. The files
of the documents (each internship's folder, the bin's) and the mail drafts follow into the
target's folders; a document whose file is missing is named.
"""

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

EXIT_REFUSED = 2
Opener = Callable[[argparse.Namespace], Any]


def add_commands(commands: Any, database: argparse.ArgumentParser, opener: Opener) -> None:
    copy = commands.add_parser(
        "copy",
        help="copy all data from one database into a new, empty one (e.g. file to server)",
        description="Copy every record from one StageDesk database into an empty one.",
    )
    source = copy.add_mutually_exclusive_group(required=True)
    source.add_argument("--from-db", type=Path, metavar="FILE", help="a SQLite database file")
    source.add_argument("--from-db-url", metavar="URL", help="a server database, by URL")
    target = copy.add_mutually_exclusive_group(required=True)
    target.add_argument("--to-db", type=Path, metavar="FILE", help="a new SQLite file")
    target.add_argument(
        "--to-db-url", metavar="URL", help="an empty server database, e.g. postgresql://…"
    )
    copy.set_defaults(handler=_run_copy)


def _open(path: Path | None, url: str | None) -> Any:
    from stagedesk.core.db.database import open_sqlite, open_url

    return open_url(url) if url else open_sqlite(Path(path or ""))


def _run_copy(args: argparse.Namespace) -> int:
    from stagedesk.core.db.shared_database import TargetNotEmpty, copy_rows
    from stagedesk.core.mail.drafts import drafts_dir
    from stagedesk.core.progress import run_to_end
    from stagedesk.core.records.documents import copy_document_files, copy_tree, documents_dir

    if args.from_db and not args.from_db.is_file():
        print(f"stagedesk: {args.from_db} does not exist", file=sys.stderr)
        return EXIT_REFUSED
    source = _open(args.from_db, args.from_db_url)
    try:
        target = _open(args.to_db, args.to_db_url)
        try:
            if source.location == target.location:
                print("stagedesk: the source and the target are the same", file=sys.stderr)
                return EXIT_REFUSED
            try:
                copied = int(run_to_end(copy_rows(source, target)))
            except TargetNotEmpty:
                print(
                    f"stagedesk: {target.location} already holds data; "
                    "copy only into a new, empty database",
                    file=sys.stderr,
                )
                return EXIT_REFUSED
            files = copy_document_files(source, target)
            drafts = copy_tree(drafts_dir(source), drafts_dir(target))
        finally:
            target.dispose()
    finally:
        source.dispose()
    print(f"Copied {copied} records from {source.location} to {target.location}.")
    if files.copied:
        print(f"Copied {len(files.copied)} document files to {documents_dir(target)}.")
    if drafts:
        print(f"Copied {len(drafts)} mail drafts to {drafts_dir(target)}.")
    if files.missing:
        print(
            f"stagedesk: {len(files.missing)} documents had no file in {documents_dir(source)},"
            " so the copy has none either: " + ", ".join(files.missing),
            file=sys.stderr,
        )
    return 0
