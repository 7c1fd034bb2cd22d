"""Erasing a person and the retention rule: nothing personal left in the database file,
what the reports count kept, exactly the people due picked."""

import datetime as dt
import os
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import func, select

from stagedesk.core.bin import trash
from stagedesk.core.db.backups import default_folder
from stagedesk.core.db.database import Database
from stagedesk.core.db.kept_files import remove_stale_copies
from stagedesk.core.db.paths import backup_path
from stagedesk.core.mail.drafts import drafts_dir
from stagedesk.core.models import (
    Application,
    ApplicationStatus,
    Candidate,
    FollowUpEntry,
    FormAnswer,
    FormResponse,
    Internship,
    OrganisationSettings,
)
from stagedesk.core.privacy import (
    Options,
    PersonGone,
    anonymise_steps,
    erase_person,
    what_is_kept,
)
from stagedesk.core.records.documents import documents_dir
from tests.privacy_support import (
    FIRST,
    LAST,
    NOTE,
    REGISTRY,
    SCORES,
    SECRETS,
    Person,
    add_person,
    found_in,
    like_windows,
)
from tests.seed import TODAY, Seed, seed_small

pytestmark = pytest.mark.clock  # see tests/moved_clock.py


@pytest.fixture
def seed(database: Database) -> Seed:
    return seed_small(database.sessions)


@pytest.fixture
def person(database: Database, seed: Seed) -> Person:
    like_windows(database)
    return add_person(database, seed)


def options(database: Database) -> Options:
    return Options(documents_dir(database), drafts_dir(database), REGISTRY)


def dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return list(connection.iterdump())


def test_erasing_leaves_nothing_of_them_in_the_database_file(
    database: Database, db_path: Path, person: Person
) -> None:
    # All there before, the long follow-up entry deleted to the bin twice: in the bin and
    # in the pages its delete freed (which only the VACUUM wipes: secure delete was off).
    assert found_in(db_path, SECRETS) == list(SECRETS)
    result = erase_person(database.sessions, person.candidate, TODAY, options(database))
    assert result.candidates == (person.candidate,) and result.compacted
    assert result.bin_entries == 1 and result.files == 2  # the document and one draft
    assert found_in(db_path, SECRETS) == []
    assert not db_path.with_name(db_path.name + "-journal").exists()
    assert person.document is not None and not person.document.exists()
    assert not any(p.is_file() for p in documents_dir(database).rglob("*"))
    assert person.draft is not None and not person.draft.exists()
    assert person.other_draft is not None and person.other_draft.exists()
    assert trash.list_bin(database.sessions) == []
    with closing(sqlite3.connect(db_path)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]


def test_what_the_reports_count_stays(database: Database, person: Person) -> None:
    erase_person(database.sessions, person.candidate, TODAY, options(database))
    with database.sessions() as s:
        candidate = s.get(Candidate, person.candidate)
        assert candidate is not None
        assert (candidate.first_name, candidate.last_name) == ("X", f"2019-{person.candidate:04d}")
        assert candidate.anonymised_on == TODAY
        assert (candidate.gender, candidate.languages) == ("female", "nl, fr")
        assert candidate.date_of_birth is None and candidate.consent_date is None
        assert candidate.tg_migration_background is None and candidate.tg_other is None
        internship = s.get(Internship, person.internship)
        assert internship is not None
        assert (internship.age_band, internship.hired_function) == ("18–20", "Archivaris")
        assert internship.notes is None and internship.stop_reason is None
        # the day hired goes, its month stays: the reports count hiring per year
        assert internship.hired_later and internship.hired_date == dt.date(2019, 9, 1)
        assert [e.text for e in internship.follow_up] == [""]
        scores = s.execute(
            select(FormAnswer.field_id, FormAnswer.value_number).where(
                FormAnswer.response_id == person.survey
            )
        ).all()
        assert {field: int(n) for field, n in scores} == SCORES  # the comment went
        assert s.get(FormResponse, person.survey).answered_by is None  # type: ignore[union-attr]
        info = s.scalars(
            select(FormAnswer.field_id).where(FormAnswer.response_id == person.info_sheet)
        ).all()
        assert info == []  # name, e-mail, date of birth, emergency contact: all written
        application = s.get(Application, person.application)
        assert application is not None and application.notes is None
        assert application.status is ApplicationStatus.ACCEPTED


def test_an_editor_still_showing_the_old_data_cannot_save_it_back(
    database: Database, person: Person
) -> None:
    with database.sessions() as s:
        versions = {
            model: s.get(model, record_id).version  # type: ignore[union-attr]
            for model, record_id in (
                (Candidate, person.candidate),
                (Internship, person.internship),
                (Application, person.application),
                (FormResponse, person.survey),
            )
        }
    erase_person(database.sessions, person.candidate, TODAY, options(database))
    with database.sessions() as s:
        for model, version in versions.items():
            record_id = {
                Candidate: person.candidate,
                Internship: person.internship,
                Application: person.application,
                FormResponse: person.survey,
            }[model]
            assert s.get(model, record_id).version > version, model  # type: ignore[union-attr]


def test_what_is_kept_is_said_before(database: Database, person: Person, seed: Seed) -> None:
    with database.sessions() as s:
        keeping = what_is_kept(s, person.candidate, TODAY)
    assert keeping.name == f"{FIRST} {LAST}"
    assert keeping.pseudonym == f"X 2019-{person.candidate:04d}"
    goes = [str(line) for line in keeping.goes]
    assert "Target-group answers and the consent recorded on 10/01/2019" in goes
    assert "Text of follow-up entries: 1" in goes
    assert "Documents, with their files: 1" in goes
    assert "Deleted records about them in the bin: 1" in goes
    kept = [str(line) for line in keeping.kept]
    assert kept[0] == f"A number instead of the name: X 2019-{person.candidate:04d}"
    assert any(line.startswith("Internships: 1 (") for line in kept)
    assert not any("still open" in str(line) for line in keeping.warnings)
    with database.sessions() as s:
        jonas = what_is_kept(s, seed.candidates["jonas"], TODAY)
        with pytest.raises(PersonGone):
            what_is_kept(s, 9999, TODAY)
    assert "Applications still open: 1. Erasing marks them withdrawn." in map(str, jonas.warnings)


def test_erasing_someone_with_an_open_application_withdraws_it(
    database: Database, seed: Seed
) -> None:
    erase_person(database.sessions, seed.candidates["jonas"], TODAY, options(database))
    with database.sessions() as s:
        application = s.get(Application, seed.applications["waiting"])
        assert application is not None
        assert (application.status, application.decision_date) == ("withdrawn", TODAY)
    with pytest.raises(PersonGone):
        erase_person(database.sessions, 9999, TODAY, options(database))


def test_a_cancel_half_way_changes_nothing(
    database: Database, db_path: Path, person: Person
) -> None:
    before = dump(db_path)
    steps = anonymise_steps(database.sessions, [person.candidate], TODAY, options(database))
    assert next(steps) == (0, 1)
    assert next(steps) == (1, 1)  # all done inside the transaction, not committed yet
    steps.close()  # what ui.workers.Job does on cancel
    assert dump(db_path) == before
    assert person.document is not None and person.document.exists()
    assert person.draft is not None and person.draft.exists()


def test_documents_need_their_folder(database: Database, person: Person, db_path: Path) -> None:
    before = dump(db_path)
    with pytest.raises(ValueError, match="documents folder"):
        erase_person(database.sessions, person.candidate, TODAY, Options(registry=REGISTRY))
    assert dump(db_path) == before


def test_erasing_on_either_database(any_database: Database) -> None:
    """SQLite or PostgreSQL: the same rows cleared, the bin forgotten, nothing else touched."""
    seed = seed_small(any_database.sessions)
    person = add_person(any_database, seed, files=False)
    result = erase_person(
        any_database.sessions, person.candidate, TODAY, Options(registry=REGISTRY)
    )
    assert result.candidates == (person.candidate,) and result.bin_entries == 1
    on_file = any_database.engine.dialect.name == "sqlite"
    assert result.compacted is on_file
    assert result.zeroed is on_file  # on a server, never claimed: reclaiming is its job
    with any_database.sessions() as s:
        candidate = s.get(Candidate, person.candidate)
        assert candidate is not None and candidate.email is None and candidate.notes is None
        assert candidate.first_name == "X" and candidate.anonymised_on == TODAY
        assert s.scalar(select(func.count()).select_from(FollowUpEntry)) == 2  # Céline's too
        texts = s.scalars(select(FollowUpEntry.text).order_by(FollowUpEntry.id)).all()
        assert texts == ["Bezoek van de school: alles loopt goed.", ""]
        celine = s.get(Candidate, seed.candidates["celine"])
        assert celine is not None and celine.email == "celine@example.be"
    assert trash.list_bin(any_database.sessions) == []


# -- the command line ---------------------------------------------------------------------


def cli(args: list[str]) -> int:
    from stagedesk.cli.main import main

    return int(main(args))


def test_the_command_line_shows_first_then_erases(
    database: Database, db_path: Path, person: Person, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(db_path)]
    assert cli(["person", "erase", "--candidate", str(person.candidate), *db]) == 2
    out, err = capsys.readouterr()
    assert out.startswith(f"Erasing {FIRST} {LAST} removes:\n")
    assert "  + Internships: 1 (" in out
    assert err == f"stagedesk: {FIRST} {LAST} was not erased: add --yes to erase\n"
    assert found_in(db_path, (NOTE,)) == [NOTE]
    assert cli(["person", "erase", "--candidate", str(person.candidate), "--yes", *db]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"Erased {FIRST} {LAST}: now X 2019-{person.candidate:04d}.\n")
    assert found_in(db_path, SECRETS) == []
    assert cli(["person", "erase", "--candidate", "9999", "--yes", *db]) == 2
    assert capsys.readouterr().err == "stagedesk: no candidate 9999\n"


def test_the_retention_command_lists_and_applies(
    database: Database, db_path: Path, person: Person, capsys: pytest.CaptureFixture[str]
) -> None:
    db = ["--db", str(db_path)]
    # The command's clock is the real one: a term longer than the time since 2019 on it.
    beyond = dt.date.today().year - 2019 + 2
    assert cli(["retention", "--years", str(beyond), *db]) == 0
    assert capsys.readouterr().out == ""
    assert cli(["retention", *db]) == 0  # the organisation's setting: 5 years
    out, err = capsys.readouterr()
    assert out == f"{person.candidate}\t{FIRST} {LAST}\tintern\t2019-05-31\n"
    assert err == "1 due after 5 years.\n"
    with database.sessions() as s:
        assert s.scalar(select(func.count()).where(Candidate.anonymised_on.is_not(None))) == 0
    applied = dt.date.today()  # read on both sides of the command: midnight may pass
    assert cli(["retention", "--apply", *db]) == 0
    assert "Anonymised 1." in capsys.readouterr().out
    assert found_in(db_path, SECRETS) == []
    with database.sessions() as s:
        settings = s.scalar(select(OrganisationSettings))
        assert settings is not None and settings.retention_reviewed_on is not None
        assert applied <= settings.retention_reviewed_on <= dt.date.today()


def test_on_a_server_the_command_line_says_what_is_true(
    postgres_url: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from stagedesk.core.db.database import open_url

    url = postgres_url.render_as_string(hide_password=False)  # type: ignore[attr-defined]
    server = open_url(url)
    try:
        person = add_person(server, seed_small(server.sessions), files=False)
    finally:
        server.dispose()
    assert (
        cli(["person", "erase", "--db-url", url, "--candidate", str(person.candidate), "--yes"])
        == 0
    )
    out = capsys.readouterr().out
    assert "zeroed" not in out and "wiped" not in out
    assert "the server reclaims that space (VACUUM FULL" in out


def test_no_file_stagedesk_leaves_holds_them_after_the_erasure(
    database: Database, db_path: Path, person: Person
) -> None:
    """The database, its journal, documents, drafts, and the copies nothing listed: an
    upgrade's one-step copy and the halves of interrupted backups (cases 6 and 7)."""
    backups = default_folder(db_path)
    backups.mkdir()
    leftovers = [
        backup_path(db_path),  # an older StageDesk's upgrade, long done
        backups / f"{db_path.stem}-2026-01-05-093000-daily.sqlite.partial",  # killed backup
        db_path.with_name(db_path.name + ".partial"),  # a restore killed halfway
    ]
    probe = db_path.with_name("clock-probe")  # the file system's clock, not this process's
    probe.touch()
    hour_ago = probe.stat().st_mtime - 2 * 3600
    probe.unlink()
    for leftover in leftovers:
        shutil.copyfile(db_path, leftover)
        os.utime(leftover, (hour_ago, hour_ago))
    being_made = backups / f"{db_path.stem}-2026-03-02-090000-manual.sqlite.partial"
    shutil.copyfile(db_path, being_made)  # another StageDesk's backup, this very minute
    result = erase_person(database.sessions, person.candidate, TODAY, options(database))
    assert result.left == ()
    assert sorted(remove_stale_copies(db_path, backups)) == sorted(leftovers)
    being_made.unlink()  # (its backup would have finished, checked, and be listed)
    everything = [p for p in db_path.parent.rglob("*") if p.is_file()]
    assert everything and all(found_in(path, SECRETS) == [] for path in everything), [
        (path.name, found_in(path, SECRETS)) for path in everything if found_in(path, SECRETS)
    ]


def test_the_backups_that_hold_them_are_counted_before_erasing(
    database: Database, db_path: Path, person: Person, capsys: pytest.CaptureFixture[str]
) -> None:
    from stagedesk.core.db.backups import BackupKind, make_backup

    folder = default_folder(db_path)
    for hour in (9, 10):
        make_backup(db_path, folder, BackupKind.MANUAL, dt.datetime(2026, 3, 1, hour))
    assert cli(["person", "erase", "--candidate", str(person.candidate), "--db", str(db_path)]) == 2
    out = capsys.readouterr().out
    assert f"  ! Backups of this database that still hold their data: 2, in {folder}." in out
