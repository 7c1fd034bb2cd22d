"""The bin: a delete keeps the record and what went with it for 30 days; restore puts back
exactly those rows with the same ids, or says clearly why it cannot."""

import datetime as dt
import shutil
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from stagedesk.cli.main import main
from stagedesk.core.bin import trash
from stagedesk.core.db.database import Database, open_sqlite
from stagedesk.core.models import (
    Base,
    BinEntry,
    Candidate,
    Document,
    DocumentType,
    FollowUpEntry,
    FollowUpKind,
    FormAnswer,
    FormResponse,
    Internship,
    OrganisationSettings,
    School,
    Unit,
)
from stagedesk.core.records import repository
from stagedesk.core.records.documents import DocumentStore, documents_dir
from tests.paths import DATA
from tests.seed import Seed, seed_small

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

NOW = dt.datetime(2026, 3, 2, 10, 30)
Snapshot = dict[str, list[dict[str, Any]]]


@pytest.fixture
def seed(database: Database) -> Seed:
    seed = seed_small(database.sessions)
    with database.sessions.begin() as session:
        running = session.get(Internship, seed.internships["running"])
        assert running is not None
        running.paid, running.allowance = True, Decimal("250.50")
        session.add(
            FollowUpEntry(
                internship=running,
                entry_date=dt.date(2026, 2, 27),
                kind=FollowUpKind.ABSENCE,
                text="Ziek, 1 dag.",
            )
        )
        response = FormResponse(
            form_id="logistics_checklist", form_version=1, internship_id=running.id
        )
        response.answers = [
            FormAnswer(field_id="insurance", value_text="done", value_date=dt.date(2026, 1, 20)),
            FormAnswer(field_id="score", value_number=Decimal("4.50"), note="Goed."),
        ]
        session.add(response)
    return seed


def snapshot(database: Database) -> Snapshot:
    """Every row of every table but the bin itself, as dicts."""
    with database.sessions() as session:
        return {
            table.name: [dict(row) for row in session.execute(select(table)).mappings()]
            for table in Base.metadata.sorted_tables
            if table.name != "bin_entries"
        }


def ids(database: Database, model: type[Any]) -> list[int]:
    with database.sessions() as session:
        return list(session.scalars(select(model.id).order_by(model.id)))


def to_bin(database: Database, model: type[Base], record_id: int, now: dt.datetime = NOW) -> int:
    return trash.delete_to_bin(
        database.sessions, model, record_id, now, documents=documents_dir(database)
    )


def back(database: Database, entry_id: int, **options: Any) -> trash.Restored:
    return trash.restore(database.sessions, entry_id, documents=documents_dir(database), **options)


# -- deleting and restoring -----------------------------------------------------------


def test_an_internship_goes_to_the_bin_with_its_children_and_comes_back_whole(
    database: Database, seed: Seed
) -> None:
    before = snapshot(database)
    running = seed.internships["running"]
    entry_id = to_bin(database, Internship, running)

    after = snapshot(database)
    assert [r["id"] for r in after["internships"]] == [seed.internships["planned"]]
    assert after["follow_up_entries"] == []
    assert after["form_responses"] == [] and after["form_answers"] == []
    assert after["candidates"] == before["candidates"]  # what it pointed at stays
    [item] = trash.list_bin(database.sessions)
    assert (item.entry_id, item.table, item.record_id) == (entry_id, "internships", running)
    assert item.label == "Céline Lambert 02/02–20/03/2026"
    assert item.rows == 1 + 2 + 1 + 2  # internship, follow-up, response, answers
    assert (item.deleted_at, item.expires_on, item.days_left(NOW.date())) == (
        NOW,
        dt.date(2026, 4, 1),
        30,
    )

    restored = back(database, entry_id)
    assert restored.tables == (
        "internships",
        "follow_up_entries",
        "form_responses",
        "form_answers",
    )
    assert restored.models() == [Internship, FollowUpEntry, FormResponse, FormAnswer]
    assert snapshot(database) == before  # same ids, same values, versions as they were
    assert trash.list_bin(database.sessions) == []


def test_every_kind_of_value_survives_the_bin(database: Database) -> None:
    with database.sessions.begin() as session:
        organisation = OrganisationSettings(name="Stad", logo=b"\x89PNG\r\n\x1a\n\x00\xff")
        session.add(organisation)
    before = snapshot(database)["organisation_settings"]
    back(database, to_bin(database, OrganisationSettings, organisation.id))
    assert snapshot(database)["organisation_settings"] == before
    assert before[0]["logo"] == b"\x89PNG\r\n\x1a\n\x00\xff"


def test_a_record_still_used_is_not_deleted_and_the_message_says_by_what(
    database: Database, seed: Seed
) -> None:
    before = snapshot(database)
    with pytest.raises(repository.StillReferenced) as blocked:
        to_bin(database, School, seed.school)
    # Céline points at the school and its programme, her internship at the school and its
    # contact: each record is counted once.
    assert {r.table: r.count for r in blocked.value.references} == {
        "candidates": 1,
        "internships": 1,
    }
    assert snapshot(database) == before
    assert trash.list_bin(database.sessions) == []
    with pytest.raises(repository.RecordGone):
        to_bin(database, School, 999)


def test_restore_refuses_when_what_it_points_at_was_deleted_for_good(
    database: Database, seed: Seed
) -> None:
    entry_id = to_bin(database, Internship, seed.internships["planned"])
    repository.delete(database.sessions, Candidate, seed.candidates["sara"])  # erased
    with pytest.raises(trash.RestoreRefused) as refused:
        back(database, entry_id)
    assert str(refused.value) == (
        "It refers to a record that has been deleted for good "
        f"(Candidate {seed.candidates['sara']}), so it cannot come back."
    )
    assert refused.value.parents == []
    assert ids(database, Internship) == [seed.internships["running"]]
    assert [item.entry_id for item in trash.list_bin(database.sessions)] == [entry_id]


def test_restore_names_a_parent_in_the_bin_and_can_bring_both_back(
    database: Database, seed: Seed
) -> None:
    before = snapshot(database)
    internship = to_bin(database, Internship, seed.internships["planned"])
    sara = to_bin(database, Candidate, seed.candidates["sara"], NOW + dt.timedelta(minutes=1))
    with pytest.raises(trash.RestoreRefused) as refused:
        back(database, internship)
    assert str(refused.value) == (
        "It refers to a record that is in the bin too (Candidate: “Sara El Amrani”)."
        " Restore that first."
    )
    assert refused.value.parents == [sara]
    assert ids(database, Candidate) == [seed.candidates["celine"], seed.candidates["jonas"]]

    restored = back(database, internship, with_parents=True)
    assert restored.entries == (internship, sara)
    assert restored.tables == ("candidates", "internships")
    assert snapshot(database) == before
    assert trash.list_bin(database.sessions) == []


def test_a_number_taken_since_refuses_the_record_but_not_its_children(
    database: Database, seed: Seed
) -> None:
    """Ids are never given twice (``core.db.ids``), but a row can still come in with a
    deleted row's id: a database edited by hand, rows copied in by another program."""
    running = seed.internships["running"]
    with database.sessions() as session:
        entries = session.scalars(select(FollowUpEntry).order_by(FollowUpEntry.id)).all()
        old = [(e.id, e.entry_date, e.text) for e in entries]
    entry_id = to_bin(database, Internship, running)
    planned = seed.internships["planned"]
    new_id = repository.save(
        database.sessions,
        FollowUpEntry,
        {
            "internship_id": planned,
            "entry_date": dt.date(2026, 3, 2),
            "kind": FollowUpKind.NOTE,
            "text": "Start besproken.",
        },
    )
    assert new_id not in {i for i, _, _ in old}  # a number of its own
    new_id = _renumber(database, FollowUpEntry, new_id, old[-1][0])  # as if by hand

    back(database, entry_id)
    with database.sessions() as session:
        mine = session.scalars(
            select(FollowUpEntry).where(FollowUpEntry.internship_id == running)
        ).all()
        theirs = session.get(FollowUpEntry, new_id)
        assert theirs is not None and theirs.internship_id == planned
    assert sorted((e.entry_date, e.text) for e in mine) == sorted((d, t) for _, d, t in old)
    free = {i for i, _, _ in old} - {new_id}
    assert free and free < {e.id for e in mine}  # ids kept where still free

    # The deleted record itself keeps its number or does not come back.
    unit_id = repository.save(database.sessions, Unit, {"name": "Archief"})
    entry_id = to_bin(database, Unit, unit_id)
    onthaal = repository.save(database.sessions, Unit, {"name": "Onthaal"})
    assert onthaal != unit_id
    _renumber(database, Unit, onthaal, unit_id)
    with pytest.raises(trash.RestoreRefused) as refused:
        back(database, entry_id)
    assert str(refused.value) == (
        f"A record made since the delete has taken its number (Unit {unit_id}), so it"
        " cannot come back."
    )


def _renumber(database: Database, model: Any, record_id: int, new_id: int) -> int:
    with database.sessions.begin() as session:
        session.execute(update(model).where(model.id == record_id).values(id=new_id))
    return new_id


def test_a_name_taken_since_is_said(database: Database, seed: Seed) -> None:
    archive = repository.save(database.sessions, Unit, {"name": "Archief"})
    other = repository.save(database.sessions, Unit, {"name": "Onthaal"})
    entry_id = to_bin(database, Unit, archive)
    values = repository.load(database.sessions, Unit, other)
    repository.save(database.sessions, Unit, {**values, "name": "Archief"}, other)
    with pytest.raises(trash.RestoreRefused) as refused:
        back(database, entry_id)
    assert str(refused.value) == (
        "Another record is now called “Archief” (Unit): rename that one first, then try again."
    )


def test_an_entry_restored_elsewhere_is_gone(database: Database, seed: Seed) -> None:
    entry_id = to_bin(database, Unit, repository.save(database.sessions, Unit, {"name": "X"}))
    back(database, entry_id)
    with pytest.raises(trash.EntryGone):
        back(database, entry_id)


# -- deleting for good ----------------------------------------------------------------


def test_after_30_days_the_bin_deletes_for_good(database: Database, seed: Seed) -> None:
    old = to_bin(database, Internship, seed.internships["running"], NOW)
    newer = to_bin(database, Internship, seed.internships["planned"], NOW + dt.timedelta(days=1))
    day_29 = NOW + dt.timedelta(days=29)
    assert trash.purge_older_than(database.sessions, day_29) == 0
    [item_newer, item_old] = trash.list_bin(database.sessions)
    assert (item_old.days_left(day_29.date()), item_newer.days_left(day_29.date())) == (1, 2)

    day_30 = dt.datetime.combine(NOW.date() + dt.timedelta(days=30), dt.time(7, 0))
    assert trash.purge_older_than(database.sessions, day_30) == 1
    assert [item.entry_id for item in trash.list_bin(database.sessions)] == [newer]
    with pytest.raises(trash.EntryGone):
        back(database, old)
    assert ids(database, Internship) == []  # deleted for real, not hidden

    assert trash.empty_bin(database.sessions) == 1
    assert trash.list_bin(database.sessions) == []
    with database.sessions() as session:
        assert session.scalars(select(BinEntry)).all() == []
        assert session.scalars(select(FollowUpEntry)).all() == []


def test_forget_drops_what_the_bin_holds_about_an_erased_person(
    database: Database, seed: Seed
) -> None:
    sara_internship = to_bin(database, Internship, seed.internships["planned"])
    celine_internship = to_bin(database, Internship, seed.internships["running"])
    unit = to_bin(database, Unit, repository.save(database.sessions, Unit, {"name": "X"}))
    erased = [(Candidate, seed.candidates["sara"])]
    assert trash.forget(database.sessions, erased, documents=documents_dir(database)) == 1
    left = [item.entry_id for item in trash.list_bin(database.sessions)]
    assert sorted(left) == sorted([celine_internship, unit])
    assert sara_internship not in left


# -- document files -------------------------------------------------------------------


def test_a_documents_file_goes_to_the_bin_folder_and_back(
    database: Database, seed: Seed, tmp_path: Path
) -> None:
    original = tmp_path / "overeenkomst.pdf"
    original.write_bytes(b"%PDF-1.4 signed")
    folder = documents_dir(database)
    store = DocumentStore(folder, database.sessions)
    document_id = store.add(seed.internships["running"], original, DocumentType.AGREEMENT)
    kept = store.path(document_id)
    assert kept is not None
    binned = folder / "bin" / kept.relative_to(folder)

    with pytest.raises(ValueError, match="documents folder"):
        trash.delete_to_bin(database.sessions, Document, document_id, NOW)
    assert kept.exists()  # refused before anything moved
    entry_id = to_bin(database, Document, document_id)
    assert not kept.exists() and binned.read_bytes() == b"%PDF-1.4 signed"
    assert trash.list_bin(database.sessions)[0].label == "overeenkomst (Céline Lambert)"

    back(database, entry_id)
    assert kept.read_bytes() == b"%PDF-1.4 signed" and not binned.exists()
    assert store.path(document_id) == kept

    to_bin(database, Document, document_id)
    assert trash.empty_bin(database.sessions, documents=folder) == 1
    assert not binned.exists() and not kept.exists()


# -- the premises ---------------------------------------------------------------------


def test_every_foreign_key_cascades_or_restricts() -> None:
    """A SET NULL key would change rows the bin cannot put back; it needs bin work first."""
    found = {
        (table.name, key.parent.name, key.ondelete)
        for table in Base.metadata.sorted_tables
        for key in table.foreign_keys
        if key.ondelete not in ("CASCADE", "RESTRICT")
    }
    assert found == set()


def test_an_entry_from_an_older_schema_still_restores(tmp_path: Path) -> None:
    path = tmp_path / "stagedesk.sqlite"
    shutil.copyfile(DATA / "schema-0004.sqlite", path)
    database = open_sqlite(path)  # upgraded to today's schema
    try:
        [item] = trash.list_bin(database.sessions)
        assert item.label.startswith("Yasmina Benali 10/06/2024")
        assert back(database, item.entry_id).tables == ("follow_up_entries",)
        with database.sessions() as session:
            entry = session.get(FollowUpEntry, 4)
            assert entry is not None
            assert (entry.internship_id, entry.kind, entry.version) == (
                2,
                FollowUpKind.INCIDENT,
                2,
            )
            assert entry.updated_at == dt.datetime(2024, 6, 11, 8, 15)
    finally:
        database.dispose()


# -- the command line -----------------------------------------------------------------


@pytest.fixture
def cli() -> Any:
    return main


def test_the_command_line_lists_restores_and_empties(
    database: Database,
    db_path: Path,
    seed: Seed,
    cli: Any,
    capsys: pytest.CaptureFixture[str],
) -> None:
    db = ["--db", str(db_path)]
    internship = to_bin(database, Internship, seed.internships["planned"])
    sara = to_bin(database, Candidate, seed.candidates["sara"], NOW + dt.timedelta(minutes=1))
    assert cli(["bin", "list", *db]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split("\t")[3:] for line in lines] == [
        ["Candidate", "Sara El Amrani"],
        ["Internship", "Sara El Amrani 16/03–30/04/2026"],
    ]
    assert lines[0].split("\t")[:2] == [str(sara), "2026-03-02 10:31"]

    assert cli(["bin", "restore", str(internship), *db]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith(f"stagedesk: entry {internship} was not")
    assert "(--with-parents restores them along)" in err
    assert cli(["bin", "restore", str(internship), "--with-parents", *db]) == 0
    assert capsys.readouterr().out == f"restored\t{internship},{sara}\tcandidates,internships\n"

    to_bin(database, Internship, seed.internships["planned"])
    assert cli(["bin", "empty", *db]) == 2
    assert "deletes 1 entry for good; add --yes" in capsys.readouterr().err
    assert len(trash.list_bin(database.sessions)) == 1
    assert cli(["bin", "empty", "--yes", *db]) == 0
    assert trash.list_bin(database.sessions) == []
    assert cli(["bin", "restore", "99", *db]) == 2
    assert capsys.readouterr().err.endswith("stagedesk: no entry 99 in the bin\n")


def test_the_bin_never_touches_a_file_outside_the_documents_folder() -> None:
    # A stored name edited by hand to lead elsewhere is left out of every move and delete.
    from stagedesk.core.bin.trash import _files

    rows = {"documents": [{"stored_name": n} for n in ("../x.pdf", "/etc/passwd", "7/a.pdf")]}
    assert _files(rows) == ["7/a.pdf"]  # type: ignore[arg-type]
