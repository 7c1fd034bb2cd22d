"""Documents kept with an internship: the signed agreement, its annexes, printed forms."""

import datetime as dt
from enum import StrEnum

from sqlalchemy import BigInteger, ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from stagedesk.core.models.base import Base, Record, enum_column


class DocumentType(StrEnum):
    AGREEMENT = "agreement"
    RISK_ANALYSIS = "risk_analysis"
    HEALTH_ASSESSMENT = "health_assessment"
    WORKSTATION_SHEET = "workstation_sheet"
    INSURANCE_POLICY = "insurance_policy"
    INTERNSHIP_RULES = "internship_rules"
    FORM = "form"
    EVALUATION = "evaluation"
    CERTIFICATE = "certificate"
    OTHER = "other"


class Document(Record, Base):
    """A file copied into StageDesk's documents folder (never only linked: a link breaks
    when the original moves)."""

    __tablename__ = "documents"

    internship_id: Mapped[int] = mapped_column(
        ForeignKey("internships.id", ondelete="RESTRICT"), index=True
    )
    kind: Mapped[DocumentType] = mapped_column(enum_column(DocumentType))
    title: Mapped[str]
    original_name: Mapped[str] = mapped_column(String(255))
    stored_name: Mapped[str] = mapped_column(String(255), unique=True)
    added_on: Mapped[dt.date]
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
