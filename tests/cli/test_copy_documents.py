"""``stagedesk copy`` takes every document file along (case 2 of the safety review).

Stored names are ``<internship id>/<uuid>-name`` and binned files live in ``bin/``: a copy
that took only the folder's top-level files left every document pointing at nothing."""

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import select

from stagedesk.cli.main import main
from stagedesk.core.bin import trash
from stagedesk.core.db.database import open_sqlite
from stagedesk.core.models import Document, DocumentType
from stagedesk.core.records.documents import DocumentStore, documents_dir
from tests.seed import seed_small

NOW = dt.datetime(2026, 5, 4, 10, 0)


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def laptop(tmp_path: Path) -> Path:
    """A file with three documents: two kept (one missing its file), one in the bin."""
    path = tmp_path / "laptop.sqlite"
    database = open_sqlite(path)
    try:
        seed = seed_small(database.sessions)
        store = DocumentStore(documents_dir(database), database.sessions)
        internship = seed.internships["running"]
        for name in ("overeenkomst.pdf", "cv.pdf", "binned.pdf", "lost.pdf"):
            source = tmp_path / name
            source.write_bytes(f"%PDF-1.4 {name}".encode())
            store.add(internship, source, DocumentType.AGREEMENT, today=NOW.date())
        with database.sessions() as session:
            ids = {d.original_name: d.id for d in session.scalars(select(Document))}
        trash.delete_to_bin(
            database.sessions, Document, ids["binned.pdf"], NOW, documents=store.folder
        )
        lost = store.path(ids["lost.pdf"])
        assert lost is not None
        lost.unlink()
    finally:
        database.dispose()
    return path


def test_a_copy_takes_every_document_file_along(
    laptop: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    origin = laptop.with_name("laptop-documents")
    before = {p.relative_to(origin): _sha(p) for p in origin.rglob("*") if p.is_file()}
    assert any(len(name.parts) > 1 for name in before)  # nested: what broke
    assert any(name.parts[0] == "bin" for name in before)
    copy = tmp_path / "copy.sqlite"
    assert main(["copy", "--from-db", str(laptop), "--to-db", str(copy)]) == 0
    said = capsys.readouterr()
    destination = tmp_path / "copy-documents"
    after = {p.relative_to(destination): _sha(p) for p in destination.rglob("*") if p.is_file()}
    assert after == before
    assert f"Copied {len(before)} document files to {destination}." in said.out
    assert "1 documents had no file" in said.err and "lost.pdf" in said.err
    target = open_sqlite(copy)
    try:
        store = DocumentStore(destination, target.sessions)
        with target.sessions() as session:
            documents = list(session.scalars(select(Document)))
        found = {d.original_name: store.path_of(d).is_file() for d in documents}
        assert found == {"overeenkomst.pdf": True, "cv.pdf": True, "lost.pdf": False}
        [binned] = trash.list_bin(target.sessions)  # the bin's file came along too
        trash.restore(target.sessions, binned.entry_id, documents=destination)
        with target.sessions() as session:
            back = session.scalars(select(Document).filter_by(original_name="binned.pdf")).one()
        assert store.path_of(back).read_bytes() == b"%PDF-1.4 binned.pdf"
    finally:
        target.dispose()
