"""The few words a printed form needs besides ``core.forms.terms``, in its language."""

from stagedesk.core.forms import Role, Text

PAGE = Text(
    nl="pagina {page} van {pages}", fr="page {page} sur {pages}", en="page {page} of {pages}"
)
SIGNATURE = Text(
    nl="Naam, datum en handtekening",
    fr="Nom, date et signature",
    en="Name, date and signature",
)
NAME = Text(nl="Naam", fr="Nom", en="Name")
DATE = Text(nl="Datum", fr="Date", en="Date")
SIGNED = Text(nl="Handtekening", fr="Signature", en="Signature")
INTERVIEWER = Text(nl="Interviewer", fr="Intervieweur", en="Interviewer")
DATE_HINT = Text(nl="dd/mm/jjjj", fr="jj/mm/aaaa", en="dd/mm/yyyy")
DUE_BEFORE = Text(
    nl="{days} dagen vóór de start",
    fr="{days} jours avant le début",
    en="{days} days before the start",
)
DUE_DAY_BEFORE = Text(
    nl="de dag vóór de start", fr="la veille du début", en="the day before the start"
)
DUE_START = Text(nl="de eerste stagedag", fr="le premier jour du stage", en="the first day")
DUE_DAY_AFTER = Text(
    nl="de dag na de start", fr="le lendemain du début", en="the day after the start"
)
DUE_AFTER = Text(
    nl="{days} dagen na de start",
    fr="{days} jours après le début",
    en="{days} days after the start",
)
BY = Text(nl="door", fr="par", en="by")
ROLES = {
    Role.COORDINATOR: Text(nl="stagecoördinator", fr="coordinateur des stages", en="coordinator"),
    Role.UNIT_HEAD: Text(nl="diensthoofd", fr="chef de service", en="head of unit"),
    Role.MENTOR: Text(nl="mentor", fr="maître de stage", en="mentor"),
    Role.BACKUP: Text(nl="vervangend mentor", fr="maître de stage suppléant", en="backup mentor"),
    Role.INTERN: Text(nl="stagiair", fr="stagiaire", en="intern"),
    Role.SCHOOL: Text(nl="onderwijsinstelling", fr="établissement", en="school"),
    Role.HR: Text(nl="HR", fr="RH", en="HR"),
    Role.FACILITIES: Text(nl="facilitaire dienst", fr="service logistique", en="facilities"),
    Role.ICT: Text(nl="ICT", fr="informatique", en="ICT"),
}


def say(text: Text, language: str, **values: object) -> str:
    """``text`` in ``language``, with ``{placeholders}`` filled in."""
    return text.get(language).format(**values) if values else text.get(language)
