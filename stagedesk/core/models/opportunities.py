"""Opportunities: the assignments a unit offers, as described in its needs analysis."""

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from stagedesk.core.models.base import Base, Record, enum_column
from stagedesk.core.models.enums import EducationLevel, OpportunityStatus
from stagedesk.core.models.organisation import StaffMember, Unit


class Opportunity(Record, Base):
    __tablename__ = "opportunities"
    __table_args__ = (
        CheckConstraint(
            "period_end IS NULL OR period_start IS NULL OR period_end >= period_start",
            name="period",
        ),
    )

    title: Mapped[str]
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), index=True)
    domain: Mapped[str | None]
    work_kind: Mapped[str | None]
    description: Mapped[str | None] = mapped_column(Text)
    requirements: Mapped[str | None] = mapped_column(Text)
    education_level: Mapped[EducationLevel | None] = mapped_column(enum_column(EducationLevel))
    programme: Mapped[str | None]
    period_start: Mapped[dt.date | None]
    period_end: Mapped[dt.date | None]
    hours_per_week: Mapped[int | None]
    places: Mapped[int] = mapped_column(default=1)
    mentor_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_members.id", ondelete="RESTRICT"), index=True
    )
    backup_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_members.id", ondelete="RESTRICT")
    )
    status: Mapped[OpportunityStatus] = mapped_column(
        enum_column(OpportunityStatus), default=OpportunityStatus.PROPOSED
    )

    unit: Mapped[Unit] = relationship()
    mentor: Mapped[StaffMember | None] = relationship(foreign_keys=[mentor_id])
    backup: Mapped[StaffMember | None] = relationship(foreign_keys=[backup_id])


class RequirementText(Base):
    """What a function asked of its interns in one year, as an old list gave it.

    The opportunity's own ``requirements`` is what it asks now; lists kept over years
    often give another text each year, and parliament asks for them per function and year.
    """

    __tablename__ = "requirement_texts"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    opportunity_id: Mapped[int] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int]
    text: Mapped[str] = mapped_column(Text)

    opportunity: Mapped[Opportunity] = relationship()
