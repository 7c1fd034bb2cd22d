"""Toolbox forms as PDF: every built-in form, in every language and variant, written to a
real file and read back with pypdf (text, fields, values); pictures with pdftoppm."""

import io
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from stagedesk.core.forms import (
    LANGUAGES,
    CheckAnswer,
    Definition,
    FieldType,
    FormRegistry,
    ScaleAnswer,
    builtin_dir,
)
from stagedesk.core.forms.codes import FormCode
from stagedesk.output.pdf.forms import names
from stagedesk.output.pdf.forms.job import FormJob, Variant
from stagedesk.output.pdf.forms.specimen import SUBJECT, specimen_answers, specimen_job
from stagedesk.output.pdf.forms.writer import font_path, write_form, write_forms
from stagedesk.output.pdf.kit.layout import Block, paginate
from stagedesk.output.pdf.kit.text import Para, para_block
from stagedesk.output.words.forms import PAGE

REGISTRY = FormRegistry.load([builtin_dir()])
FORM_IDS = sorted(definition.id for definition in REGISTRY.all())
SCALE_STATES = {"/1", "/2", "/3", "/4", "/5", "/na"}


def written(tmp_path: Path, job: FormJob, name: str = "form.pdf") -> PdfReader:
    path = tmp_path / name
    write_form(job, path)
    return PdfReader(path)


def all_text(reader: PdfReader) -> str:
    return "\n".join(page.extract_text() for page in reader.pages)


def expected_fields(definition: Definition) -> dict[str, set[str] | None]:
    """Every PDF field names.py promises for ``definition``: name -> button states
    (None for a text field)."""
    fields: dict[str, set[str] | None] = {}
    for field in definition.fields():
        name = field.id
        kind = field.type
        if kind in (FieldType.TEXT, FieldType.LONG_TEXT, FieldType.DATE, FieldType.NUMBER):
            fields[names.name(name)] = None
        elif kind is FieldType.CHOICE:
            fields[names.name(name)] = {f"/{choice.value}" for choice in field.choices}
        elif kind is FieldType.MULTI_CHOICE:
            fields.update({names.name(name, c.value): {"/Yes"} for c in field.choices})
        elif kind is FieldType.YES_NO:
            fields[names.name(name)] = {"/yes", "/no"}
        elif kind is FieldType.SCALE:
            fields[names.name(name)] = SCALE_STATES
            if field.notes:
                fields[names.name(name, "note")] = None
        elif kind is FieldType.CHECK:
            fields.update({names.name(name, state): {"/Yes"} for state in ("done", "not_needed")})
            fields.update({names.name(name, part): None for part in ("done_on", "note")})
        elif kind is FieldType.ROWS:
            for row in range(names.ROWS):
                fields.update({names.name(name, row, c.id): None for c in field.columns})
    return fields


@pytest.mark.parametrize("variant", list(Variant))
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("form_id", FORM_IDS)
def test_every_form_in_every_language_and_variant(
    tmp_path: Path, form_id: str, language: str, variant: Variant
) -> None:
    definition = REGISTRY.get(form_id)
    job = specimen_job(definition, language, variant, answered=0.5)
    reader = written(tmp_path, job)
    pages = len(reader.pages)
    first, last = reader.pages[0].extract_text(), reader.pages[-1].extract_text()
    assert definition.title.get(language) in first
    assert SUBJECT in first and SUBJECT in last
    assert job.code.short in first and job.code.short in last
    assert PAGE.get(language).format(page=1, pages=pages) in first
    assert PAGE.get(language).format(page=pages, pages=pages) in last
    fields = reader.get_fields() or {}
    if variant is not Variant.FILLABLE:
        assert not fields
        return
    assert fields[names.ID_FIELD]["/V"] == job.code.full
    expected = expected_fields(definition)
    assert set(fields) == {*expected, names.ID_FIELD}
    for name, states in expected.items():
        assert fields[name]["/FT"] == ("/Tx" if states is None else "/Btn"), name
        if states is not None:
            assert states <= set(fields[name]["/_States_"]), name


def test_the_code_field_is_hidden_read_only_and_on_the_first_page(tmp_path: Path) -> None:
    job = specimen_job(REGISTRY.get("intern_survey"), "nl", Variant.FILLABLE)
    reader = written(tmp_path, job)
    widgets = [a.get_object() for a in reader.pages[0]["/Annots"]]
    (code,) = [w for w in widgets if w.get("/T") == names.ID_FIELD]
    assert code["/F"] & 2  # hidden
    assert code["/Ff"] & 1  # read-only
    assert code["/V"] == "stagedesk:123:intern_survey:1:P"


def test_the_numbers_run_across_the_form_and_skip_what_is_only_read(tmp_path: Path) -> None:
    definition = REGISTRY.get("question_set")
    text = all_text(written(tmp_path, specimen_job(definition, "en", Variant.BLANK)))
    questions = sum(1 for field in definition.fields() if field.answers)
    assert questions < len(definition.fields())  # it has reminders to read
    for number in range(1, questions + 1):
        assert f"{number}." in text
    assert f"\n{questions + 1}." not in text


def test_fillable_forms_carry_the_facts(tmp_path: Path) -> None:
    definition = REGISTRY.get("info_sheet")
    job = specimen_job(definition, "fr", Variant.FILLABLE, answered=0)
    fields = written(tmp_path, job).get_fields() or {}
    by_source = {field.source: names.name(field.id) for field in definition.fields()}
    assert fields[by_source["intern.name"]]["/V"] == SUBJECT
    assert fields[by_source["internship.start_date"]]["/V"] == "02/03/2026"
    assert fields[by_source["internship.hours_per_week"]]["/V"] == "38"
    assert fields[by_source["internship.telework"]]["/V"] == "/yes"
    assert fields[by_source["internship.paid"]]["/V"] == "/no"


def test_fillable_forms_carry_earlier_answers(tmp_path: Path) -> None:
    definition = REGISTRY.get("intern_survey")
    scales = [f.id for f in definition.fields() if f.type is FieldType.SCALE]
    answers = {scales[0]: ScaleAnswer(4), scales[1]: ScaleAnswer(None, True)}
    job = replace(specimen_job(definition, "nl", Variant.FILLABLE, answered=0), answers=answers)
    fields = written(tmp_path, job).get_fields() or {}
    assert fields[names.name(scales[0])]["/V"] == "/4"
    assert fields[names.name(scales[1])]["/V"] == "/na"
    assert "/V" not in fields[names.name(scales[2])]


@pytest.mark.parametrize("form_id", [f for f in FORM_IDS if f != "feedback_rules"])
def test_answers_come_back_through_the_reader(tmp_path: Path, form_id: str) -> None:
    from stagedesk.output.readback.reader import answers_from_pdf, read_pdf

    definition = REGISTRY.get(form_id)
    answers = specimen_answers(definition, "fr")
    job = replace(specimen_job(definition, "fr", Variant.FILLABLE), answers=answers, facts={})
    path = tmp_path / "form.pdf"
    write_form(job, path)
    filled = read_pdf(path)
    assert filled.code == job.code
    read, unreadable = answers_from_pdf(definition, filled.values)
    assert not unreadable
    assert read == {key: value for key, value in answers.items() if not _empty(value)}


def _empty(value: Any) -> bool:
    return value == CheckAnswer() or value == []


def test_a_long_answer_is_never_cut(tmp_path: Path) -> None:
    definition = REGISTRY.get("intern_survey")
    long_text = next(f for f in definition.fields() if f.type is FieldType.LONG_TEXT)
    words = [f"woord{number:04d}" for number in range(222)]
    answer = " ".join(words)
    assert len(answer) >= 2000
    job = replace(specimen_job(definition, "nl", Variant.PREFILLED), answers={long_text.id: answer})
    text = all_text(written(tmp_path, job))
    assert all(word in text for word in words)
    job = replace(job, variant=Variant.FILLABLE)
    fields = written(tmp_path, job, "fillable.pdf").get_fields() or {}
    assert fields[names.name(long_text.id)]["/V"] == answer


def test_a_very_long_answer_continues_on_the_next_page(tmp_path: Path) -> None:
    definition = REGISTRY.get("needs_analysis")
    long_text = next(f for f in definition.fields() if f.type is FieldType.LONG_TEXT)
    words = [f"mot{number:05d}" for number in range(900)]
    job = replace(
        specimen_job(definition, "fr", Variant.PREFILLED), answers={long_text.id: " ".join(words)}
    )
    reader = written(tmp_path, job)
    shorter = written(tmp_path, replace(job, answers={}), "short.pdf")
    assert len(reader.pages) > len(shorter.pages)
    text = all_text(reader)
    assert all(word in text for word in words)


def _block(height: float, **options: Any) -> Block:
    return Block(height, lambda canvas, top: None, **options)


def test_a_title_never_ends_a_page() -> None:
    title = _block(30, keep_with_next=True)
    pages = paginate([_block(500), title, _block(200)], top=700, bottom=0)
    assert [len(page) for page in pages] == [1, 2]
    assert pages[1][0] == (title, 700)


def test_a_long_text_continues_on_the_next_page_without_losing_a_line() -> None:
    para = Para(tuple(f"line {number}" for number in range(100)))
    pages = paginate([_block(300), para_block(para)], top=700, bottom=0)
    parts = [block for page in pages for block, _ in page][1:]
    assert len(pages) == 3 and len(parts) == 3
    assert sum(part.height for part in parts) == pytest.approx(para.height)  # every line


def test_a_table_head_comes_back_at_the_top_of_the_next_page() -> None:
    head = _block(20, keep_with_next=True)
    rows = [_block(100, page_header=head) for _ in range(8)]
    pages = paginate([head, *rows], top=500, bottom=0)
    assert [block is head for block, _ in pages[1]][:2] == [True, False]


def test_several_forms_in_one_file_number_their_own_pages(tmp_path: Path) -> None:
    survey = specimen_job(REGISTRY.get("intern_survey"), "nl", Variant.BLANK, response_id=7)
    card = specimen_job(REGISTRY.get("feedback_rules"), "fr", Variant.PREFILLED, response_id=8)
    path = tmp_path / "stack.pdf"
    write_forms([survey, card], path)
    reader = PdfReader(path)
    first = written(tmp_path, survey, "survey.pdf")
    pages = len(first.pages)
    assert len(reader.pages) == pages + len(written(tmp_path, card, "card.pdf").pages)
    assert "pagina 1 van" in reader.pages[0].extract_text()
    opening = reader.pages[pages].extract_text()
    assert "page 1 sur" in opening and card.code.short in opening


def test_fillable_forms_cannot_share_a_file(tmp_path: Path) -> None:
    job = specimen_job(REGISTRY.get("intern_survey"), "nl", Variant.FILLABLE)
    with pytest.raises(ValueError):
        write_forms([job], tmp_path / "stack.pdf")
    with pytest.raises(ValueError):
        write_forms([], tmp_path / "stack.pdf")


def test_a_form_can_be_written_to_a_stream() -> None:
    stream = io.BytesIO()
    write_form(specimen_job(REGISTRY.get("feedback_rules"), "en", Variant.BLANK), stream)
    reader = PdfReader(io.BytesIO(stream.getvalue()))
    assert "10 golden rules" in reader.pages[0].extract_text()


def _png(width: int = 40, height: int = 20) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), (20, 80, 160)).save(out, "PNG")
    return out.getvalue()


@pytest.mark.parametrize(
    ("logo", "shown"),
    [(_png(), True), (b"not an image", False), (_png()[:60], False), (None, False)],
)
def test_the_logo_is_shown_when_it_is_a_real_image(
    tmp_path: Path, logo: bytes | None, shown: bool
) -> None:
    job = specimen_job(REGISTRY.get("feedback_rules"), "nl", Variant.BLANK, logo=logo)
    write_form(job, tmp_path / "card.pdf")
    assert (b"/Subtype /Image" in (tmp_path / "card.pdf").read_bytes()) is shown


@pytest.mark.parametrize("response_id", [1, 123, 98765, 123456789])
def test_the_qr_code_is_a_valid_code_of_the_full_identifier(response_id: int) -> None:
    from reportlab.graphics.barcode import qrencoder

    from stagedesk.output.pdf.kit.qr import codewords, qr_modules

    data = FormCode(response_id, "logistics_checklist", 12).full
    reference = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    reference.addData(data)
    reference.version = reference.calculate_version()
    expected = qrencoder.QRCode.createData(
        reference.version, reference.errorCorrectLevel, reference.dataList
    )
    assert codewords(reference) == expected
    masked = []
    for mask in range(8):
        reference.makeImpl(False, mask)
        masked.append(tuple(tuple(bool(m) for m in row) for row in reference.modules))
    assert qr_modules(data) in masked  # reportlab's own code, with one of the eight masks


def test_font_path_finds_the_embedded_fonts() -> None:
    assert font_path("DejaVuSans-Bold").name == "DejaVuSans-Bold.ttf"
    assert font_path("DejaVuSans.ttf").is_file()
    with pytest.raises(FileNotFoundError):
        font_path("Comic Sans")


PICTURES = [
    ("intern_survey", Variant.FILLABLE, "nl"),
    ("question_set", Variant.PREFILLED, "fr"),
    ("logistics_checklist", Variant.BLANK, "nl"),
    ("welcome_checklist", Variant.BLANK, "en"),
    ("feedback_rules", Variant.BLANK, "nl"),
    ("info_sheet", Variant.PREFILLED, "nl"),
]


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="needs pdftoppm (poppler-utils)")
@pytest.mark.parametrize(("form_id", "variant", "language"), PICTURES)
def test_first_pages_render(tmp_path: Path, form_id: str, variant: Variant, language: str) -> None:
    job = specimen_job(REGISTRY.get(form_id), language, variant, answered=0.5)
    write_form(job, tmp_path / "form.pdf")
    command = ["pdftoppm", "-png", "-r", "70", "-f", "1", "-l", "1", "-singlefile"]
    subprocess.run([*command, str(tmp_path / "form.pdf"), str(tmp_path / "page")], check=True)
    picture = (tmp_path / "page.png").read_bytes()
    width = int.from_bytes(picture[16:20], "big")
    height = int.from_bytes(picture[20:24], "big")
    assert (width, height) == (579, 819)  # A4 at 70 dpi
