"""What the demo tests share: the demo they read, and a fingerprint of a database file."""

import datetime as dt
import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path

from stagedesk.core.db.database import open_sqlite
from stagedesk.core.demo.generate import DemoOptions, generate

TODAY = dt.date(2025, 3, 12)  # a Wednesday in the spring rush
HORIZON = dt.timedelta(days=30)
OPTIONS = DemoOptions(seed=7, years=5, per_year=60, today=TODAY)
# Timestamps are the moment of the insert: everything else must repeat exactly.
VOLATILE = {"created_at", "updated_at", "stored_at"}


def digest(path: Path) -> str:
    """A fingerprint of every row of every table, read with plain sqlite3."""
    sha = hashlib.sha256()
    with closing(sqlite3.connect(path)) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"
            )
        ]
        for table in tables:
            columns = [
                row[1]
                for row in connection.execute(f'PRAGMA table_info("{table}")')
                if row[1] not in VOLATILE
            ]
            query = f'SELECT {", ".join(columns)} FROM "{table}" ORDER BY 1'
            for row in connection.execute(query):
                sha.update(repr((table, row)).encode())
    return sha.hexdigest()


def make_demo(path: Path, options: DemoOptions) -> str:
    db = open_sqlite(path)
    try:
        generate(db.sessions, options)
    finally:
        db.dispose()
    return digest(path)
