"""Candidates and their applications."""

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from stagedesk.core.models.base import Base, Record, enum_column
from stagedesk.core.models.enums import (
    ApplicationSource,
    ApplicationStatus,
    EducationLevel,
    Gender,
    Language,
)
from stagedesk.core.models.opportunities import Opportunity
from stagedesk.core.models.schools import Programme, School


class Candidate(Record, Base):
    """A student or job seeker. Becomes an intern once an internship is registered.

    The target-group fields are self-declared and sensitive: the database itself refuses
    them unless a consent date is recorded.
    """

    __tablename__ = "candidates"
    __table_args__ = (
        CheckConstraint(
            "consent_date IS NOT NULL OR (tg_migration_background IS NULL"
            " AND tg_disability IS NULL AND tg_other IS NULL)",
            name="target_group_consent",
        ),
    )

    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100), index=True)
    email: Mapped[str | None]
    phone: Mapped[str | None] = mapped_column(String(50))
    address: Mapped[str | None] = mapped_column(Text)
    date_of_birth: Mapped[dt.date | None]
    gender: Mapped[Gender | None] = mapped_column(enum_column(Gender))
    education_level: Mapped[EducationLevel | None] = mapped_column(enum_column(EducationLevel))
    school_id: Mapped[int | None] = mapped_column(
        ForeignKey("schools.id", ondelete="RESTRICT"), index=True
    )
    programme_id: Mapped[int | None] = mapped_column(
        ForeignKey("programmes.id", ondelete="RESTRICT")
    )
    language: Mapped[Language] = mapped_column(enum_column(Language), default=Language.DUTCH)
    languages: Mapped[str | None] = mapped_column(String(100))
    consent_date: Mapped[dt.date | None]
    tg_migration_background: Mapped[bool | None]
    tg_disability: Mapped[bool | None]
    tg_other: Mapped[str | None]
    notes: Mapped[str | None] = mapped_column(Text)
    # The day the personal data were anonymised (``core.privacy``): the record stays, with
    # a pseudonym, for the anonymous figures of the reports, and is never due again.
    anonymised_on: Mapped[dt.date | None]

    school: Mapped[School | None] = relationship()
    programme: Mapped[Programme | None] = relationship()
    applications: Mapped[list["Application"]] = relationship(back_populates="candidate")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"


class Application(Record, Base):
    """A candidate applying for an opportunity, or spontaneously (no opportunity)."""

    __tablename__ = "applications"
    __table_args__ = (
        CheckConstraint(
            "decision_date IS NULL OR decision_date >= application_date", name="decision_date"
        ),
    )

    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidates.id", ondelete="RESTRICT"), index=True
    )
    opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunities.id", ondelete="RESTRICT"), index=True
    )
    application_date: Mapped[dt.date] = mapped_column(index=True)
    source: Mapped[ApplicationSource | None] = mapped_column(enum_column(ApplicationSource))
    status: Mapped[ApplicationStatus] = mapped_column(
        enum_column(ApplicationStatus), default=ApplicationStatus.APPLIED, index=True
    )
    decision_date: Mapped[dt.date | None]
    notes: Mapped[str | None] = mapped_column(Text)

    candidate: Mapped[Candidate] = relationship(back_populates="applications")
    opportunity: Mapped[Opportunity | None] = relationship()
