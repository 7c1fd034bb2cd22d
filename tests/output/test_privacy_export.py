"""A person's data, exported for them: read back with openpyxl and json."""

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from stagedesk.core.db.database import Database
from stagedesk.core.privacy import PersonGone
from stagedesk.output.files import TargetRefused
from stagedesk.output.person_export import export_person
from tests.privacy_support import (
    ADDRESS,
    BORN,
    COMMENT,
    EMAIL,
    FIRST,
    LAST,
    LOG,
    NOTE,
    REGISTRY,
    STOP_REASON,
    Person,
    add_person,
)
from tests.seed import Seed, seed_small

NOW = dt.datetime(2026, 3, 2, 10, 30)


@pytest.fixture
def person(database: Database) -> Person:
    seed: Seed = seed_small(database.sessions)
    return add_person(database, seed)


def export(
    database: Database, person: Person, target: Path, language: str = "en", **kw: Any
) -> None:
    with database.sessions() as s:
        export_person(s, person.candidate, target, language, now=NOW, registry=REGISTRY, **kw)


def records(sheet: Worksheet) -> list[dict[str, Any]]:
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def fields(sheet: Worksheet) -> dict[str, Any]:
    """The Person sheet: a field and its value per line, under a header."""
    return {row[0]: row[1] for row in list(sheet.iter_rows(values_only=True))[1:]}


def test_the_workbook_holds_everything_about_them_and_nobody_else(
    database: Database, person: Person, tmp_path: Path
) -> None:
    target = tmp_path / "wendelien.xlsx"
    export(database, person, target)
    book = load_workbook(target)
    assert book.sheetnames == [
        "About",
        "Person",
        "Applications",
        "Internships",
        "Follow-up",
        "Forms",
        "Documents",
        "In the bin",
    ]
    about = [row for row in book["About"].iter_rows(values_only=True) if row]
    assert ("Person", f"{FIRST} {LAST}") in about and ("Target-group data", "left out") in about
    me = fields(book["Person"])
    assert (me["First name"], me["Last name"], me["Email"]) == (FIRST, LAST, EMAIL)
    assert (me["Address"], me["Notes"], me["Gender"]) == (ADDRESS, NOTE, "Female")
    assert me["Date of birth"] == dt.datetime.combine(BORN, dt.time())
    assert not any(str(name).startswith("Target group") for name in me)
    (internship,) = records(book["Internships"])
    assert (internship["Reason stopped"], internship["Hired later"]) == (STOP_REASON, "Yes")
    assert (internship["Mentor"], internship["Unit"]) == ("An Peeters", "Communicatie")
    assert [row["Note"] for row in records(book["Follow-up"])] == [LOG]
    forms = records(book["Forms"])
    assert ("Which skills did you develop most?", COMMENT) in {
        (row["Question"], row["Answer"]) for row in forms
    }
    assert {row["Form"] for row in forms} == {"Intern satisfaction survey", "Info sheet"}
    (document,) = records(book["Documents"])
    assert document["Document kind"] == "Internship agreement"
    (binned,) = records(book["In the bin"])
    assert binned["Kind of record"] == "Follow-up"
    everything = " ".join(
        str(cell)
        for sheet in book.worksheets
        for row in sheet.iter_rows(values_only=True)
        for cell in row
    )
    assert "Céline" not in everything and "Jonas" not in everything


@pytest.mark.parametrize(
    ("language", "sheet", "first_name"),
    [("nl", "Persoon", "Voornaam"), ("fr", "Personne", "Prénom"), ("en", "Person", "First name")],
)
def test_headers_in_each_language(
    database: Database, person: Person, tmp_path: Path, language: str, sheet: str, first_name: str
) -> None:
    target = tmp_path / f"{language}.xlsx"
    export(database, person, target, language)
    assert fields(load_workbook(target)[sheet])[first_name] == FIRST


def test_target_groups_only_when_asked(database: Database, person: Person, tmp_path: Path) -> None:
    plain, asked = tmp_path / "plain.xlsx", tmp_path / "asked.xlsx"
    export(database, person, plain)
    export(database, person, asked, include_target_groups=True)
    me = fields(load_workbook(asked)["Person"])
    assert me["Target group: migration background"] == "Yes"
    assert me["Target group: other"] == "Werkzoekende jongere"
    everything = str([list(sheet.values) for sheet in load_workbook(plain).worksheets])
    assert "Werkzoekende jongere" not in everything and "migration" not in everything


def test_json_is_readable_and_complete(database: Database, person: Person, tmp_path: Path) -> None:
    target = tmp_path / "wendelien.json"
    export(database, person, target, "fr")
    text = target.read_text(encoding="utf-8")
    assert text.startswith('{\n  "stagedesk": {\n') and "Zyxwvut" in text  # indented, UTF-8
    data = json.loads(text)
    assert data["stagedesk"]["target_groups_included"] is False
    assert data["stagedesk"]["exported_at"] == "2026-03-02T10:30:00"
    me = data["person"]
    assert (me["first_name"], me["email"], me["date_of_birth"]) == (FIRST, EMAIL, "1998-11-03")
    assert me["gender"] == "female" and "tg_other" not in me
    (internship,) = data["internships"]
    assert (internship["start_date"], internship["status"]) == ("2019-02-04", "stopped_early")
    assert internship["hired_later"] is True
    assert [entry["text"] for entry in data["follow_up"]] == [LOG]
    survey = [row for row in data["forms"] if row["response"] == person.survey]
    assert {row["answer"] for row in survey} >= {"4", "5", "3", COMMENT}
    assert survey[0]["form"] == "Satisfaction du stagiaire"  # questions in the language asked
    assert data["bin"][0]["kind"] == "follow_up_entries"
    export(database, person, target, include_target_groups=True)
    me = json.loads(target.read_text(encoding="utf-8"))["person"]
    assert (me["tg_migration_background"], me["tg_disability"]) == (True, None)


def test_what_cannot_be_written_is_refused(
    database: Database, person: Person, tmp_path: Path
) -> None:
    with pytest.raises(ValueError, match=r"\.xlsx or \.json"):
        export(database, person, tmp_path / "x.csv")
    with pytest.raises(TargetRefused):
        export(database, person, tmp_path / "missing" / "x.json")
    with database.sessions() as s, pytest.raises(PersonGone):
        export_person(s, 9999, tmp_path / "x.json", registry=REGISTRY)
    assert list(tmp_path.glob("x.*")) == []


def test_the_command_line_exports(
    database: Database,
    db_path: Path,
    person: Person,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    from stagedesk.cli.main import main

    target = tmp_path / "out.json"
    db = ["--db", str(db_path)]
    args = ["person", "export", "--candidate", str(person.candidate), "--out", str(target)]
    assert main([*args, *db]) == 0
    assert capsys.readouterr().out.startswith(f"{target}\t{FIRST} {LAST}\tperson 1, applications 1")
    assert "tg_other" not in json.loads(target.read_text(encoding="utf-8"))["person"]
    assert main([*args, "--with-target-groups", *db]) == 0
    assert json.loads(target.read_text(encoding="utf-8"))["person"]["tg_other"]
    assert main([*args[:-1], str(tmp_path / "out.pdf"), *db]) == 2
    assert (
        capsys.readouterr().err == "stagedesk: out.pdf: write a person's data as .xlsx or .json\n"
    )


def test_their_files_come_along_beside_the_export(
    database: Database, person: Person, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Case 11: the documents (one in the bin too) and the mail drafts about them; the
    draft to their school, which does not name them, stays out."""
    from stagedesk.cli.main import main
    from stagedesk.core.bin import trash
    from stagedesk.core.models import Document, DocumentType
    from stagedesk.core.records.documents import DocumentStore, documents_dir

    store = DocumentStore(documents_dir(database), database.sessions)
    scan = tmp_path / "Getuigschrift.pdf"
    scan.write_bytes(b"%PDF-1.4 getuigschrift")
    binned = store.add(person.internship, scan, DocumentType.CERTIFICATE)
    trash.delete_to_bin(database.sessions, Document, binned, NOW, documents=store.folder)
    target = tmp_path / "out" / "wendelien.xlsx"
    target.parent.mkdir()
    assert database.path is not None
    args = ["person", "export", "--db", str(database.path), "--candidate", str(person.candidate)]
    assert main([*args, "--out", str(target), "--lang", "en"]) == 0
    folder = tmp_path / "out" / "wendelien - files"
    assert f"{folder}\t3 file(s): documents and mail drafts" in capsys.readouterr().out
    copies = {str(p.relative_to(folder)): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    assert person.document is not None and person.draft is not None
    assert copies == {
        f"Documents/Stageovereenkomst {FIRST} {LAST}.pdf": person.document.read_bytes(),
        "Documents/Getuigschrift.pdf": b"%PDF-1.4 getuigschrift",
        "Mail drafts/Praktische informatie.eml": person.draft.read_bytes(),
    }
    assert main([*args, "--out", str(target), "--lang", "nl"]) == 0  # again, in Dutch
    assert (tmp_path / "out" / "wendelien - bestanden" / "E-mailconcepten").is_dir()
