"""What the organisation said the words of its old lists mean, kept for the next list.

A coordinator says once that ``bachelor`` means a professional bachelor (or "unknown");
the next list that uses it follows without asking again (``core.imports.meanings``).
"""

from sqlalchemy import Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from stagedesk.core.models.base import Base


class ImportWord(Base):
    __tablename__ = "import_words"
    __table_args__ = (UniqueConstraint("column", "word"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    column: Mapped[str] = mapped_column(String(32))  # the import column's name
    word: Mapped[str] = mapped_column(String(200))  # the word as compared (folded)
    # The value's name, or a unit's name (for a unit written short); None: unknown.
    meaning: Mapped[str | None] = mapped_column(String(200))
