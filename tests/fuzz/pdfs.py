"""PDFs for the hostile-file tests and the fuzzers: real fillable forms as StageDesk
prints them, filled the low-level way (any value in any field), and PDFs built by hand
byte by byte for the shapes no writer makes on purpose."""

import io
import zlib
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from stagedesk.core.db.database import Database
from stagedesk.core.forms import Definition, FormKind, FormRegistry, builtin_dir
from stagedesk.core.forms.tools import open_response
from stagedesk.output.pdf.forms.collect import form_job
from stagedesk.output.pdf.forms.job import Variant
from stagedesk.output.pdf.forms.writer import write_form
from tests.seed import TODAY, Seed

REGISTRY = FormRegistry.load([builtin_dir()])
FORMS = [d.id for d in REGISTRY.all() if d.kind is not FormKind.CARD]


def record_id(seed: Seed, definition: Definition) -> int:
    return {
        "internship": seed.internships["running"],
        "application": seed.applications["waiting"],
        "opportunity": seed.opportunities["writer"],
        "organisation": seed.organisation,
    }[definition.record.value]


def print_form(database: Database, seed: Seed, form_id: str) -> tuple[int, bytes]:
    """A fillable form for the seed's record, as StageDesk prints it: its response's id
    and the PDF's bytes."""
    definition = REGISTRY.get(form_id)
    with database.sessions.begin() as session:
        response_id = open_response(session, definition, record_id(seed, definition))
        job = form_job(session, REGISTRY, response_id, Variant.FILLABLE, today=TODAY)
    buffer = io.BytesIO()
    write_form(job, buffer)
    return response_id, buffer.getvalue()


def field_kinds(pdf: bytes) -> dict[str, str]:
    """Each field's full name and type (/Tx, /Btn, ...)."""
    fields = PdfReader(io.BytesIO(pdf)).get_fields() or {}
    return {name: str(field.get("/FT")) for name, field in fields.items()}


def filled(pdf: bytes, values: dict[str, object]) -> bytes:
    """``pdf`` with ``values`` set straight into the fields' /V (no appearance drawn):
    text as a PDF string, a button's state as a name; any other PDF object as it is."""
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    for ref in writer._root_object["/AcroForm"]["/Fields"]:
        field = ref.get_object()
        name = str(field.get("/T"))
        if name not in values or not isinstance(field, DictionaryObject):
            continue
        value = values[name]
        if isinstance(value, str):
            is_button = field.get("/FT") == "/Btn"
            value = NameObject("/" + value) if is_button else TextStringObject(value)
        field[NameObject("/V")] = value
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def build_pdf(objects: dict[int, bytes], root: int, trailer: bytes = b"") -> bytes:
    """A PDF of the given objects (number -> body) with a classic cross-reference table."""
    out = bytearray(b"%PDF-1.7\n")
    offsets: dict[int, int] = {}
    for number in sorted(objects):
        offsets[number] = len(out)
        out += b"%d 0 obj\n%s\nendobj\n" % (number, objects[number])
    start, size = len(out), max(objects) + 1
    out += b"xref\n0 %d\n0000000000 65535 f \n" % size
    for number in range(1, size):
        out += b"%010d 00000 n \n" % offsets[number] if number in offsets else b"0 65535 f \n"
    out += b"trailer\n<< /Size %d /Root %d 0 R %s >>\n" % (size, root, trailer)
    out += b"startxref\n%d\n%%%%EOF\n" % start
    return bytes(out)


def with_object_streams(count: int, bomb: int = 0) -> bytes:
    """A PDF whose form fields sit in ``count`` object streams, one each, found through a
    cross-reference stream (what Acrobat writes, in bulk). With ``bomb``, the first stream
    is padded with that many spaces and deflated: a few KB that unpack to ``bomb`` bytes."""
    catalog, first_field = 1, 2 + count
    fields = b" ".join(b"%d 0 R" % (first_field + i) for i in range(count))
    out = bytearray(b"%PDF-1.7\n")
    offsets = {catalog: len(out)}
    out += b"1 0 obj\n<< /Type /Catalog /AcroForm << /Fields [%s] >> >>\nendobj\n" % fields
    for i in range(count):
        body = b"<< /T (f%d) /FT /Tx /V (x) >>" % i
        header = b"%d 0 " % (first_field + i)
        data, flate = header + body, b""
        if bomb and i == 0:
            data, flate = zlib.compress(data + b" " * bomb, 9), b"/Filter /FlateDecode"
        offsets[2 + i] = len(out)
        out += b"%d 0 obj\n<< /Type /ObjStm /N 1 /First %d /Length %d %s >>\nstream\n" % (
            2 + i,
            len(header),
            len(data),
            flate,
        )
        out += data + b"\nendstream\nendobj\n"
    xref_number = first_field + count
    rows = [b"\x00" + (0).to_bytes(4, "big") + b"\xff\xff"]
    for number in range(1, xref_number + 1):
        if number in offsets:
            rows.append(b"\x01" + offsets[number].to_bytes(4, "big") + b"\x00\x00")
        elif number < xref_number:  # a field, in object stream number - count
            stream = number - count
            rows.append(b"\x02" + stream.to_bytes(4, "big") + b"\x00\x00")
    start = len(out)
    rows.append(b"\x01" + start.to_bytes(4, "big") + b"\x00\x00")
    data = b"".join(rows)
    out += b"%d 0 obj\n<< /Type /XRef /Size %d /W [1 4 2] /Root 1 0 R /Length %d >>\n" % (
        xref_number,
        xref_number + 1,
        len(data),
    )
    out += b"stream\n" + data + b"\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n" % start
    return bytes(out)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path
