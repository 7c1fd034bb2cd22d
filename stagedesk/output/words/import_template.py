"""The words of the import template, in Dutch, French and English."""

from collections.abc import Mapping
from typing import Any

from stagedesk.core.imports import Column
from stagedesk.core.imports import words as import_words

SHEETS = {
    "list": {"nl": "Stagiairs", "fr": "Stagiaires", "en": "Interns"},
    "help": {"nl": "Uitleg", "fr": "Explications", "en": "Explanation"},
    "yes": {"nl": "ja", "fr": "oui", "en": "yes"},
}

TITLES = {
    "nl": ("Kolom", "Verplicht", "Wat vul je in", "Toegelaten woorden"),
    "fr": ("Colonne", "Obligatoire", "Que remplir", "Mots acceptés"),
    "en": ("Column", "Required", "What to fill in", "Accepted words"),
}

_DATE = {
    "nl": "Een datum: als datum opgemaakt, of geschreven als dd/mm/jjjj (15/09/2024) of"
    " jjjj-mm-dd.",
    "fr": "Une date : au format date, ou écrite jj/mm/aaaa (15/09/2024) ou aaaa-mm-jj.",
    "en": "A date: formatted as a date, or written dd/mm/yyyy (15/09/2024) or yyyy-mm-dd.",
}


def _date(nl: str, fr: str, en: str) -> dict[str, str]:
    return {"nl": f"{nl} {_DATE['nl']}", "fr": f"{fr} {_DATE['fr']}", "en": f"{en} {_DATE['en']}"}


EXPLAIN: dict[Column, dict[str, str]] = {
    Column.FIRST_NAME: {
        "nl": "De voornaam van de kandidaat.",
        "fr": "Le prénom du candidat.",
        "en": "The candidate's first name.",
    },
    Column.LAST_NAME: {
        "nl": "De achternaam van de kandidaat.",
        "fr": "Le nom de famille du candidat.",
        "en": "The candidate's last name.",
    },
    Column.EMAIL: {
        "nl": "Het e-mailadres. Met de naam herkent StageDesk dezelfde persoon in meer rijen.",
        "fr": "L'adresse e-mail. Avec le nom, StageDesk reconnaît la même personne sur"
        " plusieurs lignes.",
        "en": "The e-mail address. With the name, StageDesk recognises the same person in"
        " several rows.",
    },
    Column.DATE_OF_BIRTH: _date(
        "Geboortedatum; met de naam herkent StageDesk dezelfde persoon.",
        "Date de naissance ; avec le nom, StageDesk reconnaît la même personne.",
        "Date of birth; with the name, StageDesk recognises the same person.",
    ),
    Column.GENDER: {
        "nl": "V, M of X.",
        "fr": "F, H (ou M) ou X.",
        "en": "F, M or X.",
    },
    Column.EDUCATION_LEVEL: {
        "nl": "Het onderwijsniveau van de opleiding.",
        "fr": "Le niveau d'enseignement de la formation.",
        "en": "The education level of the programme.",
    },
    Column.SCHOOL: {
        "nl": "De onderwijsinstelling of partner die de stagiair stuurt. Nieuwe worden aangemaakt.",
        "fr": "L'établissement ou le partenaire qui envoie le stagiaire. Les nouveaux sont créés.",
        "en": "The school or partner that sends the intern. New ones are created.",
    },
    Column.PROGRAMME: {
        "nl": "De opleiding aan die onderwijsinstelling (alleen met een onderwijsinstelling).",
        "fr": "La formation dans cet établissement (seulement avec un établissement).",
        "en": "The programme at that school (only together with a school).",
    },
    Column.UNIT: {
        "nl": "De dienst die de stagiair onthaalt. Nieuwe diensten worden aangemaakt.",
        "fr": "Le service qui accueille le stagiaire. Les nouveaux services sont créés.",
        "en": "The unit that hosts the intern. New units are created.",
    },
    Column.FUNCTION: {
        "nl": "De stageopdracht of functie. Per dienst wordt elke functie één stageopdracht.",
        "fr": "La mission de stage ou fonction. Par service, chaque fonction devient une mission.",
        "en": "The assignment or function. Per unit, each function becomes one opportunity.",
    },
    Column.REQUIREMENTS: {
        "nl": "Wat de stageopdracht vraagt (talen, kennis, attest…).",
        "fr": "Ce que la mission demande (langues, connaissances, attestation…).",
        "en": "What the assignment asks (languages, knowledge, certificate…).",
    },
    Column.MENTOR: {
        "nl": "Voornaam en naam van de stagementor. Nieuwe mentoren worden aangemaakt.",
        "fr": "Prénom et nom du maître de stage. Les nouveaux sont créés.",
        "en": "First and last name of the mentor. New mentors are created.",
    },
    Column.APPLICATION_DATE: _date(
        "Wanneer de kandidaat zich aanmeldde. Leeg: de begindatum.",
        "Quand le candidat a postulé. Vide : la date de début.",
        "When the candidate applied. Empty: the start date.",
    ),
    Column.STATUS: {
        "nl": "Hoe ver de kandidatuur of stage staat. Vanaf 'gepland' wordt de rij ook een"
        " stage. Leeg: afgeleid uit de datums.",
        "fr": "Où en est la candidature ou le stage. À partir de « prévu », la ligne devient"
        " aussi un stage. Vide : déduit des dates.",
        "en": "Where the application or internship stands. From 'planned' on, the row is an"
        " internship too. Empty: taken from the dates.",
    },
    Column.KIND: {
        "nl": "De soort stage. Leeg bij een stage: 'andere'.",
        "fr": "Le type de stage. Vide pour un stage : « autre ».",
        "en": "The kind of internship. Empty for an internship: 'other'.",
    },
    Column.START_DATE: _date(
        "De eerste stagedag.", "Le premier jour du stage.", "The first day of the internship."
    ),
    Column.END_DATE: _date(
        "De laatste stagedag.", "Le dernier jour du stage.", "The last day of the internship."
    ),
    Column.HOURS: {
        "nl": "Uren per week, een geheel getal van 1 tot 60. Een kolom 'Uren' met meer"
        " dan 60 telt als uren in totaal.",
        "fr": "Heures par semaine, un nombre entier de 1 à 60. Une colonne « Heures » qui"
        " dépasse 60 compte comme heures au total.",
        "en": "Hours per week, a whole number from 1 to 60. An 'Hours' column with more"
        " than 60 counts as hours in total.",
    },
    Column.TOTAL_HOURS: {
        "nl": "De uren van de hele stage samen, een geheel getal (bv. 400).",
        "fr": "Les heures de tout le stage ensemble, un nombre entier (p. ex. 400).",
        "en": "The hours of the whole internship together, a whole number (e.g. 400).",
    },
    Column.DAYS_PER_WEEK: {
        "nl": "Op hoeveel dagen per week de stagiair kwam, van 1 tot 7.",
        "fr": "Combien de jours par semaine le stagiaire venait, de 1 à 7.",
        "en": "How many days a week the intern came, from 1 to 7.",
    },
    Column.PAID: {
        "nl": "Of de stagiair een vergoeding kreeg.",
        "fr": "Si le stagiaire a été rémunéré.",
        "en": "Whether the intern was paid.",
    },
    Column.ALLOWANCE: {
        "nl": "De vergoeding in euro per maand (bv. 350). Een bedrag betekent: vergoed.",
        "fr": "L'indemnité en euros par mois (p. ex. 350). Un montant signifie : rémunéré.",
        "en": "The allowance in euro a month (e.g. 350). An amount means: paid.",
    },
    Column.UNPAID_REASON: {
        "nl": "Waarom de stage niet vergoed werd (bv. de regels van de school).",
        "fr": "Pourquoi le stage n'était pas rémunéré (p. ex. le règlement de l'école).",
        "en": "Why the internship was not paid (e.g. the school's rules).",
    },
    Column.HIRED_LATER: {
        "nl": "Of de stagiair later in de organisatie aan de slag ging.",
        "fr": "Si le stagiaire a été engagé par la suite dans l'organisation.",
        "en": "Whether the intern later got a job in the organisation.",
    },
    Column.HIRED_FUNCTION: {
        "nl": "In welke functie de stagiair werd aangeworven.",
        "fr": "La fonction dans laquelle le stagiaire a été engagé.",
        "en": "The function the intern was hired in.",
    },
    Column.HIRED_DATE: _date(
        "Wanneer de stagiair werd aangeworven.",
        "Quand le stagiaire a été engagé.",
        "When the intern was hired.",
    ),
}

_VOCABULARIES: dict[Column, Mapping[Any, tuple[str, ...]]] = {
    Column.STATUS: import_words.STATUS_WORDS,
    Column.KIND: import_words.KIND_WORDS,
    Column.GENDER: import_words.GENDER_WORDS,
    Column.EDUCATION_LEVEL: import_words.EDUCATION_WORDS,
    Column.HIRED_LATER: import_words.YES_NO_WORDS,
}


def accepted_words(column: Column, language: str) -> str:
    """Every spelling the importer knows, one line per meaning: Dutch, English, French."""
    if column not in _VOCABULARIES:
        return ""
    del language  # all three languages are accepted whatever the template's language
    return "\n".join(" / ".join(words) for words in _VOCABULARIES[column].values())
