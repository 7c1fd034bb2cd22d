"""Build ``schema-<rev>.sqlite``: a small, realistic database at an old schema revision.

The schema comes from the migration scripts (``migrate.upgrade(engine, rev)``), the rows
from plain SQL written for that revision, so the file never depends on today's models.
Every released revision gets its file once and keeps it; ``tests/core/test_migrations.py``
opens each with the current StageDesk and checks that no row is lost.

    uv run python tests/data/make_schema_db.py 0001
"""

import argparse
import json
import sqlite3
import sys
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

HERE = Path(__file__).parent
STAMP = "2024-09-02 09:00:00"


def _rows_0001(connection: sqlite3.Connection) -> None:
    def insert(table: str, rows: list[dict[str, object]]) -> None:
        for row in rows:
            row = {"version": 1, "created_at": STAMP, "updated_at": STAMP, **row}
            columns = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            connection.execute(
                f"INSERT INTO {table} ({columns}) VALUES ({marks})", list(row.values())
            )

    insert(
        "organisation_settings",
        [
            {
                "id": 1,
                "name": "Stad Zennevallei",
                "address": "Marktplein 1, 1000 Brussel",
                "logo": b"\x89PNG\r\n\x1a\n-not-a-real-logo",
                "language": "nl",
            },
        ],
    )
    insert(
        "schools",
        [
            {
                "id": 1,
                "name": "Hogeschool Zennevallei",
                "kind": "university_college",
                "address": "Zennelaan 100, 1000 Brussel",
                "city": "Brussel",
                "website": "https://zennevallei.example",
                "language": "nl",
                "last_contact": "2024-06-14",
                "notes": "Stagebureau: maandag en donderdag.",
            },
            {
                "id": 2,
                "name": "Université de la Senne",
                "kind": "university",
                "city": "Bruxelles",
                "language": "fr",
                "version": 3,
            },
            {
                "id": 3,
                "name": "Centre de formation Bruxelles-Sud",
                "kind": "training_centre",
                "city": "Anderlecht",
                "language": "fr",
            },
        ],
    )
    insert(
        "units",
        [
            {"id": 1, "name": "Communicatie", "code": "COM", "active": 1},
            {
                "id": 2,
                "name": "Finances",
                "code": "FIN",
                "notes": "Budget 2025 en cours.",
                "active": 1,
            },
            {"id": 3, "name": "Archief", "code": None, "active": 0, "version": 2},
        ],
    )
    insert(
        "programmes",
        [
            {
                "id": 1,
                "school_id": 1,
                "name": "Bachelor communicatiemanagement",
                "education_level": "professional_bachelor",
            },
            {
                "id": 2,
                "school_id": 2,
                "name": "Master en sciences politiques",
                "education_level": "master",
            },
            {"id": 3, "school_id": 3, "name": "Employé administratif", "education_level": None},
        ],
    )
    insert(
        "school_contacts",
        [
            {
                "id": 1,
                "school_id": 1,
                "name": "Els Peeters",
                "function": "Stagecoördinator",
                "email": "els.peeters@zennevallei.example",
                "phone": "+32 2 555 01 01",
            },
            {
                "id": 2,
                "school_id": 2,
                "name": "Amélie Dubois",
                "function": "Maître de stage",
                "email": "a.dubois@senne-univ.example",
            },
        ],
    )
    insert(
        "staff_members",
        [
            {
                "id": 1,
                "first_name": "Sofie",
                "last_name": "Janssens",
                "email": "sofie@stad.example",
                "function": "HR-medewerker",
                "unit_id": None,
                "is_coordinator": 1,
                "is_mentor": 0,
                "is_backup": 0,
                "is_unit_head": 0,
                "language": "nl",
                "active": 1,
            },
            {
                "id": 2,
                "first_name": "Karim",
                "last_name": "El Amrani",
                "unit_id": 1,
                "is_coordinator": 0,
                "is_mentor": 1,
                "is_backup": 0,
                "is_unit_head": 1,
                "language": "fr",
                "active": 1,
            },
            {
                "id": 3,
                "first_name": "Lotte",
                "last_name": "De Smet",
                "unit_id": 2,
                "is_coordinator": 0,
                "is_mentor": 1,
                "is_backup": 1,
                "is_unit_head": 0,
                "language": "nl",
                "active": 0,
            },
        ],
    )
    insert(
        "candidates",
        [
            {
                "id": 1,
                "first_name": "Noor",
                "last_name": "Vermeulen",
                "email": "noor@student.example",
                "date_of_birth": "2003-04-17",
                "gender": "female",
                "education_level": "professional_bachelor",
                "school_id": 1,
                "programme_id": 1,
                "language": "nl",
                "languages": "nl, fr, en",
                "consent_date": "2024-02-01",
                "tg_migration_background": 0,
                "tg_disability": 0,
                "tg_other": None,
            },
            {
                "id": 2,
                "first_name": "Théo",
                "last_name": "Lambert",
                "gender": "male",
                "education_level": "master",
                "school_id": 2,
                "programme_id": 2,
                "language": "fr",
            },
            {
                "id": 3,
                "first_name": "Yasmina",
                "last_name": "Benali",
                "gender": "x",
                "education_level": "secondary",
                "school_id": 3,
                "language": "fr",
                "consent_date": "2024-03-12",
                "tg_migration_background": 1,
                "tg_disability": None,
                "tg_other": "werkzoekende",
                "notes": "Via het OCMW.",
            },
        ],
    )
    insert(
        "opportunities",
        [
            {
                "id": 1,
                "title": "Stagiair sociale media",
                "unit_id": 1,
                "domain": "Communicatie",
                "work_kind": "Content",
                "description": "Posts plannen en schrijven.",
                "requirements": "Goed Nederlands",
                "education_level": "professional_bachelor",
                "programme": "Communicatiemanagement",
                "period_start": "2024-02-05",
                "period_end": "2024-05-31",
                "hours_per_week": 38,
                "places": 2,
                "mentor_id": 2,
                "backup_id": 1,
                "status": "filled",
            },
            {
                "id": 2,
                "title": "Stagiaire analyse budgétaire",
                "unit_id": 2,
                "places": 1,
                "period_start": "2024-09-16",
                "period_end": None,
                "status": "offered",
            },
        ],
    )
    insert(
        "applications",
        [
            {
                "id": 1,
                "candidate_id": 1,
                "opportunity_id": 1,
                "application_date": "2024-01-08",
                "source": "school",
                "status": "accepted",
                "decision_date": "2024-01-19",
            },
            {
                "id": 2,
                "candidate_id": 2,
                "opportunity_id": 2,
                "application_date": "2024-06-03",
                "source": "website",
                "status": "interviewed",
                "notes": "Tweede gesprek gepland.",
            },
            {
                "id": 3,
                "candidate_id": 3,
                "opportunity_id": None,
                "application_date": "2024-03-12",
                "source": "spontaneous",
                "status": "accepted",
                "decision_date": "2024-03-20",
            },
        ],
    )
    insert(
        "internships",
        [
            {
                "id": 1,
                "candidate_id": 1,
                "application_id": 1,
                "unit_id": 1,
                "opportunity_id": 1,
                "mentor_id": 2,
                "backup_id": 1,
                "school_id": 1,
                "supervisor_id": 1,
                "kind": "curricular",
                "paid": 0,
                "allowance": None,
                "start_date": "2024-02-05",
                "end_date": "2024-05-31",
                "hours_per_week": 38,
                "total_hours": 608,
                "days_per_week": 5,
                "telework": 1,
                "status": "completed",
                "hired_later": 1,
                "hired_date": "2024-09-01",
                "hired_function": "Communicatiemedewerker",
                "version": 4,
            },
            {
                "id": 2,
                "candidate_id": 3,
                "application_id": 3,
                "unit_id": 2,
                "opportunity_id": None,
                "mentor_id": 3,
                "school_id": 3,
                "kind": "job_seeker",
                "paid": 1,
                "allowance": "250.50",
                "start_date": "2024-04-02",
                "end_date": "2024-06-28",
                "hours_per_week": 20,
                "days_per_week": 3,
                "telework": 0,
                "status": "stopped_early",
                "stop_reason": "Heeft werk gevonden.",
                "stopped_by": "intern",
                "hired_later": 0,
                "notes": "Positief afgerond gesprek.",
            },
        ],
    )
    insert(
        "follow_up_entries",
        [
            {
                "id": 1,
                "internship_id": 1,
                "entry_date": "2024-03-01",
                "kind": "visit",
                "text": "Tussentijds bezoek met de school.",
            },
            {
                "id": 2,
                "internship_id": 1,
                "entry_date": "2024-04-10",
                "kind": "absence",
                "text": "Ziek, 2 dagen.",
            },
            {
                "id": 3,
                "internship_id": 2,
                "entry_date": "2024-05-15",
                "kind": "feedback",
                "text": "Très bonne intégration dans l'équipe.",
            },
        ],
    )


def _rows_0002(connection: sqlite3.Connection) -> None:
    """0001's rows plus toolbox answers: a survey, a checklist and a needs analysis."""
    _rows_0001(connection)
    connection.execute(
        "INSERT INTO form_definitions (id, form_id, version, source, stored_at)"
        " VALUES (1, 'intern_survey', 1, ?, ?)",
        ('id = "intern_survey"\nversion = 1\n', STAMP),
    )
    responses = [
        # id, form_id, unit, opportunity, internship, status, completed_on
        (1, "intern_survey", None, None, 1, "complete", "2024-06-30"),
        (2, "logistics_checklist", None, None, 1, "draft", None),
        (3, "needs_analysis", 1, None, None, "draft", None),
    ]
    for rid, form, unit, opportunity, internship, status, completed in responses:
        connection.execute(
            "INSERT INTO form_responses (id, form_id, form_version, unit_id, opportunity_id,"
            " internship_id, language, status, completed_on, version, created_at, updated_at)"
            " VALUES (?, ?, 1, ?, ?, ?, 'nl', ?, ?, 1, ?, ?)",
            (rid, form, unit, opportunity, internship, status, completed, STAMP, STAMP),
        )
    answers = [
        # response, field, column, row, text, number, date, note, due
        (1, "added_value", None, None, None, "4", None, "Veel geleerd.", None),
        (1, "comments", None, None, "Fijne stage.", None, None, None, None),
        (2, "insurance", None, None, "done", None, "2024-01-20", None, "2024-01-22"),
        (2, "badge", None, None, None, None, None, None, "2024-02-01"),
        (3, "title", None, None, "Helpdesk eerste lijn", None, None, None, None),
    ]
    connection.executemany(
        "INSERT INTO form_answers (response_id, field_id, column_id, row_index, value_text,"
        " value_number, value_date, note, due_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        answers,
    )


def _rows_0003(connection: sqlite3.Connection) -> None:
    """0002's rows plus a document kept with the first internship."""
    _rows_0002(connection)
    connection.execute(
        "INSERT INTO documents (id, internship_id, kind, title, original_name, stored_name,"
        " added_on, size, sha256, version, created_at, updated_at)"
        " VALUES (1, 1, 'agreement', 'Stageovereenkomst', 'overeenkomst.pdf',"
        " '1/7f3a-overeenkomst.pdf', '2024-01-25', 48211, ?, 1, ?, ?)",
        ("0" * 64, STAMP, STAMP),
    )


def _rows_0004(connection: sqlite3.Connection) -> None:
    """0003's rows plus the bin: a follow-up entry of the second internship, deleted."""
    _rows_0003(connection)
    entry = {
        "id": 4,
        "internship_id": 2,
        "entry_date": "2024-06-10",
        "kind": "incident",
        "text": "Badge verloren, nieuwe aangevraagd.",
        "version": 2,
        "created_at": STAMP,
        "updated_at": "2024-06-11 08:15:00",
    }
    payload = {"format": 1, "tables": [{"table": "follow_up_entries", "rows": [entry]}]}
    connection.execute(
        "INSERT INTO bin_entries (id, deleted_at, model, record_id, label, payload)"
        " VALUES (1, '2024-06-20 14:30:00', 'follow_up_entries', 4, ?, ?)",
        (
            "Yasmina Benali 10/06/2024: Badge verloren, nieuwe aangevraagd.",
            json.dumps(payload, ensure_ascii=False),
        ),
    )


def _rows_0005(connection: sqlite3.Connection) -> None:
    """0004's rows plus privacy: the retention settings, and an intern of 2018 anonymised
    (a pseudonym, no personal data, the age band kept on the internship)."""
    _rows_0004(connection)
    connection.execute(
        "UPDATE organisation_settings SET retention_years = 4,"
        " retention_reviewed_on = '2024-09-02', retention_ask_after = NULL WHERE id = 1"
    )
    connection.execute(
        "INSERT INTO candidates (id, first_name, last_name, gender, education_level,"
        " school_id, programme_id, language, languages, anonymised_on, version, created_at,"
        " updated_at) VALUES (4, 'X', '2018-0004', 'male', 'professional_bachelor', 1, 1,"
        " 'nl', 'nl, en', '2024-09-02', 2, ?, ?)",
        (STAMP, STAMP),
    )
    connection.execute(
        "INSERT INTO applications (id, candidate_id, opportunity_id, application_date,"
        " source, status, decision_date, version, created_at, updated_at)"
        " VALUES (4, 4, 1, '2018-01-08', 'school', 'accepted', '2018-01-15', 2, ?, ?)",
        (STAMP, STAMP),
    )
    connection.execute(
        "INSERT INTO internships (id, candidate_id, application_id, unit_id, mentor_id,"
        " school_id, kind, paid, start_date, end_date, hours_per_week, telework, status,"
        " hired_later, age_band, version, created_at, updated_at) VALUES (3, 4, 4, 1, 2, 1,"
        " 'curricular', 0, '2018-02-05', '2018-05-25', 38, 0, 'completed', 0, '21–23', 2,"
        " ?, ?)",
        (STAMP, STAMP),
    )


def _rows_0006(connection: sqlite3.Connection) -> None:
    """0005's rows plus the organisation's own documents: its internship policy, started."""
    _rows_0005(connection)
    connection.execute(
        "INSERT INTO form_definitions (id, form_id, version, source, stored_at)"
        " VALUES (2, 'policy_plan', 1, ?, ?)",
        ('id = "policy_plan"\nversion = 1\n', STAMP),
    )
    connection.execute(
        "INSERT INTO form_responses (id, form_id, form_version, organisation_id, language,"
        " status, version, created_at, updated_at)"
        " VALUES (4, 'policy_plan', 1, 1, 'nl', 'draft', 1, ?, ?)",
        (STAMP, STAMP),
    )
    connection.execute(
        "INSERT INTO form_answers (response_id, field_id, value_text)"
        " VALUES (4, 'vision', 'Stagiairs brengen een frisse blik binnen.')"
    )


def _rows_0007(connection: sqlite3.Connection) -> None:
    """0006's rows plus a unit of the highest id, deleted into the bin: its id must not
    be given to the next new unit (tables are AUTOINCREMENT from 0007 on)."""
    _rows_0006(connection)
    unit = {
        "id": 9,
        "name": "Opgeheven dienst",
        "code": None,
        "notes": None,
        "active": True,
        "version": 1,
        "created_at": STAMP,
        "updated_at": STAMP,
    }
    columns = ", ".join(unit)
    marks = ", ".join("?" for _ in unit)
    connection.execute(f"INSERT INTO units ({columns}) VALUES ({marks})", list(unit.values()))
    connection.execute("DELETE FROM units WHERE id = 9")  # as the bin does: row out, kept
    payload = {"format": 1, "tables": [{"table": "units", "rows": [unit]}]}
    connection.execute(
        "INSERT INTO bin_entries (id, deleted_at, model, record_id, label, payload)"
        " VALUES (2, '2024-08-30 16:00:00', 'units', 9, 'Opgeheven dienst', ?)",
        (json.dumps(payload, ensure_ascii=False),),
    )


def _rows_0008(connection: sqlite3.Connection) -> None:
    """0007's rows plus a file task not done yet: a mail draft to delete that was open
    in another program."""
    _rows_0007(connection)
    connection.execute(
        "INSERT INTO file_tasks (id, folder, name, move_to, tries, problem)"
        " VALUES (1, 'drafts', 'Praktische info - Yasmina Benali.eml', NULL, 1,"
        " 'Permission denied')"
    )


def _rows_0009(connection: sqlite3.Connection) -> None:
    """0008's rows plus the meaning of two words of an old list: "bachelor" (a professional
    bachelor) and "stage" (unknown)."""
    _rows_0008(connection)
    connection.execute(
        'INSERT INTO import_words (id, "column", word, meaning) VALUES'
        " (1, 'education_level', 'bachelor', 'professional_bachelor'),"
        " (2, 'kind', 'stage', NULL)"
    )


def _rows_0010(connection: sqlite3.Connection) -> None:
    """0009's rows plus why the first internship was unpaid and what its function asked
    of interns in two years."""
    _rows_0009(connection)
    connection.execute(
        "UPDATE internships SET unpaid_reason = 'De hogeschool laat geen vergoeding toe.'"
        " WHERE id = (SELECT min(id) FROM internships)"
    )
    connection.execute(
        "INSERT INTO requirement_texts (id, opportunity_id, year, text)"
        " SELECT 1, min(id), 2024, 'Nederlands en Frans' FROM opportunities"
    )
    connection.execute(
        "INSERT INTO requirement_texts (id, opportunity_id, year, text)"
        " SELECT 2, min(id), 2025, 'Nederlands, Frans en Engels' FROM opportunities"
    )


BUILDERS: dict[str, Callable[[sqlite3.Connection], None]] = {
    "0001": _rows_0001,
    "0002": _rows_0002,
    "0003": _rows_0003,
    "0004": _rows_0004,
    "0005": _rows_0005,
    "0006": _rows_0006,
    "0007": _rows_0007,
    "0008": _rows_0008,
    "0009": _rows_0009,
    "0010": _rows_0010,
}


def build(revision: str, target: Path) -> None:
    sys.path.insert(0, str(HERE.parent.parent))
    from stagedesk.core.db import migrate
    from stagedesk.core.db.engine import make_engine, sqlite_url

    target.unlink(missing_ok=True)
    engine = make_engine(sqlite_url(target))
    try:
        migrate.upgrade(engine, revision)
    finally:
        engine.dispose()
    with closing(sqlite3.connect(target)) as connection:
        connection.execute("PRAGMA foreign_keys = ON")
        with connection:
            BUILDERS[revision](connection)
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [
            (revision,)
        ]
        connection.execute("VACUUM")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("revision", choices=sorted(BUILDERS))
    args = parser.parse_args()
    target = HERE / f"schema-{args.revision}.sqlite"
    build(args.revision, target)
    print(f"wrote {target}")


if __name__ == "__main__":
    main()
