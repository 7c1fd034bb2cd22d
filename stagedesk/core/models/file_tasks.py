"""Files that follow a transaction: a document moved into the bin, a CV or a mail draft
deleted with the person erased.

A file cannot take part in the database's transaction. So the change to the records and
the task for the file are written in one transaction; the file is changed only after the
commit, and the task row goes once it is done (``stagedesk.core.db.file_tasks``). Killed
before the commit, neither happened; after it, the task is still there and done at the
next start. A file that cannot be changed now (open in a viewer on Windows, a read-only
folder) keeps its task, with the reason, until a later try succeeds.
"""

from sqlalchemy import Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from stagedesk.core.models.base import Base


class FileTask(Base):
    __tablename__ = "file_tasks"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    folder: Mapped[str] = mapped_column(String(16))  # "documents" or "drafts"
    name: Mapped[str] = mapped_column(String(500))  # relative to that folder
    move_to: Mapped[str | None] = mapped_column(String(500))  # None: delete the file
    tries: Mapped[int] = mapped_column(Integer, default=0)
    problem: Mapped[str | None] = mapped_column(String(300))  # why the last try failed
