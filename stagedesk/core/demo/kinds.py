"""The kinds of internship: how often each occurs, who sends it, how long it runs, its hours
and allowance, when internships start, why some stop early, and what follow-up says."""

import datetime as dt
import random

from stagedesk.core.demo.base import Weighted
from stagedesk.core.models import FollowUpKind, InternshipKind, Language, SchoolKind, StoppedBy

NL, FR = Language.DUTCH, Language.FRENCH
_U, _UC = SchoolKind.UNIVERSITY, SchoolKind.UNIVERSITY_COLLEGE
_SEC, _TC, _ES = (
    SchoolKind.SECONDARY_SCHOOL,
    SchoolKind.TRAINING_CENTRE,
    SchoolKind.EMPLOYMENT_SERVICE,
)

# How often each kind occurs, and which partners send that kind (None: no school).
KINDS = Weighted(
    {
        InternshipKind.CURRICULAR: 50,
        InternshipKind.VOLUNTARY: 9,
        InternshipKind.JOB_SEEKER: 10,
        InternshipKind.WORK_BASED_LEARNING: 9,
        InternshipKind.WORK_PLACEMENT_AGREEMENT: 6,
        InternshipKind.OBSERVATION: 11,
        InternshipKind.OTHER: 5,
    }
)
KIND_SCHOOLS: dict[InternshipKind, tuple[SchoolKind | None, ...]] = {
    InternshipKind.CURRICULAR: (_U, _UC, _UC, _SEC),
    InternshipKind.VOLUNTARY: (_U, _UC, None),
    InternshipKind.JOB_SEEKER: (_ES,),
    InternshipKind.WORK_BASED_LEARNING: (_SEC, _TC, _TC),
    InternshipKind.WORK_PLACEMENT_AGREEMENT: (_TC, _ES),
    InternshipKind.OBSERVATION: (_SEC, _SEC, _TC),
    InternshipKind.OTHER: (None, _TC),
}
# Length in weeks (2 weeks to 6 months) and hours per week (16 to 40).
KIND_WEEKS = {
    InternshipKind.CURRICULAR: (4, 20),
    InternshipKind.VOLUNTARY: (2, 8),
    InternshipKind.JOB_SEEKER: (6, 26),
    InternshipKind.WORK_BASED_LEARNING: (12, 26),
    InternshipKind.WORK_PLACEMENT_AGREEMENT: (4, 12),
    InternshipKind.OBSERVATION: (2, 3),
    InternshipKind.OTHER: (2, 12),
}
KIND_HOURS = {
    InternshipKind.CURRICULAR: (24, 32, 38, 38, 40),
    InternshipKind.VOLUNTARY: (16, 19, 24, 38),
    InternshipKind.JOB_SEEKER: (38, 38, 30),
    InternshipKind.WORK_BASED_LEARNING: (16, 24, 24),
    InternshipKind.WORK_PLACEMENT_AGREEMENT: (30, 38),
    InternshipKind.OBSERVATION: (19, 30, 38),
    InternshipKind.OTHER: (16, 24, 38),
}
# Monthly allowances (EUR) for the kinds that pay one; None: unpaid.
KIND_ALLOWANCES = {
    InternshipKind.JOB_SEEKER: ("350.00", "420.00", "505.00"),
    InternshipKind.WORK_BASED_LEARNING: ("480.00", "610.00", "725.00"),
    InternshipKind.WORK_PLACEMENT_AGREEMENT: ("750.00", "880.00"),
}
# Starts by month of the academic year (September first): spring and autumn are busy.
MONTHS = Weighted(dict(enumerate((8, 10, 8, 3, 4, 12, 12, 10, 7, 5, 7, 4))))
SUMMER = Weighted(dict(enumerate((1, 1, 1, 1, 1, 1, 1, 2, 3, 8, 14, 6))))

STOP_REASONS = (
    (StoppedBy.INTERN, "Heeft een vaste job gevonden.", "A trouvé un emploi fixe."),
    (StoppedBy.INTERN, "Persoonlijke redenen.", "Raisons personnelles."),
    (StoppedBy.SCHOOL, "Studierichting gewijzigd.", "Réorientation des études."),
    (
        StoppedBy.ORGANISATION,
        "Herhaalde afwezigheid zonder verwittiging.",
        "Absences répétées sans prévenir.",
    ),
    (
        StoppedBy.MUTUAL,
        "Opdracht sloot niet aan bij de verwachtingen.",
        "La mission ne correspondait pas aux attentes.",
    ),
)

FOLLOW_UP_KINDS = Weighted(
    {
        FollowUpKind.FEEDBACK: 35,
        FollowUpKind.VISIT: 20,
        FollowUpKind.NOTE: 20,
        FollowUpKind.ABSENCE: 18,
        FollowUpKind.INCIDENT: 7,
    }
)
FOLLOW_UP_TEXTS: dict[FollowUpKind, dict[Language, tuple[str, ...]]] = {
    FollowUpKind.VISIT: {
        NL: (
            "Bezoek stagebegeleider: positief, leerdoelen bijgestuurd.",
            "Tussentijds bezoek van de school; evaluatieformulier ingevuld.",
        ),
        FR: (
            "Visite du superviseur : bon déroulement, objectifs confirmés.",
            "Visite à mi-parcours ; grille d'évaluation complétée.",
        ),
    },
    FollowUpKind.FEEDBACK: {
        NL: (
            "Feedbackgesprek: werkt nauwkeurig, mag meer initiatief nemen.",
            "Wekelijkse feedback: goede vooruitgang op de opdracht.",
            "Tussentijdse evaluatie: sterk rapport.",
        ),
        FR: (
            "Entretien de feedback : travail soigné, peut prendre plus d'initiatives.",
            "Feedback hebdomadaire : bonne progression.",
            "Évaluation intermédiaire : très bon rapport.",
        ),
    },
    FollowUpKind.ABSENCE: {
        NL: ("Ziek gemeld (2 dagen), attest ontvangen.", "Afwezig voor examen op school."),
        FR: ("Malade (1 jour), certificat reçu.", "Absent pour un examen à l'école."),
    },
    FollowUpKind.INCIDENT: {
        NL: (
            "Te laat op vergadering zonder verwittiging; besproken.",
            "Badge verloren; nieuwe aangevraagd.",
        ),
        FR: (
            "Retard non prévenu à une réunion ; discuté.",
            "Accès informatique bloqué deux jours ; réglé avec l'ICT.",
        ),
    },
    FollowUpKind.NOTE: {
        NL: ("Laptop en toegangen in orde.", "Neemt deel aan het teamoverleg."),
        FR: ("Ordinateur et accès en ordre.", "Participe à la réunion d'équipe."),
    },
}


def _kinds_by_school() -> dict[SchoolKind | None, tuple[InternshipKind, ...]]:
    """Which internship kinds a partner of each kind sends: the inverse of KIND_SCHOOLS."""
    kinds: dict[SchoolKind | None, list[InternshipKind]] = {}
    for kind, school_kinds in KIND_SCHOOLS.items():
        for school_kind in dict.fromkeys(school_kinds):
            kinds.setdefault(school_kind, []).append(kind)
    return {school_kind: tuple(found) for school_kind, found in kinds.items()}


KINDS_FOR_SCHOOL = _kinds_by_school()


def start_day(rng: random.Random, year: dt.date, kind: InternshipKind) -> dt.date:
    """A Monday in the academic year; busy in autumn and spring, volunteers in summer."""
    draw = SUMMER if kind is InternshipKind.VOLUNTARY else MONTHS
    month = year.month - 1 + draw.draw(rng)
    first = dt.date(year.year + month // 12, month % 12 + 1, 1)
    day = first + dt.timedelta(days=rng.randrange(28))
    return day + dt.timedelta(days=-day.weekday() % 7)
