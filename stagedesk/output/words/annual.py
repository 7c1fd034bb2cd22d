"""The annual overview's words in Dutch, French and English: one home for the workbook,
the PDF and the "how we count" lines both show."""

from stagedesk.core.models import InternshipKind

WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "hours": "Gemiddelde duur (uren)",
        "hired_in": "Aangeworven in het jaar",
        "by_hiring": "Aangeworven in het jaar (datum aanwerving)",
        "by_internship": "Later aangeworven (volgens stagejaar)",
        "paid": "Bezoldigd",
        "unpaid": "Onbezoldigd",
        "reason": "Reden",
        "years": "Jaren",
        "s_pay": "Bezoldigd of niet",
        "people_total": "Totaal (personen)",
        "d_total": "Totaal: kandidaten zijn personen, geen som van de diensten: wie bij twee"
        " diensten kandideerde, telt één keer in het totaal.",
        "d_people": "Kandidaten: de personen die in dat jaar bij de dienst kandideerden"
        " (wie twee keer kandideerde, telt één keer).",
        "d_zero": "Elke dienst staat in elk jaar van de periode, ook met 0.",
        "d_hours": "Uren: de uren in totaal van de stage, anders uren per week × weken;"
        " gemiddeld over de stagiairs van wie ze gekend zijn.",
        "d_hired_in": "Aangeworven in het jaar: volgens de datum van aanwerving, ongeacht"
        " het jaar van de stage.",
        "d_pay": "Bezoldigd of onbezoldigd: zoals bij de stage genoteerd, met de reden die"
        " voor onbezoldigde stages werd opgegeven.",
        "d_requirements": "Vereisten: elke tekst per functie, met de jaren waarin hij gold.",
        "overview": "Overzicht",
        "chart": "Grafiek",
        "title_chart": "Stagiairs per jaar",
        "data": "Gegevens",
        "title": "Stagiairs per dienst en per jaar",
        "period": "Periode",
        "unit": "Dienst",
        "year": "Jaar",
        "applicants": "Kandidaten",
        "interns": "Stagiairs",
        "days": "Gemiddelde duur (dagen)",
        "weeks": "Gemiddelde duur (weken)",
        "hired": "Later aangeworven",
        "function": "Functie",
        "count": "Aantal",
        "requirements": "Vereisten",
        "total": "Totaal",
        "s_applicants": "Kandidaten",
        "s_interns": "Stagiairs",
        "s_duration": "Duur",
        "s_kinds": "Soort stage",
        "s_hired": "Aangeworven per functie",
        "s_requirements": "Vereisten per functie",
        "how": "Zo tellen we",
        "d_applicants": "Kandidaten: kandidaturen met een datum in dat jaar"
        " (aanvaarde inbegrepen).",
        "d_interns": "Stagiairs: stages die in dat jaar beginnen (vroegtijdig gestopte"
        " inbegrepen, geplande die nog niet begonnen zijn niet).",
        "d_duration": "Duur: kalenderdagen van begin tot einde, beide inbegrepen;"
        " weken = dagen / 7.",
        "d_hired": "Later aangeworven: stagiairs van dat jaar (volgens begin) die later"
        " in dienst kwamen.",
    },
    "fr": {
        "hours": "Durée moyenne (heures)",
        "hired_in": "Engagés dans l'année",
        "by_hiring": "Engagés dans l'année (date d'engagement)",
        "by_internship": "Engagés par la suite (selon l'année du stage)",
        "paid": "Rémunéré",
        "unpaid": "Non rémunéré",
        "reason": "Motif",
        "years": "Années",
        "s_pay": "Rémunéré ou non",
        "people_total": "Total (personnes)",
        "d_total": "Total : les candidats sont des personnes, pas une somme des services :"
        " qui a postulé dans deux services compte une fois dans le total.",
        "d_people": "Candidats : les personnes qui ont postulé au service dans l'année"
        " (qui a postulé deux fois compte une fois).",
        "d_zero": "Chaque service figure dans chaque année de la période, même avec 0.",
        "d_hours": "Heures : les heures au total du stage, sinon heures par semaine ×"
        " semaines ; moyenne sur les stagiaires dont elles sont connues.",
        "d_hired_in": "Engagés dans l'année : selon la date d'engagement, quelle que soit"
        " l'année du stage.",
        "d_pay": "Rémunéré ou non : tel que noté pour le stage, avec le motif donné pour"
        " les stages non rémunérés.",
        "d_requirements": "Exigences : chaque texte par fonction, avec les années où il"
        " s'appliquait.",
        "overview": "Aperçu",
        "chart": "Graphique",
        "title_chart": "Stagiaires par année",
        "data": "Données",
        "title": "Stagiaires par service et par année",
        "period": "Période",
        "unit": "Service",
        "year": "Année",
        "applicants": "Candidats",
        "interns": "Stagiaires",
        "days": "Durée moyenne (jours)",
        "weeks": "Durée moyenne (semaines)",
        "hired": "Engagés par la suite",
        "function": "Fonction",
        "count": "Nombre",
        "requirements": "Exigences",
        "total": "Total",
        "s_applicants": "Candidats",
        "s_interns": "Stagiaires",
        "s_duration": "Durée",
        "s_kinds": "Type de stage",
        "s_hired": "Engagés par fonction",
        "s_requirements": "Exigences par fonction",
        "how": "Comment nous comptons",
        "d_applicants": "Candidats : candidatures datées de l'année"
        " (candidatures acceptées comprises).",
        "d_interns": "Stagiaires : stages qui commencent dans l'année (stages arrêtés"
        " prématurément compris, stages prévus pas encore commencés exclus).",
        "d_duration": "Durée : jours calendrier du début à la fin, tous deux compris ;"
        " semaines = jours / 7.",
        "d_hired": "Engagés par la suite : stagiaires de l'année (selon le début)"
        " engagés plus tard par l'organisation.",
    },
    "en": {
        "hours": "Average duration (hours)",
        "hired_in": "Hired in the year",
        "by_hiring": "Hired in the year (by hiring date)",
        "by_internship": "Hired later (by internship year)",
        "paid": "Paid",
        "unpaid": "Unpaid",
        "reason": "Reason",
        "years": "Years",
        "s_pay": "Paid or unpaid",
        "people_total": "Total (people)",
        "d_total": "Total: applicants are people, not a sum of the units: someone who"
        " applied to two units counts once in the total.",
        "d_people": "Applicants: the people who applied to the unit in that year (someone"
        " who applied twice counts once).",
        "d_zero": "Every unit appears in every year of the period, with 0 where none.",
        "d_hours": "Hours: the internship's hours in total, else hours per week × weeks;"
        " averaged over the interns whose hours are known.",
        "d_hired_in": "Hired in the year: by the hiring date, whatever the year of the internship.",
        "d_pay": "Paid or unpaid: as recorded for the internship, with the reason given for"
        " unpaid ones.",
        "d_requirements": "Requirements: every text of each function, with the years it held.",
        "overview": "Overview",
        "chart": "Chart",
        "title_chart": "Interns per year",
        "data": "Data",
        "title": "Interns per unit and per year",
        "period": "Period",
        "unit": "Unit",
        "year": "Year",
        "applicants": "Applicants",
        "interns": "Interns",
        "days": "Average duration (days)",
        "weeks": "Average duration (weeks)",
        "hired": "Hired later",
        "function": "Function",
        "count": "Count",
        "requirements": "Requirements",
        "total": "Total",
        "s_applicants": "Applicants",
        "s_interns": "Interns",
        "s_duration": "Duration",
        "s_kinds": "Internship kinds",
        "s_hired": "Hired later by function",
        "s_requirements": "Requirements by function",
        "how": "How we count",
        "d_applicants": "Applicants: applications dated in that year (accepted ones included).",
        "d_interns": "Interns: internships starting in that year (stopped-early ones"
        " included, planned ones not yet started excluded).",
        "d_duration": "Duration: calendar days from start to end, both included; weeks = days / 7.",
        "d_hired": "Hired later: interns of that year (by start) later hired by the organisation.",
    },
}
KINDS: dict[InternshipKind, dict[str, str]] = {
    InternshipKind.CURRICULAR: {"nl": "Curriculair", "fr": "Curriculaire", "en": "Curricular"},
    InternshipKind.VOLUNTARY: {"nl": "Vrijwillig", "fr": "Volontaire", "en": "Voluntary"},
    InternshipKind.JOB_SEEKER: {
        "nl": "Werkzoekenden",
        "fr": "Demandeurs d'emploi",
        "en": "Job-seeker scheme",
    },
    InternshipKind.WORK_BASED_LEARNING: {
        "nl": "Werkplekleren",
        "fr": "Alternance",
        "en": "Work-based learning",
    },
    InternshipKind.WORK_PLACEMENT_AGREEMENT: {
        "nl": "Beroepsinlevingsovereenkomst",
        "fr": "Convention d'immersion",
        "en": "Work-placement agreement",
    },
    InternshipKind.OBSERVATION: {"nl": "Observatie", "fr": "Observation", "en": "Observation"},
    InternshipKind.OTHER: {"nl": "Andere", "fr": "Autre", "en": "Other"},
}
