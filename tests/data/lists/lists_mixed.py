"""Exports as CSV and a bilingual draft (the truth of each row, typed by hand)."""

from tests.data.lists.sheets import P, Raw, Sheet, Sum

# fmt: off
EXPORT_ANSI = Sheet(
    name="stagiairs export personeelsdienst (ANSI)",
    format="csv-1252",
    mess="CSV in Windows-1252 with ';' as Belgian Excel writes it, accented names, no kind"
    " column, 'graduaat' and 'bachelor', a start date '??', a row without a name, a totals"
    " row at the end",
    columns=[
        ("Voornaam", "first"), ("Achternaam", "last"), ("Dienst", "unit"),
        ("Onderwijsniveau", "level"), ("Begindatum", "start"), ("Einddatum", "end"),
        ("Totaal uren", "total"), ("Betaald", "paid"), ("Opmerkingen", "note"),
    ],
    words={"level": {"post_secondary": ("graduaat",), "professional_bachelor": ("bachelor",),
                     "master": ("master",), "secondary": ("secundair",)},
           "paid": {True: ("ja",), False: ("nee",)}},
    dates=("date",),
    answers=[("level", "bachelor", "professional_bachelor")],
    notes=["Opmerkingen"],
    rows=[
        P("Hélène", "Vandenbroucke", "Personeelsdienst", "2021-02-01", "2021-05-28", "other",
          "completed", total=480, paid=False, level="professional_bachelor",
          note="één van de beste"),
        P("Joëlle", "Ruël", "Personeelsdienst", "2021-09-20", "2021-12-17", "other",
          "completed", total=360, paid=False, level="post_secondary"),
        P("François", "Noël", "Welzijn", "2022-07-04", "2022-08-12", "other", "completed",
          total=180, paid=True, level="master", note="café-gesprekken georganiseerd"),
        Raw({"first": "Renée", "last": "Dierckx", "unit": "Welzijn", "level": "bachelor",
             "start": "??", "end": "30/06/2022", "total": 300, "paid": "nee"}, refused=True),
        P("Zoë", "Beeckman", "Personeelsdienst", "2022-10-03", "2022-12-23", "other",
          "completed", total=350, paid=False, level="professional_bachelor"),
        Raw({"unit": "Welzijn", "level": "secundair", "start": "06/03/2023",
             "end": "10/03/2023", "total": 30, "note": "naam vergeten"}, refused=True),
        P("Anaïs", "D'Hondt", "Welzijn", "2023-02-06", "2023-05-19", "other", "completed",
          total=460, paid=False, level="professional_bachelor"),
        P("Hélène", "Vandenbroucke", "Welzijn", "2023-09-18", "2023-10-27", "other",
          "completed", total=200, paid=True, level="master", note="terug als masterstudent"),
        Raw({"first": "Totaal", "total": Sum("total")}),
    ],
)
# fmt: on

# fmt: off
ICT_UTF8 = Sheet(
    name="stagiairs ICT 2023-2026 (utf8)",
    format="csv-utf8",
    mess="CSV in UTF-8 with ',' and quotes, dates as text in three styles (yyyy-mm-dd,"
    " dd.mm.yyyy, d/m/yyyy), a year alone as a start date, an end before the start, notes"
    " with commas and quotation marks, internships running and planned on 'today'",
    columns=[
        ("Voornaam", "first"), ("Achternaam", "last"), ("Dienst", "unit"),
        ("Onderwijsinstelling", "school"), ("Soort stage", "kind"), ("Begindatum", "start"),
        ("Einddatum", "end"), ("Uren", "hours"), ("Vergoed", "paid"),
        ("Opmerkingen", "note"),
    ],
    words={"kind": {"curricular": ("curriculair",), "voluntary": ("vrijwillig",),
                    "work_based_learning": ("duaal leren",)},
           "paid": {True: ("ja",), False: ("nee",)}},
    dates=("iso", "dotted", "text"),
    notes=["Opmerkingen"],
    rows=[
        P("Łukasz", "Nowak", "Dienst ICT", "2023-02-06", "2023-05-26", "curricular",
          "completed", hours=38, paid=False, school="Hogeschool Gent",
          note='zei "tot volgend jaar", komt misschien terug'),
        P("Zoë", "Çelik", "Dienst ICT", "2023-09-18", "2024-01-26", "curricular",
          "completed", hours=38, paid=False, school="KU Leuven"),
        Raw({"first": "Björn", "last": "Öztürk", "unit": "Dienst ICT", "kind": "vrijwillig",
             "start": "2024", "end": "2024", "hours": 38, "paid": "ja"}, refused=True),
        P("Jasper", "Vanneste", "Dienst ICT", "2024-02-05", "2024-06-28",
          "work_based_learning", "completed", hours=16, paid=True, school="Syntra West",
          note="duaal, maandag en dinsdag"),
        Raw({"first": "Robin", "last": "Desmedt", "unit": "Servicedesk", "kind": "curriculair",
             "start": "2024-10-07", "end": "2024-06-21", "hours": 38, "paid": "nee"},
            refused=True),
        P("Ella", "Verhaeghe", "Servicedesk", "2025-02-03", "2025-05-23", "curricular",
          "completed", hours=38, paid=False, school="Howest"),
        P("Łukasz", "Nowak", "Servicedesk", "2025-07-01", "2025-08-29", "voluntary",
          "completed", hours=30, paid=True, school="Hogeschool Gent"),
        P("Kato", "Willaert", "Dienst ICT", "2026-02-02", "2026-05-29", "curricular",
          "running", hours=38, paid=False, school="Howest", note="laptop nr. 12"),
        P("Seppe", "Van Acker", "Servicedesk", "2026-04-13", "2026-06-05", "curricular",
          "planned", hours=38, paid=False, school="Arteveldehogeschool"),
    ],
)
# fmt: on

# fmt: off
KLADVERSIE = Sheet(
    name="stagiairs en vrijwilligers 2021 (kladversie)",
    format="xlsx",
    mess="bilingual headers ('Voornaam / Prénom', 'Van / Du', 'Tot / Au'), Dutch and"
    " French words mixed in the cells (vrijwillig, volontaire, ja, oui, non), notes in a"
    " last column without a header",
    columns=[
        ("Voornaam / Prénom", "first"), ("Achternaam / Nom", "last"),
        ("Dienst / Service", "unit"), ("Soort / Type", "kind"), ("Van / Du", "start"),
        ("Tot / Au", "end"), ("Uren", "hours"), ("Vergoed / Rémunéré", "paid"), ("", "note"),
    ],
    words={"kind": {"curricular": ("curriculair", "curriculaire"),
                    "voluntary": ("vrijwillig", "volontaire")},
           "paid": {True: ("ja", "oui"), False: ("nee", "non")}},
    dates=("date", "text"),
    match={"Voornaam / Prénom": "first_name", "Achternaam / Nom": "last_name",
           "Dienst / Service": "unit", "Soort / Type": "kind", "Van / Du": "start_date",
           "Tot / Au": "end_date", "Vergoed / Rémunéré": "paid"},
    notes=[""],
    rows=[
        P("Wim", "Bogaert", "Onthaal / Accueil", "2021-02-15", "2021-05-07", "curricular",
          "completed", hours=38, paid=False, note="tweetalig, perfect"),
        P("Sophie", "Lenoir", "Onthaal / Accueil", "2021-03-01", "2021-05-28", "curricular",
          "completed", hours=38, paid=False),
        P("Karim", "Haddad", "Logistiek / Logistique", "2021-07-05", "2021-08-13",
          "voluntary", "completed", hours=38, paid=True, note="rijbewijs C"),
        P("Lore", "Van Damme", "Logistiek / Logistique", "2021-07-12", "2021-08-06",
          "voluntary", "completed", hours=20, paid=False),
        P("Mathilde", "Collard", "Onthaal / Accueil", "2021-09-20", "2021-12-17",
          "curricular", "completed", hours=30, paid=False, note="à recontacter en 2022"),
        P("Jens", "Vandevelde", "Logistiek / Logistique", "2021-10-04", "2021-12-10",
          "curricular", "completed", hours=38, paid=False),
    ],
)
# fmt: on

LISTS = [EXPORT_ANSI, ICT_UTF8, KLADVERSIE]
