"""The bin: what a delete removed, kept whole for 30 days so it can be put back.

Deleted records do not stay in their tables with a "deleted" flag: every query, list and
report would then have to leave them out, and one forgotten filter would count deleted
interns. Instead one row here holds a copy of every row a delete removed (the record and
what the database's cascades removed with it), as JSON; see ``stagedesk.core.bin.trash``.

A payload names its tables and columns. Restoring inserts the columns a table still has
and lets new columns take their defaults, so most migrations need nothing here; a
migration that renames a column or table must rewrite the payloads too.
"""

import datetime as dt

from sqlalchemy import DateTime, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from stagedesk.core.models.base import Base


class BinEntry(Base):
    __tablename__ = "bin_entries"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    deleted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=False), index=True)
    model: Mapped[str] = mapped_column(String(64))  # the table of the deleted record
    record_id: Mapped[int]
    label: Mapped[str] = mapped_column(String(300))  # what the user sees, e.g. a name
    payload: Mapped[str] = mapped_column(Text)
