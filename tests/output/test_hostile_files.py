"""Files from outside that are made to hurt: each limit of the PDF form reader, and the
names given to documents and mail attachments. (Spreadsheets: tests/fuzz/test_sheets.py;
formulas in what StageDesk writes: tests/fuzz/test_formula_text.py.)"""

import threading
import time
from collections.abc import Callable
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject
from sqlalchemy import func, select, update

from stagedesk.core.db.database import Database
from stagedesk.core.forms.codes import check_letter
from stagedesk.core.forms.responses import load_answers
from stagedesk.core.mail import Attachment, MailDraft
from stagedesk.core.mail.drafts import Person, safe_file_name
from stagedesk.core.mail.templates import MailMoment
from stagedesk.core.models import Document, DocumentType, FormAnswer
from stagedesk.core.records.documents import MAX_NAME, DocumentStore, documents_dir
from stagedesk.output.mail import eml_bytes
from stagedesk.output.pdf.forms import names
from stagedesk.output.readback.importing import apply_import, plan_import
from stagedesk.output.readback.reader import (
    MAX_BYTES,
    MAX_DEPTH,
    MAX_FIELD_NODES,
    MAX_OBJECT_STREAMS,
    MAX_VALUE,
    PdfProblem,
    PdfRefused,
    read_pdf,
)
from tests.fuzz.pdfs import REGISTRY, build_pdf, filled, print_form, with_object_streams, write
from tests.seed import TODAY, Seed, seed_small

pytestmark = pytest.mark.clock  # see tests/moved_clock.py

HOSTILE_NAMES = ["a\u202egnp.exe", "CON.pdf", "nul", "..pdf", "x" * 250 + ".pdf", "a:b\\c.pdf"]
_WINDOWS_RESERVED = {"CON", "PRN", "AUX", "NUL"} | {
    f"{d}{n}" for d in ("COM", "LPT") for n in range(10)
}


@pytest.fixture
def seeded(database: Database) -> tuple[Database, Seed]:
    return database, seed_small(database.sessions)


def _problem(path: Path, **options: Any) -> PdfProblem:
    with pytest.raises(PdfRefused) as refused:
        read_pdf(path, **options)
    assert path.name in str(refused.value)
    return refused.value.problem


def _within(seconds: float, work: Callable[[], Any]) -> Any:
    """``work()``'s result; the test fails (instead of hanging) when it takes longer."""
    result: list[Any] = []
    worker = threading.Thread(target=lambda: result.append(_outcome(work)), daemon=True)
    worker.start()
    worker.join(seconds)
    assert result, f"still running after {seconds} s"
    if isinstance(result[0], BaseException):
        raise result[0]
    return result[0]


def _outcome(work: Callable[[], Any]) -> Any:
    try:
        return work()
    except BaseException as error:
        return error


def _form(tmp_path: Path, seeded: tuple[Database, Seed], form_id: str, **values: Any) -> Path:
    database, seed = seeded
    _, pdf = print_form(database, seed, form_id)
    return write(tmp_path / f"{form_id}.pdf", filled(pdf, values) if values else pdf)


def test_a_file_too_large_for_a_form_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    huge = write(tmp_path / "scan.pdf", b"%PDF-1.7\n" + bytes(MAX_BYTES))
    assert _problem(huge) is PdfProblem.TOO_BIG
    assert "20 MB" in str(PdfRefused(PdfProblem.TOO_BIG, "scan.pdf"))


def test_a_parse_that_runs_too_long_is_stopped(tmp_path: Path) -> None:
    # pypdf searches a file without an end marker backwards, byte by byte: seconds for
    # 19 MB. The deadline closes the bytes it reads from, and it gives up there.
    endless = write(tmp_path / "endless.pdf", b"%PDF-1.7\n" + bytes(19 << 20))
    started = time.monotonic()
    assert _problem(endless, time_limit=0.05) is PdfProblem.TOO_COMPLEX
    assert time.monotonic() - started < 1.5


def test_a_field_tree_that_loops_back_is_walked_once(
    seeded: tuple[Database, Seed], tmp_path: Path
) -> None:
    printed = _form(tmp_path, seeded, "intern_survey")
    writer = PdfWriter(clone_from=PdfReader(printed))
    loop = DictionaryObject({NameObject("/T"): TextStringObject("loop")})
    ref = writer._add_object(loop)
    loop[NameObject("/Kids")] = ArrayObject([ref])  # the field is its own kid
    writer._root_object["/AcroForm"]["/Fields"].append(ref)
    looping = tmp_path / "looping.pdf"
    writer.write(looping)
    assert _within(10, lambda: read_pdf(looping)).code == read_pdf(printed).code


@pytest.mark.parametrize("shape", ["deep", "wide"])
def test_a_field_tree_too_deep_or_too_wide_is_refused(tmp_path: Path, shape: str) -> None:
    if shape == "deep":  # field 2 has field 3 as kid, 3 has 4, and so on
        last = 2 + MAX_DEPTH
        objects = {n: b"<< /T (n) /Kids [%d 0 R] >>" % (n + 1) for n in range(2, last)}
        objects[last] = b"<< /T (n) /FT /Tx /V (x) >>"
        fields = b"2 0 R"
    else:  # direct fields, one more than the limit
        objects, fields = {}, b"<< /T (n) /FT /Tx >> " * (MAX_FIELD_NODES + 1)
    objects[1] = b"<< /Type /Catalog /AcroForm << /Fields [%s] >> >>" % fields
    assert _problem(write(tmp_path / f"{shape}.pdf", build_pdf(objects, 1))) is (
        PdfProblem.TOO_COMPLEX
    )


def test_object_streams_in_bulk_or_unpacking_to_megabytes_are_refused(tmp_path: Path) -> None:
    assert _problem(write(tmp_path / "few.pdf", with_object_streams(3))) is PdfProblem.NOT_OURS
    many = write(tmp_path / "many.pdf", with_object_streams(MAX_OBJECT_STREAMS + 1))
    assert _problem(many) is PdfProblem.TOO_COMPLEX
    bomb = write(tmp_path / "bomb.pdf", with_object_streams(1, bomb=50_000_000))
    assert bomb.stat().st_size < 100_000
    assert _problem(bomb) is PdfProblem.TOO_COMPLEX


def test_protection_by_an_owner_password_only_opens_a_user_password_does_not(
    seeded: tuple[Database, Seed], tmp_path: Path
) -> None:
    printed = _form(tmp_path, seeded, "intern_survey")
    for user, name in (("", "owner-only.pdf"), ("geheim", "locked.pdf")):
        writer = PdfWriter(clone_from=PdfReader(printed))
        writer.encrypt(user_password=user, owner_password="eigenaar", algorithm="RC4-128")
        writer.write(tmp_path / name)
    assert read_pdf(tmp_path / "owner-only.pdf") == read_pdf(printed)
    assert _problem(tmp_path / "locked.pdf") is PdfProblem.ENCRYPTED
    # AES-256 (what Acrobat uses today): without the `cryptography` package pypdf cannot
    # even check the password; with it, this made-up key does not match. Refused alike.
    aes = b"<< /Filter /Standard /V 5 /R 6 /Length 256 /P -4 /O <%s> /U <%s> /OE <%s> /UE <%s>"
    aes += b" /Perms <%s> /CF << /StdCF << /CFM /AESV3 /Length 32 >> >> /StmF /StdCF"
    aes += b" /StrF /StdCF >>"
    key = aes % (b"11" * 48, b"22" * 48, b"33" * 32, b"44" * 32, b"55" * 16)
    catalog = b"<< /Type /Catalog /AcroForm << /Fields [] >> >>"
    trailer = b"/Encrypt 2 0 R /ID [<00112233445566778899aabbccddeeff> <00>]"
    aes_file = write(tmp_path / "aes.pdf", build_pdf({1: catalog, 2: key}, 1, trailer))
    assert _problem(aes_file) is PdfProblem.ENCRYPTED


def test_values_a_reader_never_writes_are_no_answers_or_unreadable(
    seeded: tuple[Database, Seed], tmp_path: Path
) -> None:
    database, _ = seeded
    definition = REGISTRY.get("intern_survey")
    comment, note = names.name("general_comments"), names.name("improvements")
    pdf = _form(
        tmp_path,
        seeded,
        "intern_survey",
        **{
            names.name("value_for_you"): "7",  # a score beyond the scale
            names.name("value_for_team"): ArrayObject([NameObject("/4")]),  # not a value
            names.name("would_recommend"): "yes",
            comment: "Goed\x00 gedaan\x07\x1b",  # NUL: PostgreSQL would refuse the text
            note: "x" * (MAX_VALUE + 1),
        },
    )
    with database.sessions() as session:
        plan = plan_import(session, REGISTRY, pdf)
    assert plan.answers["general_comments"] == "Goed gedaan"
    assert "value_for_team" not in plan.answers and "improvements" not in plan.answers
    labels = {
        definition.field(f).label.get(plan.language) for f in ("value_for_you", "improvements")
    }
    assert set(plan.unreadable) == labels
    with database.sessions.begin() as session:  # used to fail: a score of 7 is invalid
        apply_import(session, plan, TODAY)
    with database.sessions() as session:
        assert load_answers(session, definition, plan.response_id) == plan.answers


def test_a_number_that_is_not_one_is_unreadable(
    seeded: tuple[Database, Seed], tmp_path: Path
) -> None:
    database, _ = seeded
    for text in ("NaN", "Infinity", "1e999999", "12345678901"):
        pdf = _form(tmp_path, seeded, "needs_analysis", **{names.name("places"): text})
        with database.sessions() as session:  # NaN used to crash the comparison with 1..20
            plan = plan_import(session, REGISTRY, pdf)
        assert "places" not in plan.answers and len(plan.unreadable) == 1, text


def test_a_code_with_an_id_no_database_holds_is_not_ours(
    seeded: tuple[Database, Seed], tmp_path: Path
) -> None:
    database, _ = seeded
    for number in (2**31, 10**40):  # used to overflow SQLite's (or PostgreSQL's) integer
        code = f"stagedesk:{number}:intern_survey:1:{check_letter(number)}"
        pdf = _form(tmp_path, seeded, "intern_survey", **{names.ID_FIELD: code})
        with database.sessions() as session, pytest.raises(PdfRefused) as refused:
            plan_import(session, REGISTRY, pdf)
        assert refused.value.problem is PdfProblem.NOT_OURS


def test_document_names_stay_in_the_folder_and_mean_nothing_to_windows(
    seeded: tuple[Database, Seed], tmp_path: Path
) -> None:
    database, seed = seeded
    store = DocumentStore(documents_dir(database), database.sessions)
    folder = store.folder.resolve()
    for name in HOSTILE_NAMES:
        source = tmp_path / name
        source.write_bytes(b"%PDF-1.4")
        path = store.path(store.add(seed.internships["running"], source, DocumentType.OTHER))
        assert path is not None and path.resolve().parent.parent == folder
        stored = path.name
        assert stored.split(".")[0].upper() not in _WINDOWS_RESERVED
        assert len(stored) <= 13 + MAX_NAME and stored == stored.strip(" .")
        assert all(c.isalnum() or c in "_.- " for c in stored), stored
    with database.sessions() as session:
        titles = session.scalars(select(Document.title)).all()
    assert "a gnp" in titles and not any("\u202e" in t for t in titles)


def test_a_stored_name_leading_out_of_the_folder_is_never_followed(
    seeded: tuple[Database, Seed], tmp_path: Path
) -> None:
    database, seed = seeded
    store = DocumentStore(documents_dir(database), database.sessions)
    source = write(tmp_path / "brief.pdf", b"%PDF-1.4")
    document_id = store.add(seed.internships["running"], source, DocumentType.OTHER)
    victim = write(database.path.parent / "victim.txt", b"keep me")
    with database.sessions.begin() as session:  # a database edited by hand, or restored
        session.execute(update(Document).values(stored_name="../victim.txt"))
    assert store.path(document_id) is None
    store.remove(document_id)
    assert victim.read_bytes() == b"keep me"
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Document)) == 0


def test_attachment_and_draft_names_are_plain_file_names() -> None:
    draft = MailDraft(
        moment=MailMoment.INTERN_SURVEY,
        internship_id=1,
        to=Person("Céline", "celine@example.be"),
        sender=None,
        language="nl",
        subject="Bevraging",
        body="Hallo",
        attachment=Attachment.INTERN_SURVEY,
        attachment_name=None,
    )
    for name in [*HOSTILE_NAMES, "../../evil.exe", "a\r\nBcc: spy@example.com\r\n.pdf"]:
        mail = message_from_bytes(eml_bytes(draft, b"%PDF-1.4", name), policy=policy.default)
        (attachment,) = mail.iter_attachments()
        assert "Bcc" not in mail and "Bcc" not in attachment and len(mail.keys()) == 5
        shown = attachment.get_filename()
        assert shown.endswith(".pdf") and len(shown) <= 120, shown
        assert not set(shown) & set('/\\:\r\n\u202e"'), shown
        assert shown.split(".")[0].upper() not in _WINDOWS_RESERVED
    assert safe_file_name("CON.eml") == "_CON.eml"
    assert safe_file_name("a\u202elme.exe") == "a lme.exe"
    assert len(safe_file_name("Bevraging " * 40 + ".eml")) == 120


def test_nothing_is_written_for_a_refused_file(
    seeded: tuple[Database, Seed], tmp_path: Path
) -> None:
    database, _ = seeded
    broken = write(
        tmp_path / "broken.pdf", _form(tmp_path, seeded, "intern_survey").read_bytes()[:5000]
    )
    with database.sessions() as session, pytest.raises(PdfRefused):
        plan_import(session, REGISTRY, broken)
    with database.sessions() as session:
        assert session.scalar(select(func.count()).select_from(FormAnswer)) == 0
