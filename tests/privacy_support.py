"""What the privacy tests share: a former intern with something of every kind StageDesk
holds about a person, and looking for them in the raw bytes of the database file."""

import datetime as dt
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path
from typing import Any

from sqlalchemy import event

from stagedesk.core.bin import trash
from stagedesk.core.db.database import Database
from stagedesk.core.forms import FormRegistry, ScaleAnswer, builtin_dir
from stagedesk.core.forms.responses import save_answers
from stagedesk.core.forms.tools import open_response
from stagedesk.core.mail.drafts import drafts_dir
from stagedesk.core.models import (
    Application,
    ApplicationStatus,
    Candidate,
    DocumentType,
    FollowUpEntry,
    FollowUpKind,
    FormResponse,
    Gender,
    Internship,
    InternshipKind,
    InternshipStatus,
    StoppedBy,
)
from stagedesk.core.records.documents import DocumentStore, documents_dir
from tests.seed import Seed

REGISTRY = FormRegistry.load([builtin_dir()])
FIRST, LAST = "Wendelien", "Zyxwvut"
EMAIL = "wendelien.zyxwvut@student.example"
PHONE = "+32 470 98 76 54"
ADDRESS = "Kwakkelstraat 17, 9000 Gent"
NOTE = "Spreekt liever af op dinsdag na de les"
APPLICATION_NOTE = "Sterke motivatiebrief over archivering"
STOP_REASON = "Verhuisde naar het buitenland"
LOG = "Bezoek: Wendelien voelt zich goed in het team"
BINNED_LOG = "Afwezig wegens een operatie aan de knie"
# Long enough for overflow pages, which a delete leaves whole in the file unless wiped.
BINNED_TEXT = f"{BINNED_LOG}. " + "Hersteld, komt terug na de paasvakantie. " * 150
COMMENT = "Mijn mentor nam altijd tijd voor mijn vragen"
EMERGENCY = "Mireille Zyxwvut-Baert"
SECRETS = (FIRST, LAST, EMAIL, PHONE, ADDRESS, NOTE, APPLICATION_NOTE, STOP_REASON)
SECRETS += (LOG, BINNED_LOG, COMMENT, EMERGENCY)
SCORES = {"value_for_you": 4, "value_for_team": 5, "skills_developed": 3}
BORN = dt.date(1998, 11, 3)  # 20 at the start: band 18–20 (21 at the end)
NOW = dt.datetime(2026, 3, 2, 10, 30)


@dataclass(frozen=True)
class Person:
    candidate: int
    application: int
    internship: int
    survey: int
    info_sheet: int
    document: Path | None  # None without files (a server database's folder is the user's)
    draft: Path | None
    other_draft: Path | None


def add_person(database: Database, seed: Seed, *, files: bool = True) -> Person:
    """A former intern of 2019 with contact details, target groups, notes, a follow-up log
    (one entry, long, deleted to the bin), an intern survey, an info sheet, a document and a mail
    draft."""
    with database.sessions.begin() as s:
        person = Candidate(
            first_name=FIRST,
            last_name=LAST,
            email=EMAIL,
            phone=PHONE,
            address=ADDRESS,
            date_of_birth=BORN,
            gender=Gender.FEMALE,
            school_id=seed.school,
            languages="nl, fr",
            consent_date=dt.date(2019, 1, 10),
            tg_migration_background=True,
            tg_other="Werkzoekende jongere",
            notes=NOTE,
        )
        s.add(person)
        s.flush()
        application = Application(
            candidate_id=person.id,
            opportunity_id=seed.opportunities["writer"],
            application_date=dt.date(2019, 1, 10),
            status=ApplicationStatus.ACCEPTED,
            decision_date=dt.date(2019, 1, 20),
            notes=APPLICATION_NOTE,
        )
        s.add(application)
        s.flush()
        internship = Internship(
            candidate_id=person.id,
            application_id=application.id,
            unit_id=seed.units["comm"],
            mentor_id=seed.staff["an"],
            school_id=seed.school,
            kind=InternshipKind.CURRICULAR,
            start_date=dt.date(2019, 2, 4),
            end_date=dt.date(2019, 5, 31),
            status=InternshipStatus.STOPPED_EARLY,
            stop_reason=STOP_REASON,
            stopped_by=StoppedBy.INTERN,
            hired_later=True,
            hired_date=dt.date(2019, 9, 17),
            hired_function="Archivaris",
            notes=NOTE,
        )
        s.add(internship)
        s.flush()
        for day, kind, text in (
            (dt.date(2019, 3, 1), FollowUpKind.VISIT, LOG),
            (dt.date(2019, 4, 2), FollowUpKind.ABSENCE, BINNED_TEXT),
        ):
            s.add(FollowUpEntry(internship_id=internship.id, entry_date=day, kind=kind, text=text))
        ids = (person.id, application.id, internship.id)
    survey, info_sheet = _forms(database, ids[2])
    binned = _log_ids(database, ids[2])[-1]
    trash.delete_to_bin(database.sessions, FollowUpEntry, binned, NOW)
    if not files:
        return Person(*ids, survey, info_sheet, None, None, None)
    document = _document(database, ids[2])
    draft, other = _drafts(database)
    return Person(*ids, survey, info_sheet, document, draft, other)


def _forms(database: Database, internship: int) -> tuple[int, int]:
    with database.sessions.begin() as s:
        survey = REGISTRY.get("intern_survey")
        survey_id = open_response(s, survey, internship)
        answers = {key: ScaleAnswer(score) for key, score in SCORES.items()}
        answers["added_value_comments"] = COMMENT
        response = s.get(FormResponse, survey_id)
        assert response is not None
        save_answers(s, survey, response, answers)
        response.answered_by = f"{FIRST} {LAST}"
        sheet = REGISTRY.get("info_sheet")
        sheet_id = open_response(s, sheet, internship)
        filled = {
            "intern_name": f"{FIRST} {LAST}",
            "intern_email": EMAIL,
            "intern_date_of_birth": BORN,
            "emergency_name": EMERGENCY,
        }
        info = s.get(FormResponse, sheet_id)
        assert info is not None
        save_answers(s, sheet, info, filled)
        return survey_id, sheet_id


def _log_ids(database: Database, internship: int) -> list[int]:
    with database.sessions() as s:
        found = s.get(Internship, internship)
        assert found is not None
        return [entry.id for entry in found.follow_up]


def _document(database: Database, internship: int) -> Path:
    store = DocumentStore(documents_dir(database), database.sessions)
    source = database.path.with_name(f"Stageovereenkomst {FIRST} {LAST}.pdf")  # type: ignore[union-attr]
    source.write_bytes(b"%PDF-1.4 signed by " + f"{FIRST} {LAST}".encode())
    document_id = store.add(internship, source, DocumentType.AGREEMENT, today=dt.date(2019, 2, 1))
    source.unlink()
    path = store.path(document_id)
    assert path is not None and path.is_file()
    return path


def _drafts(database: Database) -> tuple[Path, Path]:
    folder = drafts_dir(database)
    folder.mkdir(parents=True, exist_ok=True)
    made = []
    for name, to, body in (
        ("Praktische informatie.eml", EMAIL, f"Beste {FIRST},\n\nWelkom!"),
        ("Bedankt.eml", "stage@hogeschool.example", "Bedankt voor de samenwerking."),
    ):
        message = EmailMessage()
        message["To"] = to
        message["Subject"] = name.removesuffix(".eml")
        message.set_content(body)
        (folder / name).write_bytes(message.as_bytes())
        made.append(folder / name)
    return made[0], made[1]


def like_windows(database: Database) -> None:
    """Make SQLite wipe nothing by itself, as Python's own SQLite on Windows: Debian's is
    built with secure delete on, which would hide an erasure that forgot to wipe."""

    def no_secure_delete(driver: Any, _record: object) -> None:
        driver.execute("PRAGMA secure_delete = 0")

    database.engine.dispose()
    event.listen(database.engine, "connect", no_secure_delete)


def found_in(path: Path, texts: tuple[str, ...]) -> list[str]:
    """Which of ``texts`` occur in the file's bytes, as UTF-8 or UTF-16 (either order)."""
    data = path.read_bytes()
    return [
        text
        for text in texts
        if any(text.encode(codec) in data for codec in ("utf-8", "utf-16-le", "utf-16-be"))
    ]
