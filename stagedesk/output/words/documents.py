"""The words of the printed documents (info sheet, dossier, list of opportunities) that
no form definition holds, in Dutch, French and English."""

from stagedesk.core.forms import Text
from stagedesk.core.models import EducationLevel

EMPTY = "—"  # an unknown fact or an unanswered question

# -- the dossier ---------------------------------------------------------------------------
DOSSIER = Text(nl="Stagedossier", fr="Dossier de stage", en="Internship dossier")
CONTENTS = Text(nl="Inhoud", fr="Sommaire", en="Contents")
PAGE_SHORT = Text(nl="p. {page}", fr="p. {page}", en="p. {page}")
CHECKLISTS = Text(nl="Checklists", fr="Check-lists", en="Checklists")
INTERVIEW = Text(nl="Sollicitatiegesprek", fr="Entretien de sélection", en="Interview")
FOLLOW_UP = Text(nl="Opvolging", fr="Suivi", en="Follow-up")
SURVEYS = Text(nl="Bevragingen", fr="Enquêtes", en="Surveys")
ITEM = Text(nl="Taak", fr="Tâche", en="Item")
STATE = Text(nl="Stand", fr="État", en="State")
DONE_ON = Text(nl="Gedaan op", fr="Fait le", en="Done on")
DUE_ON = Text(nl="Uiterlijk", fr="Échéance", en="Due")
OPEN = Text(nl="Open", fr="À faire", en="Open")
OVERDUE = Text(nl="Te laat", fr="En retard", en="Overdue")
CHECK_COUNTS = Text(
    nl="{done} gedaan · {not_needed} niet nodig · {open} open · {late} te laat",
    fr="{done} fait(s) · {not_needed} pas nécessaire(s) · {open} à faire · {late} en retard",
    en="{done} done · {not_needed} not needed · {open} open · {late} overdue",
)
QUESTION = Text(nl="Vraag", fr="Question", en="Question")
ANSWER = Text(nl="Antwoord", fr="Réponse", en="Answer")
AVERAGE = Text(
    nl="Gemiddelde score: {score} / 5 over {count} vragen",
    fr="Score moyen : {score} / 5 sur {count} questions",
    en="Average score: {score} / 5 over {count} questions",
)
FILLED_IN = Text(nl="Ingevuld", fr="Rempli", en="Filled in")
BY_WHOM = Text(nl="door {name}", fr="par {name}", en="by {name}")
ON_DAY = Text(nl="op {date}", fr="le {date}", en="on {date}")
DRAFT = Text(nl="nog niet afgerond", fr="pas encore terminé", en="not finished yet")
DATE = Text(nl="Datum", fr="Date", en="Date")
KIND = Text(nl="Soort", fr="Type", en="Kind")
NOTE = Text(nl="Verslag", fr="Compte rendu", en="Note")
PROGRAMME = Text(nl="Opleiding", fr="Formation", en="Programme")

# -- the list of opportunities -------------------------------------------------------------
OPPORTUNITIES = Text(
    nl="Openstaande stageplaatsen", fr="Offres de stage", en="Internship opportunities"
)
OPPORTUNITIES_ON = Text(nl="Stand op {date}", fr="Situation au {date}", en="As of {date}")
NO_OPPORTUNITIES = Text(
    nl="Er staan op dit moment geen stageplaatsen open.",
    fr="Aucune offre de stage n'est ouverte pour le moment.",
    en="There are no open internship places at the moment.",
)
CONTACT = Text(
    nl="Interesse? Neem contact op met de stagecoördinator",
    fr="Intéressé ? Contactez le coordinateur des stages",
    en="Interested? Contact the internship coordinator",
)
PERIOD = Text(nl="Periode", fr="Période", en="Period")
FROM = Text(nl="vanaf {date}", fr="à partir du {date}", en="from {date}")
UNTIL = Text(nl="tot {date}", fr="jusqu'au {date}", en="until {date}")
HOURS = Text(nl="{hours} uur per week", fr="{hours} heures par semaine", en="{hours} hours a week")
PLACE = Text(nl="1 plaats", fr="1 place", en="1 place")
PLACES = Text(nl="{places} plaatsen", fr="{places} places", en="{places} places")
LEVEL = Text(nl="Opleiding", fr="Formation", en="Education")
REQUIREMENTS = Text(nl="Profiel", fr="Profil", en="Requirements")
DESCRIPTION = Text(nl="Opdracht", fr="Mission", en="Assignment")
LEVELS = {
    EducationLevel.SECONDARY: Text(nl="Secundair", fr="Secondaire", en="Secondary"),
    EducationLevel.POST_SECONDARY: Text(
        nl="Hoger beroepsonderwijs", fr="Post-secondaire", en="Post-secondary"
    ),
    EducationLevel.PROFESSIONAL_BACHELOR: Text(
        nl="Professionele bachelor", fr="Bachelier professionnalisant", en="Professional bachelor"
    ),
    EducationLevel.ACADEMIC_BACHELOR: Text(
        nl="Academische bachelor", fr="Bachelier de transition", en="Academic bachelor"
    ),
    EducationLevel.MASTER: Text(nl="Master", fr="Master", en="Master"),
    EducationLevel.DOCTORATE: Text(nl="Doctoraat", fr="Doctorat", en="Doctorate"),
    EducationLevel.ADULT_EDUCATION: Text(
        nl="Volwassenenonderwijs", fr="Promotion sociale", en="Adult education"
    ),
    EducationLevel.OTHER: Text(nl="Andere", fr="Autre", en="Other"),
}
