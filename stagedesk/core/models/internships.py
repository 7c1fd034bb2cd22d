"""Internships and what is noted while they run."""

import datetime as dt
from decimal import Decimal

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from stagedesk.core.models.base import Base, Record, enum_column
from stagedesk.core.models.candidates import Application, Candidate
from stagedesk.core.models.enums import (
    FollowUpKind,
    HireContract,
    InternshipKind,
    InternshipStatus,
    StoppedBy,
)
from stagedesk.core.models.opportunities import Opportunity
from stagedesk.core.models.organisation import StaffMember, Unit
from stagedesk.core.models.schools import School, SchoolContact


class Internship(Record, Base):
    __tablename__ = "internships"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="dates"),
        CheckConstraint("hours_per_week IS NULL OR hours_per_week BETWEEN 1 AND 60", name="hours"),
        CheckConstraint("days_per_week IS NULL OR days_per_week BETWEEN 1 AND 7", name="days"),
    )

    candidate_id: Mapped[int] = mapped_column(
        ForeignKey("candidates.id", ondelete="RESTRICT"), index=True
    )
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="RESTRICT")
    )
    unit_id: Mapped[int] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"), index=True)
    opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunities.id", ondelete="RESTRICT"), index=True
    )
    mentor_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_members.id", ondelete="RESTRICT"), index=True
    )
    backup_id: Mapped[int | None] = mapped_column(
        ForeignKey("staff_members.id", ondelete="RESTRICT")
    )
    school_id: Mapped[int | None] = mapped_column(
        ForeignKey("schools.id", ondelete="RESTRICT"), index=True
    )
    supervisor_id: Mapped[int | None] = mapped_column(
        ForeignKey("school_contacts.id", ondelete="RESTRICT")
    )
    kind: Mapped[InternshipKind] = mapped_column(enum_column(InternshipKind))
    paid: Mapped[bool] = mapped_column(default=False)
    allowance: Mapped[Decimal | None]
    unpaid_reason: Mapped[str | None] = mapped_column(Text)  # why no allowance (a school's rule)
    start_date: Mapped[dt.date] = mapped_column(index=True)
    end_date: Mapped[dt.date] = mapped_column(index=True)
    hours_per_week: Mapped[int | None]
    total_hours: Mapped[int | None]
    days_per_week: Mapped[int | None]
    telework: Mapped[bool] = mapped_column(default=False)
    status: Mapped[InternshipStatus] = mapped_column(
        enum_column(InternshipStatus), default=InternshipStatus.PLANNED, index=True
    )
    stop_reason: Mapped[str | None] = mapped_column(Text)
    stopped_by: Mapped[StoppedBy | None] = mapped_column(enum_column(StoppedBy))
    hired_later: Mapped[bool] = mapped_column(default=False)
    hired_date: Mapped[dt.date | None]
    hired_function: Mapped[str | None]
    hired_contract: Mapped[HireContract | None] = mapped_column(enum_column(HireContract))
    notes: Mapped[str | None] = mapped_column(Text)
    # The intern's age band at the start (``reports.profile.AGE_BANDS``), kept when the
    # candidate is anonymised and the date of birth goes; None until then.
    age_band: Mapped[str | None] = mapped_column(String(8))

    intern: Mapped[Candidate] = relationship()
    application: Mapped[Application | None] = relationship()
    unit: Mapped[Unit] = relationship()
    opportunity: Mapped[Opportunity | None] = relationship()
    mentor: Mapped[StaffMember | None] = relationship(foreign_keys=[mentor_id])
    backup: Mapped[StaffMember | None] = relationship(foreign_keys=[backup_id])
    school: Mapped[School | None] = relationship()
    supervisor: Mapped[SchoolContact | None] = relationship()
    follow_up: Mapped[list["FollowUpEntry"]] = relationship(
        back_populates="internship",
        cascade="all, delete-orphan",
        passive_deletes=True,
        order_by="FollowUpEntry.entry_date",
    )

    @property
    def duration_days(self) -> int:
        """Calendar days from start to end, both included."""
        return (self.end_date - self.start_date).days + 1


class FollowUpEntry(Record, Base):
    """A visit, feedback moment, absence, incident or note during an internship."""

    __tablename__ = "follow_up_entries"

    internship_id: Mapped[int] = mapped_column(
        ForeignKey("internships.id", ondelete="CASCADE"), index=True
    )
    entry_date: Mapped[dt.date] = mapped_column(index=True)
    kind: Mapped[FollowUpKind] = mapped_column(enum_column(FollowUpKind))
    text: Mapped[str] = mapped_column(Text, default="")

    internship: Mapped[Internship] = relationship(back_populates="follow_up")
