"""An internship's documents: files copied into StageDesk's documents folder.

The folder sits beside the database file (``stagedesk-documents`` next to
``stagedesk.sqlite``), so moving or backing up the two together keeps them whole; for a
server database it is in the user's data folder. A copy is made first and recorded after,
in one transaction: a failure leaves neither a record without a file nor, once cleaned up,
a file without a record.
"""

import datetime as dt
import hashlib
import re
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from stagedesk.core.db.database import Database
from stagedesk.core.db.file_tasks import do_file_tasks, plan_delete
from stagedesk.core.db.paths import beside, inside
from stagedesk.core.models import Document, DocumentType
from stagedesk.core.records.listing import Listing

# The stored name keeps letters, digits, "_", ".", "-" and spaces of the original name:
# no path separator, no ":" (an NTFS stream), no control or direction-changing character.
# The random prefix keeps Windows' device names (CON, NUL, COM1...) out of the first place.
_UNSAFE = re.compile(r"[^\w.\- ]+")
# Shown in the title: no control characters, no marks that turn text around, which
# would let "invoice\u202efdp.exe" read as "invoiceexe.pdf".
_HIDDEN = re.compile("[\x00-\x1f\x7f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
MAX_NAME = 120  # characters of the original name kept in the stored one (its end)


def documents_dir(database: Database) -> Path:
    return beside(database.path, "documents")


@dataclass(frozen=True)
class DocumentStore:
    folder: Path
    sessions: sessionmaker[Session]

    def path_of(self, document: Document) -> Path:
        """The copy's path; ValueError when the stored name would lead out of the folder
        (a database edited by hand or restored from elsewhere), never such a path."""
        path = inside(self.folder, document.stored_name)
        if path is None:
            raise ValueError(f"{document.stored_name!r} lies outside the documents folder")
        return path

    def add(
        self,
        internship_id: int,
        source: Path,
        kind: DocumentType,
        *,
        title: str | None = None,
        today: dt.date | None = None,
    ) -> int:
        """Copy ``source`` in and record it; return the document's id."""
        stored_name = f"{internship_id}/{uuid.uuid4().hex[:12]}-{_safe(source.name)}"
        target = self.folder / stored_name
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(target.name + ".partial")
        shutil.copyfile(source, partial)
        try:
            digest = hashlib.sha256(partial.read_bytes()).hexdigest()
            partial.replace(target)
            with self.sessions.begin() as session:
                document = Document(
                    internship_id=internship_id,
                    kind=kind,
                    title=title or _title(source.stem),
                    original_name=source.name[:255],
                    stored_name=stored_name,
                    added_on=today or dt.date.today(),
                    size=target.stat().st_size,
                    sha256=digest,
                )
                session.add(document)
                session.flush()
                return int(document.id)
        except BaseException:
            partial.unlink(missing_ok=True)
            target.unlink(missing_ok=True)
            raise

    def remove(self, document_id: int) -> None:
        """Forget the document and delete its copy for good (the original elsewhere is
        untouched). Bypasses the bin: the Documents tab uses ``core.bin.delete_to_bin``,
        which moves the copy into the documents folder's ``bin`` folder instead."""
        with self.sessions.begin() as session:
            document = session.get(Document, document_id)
            if document is None:
                return
            plan_delete(session, "documents", document.stored_name)
            session.delete(document)
        do_file_tasks(self.sessions, {"documents": self.folder})  # committed: the file

    def path(self, document_id: int) -> Path | None:
        """The copy's path; None for no such document, or one whose stored name would
        lead out of the folder."""
        with self.sessions() as session:
            document = session.get(Document, document_id)
            return self._inside(document) if document else None

    def _inside(self, document: Document) -> Path | None:
        try:
            return self.path_of(document)
        except ValueError:
            return None


def _safe(name: str) -> str:
    cleaned = _UNSAFE.sub("_", name).strip(" .") or "document"
    return cleaned[-MAX_NAME:].lstrip(" .") or "document"


def _title(stem: str) -> str:
    return " ".join(_HIDDEN.sub(" ", stem).split())[:200] or "document"


def internship_documents(session: Session, internship_id: int) -> Listing:
    query = (
        select(Document.id, Document.kind, Document.title, Document.added_on, Document.size)
        .where(Document.internship_id == internship_id)
        .order_by(Document.added_on.desc(), Document.id.desc())
    )
    result = session.execute(query)
    return Listing(tuple(result.keys()), [tuple(row) for row in result])


@dataclass(frozen=True)
class CopiedFiles:
    copied: list[Path]  # the files written into the target's folder
    missing: list[str]  # stored names of the target's documents whose file is nowhere


def copy_document_files(source: Database, target: Database) -> CopiedFiles:
    """After a database was copied: its documents' files follow, every one, from the
    source's documents folder into the target's under the same relative names (each
    internship's own folder, the bin's files too). Then each document the target holds
    is checked for its file, so a copy never quietly points at nothing."""
    origin, destination = documents_dir(source), documents_dir(target)
    copied = copy_tree(origin, destination)
    store = DocumentStore(destination, target.sessions)
    with target.sessions() as session:
        documents = list(session.scalars(select(Document).order_by(Document.id)))
        missing = [d.stored_name for d in documents if not _has_file(store, d)]
    return CopiedFiles(copied, missing)


def copy_tree(origin: Path, destination: Path) -> list[Path]:
    """Every finished file below ``origin`` copied to the same place below
    ``destination`` (a file already there is kept; a ``.partial`` one is not finished)."""
    if not origin.is_dir() or origin.resolve() == destination.resolve():
        return []
    copied = []
    for file in sorted(origin.rglob("*")):
        there = destination / file.relative_to(origin)
        if not file.is_file() or file.name.endswith(".partial") or there.exists():
            continue
        there.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(file, there)
        copied.append(there)
    return copied


def _has_file(store: DocumentStore, document: Document) -> bool:
    try:
        return store.path_of(document).is_file()
    except ValueError:
        return False
