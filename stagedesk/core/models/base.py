"""Declarative base shared by every model, and the column conventions they all follow."""

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import Date, DateTime, Enum, Integer, MetaData, Numeric, String, Table, func
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column

# Named constraints make Alembic's batch migrations on SQLite (which recreate tables)
# deterministic, and match what PostgreSQL would generate.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def enum_column(enum: type[StrEnum]) -> Enum:
    """Store an enum as its value in a VARCHAR with a CHECK: portable, readable in SQL."""
    return Enum(
        enum,
        native_enum=False,
        create_constraint=True,
        length=32,
        values_callable=lambda members: [member.value for member in members],
        validate_strings=True,
        name=enum.__name__.lower(),
    )


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {
        str: String(200),
        dt.date: Date(),
        dt.datetime: DateTime(timezone=False),
        Decimal: Numeric(10, 2),
    }


class Record:
    """Columns every editable record has.

    ``version`` is SQLAlchemy's optimistic lock: when two windows (or two coordinators on a
    shared database) save the same record, the second save fails instead of silently
    overwriting the first.
    """

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    created_at: Mapped[dt.datetime] = mapped_column(server_default=func.current_timestamp())
    updated_at: Mapped[dt.datetime] = mapped_column(
        server_default=func.current_timestamp(), onupdate=func.current_timestamp()
    )

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:  # noqa: N805 - a declared_attr
        return {"version_id_col": cls.__table__.c.version}  # type: ignore[attr-defined]


def id_tables(metadata: MetaData) -> list[Table]:
    """The tables whose rows get a counted integer id."""
    return [
        table
        for table in metadata.sorted_tables
        if "id" in table.c and table.c.id.primary_key and table.c.id.autoincrement
    ]


def ids_never_reused(metadata: MetaData) -> None:
    """Declare every id table AUTOINCREMENT on SQLite, which then never gives a deleted
    record's id again (``core.db.ids`` says why; PostgreSQL's sequences never do)."""
    for table in id_tables(metadata):
        table.dialect_kwargs["sqlite_autoincrement"] = True
