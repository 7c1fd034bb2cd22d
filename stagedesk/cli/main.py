"""Command line: the GUI by default, subcommands for batch work.

Every subcommand takes ``--db PATH`` (a SQLite file) or ``--db-url URL`` (e.g. PostgreSQL).
A database that cannot be opened gives one line on stderr and exit code 2, never a traceback.
"""

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Sequence
from contextlib import suppress
from pathlib import Path
from types import ModuleType
from typing import Any

from stagedesk import __version__
from stagedesk.cli import bin as bin_commands  # "bin" alone is Python's own
from stagedesk.cli import export, list_import, mail, paper, privacy, reports, safety, shared
from stagedesk.cli.shared import EXIT_REFUSED

EXIT_BAD_DATABASE = 2

Handler = Callable[[argparse.Namespace], int]

# Each adds its subcommands with ``add_commands(commands, database_options, opener)``;
# each imports what its commands need only when one runs, so parsing stays light.
COMMAND_GROUPS: tuple[ModuleType, ...] = (
    paper,
    reports,
    list_import,
    export,
    mail,
    safety,
    privacy,
    bin_commands,
    shared,
)


class _Databases(argparse.Action):
    """``--db`` names the database; given again, each further file goes to ``more_dbs``
    (only ``report annual`` reads several: one answer from several organisations)."""

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        if getattr(namespace, "db", None) is None:
            namespace.db = values
        else:
            namespace.more_dbs = [*getattr(namespace, "more_dbs", []), values]


def _database_options() -> argparse.ArgumentParser:
    # Given before or after the command; SUPPRESS keeps a command's parser from resetting
    # to None what was given before it (argparse copies a sub-parser's defaults over).
    parent = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    # Not exclusive for argparse: 'report annual' reads a server's database and files
    # together; ``main`` refuses both for every other command.
    where = parent.add_argument_group("database")
    where.add_argument(
        "--db",
        type=Path,
        metavar="PATH",
        action=_Databases,
        help="SQLite database file (report annual: again for each organisation's file)",
    )
    where.add_argument(
        "--db-url",
        "--database-url",
        dest="db_url",
        metavar="URL",
        help="a shared database on a server, e.g. postgresql://user@host/stagedesk",
    )
    return parent


def _open(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    from stagedesk.core.db.database import open_sqlite, open_url
    from stagedesk.core.db.paths import default_database

    if args.db_url:
        return open_url(args.db_url)
    return open_sqlite(args.db or default_database())


def _run_gui(args: argparse.Namespace) -> int:
    from stagedesk.ui.shell.app import run

    return run(args.db, args.db_url, list(args.qt_args))


def _run_demo(args: argparse.Namespace) -> int:
    from stagedesk.core.demo.generate import DemoOptions, DemoRefused, generate

    options = DemoOptions(
        seed=args.seed, years=args.years, per_year=args.per_year, today=args.today
    )
    database = _open(args)
    try:
        summary = generate(database.sessions, options)
    except DemoRefused:
        print(
            "stagedesk: the database already holds data; the demo fills only an empty database",
            file=sys.stderr,
        )
        return EXIT_BAD_DATABASE
    finally:
        database.dispose()
    print(summary.describe())
    return 0


def _run_self_test(args: argparse.Namespace) -> int:
    from stagedesk.ui.shell.selftest import run_self_test

    return run_self_test(args.db, args.db_url)


def _count(low: int, high: int) -> Callable[[str], int]:
    # The limits of stagedesk.core.demo.generate.DemoOptions, repeated so that parsing the command
    # line does not import the database layer.
    def parse(text: str) -> int:
        if not text.strip().isdigit() or not low <= int(text) <= high:
            raise argparse.ArgumentTypeError(f"give a number from {low} to {high}")
        return int(text)

    return parse


def _day(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError("give a date as YYYY-MM-DD") from None


def _add_demo(commands: Any, database: argparse.ArgumentParser) -> None:
    demo = commands.add_parser(
        "demo", parents=[database], help="fill a database with a fictional organisation"
    )
    demo.add_argument("--seed", type=int, default=2024)
    demo.add_argument("--years", type=_count(1, 30), default=5, help="academic years (1-30)")
    demo.add_argument(
        "--per-year", type=_count(1, 5000), default=60, help="internships per year (1-5000)"
    )
    demo.add_argument(
        "--today",
        type=_day,
        metavar="YYYY-MM-DD",
        help="the date the demo is made for (default: today)",
    )
    demo.set_defaults(handler=_run_demo)


def _add_forms(commands: Any, database: argparse.ArgumentParser) -> None:
    forms = commands.add_parser("forms", help="check and list the toolbox form definitions")
    actions = forms.add_subparsers(title="actions", metavar="ACTION", required=True)
    validate = actions.add_parser(
        "validate", help="check definition files (default: the toolbox and your own copies)"
    )
    validate.add_argument("paths", nargs="*", type=Path, metavar="PATH")
    validate.set_defaults(handler=_run_forms_validate)
    listing = actions.add_parser(
        "list", parents=[database], help="one line per definition in use: id, version, title"
    )
    listing.set_defaults(handler=_run_forms_list)


def _run_forms_validate(args: argparse.Namespace) -> int:
    from stagedesk.core.forms import DefinitionInvalid, load_definition
    from stagedesk.core.forms.registry import builtin_dir, definition_files, organisation_dir

    paths = args.paths or [*definition_files(builtin_dir()), *definition_files(organisation_dir())]
    failed = 0
    for path in paths:
        files = definition_files(path) if path.is_dir() else [path]
        for file in files:
            try:
                definition = load_definition(file)
            except DefinitionInvalid as invalid:
                failed += 1
                print("\n".join(invalid.lines()), file=sys.stderr)
            else:
                print(f"{file}: {definition.id} version {definition.version} is valid")
    return EXIT_BAD_DATABASE if failed else 0


def _run_forms_list(args: argparse.Namespace) -> int:
    from stagedesk.core.forms import FormRegistry
    from stagedesk.core.forms.registry import stored_versions

    registry = FormRegistry.load()
    for invalid in registry.problems:
        print("\n".join(invalid.lines()), file=sys.stderr)
    rows = {(d.id, d.version): d.title.en for d in registry.all()}
    if args.db or args.db_url:
        database = _open(args)
        try:
            with database.sessions() as session:
                for form_id, version in stored_versions(session):
                    rows.setdefault((form_id, version), "(older version, kept with its answers)")
        finally:
            database.dispose()
    for (form_id, version), title in sorted(rows.items()):
        print(f"{form_id}\t{version}\t{title}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    database = _database_options()
    parser = argparse.ArgumentParser(
        prog="stagedesk", description="StageDesk, the internship desk.", parents=[database]
    )
    parser.add_argument("--version", action="version", version=f"StageDesk {__version__}")
    parser.set_defaults(handler=_run_gui, qt_args=[])
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")
    _add_demo(commands, database)
    self_test = commands.add_parser(
        "self-test", parents=[database], help="open every page offscreen and exit"
    )
    self_test.set_defaults(handler=_run_self_test)
    _add_forms(commands, database)
    for group in COMMAND_GROUPS:
        group.add_commands(commands, database, _open)
    return parser


def _refused_target(args: argparse.Namespace) -> str:
    """Why the file a command would write (``--out``) must not be written; "" if it may."""
    out = getattr(args, "out", None)
    if not isinstance(out, Path):
        return ""
    from stagedesk.core.db.kept_files import WouldOverwrite, check_not_kept
    from stagedesk.core.db.paths import default_database
    from stagedesk.messages import refusal_text

    db_path = None if args.db_url else (args.db or default_database())
    try:
        check_not_kept(out, db_path)
    except WouldOverwrite as refusal:
        return refusal_text(refusal)
    return ""


def main(argv: Sequence[str] | None = None) -> int:
    from stagedesk.core.db.problems import DatabaseProblem

    parser = build_parser()
    args, qt_args = parser.parse_known_args(argv)
    if qt_args and args.handler is not _run_gui:
        parser.error(f"unrecognized arguments: {' '.join(qt_args)}")
    args.qt_args = qt_args
    for name in ("db", "db_url"):  # given neither before nor after the command
        setattr(args, name, getattr(args, name, None))
    refused = _refused_target(args)
    several = getattr(args, "several_databases", False)
    if getattr(args, "more_dbs", None) and not several:
        refused = "--db is given more than once; only 'report annual' reads several files"
    elif args.db and args.db_url and not several:
        refused = "give --db or --db-url, not both"
    if refused:
        print(f"stagedesk: {refused}", file=sys.stderr)
        return EXIT_REFUSED
    try:
        return int(args.handler(args))
    except DatabaseProblem as problem:
        from stagedesk.messages import problem_text

        print(f"stagedesk: {problem_text(problem)}", file=sys.stderr)
        return EXIT_BAD_DATABASE
    except BrokenPipeError:  # the reader went away ("stagedesk internships | head")
        _quiet_stdout()
        return 1
    except Exception as error:
        return _failed(error)


def _failed(error: Exception) -> int:
    """A failure said in one line, never a traceback; exit 2. What is not ours to
    explain (a bug) still raises, so that it is seen and reported."""
    from sqlalchemy.exc import DBAPIError

    from stagedesk.core.db.problems import error_detail
    from stagedesk.core.db.storage import DISK_FULL, is_disk_full

    if is_disk_full(error):
        print(f"stagedesk: {DISK_FULL}", file=sys.stderr)  # the transaction rolled back
    elif isinstance(error, DBAPIError):  # the server went away, the file is locked…
        print(
            f"stagedesk: the database could not finish, so nothing was saved: "
            f"{error_detail(error)}",
            file=sys.stderr,
        )
    elif isinstance(error, OSError):  # a folder that cannot be written, a name too long
        where = f"{error.filename}: " if error.filename else ""
        print(f"stagedesk: {where}{error.strerror or error}", file=sys.stderr)
    else:
        raise error
    return EXIT_BAD_DATABASE


def _quiet_stdout() -> None:
    """Python flushes stdout at exit; into a closed pipe that is one more error."""
    import os

    with suppress(OSError):
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
