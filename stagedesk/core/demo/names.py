"""Who the demo's people are: first and last names, addresses and languages.

Everything is fictional: names are common Belgian (Dutch, French) and Brussels first and
last names combined at random, so no row describes a real person; streets are invented.
"""

import random
import unicodedata
from typing import NamedTuple

from stagedesk.core.demo.base import Weighted
from stagedesk.core.models import Gender, Language

NL, FR = Language.DUTCH, Language.FRENCH
MAIL_DOMAINS = ("mail.example", "post.example", "inbox.example", "student.example")


def _names(text: str) -> tuple[str, ...]:
    """A comma-separated list: keeps long name lists compact in the source."""
    return tuple(name.strip() for name in text.split(","))


# First names (female, male) and last names by origin. Brussels is bilingual and diverse:
# a fifth of the people get names from the third, mixed pool.
FEMALE = {
    "nl": _names(
        "Emma, Lotte, Fien, Lien, Marie, Noor, Hanne, Lore, Julie, Ine, Eline, Anouk, Elise,"
        "Jana, Femke, Ellen, Nele, Sofie, Kato, Margot"
    ),
    "fr": _names(
        "Camille, Chloé, Léa, Manon, Louise, Juliette, Margaux, Pauline, Sophie, Élodie,"
        "Mathilde, Inès, Zoé, Clara, Alice, Océane, Amélie, Hélène, Aurélie, Justine"
    ),
    "mixed": _names(
        "Yasmine, Amina, Nour, Salma, Aya, Elif, Zeynep, Agnieszka, Ioana, Fatou, Sara, Hanna"
    ),
}
MALE = {
    "nl": _names(
        "Lars, Wout, Jens, Pieter, Thomas, Bram, Tom, Koen, Stijn, Jonas, Arne, Ruben, Senne,"
        "Wannes, Jef, Dries, Maarten, Bart, Joris, Sander"
    ),
    "fr": _names(
        "Lucas, Louis, Hugo, Maxime, Nicolas, Antoine, Julien, Thibault, Romain, Quentin,"
        "Mathis, Arthur, Nathan, Gauthier, Benoît, Olivier, Cédric, Sébastien, Guillaume,"
        "François"
    ),
    "mixed": _names(
        "Mohamed, Youssef, Rayan, Ilyas, Bilal, Mehdi, Emre, Piotr, Andrei, Moussa, Adam, Karim"
    ),
}
LAST = {
    "nl": _names(
        "Peeters, Janssens, Maes, Jacobs, Mertens, Willems, Claes, Goossens, Wouters, De Smet,"
        "Vermeulen, Van den Broeck, Hermans, Aerts, De Backer, Michiels, Verstraeten,"
        "Van Damme, Lemmens, Coppens, Vandenberghe, De Clercq, Martens, Segers, Verhoeven,"
        "Van de Velde, Smets, Claessens"
    ),
    "fr": _names(
        "Dubois, Lambert, Dupont, Martin, Simon, Laurent, Leroy, Lejeune, Renard, Leclercq,"
        "Dumont, Lefèvre, Collignon, François, Denis, Henry, Gérard, Mathieu, Charlier,"
        "Fontaine, Michel, Lemaire, Delvaux, Marchal"
    ),
    "mixed": _names(
        "El Amrani, Benali, Haddad, Yilmaz, Demir, Kaya, Nowak, Kowalski, Popescu, Diallo,"
        "Ndiaye, El Idrissi, Bouzid, Aït Ouali, Mukendi"
    ),
}
# Where names come from; a preferred language (a school's) makes its names likelier.
ORIGINS = {
    None: Weighted({"nl": 40, "fr": 40, "mixed": 20}),
    NL: Weighted({"nl": 55, "fr": 25, "mixed": 20}),
    FR: Weighted({"nl": 25, "fr": 55, "mixed": 20}),
}
GENDERS = Weighted({Gender.FEMALE: 48, Gender.MALE: 46, Gender.X: 2, None: 4})
EXTRA_LANGUAGES = ("ar", "tr", "pl", "ro", "es", "it", "de")

# Brussels and its surroundings: (postcode, Dutch name, French name).
COMMUNES = (
    ("1000", "Brussel", "Bruxelles"),
    ("1030", "Schaarbeek", "Schaerbeek"),
    ("1040", "Etterbeek", "Etterbeek"),
    ("1050", "Elsene", "Ixelles"),
    ("1060", "Sint-Gillis", "Saint-Gilles"),
    ("1070", "Anderlecht", "Anderlecht"),
    ("1080", "Sint-Jans-Molenbeek", "Molenbeek-Saint-Jean"),
    ("1090", "Jette", "Jette"),
    ("1140", "Evere", "Evere"),
    ("1190", "Vorst", "Forest"),
    ("1200", "Sint-Lambrechts-Woluwe", "Woluwe-Saint-Lambert"),
    ("1700", "Dilbeek", "Dilbeek"),
    ("1800", "Vilvoorde", "Vilvorde"),
    ("1300", "Waver", "Wavre"),
    ("3000", "Leuven", "Louvain"),
)
STREETS = {
    NL: ("Voorbeeldstraat", "Zennelaan", "Kanaalkaai", "Lindenplein", "Molenweg", "Distelstraat"),
    FR: (
        "Rue de l'Exemple",
        "Avenue de la Senne",
        "Quai du Canal",
        "Place des Tilleuls",
        "Chemin du Moulin",
        "Rue des Chardons",
    ),
}


class Person(NamedTuple):
    first: str
    last: str
    gender: Gender | None
    language: Language
    origin: str


def person(rng: random.Random, prefer: Language | None = None) -> Person:
    """A random name; ``prefer`` makes names of that language more likely."""
    origin = ORIGINS[prefer].draw(rng)
    gender = GENDERS.draw(rng)
    female = gender is Gender.FEMALE or (gender is not Gender.MALE and rng.random() < 0.5)
    first = rng.choice((FEMALE if female else MALE)[origin])
    language = {"nl": NL, "fr": FR}.get(origin) or prefer or rng.choice((NL, FR))
    return Person(first, rng.choice(LAST[origin]), gender, language, origin)


def email_name(someone: Person) -> str:
    """'Aït Ouali' -> 'aitouali': the person's name as it appears in an e-mail address."""

    def plain(name: str) -> str:
        ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
        return "".join(char for char in ascii_name.lower() if char.isalnum() or char == "-")

    return f"{plain(someone.first)}.{plain(someone.last)}"


def address(rng: random.Random, language: Language) -> str:
    postcode, dutch, french = rng.choice(COMMUNES)
    commune = dutch if language is NL else french
    return f"{rng.choice(STREETS[language])} {rng.randint(1, 180)}, {postcode} {commune}"


def spoken_languages(rng: random.Random, someone: Person) -> str:
    """The languages a candidate speaks, mother tongue first: "nl, fr, en"."""
    spoken = [someone.language.value]
    if rng.random() < 0.7:
        spoken.append((FR if someone.language is NL else NL).value)
    if rng.random() < 0.8:
        spoken.append(Language.ENGLISH.value)
    if someone.origin == "mixed" and rng.random() < 0.6:
        spoken.append(rng.choice(EXTRA_LANGUAGES))
    return ", ".join(spoken)
