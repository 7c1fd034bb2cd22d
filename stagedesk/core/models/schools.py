"""Schools and other partners that send interns, with their people and programmes."""

import datetime as dt

from sqlalchemy import ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from stagedesk.core.models.base import Base, Record, enum_column
from stagedesk.core.models.enums import EducationLevel, Language, SchoolKind


class School(Record, Base):
    __tablename__ = "schools"

    name: Mapped[str] = mapped_column(unique=True)
    kind: Mapped[SchoolKind] = mapped_column(enum_column(SchoolKind))
    address: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str | None] = mapped_column(String(100))
    website: Mapped[str | None]
    language: Mapped[Language] = mapped_column(enum_column(Language), default=Language.DUTCH)
    last_contact: Mapped[dt.date | None]
    notes: Mapped[str | None] = mapped_column(Text)

    contacts: Mapped[list["SchoolContact"]] = relationship(
        back_populates="school", cascade="all, delete-orphan", passive_deletes=True
    )
    programmes: Mapped[list["Programme"]] = relationship(
        back_populates="school", cascade="all, delete-orphan", passive_deletes=True
    )


class SchoolContact(Record, Base):
    """A person at a school: often the school supervisor of an internship."""

    __tablename__ = "school_contacts"

    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id", ondelete="CASCADE"))
    name: Mapped[str]
    function: Mapped[str | None]
    email: Mapped[str | None]
    phone: Mapped[str | None] = mapped_column(String(50))

    school: Mapped[School] = relationship(back_populates="contacts")


class Programme(Record, Base):
    """A study programme of a school (e.g. "Bachelor Office Management")."""

    __tablename__ = "programmes"

    school_id: Mapped[int] = mapped_column(ForeignKey("schools.id", ondelete="CASCADE"))
    name: Mapped[str]
    education_level: Mapped[EducationLevel | None] = mapped_column(enum_column(EducationLevel))

    school: Mapped[School] = relationship(back_populates="programmes")
