"""The three pieces of long work, as generators for ``workers.Job``.

Each runs on a worker thread and opens its own session there. A refusal or a failed import
comes back as the *result* (not as an error), so the dialog keeps its message and
parameters and can show them translated.
"""

import datetime as dt
from collections.abc import Generator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session, sessionmaker

from stagedesk.core.forms import FormRegistry
from stagedesk.core.imports import (
    ColumnMatch,
    ImportFailed,
    ImportPlan,
    ImportRefused,
    ImportResult,
    Table,
    check_table,
    import_plan,
    read_table,
)
from stagedesk.core.imports.changes import Change
from stagedesk.core.imports.meanings import remember, remembered
from stagedesk.core.imports.rows import Reading
from stagedesk.output.xlsx.table_file import write_table
from stagedesk.ui.data.list_import.problems_file import write_problems
from stagedesk.ui.data.list_import.problems_model import ProblemLine


def read_list(
    path: Path, header_row: int | None = None
) -> Generator[tuple[int, int], None, Table | ImportRefused]:
    """The file's table (``header_row``: the user's choice, else found). Reading cannot
    be interrupted; a cancel is honoured right after."""
    yield 0, 0
    try:
        table = read_table(path, header_row)
    except ImportRefused as refused:
        return refused
    yield 1, 1
    return table


def check_list(
    sessions: sessionmaker[Session],
    table: Table,
    match: ColumnMatch,
    file: str,
    today: dt.date,
    reading: Reading | None = None,
) -> Generator[tuple[int, int], None, ImportPlan | ImportRefused]:
    reading = reading or Reading()
    with sessions.begin() as session:  # the answers are kept for the next list
        remember(session, reading.meanings)
    with sessions() as session:
        reading = replace(reading, meanings=reading.meanings.after(remembered(session)))
        try:
            checking = check_table(session, table, match, file, today, reading)
            plan: ImportPlan = yield from checking
        except ImportRefused as refused:  # a match with a required column missing
            return refused
    return plan


def import_checked(
    sessions: sessionmaker[Session],
    plan: ImportPlan,
    registry: FormRegistry,
    today: dt.date,
    changes: Sequence[Change] = (),
) -> Generator[tuple[int, int], None, ImportResult | ImportFailed]:
    """Import the checked plan; progress is passed on only while the transaction is open.

    The engine's last step is reported after its commit: a cancel there would say "nothing
    written" about rows that were. So once all rows are done the work runs to its end, and
    a cancel can only come at a step where closing the engine rolls everything back.
    """
    work = import_plan(sessions, plan, registry, today, changes)
    try:
        while True:
            done, total = next(work)
            if done >= total:
                break
            yield done, total
        while True:
            next(work)
    except StopIteration as stop:
        result: ImportResult = stop.value
        return result
    except ImportFailed as failed:
        return failed
    finally:
        work.close()  # on a cancel: the transaction is rolled back here


def write_table_file(
    target: Path,
    headers: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[int],
    title: str,
) -> Generator[tuple[int, int], None, Path | OSError]:
    """A table saved; a file that cannot be written comes back as the error."""
    yield 0, 0
    try:
        write_table(target, headers, rows, widths=widths, title=title)
    except OSError as error:
        return error
    return target


def write_problem_file(
    target: Path,
    headers: Sequence[str],
    lines: Sequence[ProblemLine],
    kinds: tuple[str, str],
    title: str,
) -> Generator[tuple[int, int], None, Path | OSError]:
    """The problem list saved; a file that cannot be written comes back as the error."""
    yield 0, 0
    try:
        write_problems(target, headers, lines, kinds, title)
    except OSError as error:
        return error
    return target
