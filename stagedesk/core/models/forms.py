"""Answers to the toolbox forms, stored per field so they can be counted and averaged."""

import datetime as dt
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    Integer,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    func,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from stagedesk.core.models.base import Base, Record, enum_column
from stagedesk.core.models.enums import Language


class ResponseStatus(StrEnum):
    DRAFT = "draft"
    COMPLETE = "complete"


class FormDefinitionSnapshot(Base):
    """The exact text of a definition version that answers were given with.

    Definitions live in files that organisations may edit; keeping each used version here
    means an old response always opens with the questions it answered.
    """

    __tablename__ = "form_definitions"
    __table_args__ = (UniqueConstraint("form_id", "version"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    form_id: Mapped[str] = mapped_column(String(64))
    version: Mapped[int]
    source: Mapped[str] = mapped_column(Text)
    stored_at: Mapped[dt.datetime] = mapped_column(
        DateTime(timezone=False), server_default=func.current_timestamp()
    )


class FormResponse(Record, Base):
    """One filled-in form (or checklist) for one record, or for the organisation itself
    (its internship policy and internship rules)."""

    __tablename__ = "form_responses"
    __table_args__ = (
        CheckConstraint(
            "unit_id IS NOT NULL OR opportunity_id IS NOT NULL"
            " OR application_id IS NOT NULL OR internship_id IS NOT NULL"
            " OR organisation_id IS NOT NULL",
            name="belongs_somewhere",
        ),
    )

    form_id: Mapped[str] = mapped_column(String(64), index=True)
    form_version: Mapped[int]
    # A needs analysis is the unit's until the coordinator makes it an opportunity.
    unit_id: Mapped[int | None] = mapped_column(
        ForeignKey("units.id", ondelete="RESTRICT"), index=True
    )
    opportunity_id: Mapped[int | None] = mapped_column(
        ForeignKey("opportunities.id", ondelete="CASCADE"), index=True
    )
    application_id: Mapped[int | None] = mapped_column(
        ForeignKey("applications.id", ondelete="CASCADE"), index=True
    )
    internship_id: Mapped[int | None] = mapped_column(
        ForeignKey("internships.id", ondelete="CASCADE"), index=True
    )
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisation_settings.id", ondelete="CASCADE"), index=True
    )
    language: Mapped[Language] = mapped_column(enum_column(Language), default=Language.DUTCH)
    status: Mapped[ResponseStatus] = mapped_column(
        enum_column(ResponseStatus), default=ResponseStatus.DRAFT
    )
    completed_on: Mapped[dt.date | None]
    answered_by: Mapped[str | None]

    answers: Mapped[list["FormAnswer"]] = relationship(
        back_populates="response", cascade="all, delete-orphan", passive_deletes=True
    )


class FormAnswer(Base):
    """One value: a field's answer, one choice of several, one cell of a table row, or a
    checklist item's state (status in ``value_text``, done date, note, due date)."""

    __tablename__ = "form_answers"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    response_id: Mapped[int] = mapped_column(
        ForeignKey("form_responses.id", ondelete="CASCADE"), index=True
    )
    field_id: Mapped[str] = mapped_column(String(64), index=True)
    column_id: Mapped[str | None] = mapped_column(String(64))
    row_index: Mapped[int | None]
    value_text: Mapped[str | None] = mapped_column(Text)
    value_number: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    value_date: Mapped[dt.date | None]
    note: Mapped[str | None] = mapped_column(Text)
    due_date: Mapped[dt.date | None] = mapped_column(index=True)

    response: Mapped[FormResponse] = relationship(back_populates="answers")
