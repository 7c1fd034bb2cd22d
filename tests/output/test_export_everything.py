"""Export everything: the workbook read back with openpyxl, on the small seed plus the
awkward cases (text that looks like a formula, a logo, target groups, a document)."""

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook, load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import select
from sqlalchemy.orm import InstrumentedAttribute

from stagedesk.cli.main import main
from stagedesk.core.db.database import Database
from stagedesk.core.models import (
    Base,
    Candidate,
    Document,
    DocumentType,
    FormAnswer,
    FormResponse,
    OrganisationSettings,
    Unit,
)
from stagedesk.output.files import TargetRefused
from stagedesk.output.words.everything import HEADERS, SHEETS
from stagedesk.output.xlsx.everything import export_steps, write_everything
from stagedesk.output.xlsx.everything_internships import all_sheets
from stagedesk.output.xlsx.safe import FORMULA_STARTS, safe_text, text_cell
from tests.seed import Seed, seed_small

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

FORMULA = '=HYPERLINK("http://example.com","click")'
PHONE = "+32 2 555 00 00"
NOW = dt.datetime(2026, 3, 2, 14, 30)
ENGLISH_SHEETS = [
    "About",
    "Notes",
    "Organisation",
    "Units",
    "Staff members",
    "Schools",
    "School contacts",
    "Programmes",
    "Opportunities",
    "Requirements per year",
    "Candidates",
    "Applications",
    "Internships",
    "Follow-up",
    "Form responses",
    "Form answers",
    "Documents",
]


@pytest.fixture
def seed(database: Database) -> Seed:
    seed = seed_small(database.sessions)
    running = seed.internships["running"]
    with database.sessions.begin() as s:
        s.scalars(select(OrganisationSettings)).one().logo = b"\x89PNG not really"
        s.add(Unit(name=FORMULA, notes="bell\x07 rings"))
        celine = s.get(Candidate, seed.candidates["celine"])
        assert celine is not None
        celine.consent_date = dt.date(2026, 1, 5)
        celine.tg_migration_background = True
        celine.tg_other = "@home"
        celine.notes = PHONE
        response = FormResponse(form_id="logistics_checklist", form_version=1)
        response.internship_id = running
        s.add(response)
        s.flush()
        s.add_all(
            [
                FormAnswer(response_id=response.id, field_id="agreement_signed", value_text="done"),
                FormAnswer(response_id=response.id, field_id="badge", due_date=dt.date(2026, 2, 2)),
            ]
        )
        s.add(
            Document(
                internship_id=running,
                kind=DocumentType.AGREEMENT,
                title="Stageovereenkomst",
                original_name="overeenkomst.pdf",
                stored_name=f"{running}/abc-overeenkomst.pdf",
                added_on=dt.date(2026, 1, 25),
                size=12_345,
                sha256="ab" * 32,
            )
        )
    return seed


def export(database: Database, target: Path, language: str = "en", **options: Any) -> Workbook:
    write_everything(database.sessions, target, language, now=NOW, **options)
    return load_workbook(target)


def records(sheet: Worksheet) -> list[dict[str, Any]]:
    """Each row as {header: value}."""
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_a_sheet_per_kind_of_record_with_readable_headers_and_values(
    database: Database, seed: Seed, tmp_path: Path
) -> None:
    book = export(database, tmp_path / "all.xlsx")
    assert book.sheetnames == ENGLISH_SHEETS
    sheet = book["Internships"]
    (celine,) = [r for r in records(sheet) if r["Intern"] == "Céline Lambert"]
    assert celine["Intern (ID)"] == seed.candidates["celine"]
    assert (celine["Unit (ID)"], celine["Unit"]) == (seed.units["comm"], "Communicatie")
    assert (celine["Mentor"], celine["Backup"]) == ("An Peeters", "Els Janssens")
    assert (celine["School"], celine["School supervisor"]) == (
        "Hogeschool Zennevallei",
        "Karin Wouters",
    )
    assert (celine["Internship kind"], celine["Status"], celine["Paid"]) == (
        "Curricular",
        "Running",
        "No",
    )
    assert celine["Start"] == dt.datetime(2026, 2, 2)
    assert celine["Hours per week"] == 38
    header = [cell.value for cell in sheet[1]]
    start = sheet.cell(row=2, column=header.index("Start") + 1)
    assert start.number_format == "dd/mm/yyyy" and start.is_date
    assert sheet.freeze_panes == "A2"
    assert sheet.auto_filter.ref == f"A1:{sheet.cell(1, len(header)).column_letter}3"
    assert all(cell.font.b for cell in sheet[1])
    (document,) = records(book["Documents"])
    assert (document["Intern"], document["Document kind"]) == (
        "Céline Lambert",
        "Internship agreement",
    )
    assert document["Size (bytes)"] == 12_345
    answers = records(book["Form answers"])
    assert [(a["Form"], a["Field"], a["Text"]) for a in answers] == [
        ("logistics_checklist", "agreement_signed", "done"),
        ("logistics_checklist", "badge", None),
    ]
    (response,) = records(book["Form responses"])
    assert (response["Intern"], response["Status"]) == ("Céline Lambert", "Started")
    assert list(records(book["Organisation"])[0]) == [
        "ID",
        "Name",
        "Address",
        "Language",
        "Retention (years)",
        "Retention reviewed on",
        "Ask again after",
        "Version",
        "Created",
        "Changed",
    ]
    notes = " ".join(str(row[0]) for row in book["Notes"].iter_rows(values_only=True))
    assert "logo is left out" in notes
    for each in book.worksheets:
        assert all(cell.data_type != "f" for row in each.iter_rows() for cell in row)


def test_every_column_of_every_table_is_exported() -> None:
    """A column added to a model and forgotten here fails this test."""
    left_out = {("organisation_settings", "logo")}
    sheets = all_sheets(include_target_groups=True)
    exported_tables = set()
    for sheet in sheets:
        model = sheet.order.class_
        table = model.__table__
        exported_tables.add(table.name)
        exported = {
            c.expression.key
            for c in sheet.columns
            if isinstance(c.expression, InstrumentedAttribute) and c.expression.class_ is model
        }
        wanted = {c.name for c in table.columns if (table.name, c.name) not in left_out}
        assert exported == wanted, table.name
    # every table of records, save the kept texts of form definitions (not records), the
    # bin (deleted records, waiting 30 days to be put back or gone) and the file tasks
    # (what is still to be done to files, gone once done), and what the words of old lists
    # mean (the organisation's answers, not records)
    not_records = {"form_definitions", "bin_entries", "file_tasks", "import_words"}
    assert exported_tables == set(Base.metadata.tables) - not_records
    without = {c.header for c in all_sheets(include_target_groups=False)[7].columns}
    assert not any(header.startswith("tg_") for header in without)
    for language in ("nl", "fr", "en"):
        titles = [SHEETS[key].get(language) for key in ("about", "notes")]
        for sheet in sheets:
            titles.append(SHEETS[sheet.key].get(language))
            headers = [HEADERS[c.header].get(language) + ("#" * c.reference) for c in sheet.columns]
            assert len(set(headers)) == len(headers), (language, sheet.key)
        assert len(set(titles)) == len(titles) and max(map(len, titles)) <= 27, language


def test_text_that_looks_like_a_formula_stays_text(
    database: Database, seed: Seed, tmp_path: Path
) -> None:
    book = export(database, tmp_path / "all.xlsx")
    units = book["Units"]
    (cell,) = [c for c in units["B"] if c.value == FORMULA]
    assert cell.data_type == "s" and cell.quotePrefix
    (bell,) = [r for r in records(units) if r["Name"] == FORMULA]
    assert bell["Notes"] == "bell rings"  # a control character XML cannot hold, dropped
    (celine,) = [r for r in records(book["Candidates"]) if r["First name"] == "Céline"]
    assert celine["Notes"] == PHONE


def test_safe_text_and_text_cells(tmp_path: Path) -> None:
    samples = [f"{start}1+2" for start in FORMULA_STARTS] + ["plain", "'quoted"]
    assert [safe_text(s) for s in samples] == [
        *(f"'{start}1+2" for start in FORMULA_STARTS),
        "plain",
        "'quoted",
    ]
    book = Workbook(write_only=True)
    sheet = book.create_sheet("texts")
    for sample in samples:
        sheet.append([text_cell(sheet, sample)])
    book.save(tmp_path / "texts.xlsx")
    cells = [row[0] for row in load_workbook(tmp_path / "texts.xlsx")["texts"].iter_rows()]
    # XML reads every line break back as "\n", a carriage return too
    assert [c.value for c in cells] == [s.replace("\r", "\n") for s in samples]
    assert {c.data_type for c in cells} == {"s"}
    assert [c.quotePrefix for c in cells] == [True] * len(FORMULA_STARTS) + [False, False]


def test_target_groups_only_when_asked_for(database: Database, seed: Seed, tmp_path: Path) -> None:
    plain = records(export(database, tmp_path / "plain.xlsx")["Candidates"])
    assert not any(key.startswith("Target group") for key in plain[0])
    assert plain[0]["Consent given on"] == dt.datetime(2026, 1, 5)
    book = export(database, tmp_path / "with.xlsx", include_target_groups=True)
    (celine,) = [r for r in records(book["Candidates"]) if r["First name"] == "Céline"]
    assert celine["Target group: migration background"] == "Yes"
    assert celine["Target group: disability"] is None
    assert celine["Target group: other"] == "@home"
    about = list(book["About"].iter_rows(values_only=True))
    assert ("Target-group data", "included") in about


def test_headers_and_words_in_dutch_and_french(
    database: Database, seed: Seed, tmp_path: Path
) -> None:
    dutch = export(database, tmp_path / "nl.xlsx", "nl")
    assert dutch.sheetnames[:3] == ["Over deze export", "Toelichting", "Organisatie"]
    (celine,) = [r for r in records(dutch["Stages"]) if r["Stagiair"] == "Céline Lambert"]
    assert (celine["Status"], celine["Vergoed"], celine["Soort stage"]) == (
        "Lopend",
        "Nee",
        "Curriculair",
    )
    french = export(database, tmp_path / "fr.xlsx", "fr")
    (celine,) = [r for r in records(french["Stages"]) if r["Stagiaire"] == "Céline Lambert"]
    assert (celine["Statut"], celine["Rémunéré"], celine["Service"]) == (
        "En cours",
        "Non",
        "Communicatie",
    )
    with pytest.raises(ValueError, match="unknown language"):
        write_everything(database.sessions, tmp_path / "de.xlsx", "de")


def test_about_sheet_counts_what_each_sheet_holds(
    database: Database, seed: Seed, tmp_path: Path
) -> None:
    book = export(database, tmp_path / "all.xlsx")
    about = list(book["About"].iter_rows(values_only=True))
    assert about[0][0] == "StageDesk – export of all data"
    assert ("Organisation", "Voorbeeldorganisatie") in about
    assert ("Exported at", NOW) in about
    assert ("StageDesk version", "0.1.0") in about
    counts = {row[0]: row[1] for row in about[about.index(("Sheet", "Rows")) + 1 :]}
    assert list(counts) == ENGLISH_SHEETS[2:]
    for title, count in counts.items():
        assert book[title].max_row - 1 == count, title
    assert counts["Units"] == 3 and counts["Documents"] == 1


def test_a_sheet_longer_than_excel_allows_goes_on_in_a_next_sheet(
    database: Database, seed: Seed, tmp_path: Path
) -> None:
    book = export(database, tmp_path / "all.xlsx", rows_per_sheet=2)
    first = [r["First name"] for r in records(book["Candidates"])]
    second = [r["First name"] for r in records(book["Candidates (2)"])]
    assert first + second == ["Céline", "Jonas", "Sara"]
    assert book["Candidates (2)"].auto_filter.ref.endswith("2")


def test_a_cancelled_export_leaves_the_old_file_and_no_other(
    database: Database, seed: Seed, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "all.xlsx"
    target.write_bytes(b"the export of last week")
    steps = export_steps(database.sessions, target)
    next(steps)
    next(steps)
    steps.close()
    assert target.read_bytes() == b"the export of last week"
    assert [p.name for p in folder.iterdir()] == ["all.xlsx"]
    write_everything(database.sessions, target)
    assert load_workbook(target).sheetnames[0] == "Over deze export"
    assert [p.name for p in folder.iterdir()] == ["all.xlsx"]


def test_others_can_save_while_an_export_runs(
    database: Database, seed: Seed, tmp_path: Path
) -> None:
    """The export reads page by page: between two pages it holds no lock, so a save in
    another window goes through at once (a held lock would make it wait, then fail)."""
    steps = export_steps(database.sessions, tmp_path / "all.xlsx")
    next(steps)
    next(steps)
    with database.sessions.begin() as s:
        s.add(Unit(name="Saved meanwhile"))
    for _ in steps:
        pass
    units = records(load_workbook(tmp_path / "all.xlsx")["Diensten"])
    assert "Saved meanwhile" in [u["Naam"] for u in units]


def test_a_target_that_cannot_be_written_is_refused_before_any_work(
    database: Database, seed: Seed, tmp_path: Path
) -> None:
    with pytest.raises(TargetRefused, match="does not exist"):
        write_everything(database.sessions, tmp_path / "missing" / "all.xlsx")
    with pytest.raises(TargetRefused, match="is a folder"):
        write_everything(database.sessions, tmp_path)


def test_cli_exports_and_refuses_bad_targets(
    database: Database,
    seed: Seed,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "all.xlsx"
    common = ["export", "--db", str(db_path)]
    assert main([*common, "--out", str(out), "--lang", "fr", "--with-target-groups"]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[0].startswith(f"{out}\t")
    assert "\tStages\t2" in printed
    candidates = records(load_workbook(out)["Candidats stagiaires"])
    assert any(key.startswith("Groupe cible") for key in candidates[0])
    for bad, reason in (
        (tmp_path / "all.csv", "use FILE.xlsx"),
        (tmp_path / "missing" / "all.xlsx", "does not exist"),
    ):
        assert main([*common, "--out", str(bad)]) == 2
        error = capsys.readouterr().err
        assert error.startswith("stagedesk: ") and reason in error
        assert len(error.strip().splitlines()) == 1
