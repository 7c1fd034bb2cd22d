"""The French-speaking services' old lists (the truth of each row, typed by hand)."""

from tests.data.lists.sheets import YES_NO_FR, P, Raw, Sheet

# fmt: off
FINANCES = Sheet(
    name="stages 2021-2023 (direction financière)",
    format="xlsx",
    mess="French headers, a merged title and a blank row above the header (row 3),"
    " 'bachelier' to be answered, 'stage d'observation', statuses 'terminé', 'refusé',"
    " 'en cours', dates as dates and as text, one person on two rows",
    titles=("Direction financière – stagiaires 2021-2023",),
    merge_title=True,
    blank_after_title=True,
    columns=[
        ("Prénom", "first"), ("Nom", "last"), ("Service", "unit"), ("Niveau", "level"),
        ("Établissement", "school"), ("Type de stage", "kind"), ("Statut", "status"),
        ("Date de début", "start"), ("Date de fin", "end"), ("Heures par semaine", "hours"),
        ("Rémunéré", "paid"), ("Remarques", "note"),
    ],
    words={
        "level": {"professional_bachelor": ("bachelier", "Bachelier"), "master": ("master",),
                  "secondary": ("secondaire",)},
        "kind": {"curricular": ("curriculaire", "Curriculaire"), "voluntary": ("volontaire",),
                 "observation": ("stage d'observation",)},
        "status": {"completed": ("terminé", "Terminé "), "rejected": ("refusé",),
                   "running": ("en cours",), "planned": ("prévu",)},
        "paid": YES_NO_FR,
    },
    dates=("date", "short"),
    trailing=True,
    answers=[("level", "bachelier", "professional_bachelor")],
    notes=["Remarques"],
    rows=[
        P("Céline", "Dubois", "Direction financière", "2021-02-01", "2021-04-30",
          "curricular", "completed", hours=38, paid=False, level="professional_bachelor",
          school="HELMo", note="très autonome"),
        P("Maxime", "Lambert", "Comptabilité", "2021-03-15", "2021-03-19", "observation",
          "completed", hours=30, paid=False, level="secondary",
          school="Athénée Royal de Namur"),
        P("Camille", "Martin", "Direction financière", None, None, None, "rejected",
          level="master", school="UCLouvain", note="profil trop junior"),
        P("Hélène", "Dupont", "Comptabilité", "2021-09-13", "2021-12-17", "curricular",
          "completed", hours=38, paid=False, level="professional_bachelor",
          school="Haute École Léonard de Vinci"),
        P("François", "Lejeune", "Direction financière", "2022-07-01", "2022-08-31",
          "voluntary", "completed", hours=38, paid=True, level="master",
          school="UCLouvain", note="job d'été converti en stage"),
        P("Camille", "Martin", "Comptabilité", "2022-09-19", "2023-01-27", "curricular",
          "completed", hours=38, paid=False, level="master", school="UCLouvain",
          note="deuxième candidature, acceptée"),
        P("Manon", "Leclercq", "Direction financière", "2023-02-06", "2023-05-26",
          "curricular", "completed", hours=32, paid=False, level="professional_bachelor",
          school="HELMo"),
        P("Julien", "Renard", "Comptabilité", "2025-09-15", "2026-06-26", "curricular",
          "running", hours=16, paid=False, level="master", school="UCLouvain",
          note="alternance, 2 jours/semaine"),
        P("Chloé", "Simon", "Direction financière", "2026-04-20", "2026-06-12",
          "curricular", "planned", hours=38, paid=False, level="professional_bachelor",
          school="Haute École Léonard de Vinci"),
    ],
)
# fmt: on

# fmt: off
COMMUNICATION = Sheet(
    name="stages 2022 service communication",
    format="xls",
    mess="old .xls; merged title, blank row, header on row 3, 'Nom' before 'Prénom',"
    " months written as 'sept. 2022' and 'déc. 2022', a day that does not exist, a row"
    " without a name, 'Heures' holding totals",
    titles=("Service Communication — stagiaires 2022",),
    merge_title=True,
    blank_after_title=True,
    columns=[
        ("Nom", "last"), ("Prénom", "first"), ("Service", "unit"), ("Type de stage", "kind"),
        ("Début", "start"), ("Fin", "end"), ("Heures", "total"), ("Rémunéré", "paid"),
        ("Remarques", "note"),
    ],
    words={"kind": {"curricular": ("curriculaire",), "voluntary": ("volontaire",),
                    "observation": ("stage d'observation",)},
           "paid": YES_NO_FR},
    dates=("short", "date"),
    notes=["Remarques"],
    rows=[
        P("Amélie", "Michel", "Communication", "2022-02-07", "2022-04-29", "curricular",
          "completed", total=440, paid=False),
        P("Nicolas", "Dubuisson", "Communication", "2022-03-21", "2022-03-25",
          "observation", "completed", total=35, paid=False, note="fils d'un collègue"),
        Raw({"last": "Lemaire", "first": "Sarah", "unit": "Communication",
             "kind": "curriculaire", "start": "31/02/2022", "end": "29/04/2022",
             "total": 400, "paid": "non"}, refused=True),  # no 31 February
        P("Théo", "Mathieu", "Communication", "2022-09-01", "2022-12-31", "curricular",
          "completed", total=520, paid=False, note="dates approximatives",
          sheet={"start": "sept. 2022", "end": "déc. 2022"}),
        Raw({"unit": "Communication", "kind": "volontaire", "start": "04/07/2022",
             "end": "29/07/2022", "total": 150, "note": "à compléter"}, refused=True),
        P("Zoé", "Gilson", "Communication", "2022-07-04", "2022-08-26", "voluntary",
          "completed", total=300, paid=True),
        P("Inès", "Bouhadi", "Web & réseaux sociaux", "2022-10-03", "2022-12-16",
          "curricular", "completed", total=380, paid=False),
    ],
)
# fmt: on

# fmt: off
HELMO = Sheet(
    name="liste stagiaires HELMo-UCLouvain 2020-2023",
    format="ods",
    mess="'Nom de famille' first; a candidate refused in 2020 who came back in 2021, an"
    " internship in two periods, 'bachelier' and 'Ma' and 'obligatoire' to be answered,"
    " 'retiré', trailing spaces, 'Heures par semaine'",
    columns=[
        ("Nom de famille", "last"), ("Prénom", "first"), ("Service", "unit"),
        ("Établissement", "school"), ("Niveau d'études", "level"), ("Type de stage", "kind"),
        ("Statut", "status"), ("Début", "start"), ("Fin", "end"),
        ("Heures par semaine", "hours"), ("Rémunéré", "paid"), ("Remarques", "note"),
    ],
    words={
        "level": {"professional_bachelor": ("bachelier",), "master": ("Ma", "master")},
        "kind": {"curricular": ("obligatoire", "curriculaire"), "voluntary": ("volontaire",)},
        "status": {"completed": ("terminé", "terminée"), "rejected": ("refusé", "refusée"),
                   "withdrawn": ("retiré", "retirée"), "stopped_early": ("arrêté",)},
        "paid": YES_NO_FR,
    },
    dates=("date", "short", "date"),
    trailing=True,
    answers=[("level", "bachelier", "professional_bachelor"), ("level", "Ma", "master"),
             ("kind", "obligatoire", "curricular")],
    notes=["Remarques"],
    rows=[
        P("Anaïs", "Wauters", "Service juridique", None, None, None, "rejected",
          level="master", school="UCLouvain", note="pas de place en 2020"),
        P("Gaëlle", "Collignon", "Service juridique", "2020-02-03", "2020-05-29",
          "curricular", "completed", hours=38, paid=False, level="professional_bachelor",
          school="HELMo"),
        P("Louis", "Laurent", "Direction RH", "2020-09-14", "2020-10-23", "curricular",
          "stopped_early", hours=38, paid=False, level="professional_bachelor",
          school="HELMo", note="arrêté pour raisons de santé"),
        P("Anaïs", "Wauters", "Service juridique", "2021-02-01", "2021-05-28", "curricular",
          "completed", hours=38, paid=False, level="master", school="UCLouvain",
          note="recandidature 2021"),
        P("Pauline", "Renson", "Direction RH", "2021-10-04", "2021-12-17", "curricular",
          "completed", hours=24, paid=False, level="professional_bachelor", school="HELMo",
          note="1re période"),
        P("Pauline", "Renson", "Direction RH", "2022-02-07", "2022-04-01", "curricular",
          "completed", hours=24, paid=False, level="professional_bachelor", school="HELMo",
          note="2e période", same_application=True),
        P("Quentin", "Delvaux", "Service juridique", None, None, None, "withdrawn",
          level="master", school="UCLouvain"),
        P("Margaux", "Henrard", "Direction RH", "2022-07-04", "2022-08-12", "voluntary",
          "completed", hours=38, paid=True, level="master", school="UCLouvain"),
        P("Lucas", "Piron", "Service juridique", "2023-02-13", "2023-05-12", "curricular",
          "completed", hours=38, paid=False, level="master", school="UCLouvain"),
    ],
)
# fmt: on

# fmt: off
FUSIONNEES = Sheet(
    name="stagiaires 2023 par service (cellules fusionnées)",
    format="ods",
    mess="a unit's 'Service' cell merged down over its interns' rows, a merged title,"
    " 'Heures' as hours per week",
    titles=("Stagiaires 2023 par service",),
    merge_title=True,
    merge_units=True,
    columns=[
        ("Service", "unit"), ("Prénom", "first"), ("Nom", "last"), ("Type de stage", "kind"),
        ("Début", "start"), ("Fin", "end"), ("Heures", "hours"), ("Rémunéré", "paid"),
    ],
    words={"kind": {"curricular": ("curriculaire",), "voluntary": ("volontaire",)},
           "paid": YES_NO_FR},
    dates=("date",),
    rows=[
        P("Arnaud", "Bertrand", "Cellule marchés publics", "2023-02-06", "2023-04-28",
          "curricular", "completed", hours=38, paid=False),
        P("Justine", "Noël", "Cellule marchés publics", "2023-03-06", "2023-05-26",
          "curricular", "completed", hours=38, paid=False),
        P("Hugo", "Marchal", "Cellule marchés publics", "2023-07-03", "2023-08-25",
          "voluntary", "completed", hours=30, paid=True),
        P("Elise", "Gérard", "Service du personnel", "2023-02-13", "2023-05-19",
          "curricular", "completed", hours=38, paid=False),
        P("Romain", "Dumont", "Service du personnel", "2023-09-18", "2023-12-15",
          "curricular", "completed", hours=32, paid=False),
        P("Victor", "Lebrun", "Service informatique", "2023-02-20", "2023-06-02",
          "curricular", "completed", hours=38, paid=False),
        P("Clara", "Fontaine", "Service informatique", "2023-10-02", "2023-12-22",
          "curricular", "completed", hours=38, paid=False),
        P("Mehdi", "Aït Ali", "Service informatique", "2023-07-10", "2023-08-11",
          "voluntary", "completed", hours=38, paid=True),
    ],
)
# fmt: on

LISTS = [FINANCES, COMMUNICATION, HELMO, FUSIONNEES]
