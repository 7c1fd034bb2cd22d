"""A new school's kind, guessed from its name and what the row says about the study."""

import re

from stagedesk.core.models import EducationLevel, InternshipKind, SchoolKind
from stagedesk.core.text import fold

# Words in Belgian school names, folded; the first that appears decides.
_NAME_WORDS: tuple[tuple[str, SchoolKind], ...] = (
    ("hogeschool", SchoolKind.UNIVERSITY_COLLEGE),
    ("haute ecole", SchoolKind.UNIVERSITY_COLLEGE),
    ("hautes ecoles", SchoolKind.UNIVERSITY_COLLEGE),
    ("university college", SchoolKind.UNIVERSITY_COLLEGE),
    ("universit", SchoolKind.UNIVERSITY),
    ("ecole polytechnique", SchoolKind.UNIVERSITY),
    ("vdab", SchoolKind.EMPLOYMENT_SERVICE),
    ("actiris", SchoolKind.EMPLOYMENT_SERVICE),
    ("forem", SchoolKind.EMPLOYMENT_SERVICE),
    ("arbeitsamt", SchoolKind.EMPLOYMENT_SERVICE),
    ("syntra", SchoolKind.TRAINING_CENTRE),
    ("ifapme", SchoolKind.TRAINING_CENTRE),
    ("efp", SchoolKind.TRAINING_CENTRE),
    ("cvo", SchoolKind.TRAINING_CENTRE),
    ("volwassenenonderwijs", SchoolKind.TRAINING_CENTRE),
    ("promotion sociale", SchoolKind.TRAINING_CENTRE),
    ("bruxelles formation", SchoolKind.TRAINING_CENTRE),
    ("atheneum", SchoolKind.SECONDARY_SCHOOL),
    ("athenee", SchoolKind.SECONDARY_SCHOOL),
    ("lyceum", SchoolKind.SECONDARY_SCHOOL),
    ("lycee", SchoolKind.SECONDARY_SCHOOL),
    ("college", SchoolKind.SECONDARY_SCHOOL),
    ("instituut", SchoolKind.SECONDARY_SCHOOL),
    ("institut", SchoolKind.SECONDARY_SCHOOL),
)

_BY_LEVEL = {
    EducationLevel.SECONDARY: SchoolKind.SECONDARY_SCHOOL,
    EducationLevel.POST_SECONDARY: SchoolKind.UNIVERSITY_COLLEGE,
    EducationLevel.PROFESSIONAL_BACHELOR: SchoolKind.UNIVERSITY_COLLEGE,
    EducationLevel.ACADEMIC_BACHELOR: SchoolKind.UNIVERSITY,
    EducationLevel.MASTER: SchoolKind.UNIVERSITY,
    EducationLevel.DOCTORATE: SchoolKind.UNIVERSITY,
    EducationLevel.ADULT_EDUCATION: SchoolKind.TRAINING_CENTRE,
}


def guess_school_kind(
    name: str, level: EducationLevel | None, kind: InternshipKind | None
) -> SchoolKind:
    """The name first (it is what the coordinator typed), then the study level; a job-seeker
    scheme comes from an employment service. The coordinator can correct it afterwards."""
    folded = fold(name)
    for word, school_kind in _NAME_WORDS:
        if re.search(rf"\b{word}", folded):
            return school_kind
    if level in _BY_LEVEL:
        return _BY_LEVEL[level]
    if kind is InternshipKind.JOB_SEEKER:
        return SchoolKind.EMPLOYMENT_SERVICE
    return SchoolKind.UNIVERSITY_COLLEGE
