"""The closed vocabularies as words in Dutch, French and English: the one home of these
words, for the screen (``ui/kit/labels.py``) and for every file StageDesk writes
(exports, PDFs, calendars) alike, so a status or a kind reads the same everywhere. Data,
like the forms' own texts, so it needs no Qt."""

from enum import StrEnum

from stagedesk.core.forms import Text
from stagedesk.core.models import (
    ApplicationSource,
    ApplicationStatus,
    DocumentType,
    EducationLevel,
    FollowUpKind,
    Gender,
    HireContract,
    InternshipKind,
    InternshipStatus,
    Language,
    OpportunityStatus,
    ResponseStatus,
    SchoolKind,
    StoppedBy,
)

YES = Text(nl="Ja", fr="Oui", en="Yes")  # a cell's value: capitalised, as in every table
NO = Text(nl="Nee", fr="Non", en="No")
OTHER = Text(nl="Andere", fr="Autre", en="Other")

# By enum first: members of different enums may share a value ("school", "other"), and
# a StrEnum member is equal to (and hashes as) its value.
ENUM_WORDS: dict[type[StrEnum], dict[str, Text]] = {
    SchoolKind: {
        SchoolKind.UNIVERSITY: Text(nl="Universiteit", fr="Université", en="University"),
        SchoolKind.UNIVERSITY_COLLEGE: Text(
            nl="Hogeschool", fr="Haute école", en="University college"
        ),
        SchoolKind.SECONDARY_SCHOOL: Text(
            nl="Secundaire school", fr="École secondaire", en="Secondary school"
        ),
        SchoolKind.TRAINING_CENTRE: Text(
            nl="Centrum voor volwassenenonderwijs of opleiding",
            fr="Centre de formation ou de promotion sociale",
            en="Adult or training centre",
        ),
        SchoolKind.EMPLOYMENT_SERVICE: Text(
            nl="Dienst voor arbeidsbemiddeling",
            fr="Opérateur de l'emploi",
            en="Employment-service operator",
        ),
    },
    EducationLevel: {
        EducationLevel.SECONDARY: Text(nl="Secundair", fr="Secondaire", en="Secondary"),
        EducationLevel.POST_SECONDARY: Text(
            nl="Postsecundair (graduaat)",
            fr="Post-secondaire (graduat)",
            en="Post-secondary (graduate)",
        ),
        EducationLevel.PROFESSIONAL_BACHELOR: Text(
            nl="Professionele bachelor",
            fr="Bachelier professionnalisant",
            en="Professional bachelor",
        ),
        EducationLevel.ACADEMIC_BACHELOR: Text(
            nl="Academische bachelor", fr="Bachelier de transition", en="Academic bachelor"
        ),
        EducationLevel.MASTER: Text(nl="Master", fr="Master", en="Master"),
        EducationLevel.DOCTORATE: Text(nl="Doctoraat", fr="Doctorat", en="Doctorate"),
        EducationLevel.ADULT_EDUCATION: Text(
            nl="Volwassenenonderwijs", fr="Promotion sociale", en="Adult education"
        ),
        EducationLevel.OTHER: OTHER,
    },
    Gender: {
        Gender.FEMALE: Text(nl="Vrouw", fr="Femme", en="Female"),
        Gender.MALE: Text(nl="Man", fr="Homme", en="Male"),
        Gender.X: Text(nl="X", fr="X", en="X"),
    },
    OpportunityStatus: {
        OpportunityStatus.PROPOSED: Text(nl="Voorgesteld", fr="Proposée", en="Proposed"),
        OpportunityStatus.OFFERED: Text(nl="Aangeboden", fr="Offerte", en="Offered"),
        OpportunityStatus.FILLED: Text(nl="Ingevuld", fr="Pourvue", en="Filled"),
        OpportunityStatus.CLOSED: Text(nl="Afgesloten", fr="Clôturée", en="Closed"),
    },
    ApplicationStatus: {
        ApplicationStatus.APPLIED: Text(nl="Ingediend", fr="Introduite", en="Applied"),
        ApplicationStatus.INTERVIEWED: Text(
            nl="Gesprek gevoerd", fr="Entretien passé", en="Interviewed"
        ),
        ApplicationStatus.ACCEPTED: Text(nl="Aanvaard", fr="Acceptée", en="Accepted"),
        ApplicationStatus.REJECTED: Text(nl="Afgewezen", fr="Refusée", en="Rejected"),
        ApplicationStatus.WITHDRAWN: Text(nl="Ingetrokken", fr="Retirée", en="Withdrawn"),
    },
    ApplicationSource: {
        ApplicationSource.SCHOOL: Text(
            nl="Via de onderwijsinstelling", fr="Via l'établissement", en="Through the school"
        ),
        ApplicationSource.SPONTANEOUS: Text(nl="Spontaan", fr="Spontanée", en="Spontaneous"),
        ApplicationSource.WEBSITE: Text(nl="Website", fr="Site web", en="Website"),
        ApplicationSource.JOB_FAIR: Text(
            nl="Job- of stagebeurs",
            fr="Salon de l'emploi ou des stages",
            en="Job or internship fair",
        ),
        ApplicationSource.EMPLOYMENT_SERVICE: Text(
            nl="Arbeidsbemiddelingsdienst", fr="Service de l'emploi", en="Employment service"
        ),
        ApplicationSource.NETWORK: Text(
            nl="Eigen netwerk", fr="Réseau personnel", en="Own network"
        ),
        ApplicationSource.OTHER: OTHER,
    },
    InternshipKind: {
        InternshipKind.CURRICULAR: Text(nl="Curriculair", fr="Curriculaire", en="Curricular"),
        InternshipKind.VOLUNTARY: Text(nl="Vrijwillig", fr="Volontaire", en="Voluntary"),
        InternshipKind.JOB_SEEKER: Text(
            nl="Stage voor werkzoekenden",
            fr="Stage pour demandeurs d'emploi",
            en="Job-seeker scheme",
        ),
        InternshipKind.WORK_BASED_LEARNING: Text(
            nl="Duaal leren", fr="Formation en alternance", en="Work-based learning"
        ),
        InternshipKind.WORK_PLACEMENT_AGREEMENT: Text(
            nl="Beroepsinlevingsovereenkomst",
            fr="Convention d'immersion professionnelle",
            en="Work-placement agreement",
        ),
        InternshipKind.OBSERVATION: Text(nl="Observatie", fr="Observation", en="Observation"),
        InternshipKind.OTHER: OTHER,
    },
    InternshipStatus: {
        InternshipStatus.PLANNED: Text(nl="Gepland", fr="Planifié", en="Planned"),
        InternshipStatus.RUNNING: Text(nl="Lopend", fr="En cours", en="Running"),
        InternshipStatus.COMPLETED: Text(nl="Voltooid", fr="Terminé", en="Completed"),
        InternshipStatus.STOPPED_EARLY: Text(
            nl="Vroegtijdig gestopt", fr="Arrêté anticipativement", en="Stopped early"
        ),
    },
    HireContract: {
        HireContract.PERMANENT: Text(nl="Vast", fr="Durée indéterminée", en="Permanent"),
        HireContract.FIXED_TERM: Text(nl="Tijdelijk", fr="Durée déterminée", en="Fixed-term"),
        HireContract.OTHER: OTHER,
    },
    StoppedBy: {
        StoppedBy.INTERN: Text(nl="De stagiair", fr="Le stagiaire", en="The intern"),
        StoppedBy.ORGANISATION: Text(
            nl="De organisatie", fr="L'organisation", en="The organisation"
        ),
        StoppedBy.SCHOOL: Text(nl="De onderwijsinstelling", fr="L'établissement", en="The school"),
        StoppedBy.MUTUAL: Text(
            nl="In onderling akkoord", fr="De commun accord", en="By mutual agreement"
        ),
    },
    FollowUpKind: {
        FollowUpKind.VISIT: Text(nl="Bezoek", fr="Visite", en="Visit"),
        FollowUpKind.FEEDBACK: Text(
            nl="Feedbackmoment", fr="Moment de feedback", en="Feedback moment"
        ),
        FollowUpKind.ABSENCE: Text(nl="Afwezigheid", fr="Absence", en="Absence"),
        FollowUpKind.INCIDENT: Text(nl="Incident", fr="Incident", en="Incident"),
        FollowUpKind.NOTE: Text(nl="Notitie", fr="Note", en="Note"),
    },
    DocumentType: {
        DocumentType.AGREEMENT: Text(
            nl="Stageovereenkomst", fr="Convention de stage", en="Internship agreement"
        ),
        DocumentType.RISK_ANALYSIS: Text(
            nl="Risicoanalyse werkpost",
            fr="Analyse des risques du poste de travail",
            en="Workplace risk analysis",
        ),
        DocumentType.HEALTH_ASSESSMENT: Text(
            nl="Gezondheidsbeoordeling", fr="Évaluation de santé", en="Health assessment"
        ),
        DocumentType.WORKSTATION_SHEET: Text(
            nl="Werkpostfiche", fr="Fiche de poste de travail", en="Workstation sheet"
        ),
        DocumentType.INSURANCE_POLICY: Text(
            nl="Verzekeringspolis", fr="Police d'assurance", en="Insurance policy"
        ),
        DocumentType.INTERNSHIP_RULES: Text(
            nl="Stagereglement", fr="Règlement de stage", en="Internship rules"
        ),
        DocumentType.FORM: Text(
            nl="Formulier uit StageDesk", fr="Formulaire de StageDesk", en="Form from StageDesk"
        ),
        DocumentType.EVALUATION: Text(nl="Evaluatie", fr="Évaluation", en="Evaluation"),
        DocumentType.CERTIFICATE: Text(nl="Attest", fr="Attestation", en="Certificate"),
        DocumentType.OTHER: Text(nl="Ander document", fr="Autre document", en="Other document"),
    },
    ResponseStatus: {
        ResponseStatus.DRAFT: Text(nl="Begonnen", fr="Commencé", en="Started"),
        ResponseStatus.COMPLETE: Text(nl="Voltooid", fr="Terminé", en="Completed"),
    },
    Language: {
        Language.DUTCH: Text(nl="Nederlands", fr="Néerlandais", en="Dutch"),
        Language.FRENCH: Text(nl="Frans", fr="Français", en="French"),
        Language.ENGLISH: Text(nl="Engels", fr="Anglais", en="English"),
        Language.GERMAN: Text(nl="Duits", fr="Allemand", en="German"),
    },
}


def enum_word(member: StrEnum, language: str) -> str:
    """``member`` as a word in ``language``."""
    return ENUM_WORDS[type(member)][member.value].get(language)


def words_of(enum: type[StrEnum], language: str) -> dict[str, str]:
    """Every member of ``enum`` by its stored value, as a word in ``language``."""
    return {value: text.get(language) for value, text in ENUM_WORDS[enum].items()}
