"""Command line: bringing an old Excel or CSV list in, and its empty template.

stagedesk import FILE [--dry-run] [--import-rest] [--words FILE] [--unknown-words=ask|empty]
                 [--keep-as-note COLUMN]… [--ignore COLUMN]… [--changes=ask|all|none]
                 [--dates=auto|day-first|month-first]
stagedesk import-template --out FILE.xlsx [--lang nl|fr|en]

An import writes everything or nothing: with any bad row it lists them all on stderr and
exits with code 2. Nothing is dropped without a decision: a word StageDesk does not know is
listed once (with how many rows use it and the best guess) until ``--words`` or
``--unknown-words=empty`` says what it means, and a column it does not use until
``--keep-as-note`` or ``--ignore`` says what to do with it. A newer version of a list
shows what it would change in records already imported (old → new), and changes them only
with ``--changes=all``.
"""

import argparse
import datetime as dt
import sys
from collections.abc import Callable, Mapping
from dataclasses import replace
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
    importing.add_argument(
        "--import-rest",
        action="store_true",
        help="import the rows without a problem, leaving out (and listing) the others",
    )
    importing.add_argument(
        "--words",
        type=Path,
        metavar="FILE",
        help="what unknown words mean: a table of column, word, meaning (empty: unknown)",
    )
    importing.add_argument(
        "--unknown-words",
        choices=("ask", "empty"),
        default="ask",
        help="empty: import words StageDesk does not know as unknown, kept in the notes",
    )
    importing.add_argument(
        "--keep-as-note",
        action="append",
        default=[],
        metavar="COLUMN",
        help="a column StageDesk does not use whose text goes into the notes (header or letter)",
    )
    importing.add_argument(
        "--ignore",
        action="append",
        default=[],
        metavar="COLUMN",
        help="a column StageDesk does not use, left out on purpose (header or letter)",
    )
    importing.add_argument(
        "--dates",
        choices=("auto", "day-first", "month-first"),
        default="auto",
        help="how dates written as text are ordered (auto: told from the dates themselves)",
    )
    importing.add_argument(
        "--changes",
        choices=("ask", "all", "none"),
        default="ask",
        help="what the list says otherwise of records already in StageDesk: apply all, or"
        " none (ask: list them and stop)",
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


_HOLDS = {  # by the import column's name: the CLI imports the import code only when used
    "total_hours": "the hours in total: read as hours in total",
    "allowance": "amounts: read as the allowance",
}


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
    from stagedesk.core.imports.columns import read_by_values, read_numbers
    from stagedesk.core.imports.meanings import remember, remembered
    from stagedesk.core.progress import run_to_end

    today = dt.date.today()
    try:
        table = read_table(args.file)
        match = read_numbers(match_columns(table.headers), table.rows)
        for at, column in read_by_values(match):
            header = match.headers[at]
            print(f"{args.file.name}: the column “{header}” holds {_HOLDS[str(column)]}")
        reading = _reading(args, table, match)
        if isinstance(reading, int):
            return reading
        database = opener(args)
        try:
            with database.sessions() as session:
                known = reading.meanings.after(remembered(session))
                answered = replace(reading, meanings=known)
                checking = check_table(session, table, match, args.file.name, today, answered)
                plan = run_to_end(checking)
            counts = plan.row_counts()  # before "the rest" leaves the refused rows out
            for column in plan.month_first_in_order:
                print(f"{args.file.name}: {plan.header_of(column)}: read month first (mm/dd/yyyy)")
            if plan.unknown_words and not args.import_rest:
                return _ask_about_words(args.file.name, plan)
            if plan.errors:
                for problem in plan.errors:
                    title = plan.header_of(problem.column)
                    where = f"row {problem.row}" + (f", {title}" if title else "")
                    print(f"{args.file.name}: {where}: {problem.text}", file=sys.stderr)
                if not args.import_rest:
                    return _refuse(
                        f"{len(plan.errors)} problem(s) in {args.file.name}; nothing was"
                        " imported (--import-rest imports the rows without one)"
                    )
                left_out = len(plan.refused_rows)
                print(f"{left_out} row(s) with a problem left out; the rest is imported")
                plan = plan.rest()
            for doubt in plan.unit_doubts:
                print(
                    f"{args.file.name}: note: the unit “{doubt.word}” ({doubt.rows} row(s))"
                    f" looks like “{doubt.guess}”; it is imported as a unit of its own unless"
                    f" a --words file says which unit it is"
                )
            for line in _change_lines(args.file.name, plan):
                print(line)
            if plan.changes and args.changes == "ask" and not args.dry_run:
                return _refuse(
                    f"{len(plan.changes)} change(s) to records already in StageDesk: add"
                    " --changes=all to apply them, or --changes=none to import without them;"
                    " nothing was imported"
                )
            chosen = plan.changes if args.changes == "all" else ()
            changed = len({(change.kind, change.id) for change in chosen})
            created, unchanged = plan.created, plan.unchanged
            if not args.dry_run:
                work = import_plan(database.sessions, plan, FormRegistry.load(), today, chosen)
                result = run_to_end(work)
                created, unchanged, changed = result.created, result.unchanged, result.changed
                with database.sessions.begin() as session:  # for the next list
                    remember(session, reading.meanings)
        finally:
            database.dispose()
    except ImportRefused as refused:
        return _refuse(str(refused))
    except ImportFailed as failed:
        return _refuse(f"{failed}; nothing was imported")
    for problem in plan.warnings:
        print(f"{args.file.name}: row {problem.row}: note: {problem.text}")
    print(
        f"rows: {counts['as_is']} as they are, {counts['explained']} with a word explained,"
        f" {counts['noted']} with text kept in the notes, {counts['refused']} refused,"
        f" {counts['passed_over']} passed over (totals, headings)"
    )
    _summary(len(plan.rows), created, unchanged, args.dry_run)
    if changed:
        print(f"{changed} record(s) {'would be' if args.dry_run else 'were'} changed")
    return 0


def _reading(args: argparse.Namespace, table: Any, match: Any) -> Any:
    """How to read the list as the options say (columns kept as notes, the meanings of
    words); an exit code when a column is left without a decision or an option is wrong."""
    from stagedesk.core.imports.columns import unused_columns
    from stagedesk.core.imports.meanings import Meanings
    from stagedesk.core.imports.rows import Reading

    unused = unused_columns(match, table.rows)
    notes, refused = [], []
    for at in unused:
        decided = _named(match.headers[at], at, args.keep_as_note) or _named(
            match.headers[at], at, args.ignore
        )
        if not decided:
            refused.append(at)
        elif _named(match.headers[at], at, args.keep_as_note):
            notes.append(at)
    if refused:
        for at in refused:
            name = match.headers[at].strip() or _letter(at)
            shown = f"“{name}” ({_letter(at)})" if match.headers[at].strip() else name
            print(
                f"{args.file.name}: the column {shown} is not used by"
                f' StageDesk: add --keep-as-note "{name}" to keep its text in the notes,'
                f' or --ignore "{name}"',
                file=sys.stderr,
            )
        return _refuse(f"{len(refused)} column(s) without a decision; nothing was imported")
    meanings = Meanings(rest_unknown=args.unknown_words == "empty")
    if args.words is not None:
        loaded = _load_meanings(args.words, match, meanings)
        if isinstance(loaded, int):
            return loaded
        meanings = loaded
    chosen = {"auto": None, "day-first": False, "month-first": True}[args.dates]
    return Reading(notes=tuple(notes), meanings=meanings, month_first_chosen=chosen)


def _named(header: str, at: int, names: list[str]) -> bool:
    from stagedesk.core.imports.columns import header_key

    wanted = {header_key(name) for name in names} | {name.strip().upper() for name in names}
    return header_key(header) in wanted or _letter(at) in wanted


def _letter(at: int) -> str:
    from stagedesk.core.imports.columns import column_letter

    return column_letter(at)


def _load_meanings(path: Path, match: Any, meanings: Any) -> Any:
    """A words file: lines of column, word, meaning (a header line is allowed)."""
    from stagedesk.core.imports import ImportRefused
    from stagedesk.core.imports.columns import header_key, match_columns
    from stagedesk.core.imports.meanings import VOCABULARIES, meaning_of
    from stagedesk.core.imports.source import read_lines

    try:
        lines = read_lines(path)
    except ImportRefused as refused:
        return _refuse(f"--words: {refused}")
    by_header = {header_key(h): c for h, c in zip(match.headers, match.columns, strict=True)}
    for place, (number, values) in enumerate(lines.filled):
        cells = [str(v).strip() if v is not None else "" for v in (*values, "", "", "")[:3]]
        name, word, meaning = cells
        column = by_header.get(header_key(name)) or match_columns([name]).columns[0]
        if column is None or (column not in VOCABULARIES and column != "unit"):
            if place == 0:
                continue  # a header line ("column, word, meaning")
            return _refuse(f"{path.name}, row {number}: no column with words is called “{name}”")
        known, value = meaning_of(column, meaning)
        if not known:
            return _refuse(f"{path.name}, row {number}: “{meaning}” is no meaning for {name}")
        meanings = meanings.with_answer(column, word, value)
    return meanings


def _ask_about_words(file: str, plan: Any) -> int:
    """Each word StageDesk does not know, once, with its count and the best guess."""
    from stagedesk.core.imports.meanings import VOCABULARIES

    for unknown in plan.unknown_words:
        _lookup, vocabulary = VOCABULARIES[unknown.column]
        guess = vocabulary[unknown.guess][1] if unknown.guess in vocabulary else "none"
        print(
            f"{file}: {plan.header_of(unknown.column)}: “{unknown.word}” is not known"
            f" ({unknown.rows} row(s)); best guess: {guess}",
            file=sys.stderr,
        )
    return _refuse(
        f"{len(plan.unknown_words)} unknown word(s) in {file}: say what each means with"
        " --words FILE (column, word, meaning), or import them as unknown, keeping the"
        " list's word in the notes, with --unknown-words=empty; nothing was imported"
    )


def _change_lines(file: str, plan: Any) -> list[str]:
    """Each change, old → new, under the list's own header."""
    from stagedesk.core.imports.changes import shown

    return [
        f"{file}: row {c.row}, {c.who}: {plan.header_of(c.column)}: {shown(c.old)} → {shown(c.new)}"
        for c in plan.changes
    ]


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
