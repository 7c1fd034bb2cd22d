"""The words of the calendar: event titles and descriptions in Dutch, French and English.
They go into a file other programs show (Outlook, Google Calendar), so they are document
text: data here, like the forms, not Qt translations."""

from stagedesk.core.forms import Text

START = Text(nl="Start stage {intern}", fr="Début du stage de {intern}", en="{intern} starts")
END = Text(nl="Einde stage {intern}", fr="Fin du stage de {intern}", en="{intern} ends")
CHECK = Text(nl="{item} ({intern})", fr="{item} ({intern})", en="{item} ({intern})")
VISIT = Text(nl="Bezoek: {intern}", fr="Visite : {intern}", en="Visit: {intern}")
FEEDBACK = Text(
    nl="Feedbackmoment: {intern}",
    fr="Moment de feedback : {intern}",
    en="Feedback moment: {intern}",
)
SURVEY = Text(nl="{survey}: {intern}", fr="{survey} : {intern}", en="{survey}: {intern}")

UNIT = Text(nl="Dienst: {unit}", fr="Service : {unit}", en="Unit: {unit}")
MENTOR = Text(nl="Stagementor: {mentor}", fr="Maître de stage : {mentor}", en="Mentor: {mentor}")
NO_MENTOR = Text(nl="Nog geen stagementor", fr="Pas encore de maître de stage", en="No mentor yet")
CHECKLIST = Text(nl="Checklist: {title}", fr="Check-list : {title}", en="Checklist: {title}")
SURVEY_DUE = Text(
    nl="Nog niet terugbezorgd: vraag de bevraging op tijd op.",
    fr="Pas encore rendue : demandez l'enquête à temps.",
    en="Not handed back yet: ask for the survey in time.",
)
FROM = Text(
    nl="Uit StageDesk, stage {id}",
    fr="Depuis StageDesk, stage {id}",
    en="From StageDesk, internship {id}",
)

INTERNSHIP = Text(nl="Stage", fr="Stage", en="Internship")
CHECKLISTS = Text(nl="Checklist", fr="Check-list", en="Checklist")
EVALUATION = Text(nl="Evaluatie", fr="Évaluation", en="Evaluation")

CALENDAR_ALL = Text(
    nl="Stages – {organisation}", fr="Stages – {organisation}", en="Internships – {organisation}"
)
CALENDAR_ONE = Text(nl="Stage {intern}", fr="Stage de {intern}", en="Internship {intern}")
