"""The demo organisation itself: a fictional Belgian public service, its units and staff.

``demo`` decides what happens when; this module and its siblings (``demo_names``,
``demo_schools``, ``demo_kinds``) say what the organisation is made of and how often each
thing occurs. E-mail domains end in ``.example`` (reserved, never delivered).
"""

from dataclasses import dataclass

from stagedesk.core.models import Language

NL, FR = Language.DUTCH, Language.FRENCH

ORGANISATION_NAME = "FOD Voorbeeldzaken / SPF Affaires Exemplaires"
ORGANISATION_ADDRESS = "Voorbeeldlaan 1 / Avenue de l'Exemple 1\n1000 Brussel / Bruxelles\nBelgium"
STAFF_DOMAIN = "voorbeeld.example"


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
