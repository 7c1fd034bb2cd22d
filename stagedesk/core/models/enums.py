"""The closed vocabularies of the domain. Values are stored as their lowercase names."""

from enum import StrEnum


class SchoolKind(StrEnum):
    UNIVERSITY = "university"
    UNIVERSITY_COLLEGE = "university_college"
    SECONDARY_SCHOOL = "secondary_school"
    TRAINING_CENTRE = "training_centre"
    EMPLOYMENT_SERVICE = "employment_service"


class EducationLevel(StrEnum):
    SECONDARY = "secondary"
    POST_SECONDARY = "post_secondary"
    PROFESSIONAL_BACHELOR = "professional_bachelor"
    ACADEMIC_BACHELOR = "academic_bachelor"
    MASTER = "master"
    DOCTORATE = "doctorate"
    ADULT_EDUCATION = "adult_education"
    OTHER = "other"


class Gender(StrEnum):
    FEMALE = "female"
    MALE = "male"
    X = "x"


class OpportunityStatus(StrEnum):
    PROPOSED = "proposed"
    OFFERED = "offered"
    FILLED = "filled"
    CLOSED = "closed"


class ApplicationStatus(StrEnum):
    APPLIED = "applied"
    INTERVIEWED = "interviewed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"

    @property
    def is_open(self) -> bool:
        """Still waiting for a decision."""
        return self in (ApplicationStatus.APPLIED, ApplicationStatus.INTERVIEWED)


class ApplicationSource(StrEnum):
    SCHOOL = "school"
    SPONTANEOUS = "spontaneous"
    WEBSITE = "website"
    JOB_FAIR = "job_fair"
    EMPLOYMENT_SERVICE = "employment_service"
    NETWORK = "network"
    OTHER = "other"


class InternshipKind(StrEnum):
    CURRICULAR = "curricular"
    VOLUNTARY = "voluntary"
    JOB_SEEKER = "job_seeker"
    WORK_BASED_LEARNING = "work_based_learning"
    WORK_PLACEMENT_AGREEMENT = "work_placement_agreement"
    OBSERVATION = "observation"
    OTHER = "other"


class InternshipStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    COMPLETED = "completed"
    STOPPED_EARLY = "stopped_early"


class HireContract(StrEnum):
    """The contract a former intern was hired on (parliament asks permanent or not)."""

    PERMANENT = "permanent"
    FIXED_TERM = "fixed_term"
    OTHER = "other"


class StoppedBy(StrEnum):
    INTERN = "intern"
    ORGANISATION = "organisation"
    SCHOOL = "school"
    MUTUAL = "mutual"


class FollowUpKind(StrEnum):
    VISIT = "visit"
    FEEDBACK = "feedback"
    ABSENCE = "absence"
    INCIDENT = "incident"
    NOTE = "note"


class Language(StrEnum):
    DUTCH = "nl"
    FRENCH = "fr"
    ENGLISH = "en"
    GERMAN = "de"
