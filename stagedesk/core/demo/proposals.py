"""Needs analyses the demo's units wrote and the coordinator has not made opportunities of
yet: per unit code, what the unit does and what it would like an intern to do."""

from dataclasses import dataclass

from stagedesk.core.models import EducationLevel, InternshipKind, Language

NL, FR = Language.DUTCH, Language.FRENCH
_K, _L = InternshipKind, EducationLevel


@dataclass(frozen=True)
class Proposal:
    language: Language
    title: str
    description: str
    context_reason: str
    expected_result: str
    work_kind: str
    requirements: str
    kind: InternshipKind
    level: EducationLevel | None


UNIT_CONTEXT = {
    "P&O": "Selectie, onthaal en loopbaan van 600 medewerkers.",
    "COM": "Interne en externe communicatie, website en sociale media.",
    "ICT": "Helpdesk, werkplekken en de interne toepassingen.",
    "JUR": "Juridisch advies, overheidsopdrachten en geschillen.",
    "FIN": "Begroting, boekhouding en betalingen van de dienst.",
    "PRESSE": "Relations avec la presse et communication de crise.",
    "LOG": "Gestion des bâtiments, du magasin et des déménagements internes.",
    "STAT": "Collecte, analyse et publication des statistiques du service.",
}

PROPOSALS: dict[str, tuple[Proposal, ...]] = {
    "P&O": (
        Proposal(
            NL,
            "Onthaalbrochure nieuwe medewerkers",
            "De onthaalbrochure herschrijven en een digitale versie maken.",
            "Nieuwe collega's vinden de huidige brochure verouderd.",
            "Een brochure in klare taal, in het Nederlands en het Frans.",
            "redactie",
            "Schrijfvaardig; interesse in HR.",
            _K.CURRICULAR,
            _L.PROFESSIONAL_BACHELOR,
        ),
        Proposal(
            NL,
            "Exitgesprekken analyseren",
            "De verslagen van exitgesprekken van drie jaar ordenen en analyseren.",
            "Het personeelsverloop stijgt; we willen weten waarom.",
            "Een nota met de belangrijkste redenen en voorstellen.",
            "analyse",
            "Masterstudent HR of psychologie; discreet.",
            _K.CURRICULAR,
            _L.MASTER,
        ),
    ),
    "COM": (
        Proposal(
            NL,
            "Podcastreeks over ons werk",
            "Een korte podcastreeks voorbereiden, opnemen en monteren.",
            "We zoeken nieuwe manieren om jongeren te bereiken.",
            "Drie afleveringen klaar om te publiceren.",
            "creatief",
            "Ervaring met audiomontage; tweetalig.",
            _K.CURRICULAR,
            _L.PROFESSIONAL_BACHELOR,
        ),
        Proposal(
            NL,
            "Toegankelijkheid website testen",
            "De website testen met gebruikers en een schermlezer.",
            "De wet op digitale toegankelijkheid vraagt een jaarlijkse controle.",
            "Een lijst knelpunten met voorstellen om ze op te lossen.",
            "onderzoek",
            "Interesse in webtoegankelijkheid; nauwkeurig.",
            _K.VOLUNTARY,
            None,
        ),
    ),
    "ICT": (
        Proposal(
            NL,
            "Inventaris van laptops automatiseren",
            "Een script schrijven dat de inventaris van laptops bijhoudt.",
            "De inventaris wordt nu met de hand in Excel bijgehouden.",
            "Een werkend script en een handleiding.",
            "ontwikkeling",
            "PowerShell of Python; zelfstandig.",
            _K.CURRICULAR,
            _L.PROFESSIONAL_BACHELOR,
        ),
        Proposal(
            NL,
            "Ondersteuning uitrol nieuwe pc's",
            "Pc's klaarmaken, installeren en gebruikers op weg helpen.",
            "Dit najaar worden 200 toestellen vervangen.",
            "Alle toestellen van twee verdiepingen vervangen.",
            "technisch",
            "Basiskennis Windows; klantvriendelijk.",
            _K.WORK_BASED_LEARNING,
            _L.SECONDARY,
        ),
    ),
    "JUR": (
        Proposal(
            NL,
            "Modelbestek actualiseren",
            "De modelbestekken nakijken op de nieuwe regelgeving.",
            "De wetgeving op overheidsopdrachten is gewijzigd.",
            "Geactualiseerde modellen met een overzicht van de wijzigingen.",
            "onderzoek",
            "Master Rechten; kennis van overheidsopdrachten is een plus.",
            _K.CURRICULAR,
            _L.MASTER,
        ),
        Proposal(
            FR,
            "Base de données de jurisprudence",
            "Classer la jurisprudence récente et l'encoder dans notre base.",
            "Les juristes perdent du temps à retrouver les décisions utiles.",
            "Une base à jour et une fiche de recherche.",
            "analyse",
            "Master en droit ; rigueur.",
            _K.CURRICULAR,
            _L.MASTER,
        ),
    ),
    "FIN": (
        Proposal(
            NL,
            "Betalingstermijnen opvolgen",
            "De betalingstermijnen van facturen meten en knelpunten zoeken.",
            "Leveranciers klagen over laattijdige betalingen.",
            "Een maandelijkse rapportering en voorstellen.",
            "analyse",
            "Bachelor boekhouden; vlot met Excel.",
            _K.CURRICULAR,
            _L.PROFESSIONAL_BACHELOR,
        ),
        Proposal(
            NL,
            "Digitaliseren van het archief",
            "Papieren boekhoudstukken scannen, benoemen en klasseren.",
            "Het archief moet tegen het einde van het jaar digitaal zijn.",
            "Een doorzoekbaar digitaal archief van vijf jaar.",
            "administratief",
            "Nauwkeurig; basiskennis van een pc.",
            _K.JOB_SEEKER,
            None,
        ),
    ),
    "PRESSE": (
        Proposal(
            FR,
            "Veille des réseaux sociaux",
            "Suivre les mentions du service sur les réseaux sociaux et en faire rapport.",
            "Les questions des journalistes partent souvent des réseaux sociaux.",
            "Un rapport hebdomadaire et une liste de sujets sensibles.",
            "analyse",
            "Curieux ; bonne maîtrise du français et du néerlandais.",
            _K.CURRICULAR,
            _L.ACADEMIC_BACHELOR,
        ),
        Proposal(
            FR,
            "Kit presse bilingue",
            "Rédiger un kit presse présentant le service dans les deux langues.",
            "Le kit actuel date de plusieurs années.",
            "Un kit presse en français et en néerlandais.",
            "rédaction",
            "Excellente plume ; bilingue.",
            _K.VOLUNTARY,
            None,
        ),
    ),
    "LOG": (
        Proposal(
            FR,
            "Plan de déménagement du troisième étage",
            "Préparer l'inventaire et le planning du déménagement interne.",
            "Deux services fusionnent au printemps.",
            "Un plan validé et un inventaire à jour.",
            "organisation",
            "Organisé ; à l'aise avec Excel et les plans.",
            _K.WORK_PLACEMENT_AGREEMENT,
            _L.ADULT_EDUCATION,
        ),
        Proposal(
            FR,
            "Tri et recyclage au magasin",
            "Organiser le tri des déchets et le recyclage du mobilier.",
            "Nous voulons réduire les déchets de 20 %.",
            "Un circuit de tri en place et un rapport.",
            "logistique",
            "Sens pratique ; intérêt pour l'environnement.",
            _K.WORK_BASED_LEARNING,
            _L.SECONDARY,
        ),
    ),
    "STAT": (
        Proposal(
            FR,
            "Enquête de satisfaction des usagers",
            "Préparer le questionnaire, collecter les réponses et les analyser.",
            "La dernière enquête date de 2019.",
            "Un rapport et un tableau de bord des résultats.",
            "analyse",
            "Statistiques ; R ou Python.",
            _K.CURRICULAR,
            _L.MASTER,
        ),
        Proposal(
            NL,
            "Open data publiceren",
            "Datasets voorbereiden voor publicatie als open data.",
            "Burgers vragen geregeld naar onze cijfers.",
            "Vijf datasets gepubliceerd met documentatie.",
            "analyse",
            "SQL; oog voor privacy.",
            _K.CURRICULAR,
            _L.PROFESSIONAL_BACHELOR,
        ),
    ),
}
