"""The words of a person's export, in Dutch, French and English: document text, so data.
Headers of fields are those of "export everything" (``xlsx.everything_words.HEADERS``),
with the few this export adds."""

from stagedesk.core.forms import Text
from stagedesk.output.words.everything import HEADERS, SHEETS

TITLES: dict[str, Text] = {
    "about": SHEETS["about"],
    "person": Text(nl="Persoon", fr="Personne", en="Person"),
    "applications": SHEETS["applications"],
    "internships": SHEETS["internships"],
    "follow_up": SHEETS["follow_up"],
    "forms": Text(nl="Formulieren", fr="Formulaires", en="Forms"),
    "documents": SHEETS["documents"],
    "bin": Text(nl="In de prullenbak", fr="Dans la corbeille", en="In the bin"),
}

# The folder beside the export that holds the person's files, and its two parts.
FILES_FOLDER = Text(nl="{name} - bestanden", fr="{name} - fichiers", en="{name} - files")
FILE_KINDS: dict[str, Text] = {
    "documents": SHEETS["documents"],
    "drafts": Text(nl="E-mailconcepten", fr="Brouillons d'e-mails", en="Mail drafts"),
}

EXTRA_HEADERS: dict[str, Text] = {
    "question": Text(nl="Vraag", fr="Question", en="Question"),
    "answer": Text(nl="Antwoord", fr="Réponse", en="Answer"),
    "deleted_at": Text(nl="Verwijderd op", fr="Supprimé le", en="Deleted on"),
    "kind": Text(nl="Soort gegevens", fr="Type de données", en="Kind of record"),
    "label": Text(nl="Omschrijving", fr="Description", en="What"),
    "field": Text(nl="Gegeven", fr="Donnée", en="Field"),
    "value": Text(nl="Waarde", fr="Valeur", en="Value"),
}

# What a bin entry held, by its table: the sheet titles of "export everything".
BIN_KINDS: dict[str, str] = {
    "candidates": "candidates",
    "applications": "applications",
    "internships": "internships",
    "follow_up_entries": "follow_up",
    "form_responses": "form_responses",
    "form_answers": "form_answers",
    "documents": "documents",
}

ABOUT: dict[str, Text] = {
    "title": Text(
        nl="StageDesk – alle gegevens over één persoon",
        fr="StageDesk – toutes les données d'une personne",
        en="StageDesk – all data about one person",
    ),
    "person": Text(nl="Persoon", fr="Personne", en="Person"),
    "organisation": Text(nl="Organisatie", fr="Organisation", en="Organisation"),
    "exported_at": Text(nl="Geëxporteerd op", fr="Exporté le", en="Exported at"),
    "version": Text(nl="StageDesk-versie", fr="Version de StageDesk", en="StageDesk version"),
    "target_groups": Text(
        nl="Doelgroepgegevens", fr="Données des groupes cibles", en="Target-group data"
    ),
    "included": Text(nl="opgenomen", fr="incluses", en="included"),
    "left_out": Text(nl="weggelaten", fr="exclues", en="left out"),
}

NOTES: tuple[Text, ...] = (
    Text(
        nl="Dit zijn alle gegevens die StageDesk over deze persoon bewaart, één blad per"
        " soort. Datums zijn echte datums (dd/mm/jjjj).",
        fr="Voici toutes les données que StageDesk conserve sur cette personne, une feuille"
        " par type. Les dates sont de vraies dates (jj/mm/aaaa).",
        en="This is all StageDesk holds about this person, a sheet per kind of record. Dates"
        " are real dates (dd/mm/yyyy).",
    ),
    Text(
        nl="Documenten: alleen hun gegevens; de bestanden zelf staan in de documentenmap van"
        " StageDesk en kunnen apart bezorgd worden.",
        fr="Documents : seulement leurs données ; les fichiers eux-mêmes sont dans le dossier"
        " des documents de StageDesk et peuvent être remis séparément.",
        en="Documents: only their record; the files themselves are in StageDesk's documents"
        " folder and can be handed over separately.",
    ),
    Text(
        nl="Verwijderde gegevens in de prullenbak blijven 30 dagen bewaard en verdwijnen"
        " daarna voorgoed.",
        fr="Les données supprimées restent 30 jours dans la corbeille, puis disparaissent"
        " définitivement.",
        en="Deleted records stay in the bin for 30 days, then go for good.",
    ),
    Text(
        nl="Dit bestand bevat persoonsgegevens: bewaar en deel het met zorg.",
        fr="Ce fichier contient des données personnelles : conservez-le et partagez-le avec soin.",
        en="This file holds personal data: keep and share it with care.",
    ),
)


def header(key: str, language: str) -> str:
    text = EXTRA_HEADERS.get(key) or HEADERS[key]
    return text.get(language)
