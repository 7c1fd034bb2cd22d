"""Documents are copied in, recorded in the same step, and removed whole."""

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import select

from stagedesk.core.db.database import Database
from stagedesk.core.models import Document, DocumentType, Internship
from stagedesk.core.records import repository
from stagedesk.core.records.documents import DocumentStore, documents_dir, internship_documents
from tests.seed import Seed, seed_small

pytestmark = pytest.mark.clock  # see tests/moved_clock.py


@pytest.fixture
def seeded(database: Database) -> tuple[Database, Seed]:
    return database, seed_small(database.sessions)


def test_the_folder_sits_beside_the_database(database: Database) -> None:
    assert documents_dir(database) == database.path.with_name("stagedesk-documents")


def test_a_file_is_copied_in_and_listed(seeded: tuple[Database, Seed], tmp_path: Path) -> None:
    database, seed = seeded
    original = tmp_path / "Overeenkomst Céline.pdf"
    original.write_bytes(b"%PDF-1.4 signed agreement")
    store = DocumentStore(documents_dir(database), database.sessions)
    internship = seed.internships["running"]
    document_id = store.add(internship, original, DocumentType.AGREEMENT, today=dt.date(2026, 3, 2))
    original.unlink()  # the copy does not depend on the original
    copy = store.path(document_id)
    assert copy is not None and copy.read_bytes() == b"%PDF-1.4 signed agreement"
    assert copy.is_relative_to(documents_dir(database))
    with database.sessions() as session:
        rows = internship_documents(session, internship).rows
    assert [(r[1], r[2], r[3], r[4]) for r in rows] == [
        (DocumentType.AGREEMENT, "Overeenkomst Céline", dt.date(2026, 3, 2), 25)
    ]
    # An internship with documents is not deleted from under them.
    with pytest.raises(repository.StillReferenced):
        repository.delete(database.sessions, Internship, internship)
    store.remove(document_id)
    assert not copy.exists()
    with database.sessions() as session:
        assert session.scalars(select(Document)).all() == []


def test_a_failed_record_leaves_no_file_behind(
    seeded: tuple[Database, Seed], tmp_path: Path
) -> None:
    database, _ = seeded
    original = tmp_path / "x.pdf"
    original.write_bytes(b"data")
    store = DocumentStore(documents_dir(database), database.sessions)
    with pytest.raises(Exception, match="FOREIGN KEY"):
        store.add(999_999, original, DocumentType.OTHER)  # no such internship
    left = [p for p in documents_dir(database).rglob("*") if p.is_file()]
    assert left == []
