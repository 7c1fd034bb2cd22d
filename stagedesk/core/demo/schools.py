"""The demo organisation's partners: invented schools, training centres and employment
services, with their programmes, contacts, the ages of their students and how their
applications arrive."""

from dataclasses import dataclass

from stagedesk.core.models import ApplicationSource, EducationLevel, Language, SchoolKind

NL, FR = Language.DUTCH, Language.FRENCH


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
