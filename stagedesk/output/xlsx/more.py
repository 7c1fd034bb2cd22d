"""Workbooks for the profile, satisfaction and partner reports: one sheet per table.

Write-only, frozen headers, fixed widths; user text always written as text (through the
annual workbook's helpers); a hidden small cell is written as the text "< 5".
"""

from pathlib import Path

from openpyxl import Workbook

from stagedesk.core.reports import Partners, Profile, Satisfaction
from stagedesk.output.words.enums import NO, YES
from stagedesk.output.xlsx.sheets import table_sheet

WORDS: dict[str, dict[str, str]] = {
    "nl": {
        "education": "Opleidingsniveau",
        "gender": "Gender",
        "age": "Leeftijd bij start",
        "school_kind": "Soort school",
        "programme": "Opleiding",
        "languages": "Talen",
        "target_groups": "Doelgroepen",
        "total": "Totaal",
        "scores": "Scores",
        "comments": "Opmerkingen",
        "survey": "Bevraging",
        "question": "Vraag",
        "year": "Jaar",
        "unit": "Dienst",
        "n": "Aantal antwoorden",
        "mean": "Gemiddelde",
        "sd": "Standaardafwijking",
        "comment": "Opmerking",
        "mentor_load": "Stagiairs per mentor",
        "host_again": "Opnieuw mentor",
        "schools": "Partnerscholen",
        "mentor": "Mentor",
        "interns": "Stagiairs",
        "school": "School",
        "last_contact": "Laatste contact",
    },
    "fr": {
        "education": "Niveau d'études",
        "gender": "Genre",
        "age": "Âge au début",
        "school_kind": "Type d'école",
        "programme": "Formation",
        "languages": "Langues",
        "target_groups": "Groupes cibles",
        "total": "Total",
        "scores": "Scores",
        "comments": "Commentaires",
        "survey": "Enquête",
        "question": "Question",
        "year": "Année",
        "unit": "Service",
        "n": "Nombre de réponses",
        "mean": "Moyenne",
        "sd": "Écart type",
        "comment": "Commentaire",
        "mentor_load": "Stagiaires par maître",
        "host_again": "À nouveau maître",
        "schools": "Écoles partenaires",
        "mentor": "Maître de stage",
        "interns": "Stagiaires",
        "school": "École",
        "last_contact": "Dernier contact",
    },
    "en": {
        "education": "Education level",
        "gender": "Gender",
        "age": "Age at start",
        "school_kind": "School kind",
        "programme": "Programme",
        "languages": "Languages",
        "target_groups": "Target groups",
        "total": "Total",
        "scores": "Scores",
        "comments": "Comments",
        "survey": "Survey",
        "question": "Question",
        "year": "Year",
        "unit": "Unit",
        "n": "Answers",
        "mean": "Mean",
        "sd": "Standard deviation",
        "comment": "Comment",
        "mentor_load": "Interns per mentor",
        "host_again": "Would host again",
        "schools": "Partner schools",
        "mentor": "Mentor",
        "interns": "Interns",
        "school": "School",
        "last_contact": "Last contact",
    },
}


def _words(language: str) -> dict[str, str]:
    if language not in WORDS:
        raise ValueError(f"unknown language {language!r}; choose nl, fr or en")
    return WORDS[language]


def write_profile(profile: Profile, target: Path, *, language: str) -> None:
    """One sheet per table: a row per category, a column per year, a true total row."""
    book = Workbook(write_only=True)
    profile_sheets(book, profile, language)
    book.save(target)


def profile_sheets(book: Workbook, profile: Profile, language: str) -> None:
    """The profile's tables, a sheet each, in ``book``."""
    w = _words(language)
    for table in profile.tables:
        rows: list[list[object]] = [
            [row.category, *(cell.shown for cell in row.cells)] for row in table.rows
        ]
        rows.append([w["total"], *table.totals])
        table_sheet(
            book,
            w[table.key],
            [w[table.key], *table.years],
            rows,
            widths=[32, *(12 for _ in table.years)],
        )


def write_satisfaction(report: Satisfaction, target: Path, *, language: str) -> None:
    w = _words(language)
    book = Workbook(write_only=True)
    table_sheet(
        book,
        w["scores"],
        [w["survey"], w["question"], w["year"], w["unit"], w["n"], w["mean"], w["sd"]],
        ([s.survey, s.question, s.year, s.unit, s.n, s.mean, s.sd] for s in report.scores),
        widths=[24, 60, 12, 30, 18, 12, 18],
    )
    table_sheet(
        book,
        w["comments"],
        [w["survey"], w["question"], w["year"], w["unit"], w["comment"]],
        ([c.survey, c.question, c.year, c.unit, c.text] for c in report.comments),
        widths=[24, 50, 12, 30, 80],
    )
    book.save(target)


def write_partners(report: Partners, target: Path, *, language: str) -> None:
    w = _words(language)
    book = Workbook(write_only=True)
    table_sheet(
        book,
        w["mentor_load"],
        [w["mentor"], w["year"], w["interns"]],
        ([m.mentor, m.year, m.interns] for m in report.mentor_load),
        widths=[30, 12, 12],
    )
    table_sheet(
        book,
        w["host_again"],
        [w["mentor"], YES.get(language), NO.get(language)],
        ([h.mentor, h.yes, h.no] for h in report.host_again),
        widths=[30, 10, 10],
    )
    table_sheet(
        book,
        w["schools"],
        [w["school"], w["programme"], w["year"], w["interns"], w["last_contact"]],
        ([s.school, s.programme, s.year, s.interns, s.last_contact] for s in report.schools),
        widths=[36, 36, 12, 12, 16],
    )
    book.save(target)
