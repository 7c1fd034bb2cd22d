"""The words an old list uses for status, kind, gender, education level and yes/no.

Recognised in Dutch, French and English with case, accents and punctuation ignored; the
first spelling of each entry is the one the template and its explanation sheet show.
"""

from collections.abc import Mapping
from enum import Enum, StrEnum
from typing import Any, TypeVar

from stagedesk.core.imports.columns import header_key
from stagedesk.core.models import ApplicationStatus, EducationLevel, Gender, InternshipKind


class ImportStatus(StrEnum):
    """Where a row of the list stands: an application's outcome, or an internship's state."""

    APPLIED = "applied"
    INTERVIEWED = "interviewed"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"
    PLANNED = "planned"
    RUNNING = "running"
    COMPLETED = "completed"
    STOPPED_EARLY = "stopped_early"

    @property
    def is_internship(self) -> bool:
        """From "planned" on, the row is an internship too."""
        return self in (
            ImportStatus.PLANNED,
            ImportStatus.RUNNING,
            ImportStatus.COMPLETED,
            ImportStatus.STOPPED_EARLY,
        )


# The application a row's status stands for (an internship's is accepted).
APPLICATION_STATUS = {
    ImportStatus.APPLIED: ApplicationStatus.APPLIED,
    ImportStatus.INTERVIEWED: ApplicationStatus.INTERVIEWED,
    ImportStatus.ACCEPTED: ApplicationStatus.ACCEPTED,
    ImportStatus.REJECTED: ApplicationStatus.REJECTED,
    ImportStatus.WITHDRAWN: ApplicationStatus.WITHDRAWN,
}

E = TypeVar("E", bound=Enum)

STATUS_WORDS: dict[ImportStatus, tuple[str, ...]] = {
    ImportStatus.APPLIED: ("kandidaat", "applied", "candidat", "gesolliciteerd", "candidate"),
    ImportStatus.INTERVIEWED: ("gesprek gehad", "interviewed", "entretien", "gesprek"),
    ImportStatus.ACCEPTED: ("aanvaard", "accepted", "accepté", "acceptée", "geselecteerd"),
    ImportStatus.REJECTED: ("geweigerd", "rejected", "refusé", "refusée", "afgewezen"),
    ImportStatus.WITHDRAWN: ("ingetrokken", "withdrawn", "retiré", "retirée", "afgehaakt"),
    ImportStatus.PLANNED: ("gepland", "planned", "prévu", "prévue"),
    ImportStatus.RUNNING: ("lopend", "running", "en cours", "bezig", "ongoing"),
    ImportStatus.COMPLETED: ("afgerond", "completed", "terminé", "terminée", "done", "beëindigd"),
    ImportStatus.STOPPED_EARLY: (
        "stopgezet",
        "stopped early",
        "arrêté",
        "arrêtée",
        "stopped",
        "vroegtijdig gestopt",
    ),
}

KIND_WORDS: dict[InternshipKind, tuple[str, ...]] = {
    InternshipKind.CURRICULAR: ("curriculair", "curricular", "curriculaire"),
    InternshipKind.VOLUNTARY: ("vrijwillig", "voluntary", "volontaire"),
    InternshipKind.JOB_SEEKER: ("werkzoekende", "job seeker", "demandeur d'emploi", "ibo", "fpi"),
    InternshipKind.WORK_BASED_LEARNING: (
        "werkplekleren",
        "work-based learning",
        "alternance",
        "duaal leren",
    ),
    InternshipKind.WORK_PLACEMENT_AGREEMENT: (
        "BIO",
        "work-placement agreement",
        "convention d'immersion",
        "convention d'immersion professionnelle",
        "CIP",
    ),
    InternshipKind.OBSERVATION: (
        "observatie",
        "observation",
        "observation",
        "observatiestage",
        "stage d'observation",
        "snuffelstage",
    ),
    InternshipKind.OTHER: ("andere", "other", "autre"),
}

GENDER_WORDS: dict[Gender, tuple[str, ...]] = {
    Gender.FEMALE: ("V", "F", "vrouw", "female", "femme", "woman"),
    Gender.MALE: ("M", "H", "man", "male", "homme"),
    Gender.X: ("X", "non-binair", "non-binary", "non binaire"),
}

EDUCATION_WORDS: dict[EducationLevel, tuple[str, ...]] = {
    EducationLevel.SECONDARY: ("secundair", "secondary", "secondaire"),
    EducationLevel.POST_SECONDARY: (
        "hoger beroepsonderwijs",
        "post-secondary",
        "post-secondaire",
        "HBO5",
        "graduaat",
        "post-secundair",
    ),
    EducationLevel.PROFESSIONAL_BACHELOR: (
        "professionele bachelor",
        "professional bachelor",
        "bachelier professionnalisant",
        "bachelier de type court",
        "bachelier professionnel",
        "professionele bachelor",
    ),
    EducationLevel.ACADEMIC_BACHELOR: (
        "academische bachelor",
        "academic bachelor",
        "bachelier de transition",
        "bachelier universitaire",
        "bachelier académique",
    ),
    EducationLevel.MASTER: ("master",),
    EducationLevel.DOCTORATE: ("doctoraat", "doctorate", "doctorat", "PhD"),
    EducationLevel.ADULT_EDUCATION: (
        "volwassenenonderwijs",
        "adult education",
        "promotion sociale",
    ),
    EducationLevel.OTHER: ("andere", "other", "autre"),
}

YES_NO_WORDS: dict[bool, tuple[str, ...]] = {
    True: ("ja", "yes", "oui", "j", "y", "o", "1", "x", "true", "waar", "vrai"),
    False: ("nee", "no", "non", "n", "0", "false", "onwaar", "faux"),
}


def _index(words: dict[E, tuple[str, ...]]) -> dict[str, E]:
    return {header_key(word): value for value, spellings in words.items() for word in spellings}


_STATUSES = _index(STATUS_WORDS)
_KINDS = _index(KIND_WORDS)
_GENDERS = _index(GENDER_WORDS)
_LEVELS = _index(EDUCATION_WORDS)
_YES_NO = {header_key(w): value for value, words in YES_NO_WORDS.items() for w in words}


def status(text: str) -> ImportStatus | None:
    return _STATUSES.get(header_key(text))


def kind(text: str) -> InternshipKind | None:
    return _KINDS.get(header_key(text))


def gender(text: str) -> Gender | None:
    return _GENDERS.get(header_key(text))


def education_level(text: str) -> EducationLevel | None:
    return _LEVELS.get(header_key(text))


def yes_no(text: str) -> bool | None:
    return _YES_NO.get(header_key(text))


_LANGUAGE_AT = {"nl": 0, "en": 1, "fr": 2}  # each word list is written nl, en, fr


def written_in(spellings: tuple[str, ...], language: str) -> str:
    """A value's word in ``language`` (English for another one), as the template shows it."""
    return spellings[min(_LANGUAGE_AT.get(language, 1), len(spellings) - 1)]


def spellings(words: Mapping[Any, tuple[str, ...]], per_value: int = 3) -> str:
    """The words a column accepts, for a message or the template's explanation sheet."""
    return ", ".join(word for values in words.values() for word in values[:per_value])
