"""The organisation that runs StageDesk, its units and its staff."""

import datetime as dt

from sqlalchemy import CheckConstraint, ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from stagedesk.core.models.base import Base, Record, enum_column
from stagedesk.core.models.enums import Language

DEFAULT_RETENTION_YEARS = 5
MAX_RETENTION_YEARS = 30


class OrganisationSettings(Record, Base):
    """One row: who the organisation is. Printed on every PDF later."""

    __tablename__ = "organisation_settings"
    __table_args__ = (
        CheckConstraint(
            f"retention_years BETWEEN 1 AND {MAX_RETENTION_YEARS}", name="retention_years"
        ),
    )

    name: Mapped[str] = mapped_column(default="")
    address: Mapped[str | None] = mapped_column(Text)
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    language: Mapped[Language] = mapped_column(enum_column(Language), default=Language.DUTCH)
    # Privacy (``core.privacy.retention``): personal data are anonymised this many years
    # after a person's last internship or application; the day the coordinator last went
    # through what was due; and, after "Later", the day to ask again. Written without
    # moving ``version``: the Organisation tab does not edit them, so never conflicts.
    retention_years: Mapped[int] = mapped_column(
        default=DEFAULT_RETENTION_YEARS, server_default=str(DEFAULT_RETENTION_YEARS)
    )
    retention_reviewed_on: Mapped[dt.date | None]
    retention_ask_after: Mapped[dt.date | None]


class Unit(Record, Base):
    __tablename__ = "units"

    name: Mapped[str] = mapped_column(unique=True)
    code: Mapped[str | None] = mapped_column(String(20))
    notes: Mapped[str | None] = mapped_column(Text)
    active: Mapped[bool] = mapped_column(default=True)

    staff: Mapped[list["StaffMember"]] = relationship(back_populates="unit")


class StaffMember(Record, Base):
    """A person of the organisation. Roles are flags: in a small firm one person holds all."""

    __tablename__ = "staff_members"

    first_name: Mapped[str] = mapped_column(String(100))
    last_name: Mapped[str] = mapped_column(String(100))
    email: Mapped[str | None]
    phone: Mapped[str | None] = mapped_column(String(50))
    function: Mapped[str | None]
    unit_id: Mapped[int | None] = mapped_column(ForeignKey("units.id", ondelete="RESTRICT"))
    is_coordinator: Mapped[bool] = mapped_column(default=False)
    is_mentor: Mapped[bool] = mapped_column(default=False)
    is_backup: Mapped[bool] = mapped_column(default=False)
    is_unit_head: Mapped[bool] = mapped_column(default=False)
    language: Mapped[Language] = mapped_column(enum_column(Language), default=Language.DUTCH)
    active: Mapped[bool] = mapped_column(default=True)

    unit: Mapped[Unit | None] = relationship(back_populates="staff")

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}"
