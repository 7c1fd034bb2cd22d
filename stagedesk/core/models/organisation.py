"""The organisation that runs StageDesk, its units and its staff."""

from sqlalchemy import ForeignKey, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Record, enum_column
from .enums import Language


class OrganisationSettings(Record, Base):
    """One row: who the organisation is. Printed on every PDF later."""

    __tablename__ = "organisation_settings"

    name: Mapped[str] = mapped_column(default="")
    address: Mapped[str | None] = mapped_column(Text)
    logo: Mapped[bytes | None] = mapped_column(LargeBinary)
    language: Mapped[Language] = mapped_column(enum_column(Language), default=Language.DUTCH)


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
