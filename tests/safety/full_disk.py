"""A disk that fills up: SQLite's page limit makes the database file full, as a full disk
would, on every connection the engine opens from now on."""

from typing import Any

from sqlalchemy import event

from stagedesk.core.db.database import Database


def fill_the_disk(database: Database, spare_pages: int = 0) -> None:
    with database.engine.connect() as connection:
        pages = int(connection.exec_driver_sql("PRAGMA page_count").scalar() or 0)

    def limit(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages + spare_pages}")

    event.listen(database.engine, "connect", limit)
    database.engine.dispose()  # connections opened before the limit are gone
