"""The content of the demo organisation: names, units, schools, texts and their weights.

``demo`` decides what happens when; this module says what the organisation is made of
and how often each thing occurs. Everything is fictional: names are common Belgian
(Dutch, French) and Brussels first and last names combined at random, so no row describes
a real person; schools and streets are invented; e-mail domains end in ``.example``
(reserved, never delivered).
"""

import random
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import accumulate
from typing import Generic, NamedTuple, TypeVar

from .models import (
    ApplicationSource,
    EducationLevel,
    FollowUpKind,
    Gender,
    InternshipKind,
    Language,
    SchoolKind,
    StoppedBy,
)

NL, FR = Language.DUTCH, Language.FRENCH
T = TypeVar("T")


class Weighted(Generic[T]):
    """A population drawn with fixed weights; the cumulative weights are summed once."""

    def __init__(self, weights: Mapping[T, int]) -> None:
        self.items = list(weights)
        self.cumulative = list(accumulate(weights.values()))

    def draw(self, rng: random.Random) -> T:
        return rng.choices(self.items, cum_weights=self.cumulative)[0]


def _names(text: str) -> tuple[str, ...]:
    """A comma-separated list: keeps long name lists compact in the source."""
    return tuple(name.strip() for name in text.split(","))


ORGANISATION_NAME = "FOD Voorbeeldzaken / SPF Affaires Exemplaires"
ORGANISATION_ADDRESS = "Voorbeeldlaan 1 / Avenue de l'Exemple 1\n1000 Brussel / Bruxelles\nBelgium"
STAFF_DOMAIN = "voorbeeld.example"
MAIL_DOMAINS = ("mail.example", "post.example", "inbox.example", "student.example")

# First names (female, male) and last names by origin. Brussels is bilingual and diverse:
# a fifth of the people get names from the third, mixed pool.
FEMALE = {
    "nl": _names(
        "Emma, Lotte, Fien, Lien, Marie, Noor, Hanne, Lore, Julie, Ine, Eline, Anouk, Elise,"
        "Jana, Femke, Ellen, Nele, Sofie, Kato, Margot"
    ),
    "fr": _names(
        "Camille, Chloé, Léa, Manon, Louise, Juliette, Margaux, Pauline, Sophie, Élodie,"
        "Mathilde, Inès, Zoé, Clara, Alice, Océane, Amélie, Hélène, Aurélie, Justine"
    ),
    "mixed": _names(
        "Yasmine, Amina, Nour, Salma, Aya, Elif, Zeynep, Agnieszka, Ioana, Fatou, Sara, Hanna"
    ),
}
MALE = {
    "nl": _names(
        "Lars, Wout, Jens, Pieter, Thomas, Bram, Tom, Koen, Stijn, Jonas, Arne, Ruben, Senne,"
        "Wannes, Jef, Dries, Maarten, Bart, Joris, Sander"
    ),
    "fr": _names(
        "Lucas, Louis, Hugo, Maxime, Nicolas, Antoine, Julien, Thibault, Romain, Quentin,"
        "Mathis, Arthur, Nathan, Gauthier, Benoît, Olivier, Cédric, Sébastien, Guillaume,"
        "François"
    ),
    "mixed": _names(
        "Mohamed, Youssef, Rayan, Ilyas, Bilal, Mehdi, Emre, Piotr, Andrei, Moussa, Adam, Karim"
    ),
}
LAST = {
    "nl": _names(
        "Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet,"
        "Vermeulen, Van den Broeck, Hermans, Aerts, De Backer, Michiels, Verstraeten,"
        "Van Damme, Lemmens, Coppens, Vandenberghe, De Clercq, Martens, Segers, Verhoeven,"
        "Van de Velde, Smets, Claessens"
    ),
    "fr": _names(
        "Dubois, Lambert, Dupont, Martin, Simon, Laurent, Leroy, Lejeune, Renard, Leclercq,"
        "Dumont, Lefèvre, Collignon, François, Denis, Henry, Gérard, Mathieu, Charlier,"
        "Fontaine, Michel, Lemaire, Delvaux, Marchal"
    ),
    "mixed": _names(
        "El Amrani, Benali, Haddad, Yilmaz, Demir, Kaya, Nowak, Kowalski, Popescu, Diallo,"
        "Ndiaye, El Idrissi, Bouzid, Aït Ouali, Mukendi"
    ),
}
# Where names come from; a preferred language (a school's) makes its names likelier.
ORIGINS = {
    None: Weighted({"nl": 40, "fr": 40, "mixed": 20}),
    NL: Weighted({"nl": 55, "fr": 25, "mixed": 20}),
    FR: Weighted({"nl": 25, "fr": 55, "mixed": 20}),
}
GENDERS = Weighted({Gender.FEMALE: 48, Gender.MALE: 46, Gender.X: 2, None: 4})
EXTRA_LANGUAGES = ("ar", "tr", "pl", "ro", "es", "it", "de")

# Brussels and its surroundings: (postcode, Dutch name, French name).
COMMUNES = (
    ("1000", "Brussel", "Bruxelles"),
    ("1030", "Schaarbeek", "Schaerbeek"),
    ("1040", "Etterbeek", "Etterbeek"),
    ("1050", "Elsene", "Ixelles"),
    ("1060", "Sint-Gillis", "Saint-Gilles"),
    ("1070", "Anderlecht", "Anderlecht"),
    ("1080", "Sint-Jans-Molenbeek", "Molenbeek-Saint-Jean"),
    ("1090", "Jette", "Jette"),
    ("1140", "Evere", "Evere"),
    ("1190", "Vorst", "Forest"),
    ("1200", "Sint-Lambrechts-Woluwe", "Woluwe-Saint-Lambert"),
    ("1700", "Dilbeek", "Dilbeek"),
    ("1800", "Vilvoorde", "Vilvorde"),
    ("1300", "Waver", "Wavre"),
    ("3000", "Leuven", "Louvain"),
)
STREETS = {
    NL: ("Voorbeeldstraat", "Zennelaan", "Kanaalkaai", "Lindenplein", "Molenweg", "Distelstraat"),
    FR: (
        "Rue de l'Exemple",
        "Avenue de la Senne",
        "Quai du Canal",
        "Place des Tilleuls",
        "Chemin du Moulin",
        "Rue des Chardons",
    ),
}


@dataclass(frozen=True)
class Assignment:
    """One kind of opportunity a unit offers again each year."""

    title: str
    work_kind: str
    description: str
    requirements: str


@dataclass(frozen=True)
class UnitSpec:
    name: str
    code: str
    domain: str
    staff: int  # head first, then mentors and backups
    weight: int  # share of the interns this unit hosts
    assignments: tuple[Assignment, ...]
    hired_functions: tuple[str, ...]


UNITS = (
    UnitSpec(
        "Personeel en Organisatie",
        "P&O",
        "HR",
        4,
        16,
        (
            Assignment(
                "Ondersteuning selectieprocedures",
                "administratief",
                "Mee organiseren van selecties en onthaal van nieuwe medewerkers.",
                "Nauwkeurig, vlot met Excel, basiskennis Frans.",
            ),
            Assignment(
                "Welzijnsenquête analyseren",
                "analyse",
                "De resultaten van de welzijnsenquête verwerken en voorstellen uitwerken.",
                "Masterstudent psychologie of HR; statistiek (SPSS of R).",
            ),
        ),
        ("HR-assistent", "Attaché selectie", "Dossierbeheerder personeel"),
    ),
    UnitSpec(
        "Communicatie",
        "COM",
        "communicatie",
        3,
        12,
        (
            Assignment(
                "Contentcreatie sociale media",
                "creatief",
                "Berichten en korte video's maken voor onze kanalen, in twee talen.",
                "Taalvaardig in Nederlands en Frans; ervaring met Canva of Premiere.",
            ),
            Assignment(
                "Vernieuwing intranet",
                "redactie",
                "Teksten herschrijven in klare taal en de structuur van het intranet testen.",
                "Sterke schrijfvaardigheid; interesse in digitale toegankelijkheid.",
            ),
        ),
        ("Communicatiemedewerker", "Webredacteur"),
    ),
    UnitSpec(
        "ICT",
        "ICT",
        "ICT",
        3,
        16,
        (
            Assignment(
                "Helpdesk eerste lijn",
                "technisch",
                "Gebruikers helpen, laptops klaarmaken, tickets opvolgen.",
                "Basiskennis Windows en netwerken; klantvriendelijk.",
            ),
            Assignment(
                "Migratie van een interne applicatie",
                "ontwikkeling",
                "Een oude Access-toepassing omzetten naar een webapplicatie.",
                "Python of C#, SQL; zelfstandig kunnen werken.",
            ),
        ),
        ("ICT-supportmedewerker", "Ontwikkelaar", "Systeembeheerder"),
    ),
    UnitSpec(
        "Juridische Dienst",
        "JUR",
        "recht",
        3,
        10,
        (
            Assignment(
                "Juridisch onderzoek overheidsopdrachten",
                "onderzoek",
                "Rechtspraak verzamelen en nota's voorbereiden over overheidsopdrachten.",
                "Master Rechten (laatste jaar); goede kennis van het Frans.",
            ),
            Assignment(
                "Analyse des recours administratifs",
                "analyse",
                "Classer et analyser les recours introduits l'année passée.",
                "Master en droit; rigueur; bonne connaissance du néerlandais.",
            ),
        ),
        ("Juriste", "Jurist"),
    ),
    UnitSpec(
        "Financiën en Begroting",
        "FIN",
        "financiën",
        3,
        10,
        (
            Assignment(
                "Opvolging facturen",
                "administratief",
                "Facturen controleren en inboeken; leveranciers contacteren.",
                "Boekhoudkundige basis; nauwkeurig; vlot met Excel.",
            ),
            Assignment(
                "Begrotingsanalyse",
                "analyse",
                "Meewerken aan de begrotingsopmaak en de maandelijkse rapportering.",
                "Bachelor of master economie of bedrijfskunde.",
            ),
        ),
        ("Boekhouder", "Financieel analist"),
    ),
    UnitSpec(
        "Service Presse",
        "PRESSE",
        "communication",
        3,
        8,
        (
            Assignment(
                "Revue de presse quotidienne",
                "rédaction",
                "Préparer la revue de presse et suivre les questions des journalistes.",
                "Excellente orthographe; bonne connaissance du néerlandais.",
            ),
            Assignment(
                "Préparation de conférences de presse",
                "organisation",
                "Préparer les dossiers et la logistique des conférences de presse.",
                "Organisé(e), à l'aise au téléphone, bilingue si possible.",
            ),
        ),
        ("Attaché de presse", "Chargé de communication"),
    ),
    UnitSpec(
        "Logistique et Bâtiments",
        "LOG",
        "logistique",
        3,
        14,
        (
            Assignment(
                "Gestion du magasin et des livraisons",
                "logistique",
                "Réceptionner les livraisons, tenir le stock, préparer les commandes.",
                "Sens de l'ordre; permis cariste est un atout.",
            ),
            Assignment(
                "Inventaire des bâtiments",
                "technique",
                "Mettre à jour l'inventaire technique des locaux et du mobilier.",
                "Formation technique; à l'aise avec les plans et Excel.",
            ),
        ),
        ("Magasinier", "Technicien bâtiment", "Gestionnaire de facilities"),
    ),
    UnitSpec(
        "Études et Statistiques",
        "STAT",
        "statistiek",
        3,
        14,
        (
            Assignment(
                "Tableau de bord des indicateurs",
                "analyse",
                "Construire un tableau de bord des indicateurs du service.",
                "Statistiques, Excel avancé ou Power BI; curiosité.",
            ),
            Assignment(
                "Datakwaliteit registers",
                "analyse",
                "De kwaliteit van onze registers meten en verbeteringen voorstellen.",
                "SQL of R; oog voor detail; masterstudent.",
            ),
        ),
        ("Statisticus", "Data-analist"),
    ),
)

HEAD_FUNCTION = {NL: "Diensthoofd", FR: "Chef de service"}
COORDINATOR_FUNCTION = {NL: "Stagecoördinator", FR: "Coordinateur des stages"}
STAFF_FUNCTIONS = {
    NL: ("Attaché", "Adviseur", "Expert", "Assistent", "Deskundige"),
    FR: ("Attaché", "Conseiller", "Expert", "Assistant", "Gestionnaire de dossiers"),
}


@dataclass(frozen=True)
class SchoolSpec:
    name: str
    kind: SchoolKind
    language: Language
    city: str
    address: str
    website: str
    programmes: tuple[tuple[str, EducationLevel], ...]


_U, _UC = SchoolKind.UNIVERSITY, SchoolKind.UNIVERSITY_COLLEGE
_SEC, _TC, _ES = (
    SchoolKind.SECONDARY_SCHOOL,
    SchoolKind.TRAINING_CENTRE,
    SchoolKind.EMPLOYMENT_SERVICE,
)
_L = EducationLevel

SCHOOLS = (
    SchoolSpec(
        "Université de la Senne",
        _U,
        FR,
        "Bruxelles",
        "Avenue de la Senne 50, 1050 Bruxelles",
        "https://senne-univ.example",
        (
            ("Master en droit", _L.MASTER),
            ("Master en sciences politiques", _L.MASTER),
            ("Bachelier en information et communication", _L.ACADEMIC_BACHELOR),
            ("Doctorat en sciences sociales", _L.DOCTORATE),
        ),
    ),
    SchoolSpec(
        "Universiteit van het Zoniënwoud",
        _U,
        NL,
        "Brussel",
        "Beukenlaan 2, 1050 Brussel",
        "https://zonienwoud-universiteit.example",
        (
            ("Master in de rechten", _L.MASTER),
            ("Master bestuurskunde", _L.MASTER),
            ("Bachelor psychologie", _L.ACADEMIC_BACHELOR),
        ),
    ),
    SchoolSpec(
        "Université libre du Maelbeek",
        _U,
        FR,
        "Bruxelles",
        "Rue du Maelbeek 12, 1040 Bruxelles",
        "https://maelbeek-univ.example",
        (("Master en statistique", _L.MASTER), ("Master en sciences de gestion", _L.MASTER)),
    ),
    SchoolSpec(
        "Hogeschool Zennevallei",
        _UC,
        NL,
        "Brussel",
        "Zennelaan 100, 1000 Brussel",
        "https://zennevallei.example",
        (
            ("Bachelor office management", _L.PROFESSIONAL_BACHELOR),
            ("Bachelor toegepaste informatica", _L.PROFESSIONAL_BACHELOR),
            ("Graduaat marketing- en communicatiesupport", _L.POST_SECONDARY),
        ),
    ),
    SchoolSpec(
        "Haute École du Canal",
        _UC,
        FR,
        "Bruxelles",
        "Quai du Canal 8, 1080 Molenbeek-Saint-Jean",
        "https://he-canal.example",
        (
            ("Bachelier en comptabilité", _L.PROFESSIONAL_BACHELOR),
            ("Bachelier en assistant de direction", _L.PROFESSIONAL_BACHELOR),
            ("Bachelier en relations publiques", _L.PROFESSIONAL_BACHELOR),
        ),
    ),
    SchoolSpec(
        "Hogeschool Brabantpoort",
        _UC,
        NL,
        "Leuven",
        "Poortstraat 5, 3000 Leuven",
        "https://brabantpoort.example",
        (
            ("Bachelor bedrijfsmanagement", _L.PROFESSIONAL_BACHELOR),
            ("Bachelor journalistiek", _L.PROFESSIONAL_BACHELOR),
        ),
    ),
    SchoolSpec(
        "Technisch Atheneum Kanaalzone",
        _SEC,
        NL,
        "Vilvoorde",
        "Kanaalkaai 30, 1800 Vilvoorde",
        "https://ta-kanaalzone.example",
        (("Kantoor en logistiek (duaal)", _L.SECONDARY), ("Informaticabeheer", _L.SECONDARY)),
    ),
    SchoolSpec(
        "Institut technique des Tilleuls",
        _SEC,
        FR,
        "Forest",
        "Place des Tilleuls 3, 1190 Forest",
        "https://it-tilleuls.example",
        (
            ("Technicien de bureau", _L.SECONDARY),
            ("Technicien en informatique", _L.SECONDARY),
            ("Gestionnaire de magasin (alternance)", _L.SECONDARY),
        ),
    ),
    SchoolSpec(
        "Sint-Jorisinstituut Noord",
        _SEC,
        NL,
        "Schaarbeek",
        "Distelstraat 14, 1030 Schaarbeek",
        "https://sint-joris-noord.example",
        (("Bedrijfsorganisatie", _L.SECONDARY), ("Onthaal en public relations", _L.SECONDARY)),
    ),
    SchoolSpec(
        "Centre de formation Bruxelles-Sud",
        _TC,
        FR,
        "Anderlecht",
        "Chemin du Moulin 77, 1070 Anderlecht",
        "https://cf-bruxelles-sud.example",
        (
            ("Employé administratif", _L.ADULT_EDUCATION),
            ("Aide-comptable", _L.ADULT_EDUCATION),
            ("Développeur web", _L.POST_SECONDARY),
        ),
    ),
    SchoolSpec(
        "Vormingscentrum Zennepark",
        _TC,
        NL,
        "Brussel",
        "Parkweg 9, 1000 Brussel",
        "https://vc-zennepark.example",
        (
            ("Administratief bediende", _L.ADULT_EDUCATION),
            ("Magazijnier", _L.OTHER),
            ("Webontwikkelaar", _L.POST_SECONDARY),
        ),
    ),
    SchoolSpec(
        "Formation Alternance Midi",
        _TC,
        FR,
        "Saint-Gilles",
        "Rue du Midi 40, 1060 Saint-Gilles",
        "https://alternance-midi.example",
        (
            ("Gestionnaire de bureau (alternance)", _L.ADULT_EDUCATION),
            ("Réceptionniste (alternance)", _L.OTHER),
        ),
    ),
    SchoolSpec(
        "Werkwinkel Noord",
        _ES,
        NL,
        "Brussel",
        "Noordplein 4, 1000 Brussel",
        "https://werkwinkel-noord.example",
        (
            ("Individuele beroepsopleiding (IBO)", _L.OTHER),
            ("Beroepsinlevingsstage (BIO)", _L.OTHER),
            ("Instapstage", _L.OTHER),
        ),
    ),
    SchoolSpec(
        "Maison de l'emploi du Canal",
        _ES,
        FR,
        "Molenbeek-Saint-Jean",
        "Quai du Canal 61, 1080 Molenbeek-Saint-Jean",
        "https://emploi-canal.example",
        (
            ("Formation professionnelle individuelle (FPI)", _L.OTHER),
            ("Stage de transition", _L.OTHER),
            ("Convention d'immersion professionnelle", _L.ADULT_EDUCATION),
        ),
    ),
    SchoolSpec(
        "Jobhuis Zuid",
        _ES,
        NL,
        "Vorst",
        "Molenweg 18, 1190 Vorst",
        "https://jobhuis-zuid.example",
        (
            ("Individuele beroepsopleiding (IBO)", _L.OTHER),
            ("Werkervaringstraject", _L.ADULT_EDUCATION),
        ),
    ),
)

CONTACT_FUNCTIONS = {
    SchoolKind.UNIVERSITY: {NL: "Stagecoördinator faculteit", FR: "Coordinateur des stages"},
    SchoolKind.UNIVERSITY_COLLEGE: {NL: "Stagebegeleider", FR: "Superviseur de stage"},
    SchoolKind.SECONDARY_SCHOOL: {NL: "Stagebegeleider", FR: "Professeur de pratique"},
    SchoolKind.TRAINING_CENTRE: {NL: "Trajectbegeleider", FR: "Formateur"},
    SchoolKind.EMPLOYMENT_SERVICE: {NL: "Jobcoach", FR: "Conseiller emploi"},
}

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
# Ages at the start of the internship by kind of partner; None: no school.
AGES: dict[SchoolKind | None, tuple[int, int]] = {
    _U: (20, 27),
    _UC: (19, 24),
    _SEC: (16, 19),
    _TC: (18, 35),
    _ES: (19, 35),
    None: (18, 35),
}
# Where applications come from, by kind of partner (None: no school).
_S = ApplicationSource
SOURCES: dict[SchoolKind | None, tuple[ApplicationSource, ...]] = {
    _U: (_S.SCHOOL, _S.WEBSITE, _S.WEBSITE, _S.JOB_FAIR, _S.NETWORK),
    _UC: (_S.SCHOOL, _S.SCHOOL, _S.WEBSITE, _S.JOB_FAIR),
    _SEC: (_S.SCHOOL,),
    _TC: (_S.SCHOOL, _S.SCHOOL, _S.OTHER),
    _ES: (_S.EMPLOYMENT_SERVICE,),
    None: (_S.WEBSITE, _S.NETWORK, _S.OTHER),
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


class Person(NamedTuple):
    first: str
    last: str
    gender: Gender | None
    language: Language
    origin: str


def person(rng: random.Random, prefer: Language | None = None) -> Person:
    """A random name; ``prefer`` makes names of that language more likely."""
    origin = ORIGINS[prefer].draw(rng)
    gender = GENDERS.draw(rng)
    female = gender is Gender.FEMALE or (gender is not Gender.MALE and rng.random() < 0.5)
    first = rng.choice((FEMALE if female else MALE)[origin])
    language = {"nl": NL, "fr": FR}.get(origin) or prefer or rng.choice((NL, FR))
    return Person(first, rng.choice(LAST[origin]), gender, language, origin)


def email_name(someone: Person) -> str:
    """'Aït Ouali' -> 'aitouali': the person's name as it appears in an e-mail address."""

    def plain(name: str) -> str:
        ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        return "".join(char for char in ascii_name.lower() if char.isalnum() or char == "-")

    return f"{plain(someone.first)}.{plain(someone.last)}"


def address(rng: random.Random, language: Language) -> str:
    postcode, dutch, french = rng.choice(COMMUNES)
    commune = dutch if language is NL else french
    return f"{rng.choice(STREETS[language])} {rng.randint(1, 180)}, {postcode} {commune}"


def spoken_languages(rng: random.Random, someone: Person) -> str:
    """The languages a candidate speaks, mother tongue first: "nl, fr, en"."""
    spoken = [someone.language.value]
    if rng.random() < 0.7:
        spoken.append((FR if someone.language is NL else NL).value)
    if rng.random() < 0.8:
        spoken.append(Language.ENGLISH.value)
    if someone.origin == "mixed" and rng.random() < 0.6:
        spoken.append(rng.choice(EXTRA_LANGUAGES))
    return ", ".join(spoken)
