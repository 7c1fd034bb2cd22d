"""The files StageDesk keeps about one person, for their right of access: the documents
of their internships (those in the bin too) and the mail drafts about them.

Their data (``person``) says what the records hold; these are the files themselves, so
that an export leaves nothing of theirs out.
"""

from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from stagedesk.core.bin import rows as bin_rows
from stagedesk.core.bin.trash import BIN_FOLDER
from stagedesk.core.db.paths import inside
from stagedesk.core.models import Candidate, Document
from stagedesk.core.privacy.anonymising import PersonGone
from stagedesk.core.privacy.drafts import drafts_about
from stagedesk.core.privacy.records import bin_entries_about, records_of

DOCUMENTS, DRAFTS = "documents", "drafts"  # the kinds, named in the export's words


@dataclass(frozen=True)
class PersonFile:
    kind: str  # DOCUMENTS or DRAFTS
    path: Path  # where StageDesk keeps it
    name: str  # the name it had when it came in (a document's original name)


def person_files(
    session: Session, candidate_id: int, documents: Path | None, drafts: Path | None
) -> list[PersonFile]:
    """Their files that are there; raises :class:`PersonGone`."""
    candidate = session.get(Candidate, candidate_id)
    if candidate is None:
        raise PersonGone(candidate_id)
    found: list[PersonFile] = []
    if documents is not None:
        records = records_of(session, [candidate_id])
        query = select(Document).where(Document.id.in_(records.documents)).order_by(Document.id)
        kept = [(d.stored_name, d.original_name) for d in session.scalars(query)]
        for entry in bin_entries_about(session, records):
            rows = bin_rows.loads(entry.payload).get("documents", [])
            kept += [(f"{BIN_FOLDER}/{r['stored_name']}", str(r["original_name"])) for r in rows]
        for stored, original in kept:
            path = inside(documents, stored)
            if path is not None and path.is_file():
                found.append(PersonFile(DOCUMENTS, path, original))
    people = [(candidate.full_name, candidate.email)]
    found += [PersonFile(DRAFTS, path, path.name) for path in drafts_about(drafts, people)]
    return found
