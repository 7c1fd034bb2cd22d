"""The one-year report's words (question 001) in Dutch, French and English."""

from stagedesk.core.reports.one_year import Route

WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "s_units": "Plaatsen en stagiairs",
        "s_routes": "Hoe ze kwamen",
        "s_agreements": "Overeenkomsten",
        "how": "Zo tellen we",
        "unit": "Dienst",
        "opportunities": "Aangeboden stageplaatsen",
        "places": "Plaatsen",
        "interns": "Stagiairs",
        "hired": "Aangeworven in het jaar",
        "total": "Totaal",
        "route": "Langs",
        "kind": "Soort stage",
        "what": "Wat",
        "count": "Aantal",
        "agreements": "Beroepsinlevingsovereenkomsten",
        "paid_work_based": "Bezoldigde werkplekken voor werkplekleren (deeltijds onderwijs)",
    },
    "fr": {
        "s_units": "Places et stagiaires",
        "s_routes": "Par quelle voie",
        "s_agreements": "Conventions",
        "how": "Comment nous comptons",
        "unit": "Service",
        "opportunities": "Places de stage offertes",
        "places": "Places",
        "interns": "Stagiaires",
        "hired": "Engagés dans l'année",
        "total": "Total",
        "route": "Voie",
        "kind": "Type de stage",
        "what": "Quoi",
        "count": "Nombre",
        "agreements": "Conventions d'immersion professionnelle",
        "paid_work_based": "Places rémunérées en alternance (enseignement à horaire réduit)",
    },
    "en": {
        "s_units": "Places and interns",
        "s_routes": "How they came",
        "s_agreements": "Agreements",
        "how": "How we count",
        "unit": "Unit",
        "opportunities": "Internship places offered",
        "places": "Places",
        "interns": "Interns",
        "hired": "Hired in the year",
        "total": "Total",
        "route": "Route",
        "kind": "Kind of internship",
        "what": "What",
        "count": "Count",
        "agreements": "Work-placement agreements",
        "paid_work_based": "Paid work-based places (part-time vocational pupils)",
    },
}
ROUTES: dict[Route, dict[str, str]] = {
    Route.SCHOOL: {"nl": "School", "fr": "École", "en": "School"},
    Route.TRAINING_CENTRE: {
        "nl": "Opleidingscentrum",
        "fr": "Centre de formation",
        "en": "Training centre",
    },
    Route.EMPLOYMENT_SERVICE: {
        "nl": "Dienst voor arbeidsbemiddeling",
        "fr": "Service de l'emploi",
        "en": "Employment service",
    },
    Route.OTHER: {"nl": "Andere", "fr": "Autre", "en": "Other"},
}
HOW: dict[str, tuple[str, ...]] = {
    "nl": (
        "Aangeboden stageplaatsen: de stageopdrachten die op enig moment in het jaar"
        " aangeboden werden (hun periode valt in het jaar; zonder periode: in de jaren waarin"
        " ze een kandidaat of stagiair hadden), met hun aantal plaatsen.",
        "Stagiairs: stages die in het jaar beginnen (vroegtijdig gestopte inbegrepen,"
        " geplande die nog niet begonnen zijn niet).",
        "Langs: uit de soort stage, zoals genoteerd: school (curriculair, observatie,"
        " vrijwillig), opleidingscentrum (werkplekleren, beroepsinlevingsovereenkomst),"
        " dienst voor arbeidsbemiddeling (werkzoekenden).",
        "Bezoldigde werkplekken: stages 'werkplekleren' die als bezoldigd genoteerd zijn.",
        "Aangeworven in het jaar: volgens de datum van aanwerving.",
        "Profiel: zoals het profielrapport, voor dit jaar; cellen van 1 tot 4 worden als"
        " '< 5' getoond.",
    ),
    "fr": (
        "Places de stage offertes : les missions offertes à un moment de l'année (leur"
        " période tombe dans l'année ; sans période : les années où elles avaient un"
        " candidat ou un stagiaire), avec leur nombre de places.",
        "Stagiaires : stages qui commencent dans l'année (arrêtés prématurément compris,"
        " prévus pas encore commencés exclus).",
        "Voie : d'après le type de stage noté : école (curriculaire, observation,"
        " volontaire), centre de formation (alternance, convention d'immersion), service"
        " de l'emploi (demandeurs d'emploi).",
        "Places rémunérées en alternance : stages 'alternance' notés comme rémunérés.",
        "Engagés dans l'année : selon la date d'engagement.",
        "Profil : comme le rapport de profil, pour cette année ; les cellules de 1 à 4"
        " sont affichées « < 5 ».",
    ),
    "en": (
        "Internship places offered: the opportunities offered at any time in the year"
        " (their period falls in the year; without a period: the years they had an"
        " applicant or an intern), with their number of places.",
        "Interns: internships starting in the year (stopped-early ones included, planned"
        " ones not yet started excluded).",
        "Route: from the kind of internship as recorded: school (curricular, observation,"
        " voluntary), training centre (work-based learning, work-placement agreement),"
        " employment service (job-seeker schemes).",
        "Paid work-based places: 'work-based learning' internships recorded as paid.",
        "Hired in the year: by the hiring date.",
        "Profile: as the profile report, for this year; cells from 1 to 4 show as '< 5'.",
    ),
}
