"""Bringing an old Excel (or CSV) list of interns into StageDesk.

``read_table`` reads the file, ``match_columns`` recognises its headers, ``check_table``
checks every row and counts what would be made, ``import_plan`` writes it all in one
transaction. Nothing is written unless every row is right.
"""

from stagedesk.core.imports.columns import HEADERS, REQUIRED, Column, ColumnMatch, match_columns
from stagedesk.core.imports.plan import (
    ImportFailed,
    ImportPlan,
    ImportResult,
    check_table,
    import_plan,
)
from stagedesk.core.imports.rows import ImportRow, RowProblem
from stagedesk.core.imports.source import ImportRefused, Table, read_table

__all__ = [
    "HEADERS",
    "REQUIRED",
    "Column",
    "ColumnMatch",
    "ImportFailed",
    "ImportPlan",
    "ImportRefused",
    "ImportResult",
    "ImportRow",
    "RowProblem",
    "Table",
    "check_table",
    "import_plan",
    "match_columns",
    "read_table",
]
