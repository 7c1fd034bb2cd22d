"""Migrations: the scripts build the schema of the models, old files keep every row, and a
migration that fails leaves the file as it was.

Failing and extra revisions are real Alembic revision files, written into a copy of the
migrations folder next to the real ones.
"""

import datetime as dt
import shutil
import sqlite3
import textwrap
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import URL, Engine, inspect
from sqlalchemy.exc import IntegrityError

from stagedesk.core.db import migrate
from stagedesk.core.db.backups import BackupKind, default_folder, list_backups
from stagedesk.core.db.database import DatabaseProblem, Problem, open_sqlite
from stagedesk.core.db.engine import make_engine, sqlite_url
from stagedesk.core.db.paths import backup_path
from stagedesk.core.models import Base, Candidate, Internship, InternshipKind
from tests.paths import DATA

SAMPLES = sorted(DATA.glob("schema-*.sqlite"))
EXTRA = "test_extra"  # the id of the revision these tests add on top of the real head


# --- helpers -------------------------------------------------------------------------


@pytest.fixture
def engine_at() -> Iterator[list[Engine]]:
    engines: list[Engine] = []
    yield engines
    for engine in engines:
        engine.dispose()


def new_engine(path: Path | URL, engines: list[Engine]) -> Engine:
    engine = make_engine(sqlite_url(path) if isinstance(path, Path) else path)
    engines.append(engine)
    return engine


Blank = Callable[[str], Engine]


@pytest.fixture(params=["sqlite", "postgresql"])
def blank(request: pytest.FixtureRequest, tmp_path: Path, engine_at: list[Engine]) -> Blank:
    """New, empty databases (no tables) of one kind: SQLite files, or PostgreSQL databases."""
    if request.param == "sqlite":
        return lambda name: new_engine(tmp_path / f"{name}.sqlite", engine_at)
    server = request.getfixturevalue("postgres_server")

    def on_server(name: str) -> Engine:
        url = server.create()
        request.addfinalizer(lambda: server.drop(url))
        return new_engine(url, engine_at)

    return on_server


def dump(path: Path) -> list[str]:
    """The whole content of a database as SQL: equal dumps, equal databases."""
    with closing(sqlite3.connect(path)) as connection:
        return list(connection.iterdump())


def revision_of(path: Path) -> str:
    with closing(sqlite3.connect(path)) as connection:
        return str(connection.execute("SELECT version_num FROM alembic_version").fetchone()[0])


def ids_per_table(path: Path) -> dict[str, list[int]]:
    with closing(sqlite3.connect(path)) as connection:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND name != 'alembic_version' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        return {
            table: [row[0] for row in connection.execute(f"SELECT id FROM {table} ORDER BY id")]
            for table in tables
        }


def realistic_copy(folder: Path) -> Path:
    """The newest sample database, brought to head: real rows in every table."""
    path = folder / "stagedesk.sqlite"
    shutil.copyfile(SAMPLES[-1], path)
    open_sqlite(path).dispose()
    backup_path(path).unlink(missing_ok=True)
    assert revision_of(path) == migrate.SCHEMA_HEAD
    return path


def scripts_with_extra_revision(folder: Path, body: str) -> Path:
    """A copy of the migrations with one more revision on top of head, doing ``body``."""
    # The "%" checks that a folder name Alembic's config would read as interpolation works.
    scripts = folder / "100% scripts" / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    lines = [
        '"""extra revision written by a test"""',
        "import sqlalchemy as sa",
        "from alembic import op",
        "",
        f"revision = {EXTRA!r}",
        f"down_revision = {migrate.SCHEMA_HEAD!r}",
        "branch_labels = None",
        "depends_on = None",
        "",
        "",
        "def upgrade() -> None:",
        textwrap.indent(textwrap.dedent(body).strip(), "    "),
        "",
    ]
    (scripts / "versions" / f"{EXTRA}.py").write_text("\n".join(lines), encoding="utf-8")
    assert migrate.script_head(scripts=scripts) == EXTRA
    return scripts


FAILING = """
    op.create_table("extra", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("UPDATE units SET name = name || ' (changed)'")
    op.execute("DELETE FROM follow_up_entries")
    raise RuntimeError("revision failed half-way")
"""

DANGLING = """
    op.execute(
        "INSERT INTO internships (candidate_id, unit_id, kind, paid, start_date, end_date,"
        " telework, status, hired_later, version)"
        " VALUES (1, 999, 'curricular', 0, '2025-01-06', '2025-03-28', 0, 'planned', 0, 1)"
    )
"""

# Batch mode on SQLite copies the table, drops the old one and renames the copy. With
# foreign keys on, dropping a table that other rows point at is refused (ON DELETE
# RESTRICT) or, worse, deletes those rows (ON DELETE CASCADE): upgrade must switch them off.
RECREATE_REFERENCED_TABLES = """
    with op.batch_alter_table("schools", recreate="always") as batch:
        batch.add_column(sa.Column("postcode", sa.String(10), nullable=True))
    with op.batch_alter_table("units", recreate="always") as batch:
        batch.add_column(sa.Column("colour", sa.String(20), nullable=True))
"""


# --- the scripts build the models' schema --------------------------------------------


def test_schema_head_constant_matches_the_scripts() -> None:
    assert migrate.script_head() == migrate.SCHEMA_HEAD
    assert migrate.SCHEMA_HEAD in migrate.known_revisions()


def _differences(engine: Engine) -> list[object]:
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        return list(compare_metadata(context, Base.metadata))


def test_scripts_build_the_schema_of_the_models(blank: Blank) -> None:
    engine = blank("upgraded")
    migrate.upgrade(engine)
    with engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.SCHEMA_HEAD
    assert _differences(engine) == []


def test_create_at_head_builds_the_schema_of_the_models(blank: Blank) -> None:
    engine = blank("created")
    migrate.create_at_head(engine)
    with engine.connect() as connection:
        assert migrate.current_revision(connection) == migrate.SCHEMA_HEAD
    assert _differences(engine) == []


def _constraints(engine: Engine) -> dict[str, object]:
    """What compare_metadata does not look at: CHECKs and what a delete does."""
    inspector = inspect(engine)
    found: dict[str, object] = {}
    for table in inspector.get_table_names():
        checks = {
            (check["name"], " ".join(check["sqltext"].split()))
            for check in inspector.get_check_constraints(table)
        }
        keys = {
            (
                key["name"],
                tuple(key["constrained_columns"]),
                key["referred_table"],
                key["options"].get("ondelete"),
            )
            for key in inspector.get_foreign_keys(table)
        }
        found[table] = (checks, keys)
    return found


def test_scripts_and_create_at_head_agree_on_checks_and_deletes(blank: Blank) -> None:
    upgraded, created = blank("upgraded"), blank("created")
    migrate.upgrade(upgraded)
    migrate.create_at_head(created)
    assert _constraints(upgraded) == _constraints(created)


def test_upgrade_at_head_changes_nothing(tmp_path: Path) -> None:
    path = realistic_copy(tmp_path)
    before = dump(path)
    engine = make_engine(sqlite_url(path))
    try:
        migrate.upgrade(engine)
    finally:
        engine.dispose()
    assert dump(path) == before


def test_create_at_head_leaves_an_existing_database_alone(tmp_path: Path) -> None:
    """Two StageDesks creating the same new file: the second finds it made and stops."""
    path = realistic_copy(tmp_path)
    before = dump(path)
    engine = make_engine(sqlite_url(path))
    try:
        migrate.create_at_head(engine)
    finally:
        engine.dispose()
    assert dump(path) == before


# --- old databases keep their rows ---------------------------------------------------


def test_every_revision_has_a_sample_database() -> None:
    """Each released schema gets a `tests/data/schema-<rev>.sqlite` (make_schema_db.py)."""
    assert {path.stem.removeprefix("schema-") for path in SAMPLES} == migrate.known_revisions()


@pytest.mark.parametrize("sample", SAMPLES, ids=[path.stem for path in SAMPLES])
def test_old_database_opens_with_all_its_rows(sample: Path, tmp_path: Path) -> None:
    old_revision = sample.stem.removeprefix("schema-")
    assert revision_of(sample) == old_revision
    path = tmp_path / "stagedesk.sqlite"
    shutil.copyfile(sample, path)
    rows_before = ids_per_table(path)
    assert all(rows_before.values()), "every table of a sample should have rows"

    database = open_sqlite(path)
    try:
        with database.sessions() as session:  # the models can read what is there
            for mapper in Base.registry.mappers:
                session.query(mapper.class_).all()
    finally:
        database.dispose()

    assert revision_of(path) == migrate.SCHEMA_HEAD
    rows_after = ids_per_table(path)
    for table, ids in rows_before.items():
        assert rows_after.get(table) == ids, f"rows of {table} lost"
    with closing(sqlite3.connect(path)) as connection:
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    if old_revision != migrate.SCHEMA_HEAD:
        assert dump(before_upgrade_backup(path)) == dump(sample)
    assert not backup_path(path).exists()  # the one-step copy went with the success


# --- a migration that fails leaves the file as it was --------------------------------


def test_failing_revision_rolls_back_whole(tmp_path: Path) -> None:
    path = realistic_copy(tmp_path)
    scripts = scripts_with_extra_revision(tmp_path, FAILING)
    before = dump(path)
    engine = make_engine(sqlite_url(path))
    try:
        with pytest.raises(RuntimeError, match="failed half-way"):
            migrate.upgrade(engine, scripts=scripts)
        assert_foreign_keys_on(engine)
    finally:
        engine.dispose()
    assert dump(path) == before
    assert revision_of(path) == migrate.SCHEMA_HEAD


def test_revision_leaving_dangling_rows_is_rejected(tmp_path: Path) -> None:
    path = realistic_copy(tmp_path)
    scripts = scripts_with_extra_revision(tmp_path, DANGLING)
    before = dump(path)
    engine = make_engine(sqlite_url(path))
    try:
        with pytest.raises(migrate.ForeignKeyViolation, match="internships"):
            migrate.upgrade(engine, scripts=scripts)
        assert_foreign_keys_on(engine)
    finally:
        engine.dispose()
    assert dump(path) == before


def test_recreating_referenced_tables_keeps_every_row(tmp_path: Path) -> None:
    path = realistic_copy(tmp_path)
    scripts = scripts_with_extra_revision(tmp_path, RECREATE_REFERENCED_TABLES)
    rows_before = ids_per_table(path)
    engine = make_engine(sqlite_url(path))
    try:
        migrate.upgrade(engine, scripts=scripts)
        assert_foreign_keys_on(engine)
    finally:
        engine.dispose()
    assert revision_of(path) == EXTRA
    assert ids_per_table(path) == rows_before
    with closing(sqlite3.connect(path)) as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(units)")}
        assert "colour" in columns
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []


def assert_foreign_keys_on(engine: Engine) -> None:
    """The pool hands out the connection the upgrade used: it must enforce keys again."""
    for _ in range(3):
        with engine.connect() as connection:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


Become = Callable[[Path], None]


@pytest.fixture
def newer_stagedesk(monkeypatch: pytest.MonkeyPatch) -> Become:
    """Become the next StageDesk: its migrations folder and its head constant."""

    def become(scripts: Path) -> None:
        monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)
        monkeypatch.setattr(migrate, "SCHEMA_HEAD", EXTRA)

    return become


def test_open_upgrades_after_a_backup(tmp_path: Path, newer_stagedesk: Become) -> None:
    path = realistic_copy(tmp_path)
    before = dump(path)
    newer_stagedesk(scripts_with_extra_revision(tmp_path, RECREATE_REFERENCED_TABLES))
    database = open_sqlite(path)
    try:
        assert revision_of(path) == EXTRA
        assert_foreign_keys_on(database.engine)
        with pytest.raises(IntegrityError), database.sessions.begin() as session:
            session.add(
                Internship(
                    candidate_id=session.query(Candidate.id).limit(1).scalar(),
                    unit_id=999,
                    kind=InternshipKind.OTHER,
                    start_date=dt.date(2025, 1, 6),
                    end_date=dt.date(2025, 3, 28),
                )
            )
    finally:
        database.dispose()
    assert dump(before_upgrade_backup(path)) == before
    assert not backup_path(path).exists()


def before_upgrade_backup(path: Path) -> Path:
    """The checked copy an upgrade made in the backups folder (listed and rotated)."""
    [backup] = [
        b for b in list_backups(default_folder(path), path) if b.kind is BackupKind.BEFORE_UPGRADE
    ]
    return backup.path


def test_open_with_failing_upgrade_leaves_file_and_backup(
    tmp_path: Path,
    newer_stagedesk: Become,
) -> None:
    path = realistic_copy(tmp_path)
    before = dump(path)
    newer_stagedesk(scripts_with_extra_revision(tmp_path, FAILING))
    with pytest.raises(DatabaseProblem) as caught:
        open_sqlite(path)
    assert caught.value.problem is Problem.UPGRADE_FAILED
    assert "failed half-way" in str(caught.value)
    assert dump(path) == before
    assert dump(backup_path(path)) == before
    assert sorted(child.name for child in tmp_path.iterdir() if child.is_file()) == [
        "stagedesk.sqlite",
        "stagedesk.sqlite.before-upgrade",
    ]


def test_open_when_the_backup_cannot_be_written(tmp_path: Path, newer_stagedesk: Become) -> None:
    """No backup, no upgrade: one message, the file as it was, nothing half-written."""
    path = realistic_copy(tmp_path)
    before = dump(path)
    backup_path(path).mkdir()  # something in the way where the copy has to go
    head = migrate.SCHEMA_HEAD
    newer_stagedesk(scripts_with_extra_revision(tmp_path, RECREATE_REFERENCED_TABLES))
    with pytest.raises(DatabaseProblem) as caught:
        open_sqlite(path)
    assert caught.value.problem is Problem.UPGRADE_FAILED
    assert dump(path) == before
    assert revision_of(path) == head
    assert not list(tmp_path.glob("*.partial*"))
