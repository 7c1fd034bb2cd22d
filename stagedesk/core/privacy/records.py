"""Which records belong to a person: their applications and internships, and what hangs
off those (follow-up, forms, documents), plus the entries of the bin about any of them."""

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute, Session

from stagedesk.core.bin import rows as bin_rows
from stagedesk.core.models import (
    Application,
    Base,
    BinEntry,
    Candidate,
    Document,
    FollowUpEntry,
    FormResponse,
    Internship,
)


@dataclass(frozen=True)
class PersonRecords:
    """The ids of every record about some candidates (one, or a batch being anonymised)."""

    candidates: tuple[int, ...]
    applications: tuple[int, ...]
    internships: tuple[int, ...]
    follow_up: tuple[int, ...]
    responses: tuple[int, ...]
    documents: tuple[int, ...]

    def every_record(self) -> list[tuple[type[Base], int]]:
        """(model, id) of every record, as ``bin.forget`` takes them."""
        kinds: tuple[tuple[type[Base], tuple[int, ...]], ...] = (
            (Candidate, self.candidates),
            (Application, self.applications),
            (Internship, self.internships),
            (FollowUpEntry, self.follow_up),
            (FormResponse, self.responses),
            (Document, self.documents),
        )
        return [(model, record_id) for model, ids in kinds for record_id in ids]


def _ids(
    session: Session,
    column: InstrumentedAttribute[int],
    owner: InstrumentedAttribute[int] | InstrumentedAttribute[int | None],
    owners: Sequence[int],
) -> list[int]:
    if not owners:
        return []
    found: list[int] = []
    for start in range(0, len(owners), 500):  # well under every database's parameter limit
        chunk = owners[start : start + 500]
        found.extend(session.scalars(select(column).where(owner.in_(chunk))))
    return sorted(found)


def records_of(session: Session, candidate_ids: Iterable[int]) -> PersonRecords:
    candidates = sorted(set(candidate_ids))
    applications = _ids(session, Application.id, Application.candidate_id, candidates)
    internships = _ids(session, Internship.id, Internship.candidate_id, candidates)
    follow_up = _ids(session, FollowUpEntry.id, FollowUpEntry.internship_id, internships)
    responses = sorted(
        set(_ids(session, FormResponse.id, FormResponse.application_id, applications))
        | set(_ids(session, FormResponse.id, FormResponse.internship_id, internships))
    )
    documents = _ids(session, Document.id, Document.internship_id, internships)
    return PersonRecords(
        tuple(candidates),
        tuple(applications),
        tuple(internships),
        tuple(follow_up),
        tuple(responses),
        tuple(documents),
    )


def bin_entries_about(session: Session, records: PersonRecords) -> list[BinEntry]:
    """The bin entries ``bin.forget`` would drop for these records: those holding them or
    rows pointing at them, directly or through other rows in the bin."""
    targets = {(model.__tablename__, record_id) for model, record_id in records.every_record()}
    entries = list(session.scalars(select(BinEntry).order_by(BinEntry.id)))
    chosen: list[BinEntry] = []
    while True:
        more = []
        for entry in entries:
            if entry in chosen:
                continue
            rows = bin_rows.loads(entry.payload)
            if (bin_rows.keys(rows) | bin_rows.pointed_at(rows)) & targets:
                more.append(entry)
        if not more:
            return chosen
        chosen.extend(more)
        for entry in more:
            targets.update(bin_rows.payload_keys(entry.payload))
