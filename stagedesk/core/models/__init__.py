"""The domain model: one module per concept, all re-exported here."""

from .base import Base, Record
from .bin import BinEntry
from .candidates import Application, Candidate
from .documents import Document, DocumentType
from .enums import (
    ApplicationSource,
    ApplicationStatus,
    EducationLevel,
    FollowUpKind,
    Gender,
    InternshipKind,
    InternshipStatus,
    Language,
    OpportunityStatus,
    SchoolKind,
    StoppedBy,
)
from .forms import FormAnswer, FormDefinitionSnapshot, FormResponse, ResponseStatus
from .internships import FollowUpEntry, Internship
from .opportunities import Opportunity
from .organisation import OrganisationSettings, StaffMember, Unit
from .schools import Programme, School, SchoolContact

__all__ = [
    "Application",
    "ApplicationSource",
    "ApplicationStatus",
    "Base",
    "BinEntry",
    "Candidate",
    "Document",
    "DocumentType",
    "EducationLevel",
    "FollowUpEntry",
    "FollowUpKind",
    "FormAnswer",
    "FormDefinitionSnapshot",
    "FormResponse",
    "Gender",
    "Internship",
    "InternshipKind",
    "InternshipStatus",
    "Language",
    "Opportunity",
    "OpportunityStatus",
    "OrganisationSettings",
    "Programme",
    "Record",
    "ResponseStatus",
    "School",
    "SchoolContact",
    "SchoolKind",
    "StaffMember",
    "StoppedBy",
    "Unit",
]
