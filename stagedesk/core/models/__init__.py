"""The domain model: one module per concept, all re-exported here."""

from stagedesk.core.models.base import Base, Record, ids_never_reused
from stagedesk.core.models.bin import BinEntry
from stagedesk.core.models.candidates import Application, Candidate
from stagedesk.core.models.documents import Document, DocumentType
from stagedesk.core.models.enums import (
    ApplicationSource,
    ApplicationStatus,
    EducationLevel,
    FollowUpKind,
    Gender,
    HireContract,
    InternshipKind,
    InternshipStatus,
    Language,
    OpportunityStatus,
    SchoolKind,
    StoppedBy,
)
from stagedesk.core.models.file_tasks import FileTask
from stagedesk.core.models.forms import (
    FormAnswer,
    FormDefinitionSnapshot,
    FormResponse,
    ResponseStatus,
)
from stagedesk.core.models.imports import ImportWord
from stagedesk.core.models.internships import FollowUpEntry, Internship
from stagedesk.core.models.opportunities import Opportunity, RequirementText
from stagedesk.core.models.organisation import OrganisationSettings, StaffMember, Unit
from stagedesk.core.models.schools import Programme, School, SchoolContact

ids_never_reused(Base.metadata)  # every model is defined by now

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
    "FileTask",
    "FollowUpEntry",
    "FollowUpKind",
    "FormAnswer",
    "FormDefinitionSnapshot",
    "FormResponse",
    "Gender",
    "HireContract",
    "ImportWord",
    "Internship",
    "InternshipKind",
    "InternshipStatus",
    "Language",
    "Opportunity",
    "OpportunityStatus",
    "OrganisationSettings",
    "Programme",
    "Record",
    "RequirementText",
    "ResponseStatus",
    "School",
    "SchoolContact",
    "SchoolKind",
    "StaffMember",
    "StoppedBy",
    "Unit",
]
