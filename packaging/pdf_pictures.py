"""Regenerate the pictures of the printed forms: ``resources/screenshots/pdf-<form>.png``.

    uv run python packaging/pdf_pictures.py [--out resources/screenshots] [--dpi 100]

The first page of every built-in form, in Dutch, as StageDesk prints it pre-filled (the
reference card blank): the specimen facts and answers to the first third of the
questions (``stagedesk.output.pdf.forms.specimen``), so the pictures show both what StageDesk
prints in and the empty places. Needs ``pdftoppm`` (Debian: poppler-utils).
"""

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from stagedesk.core.forms import FormKind, FormRegistry, builtin_dir
from stagedesk.output.pdf.forms.job import Variant
from stagedesk.output.pdf.forms.specimen import specimen_job
from stagedesk.output.pdf.forms.writer import write_form

PROJECT = Path(__file__).resolve().parents[1]
OUTPUT = PROJECT / "resources" / "screenshots"


def make_pictures(out: Path, dpi: int = 100) -> list[Path]:
    """Write one PNG per built-in form into ``out``; returns their paths."""
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise RuntimeError("pdftoppm is missing (Debian: apt-get install poppler-utils)")
    out.mkdir(parents=True, exist_ok=True)
    pictures = []
    with tempfile.TemporaryDirectory() as folder:
        for definition in sorted(FormRegistry.load([builtin_dir()]).all(), key=lambda d: d.id):
            card = definition.kind is FormKind.CARD
            variant = Variant.BLANK if card else Variant.PREFILLED
            pdf = Path(folder) / f"{definition.id}.pdf"
            write_form(specimen_job(definition, "nl", variant, answered=0.34), pdf)
            target = out / f"pdf-{definition.id}"
            command = [pdftoppm, "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile"]
            subprocess.run([*command, str(pdf), str(target)], check=True)
            pictures.append(target.with_suffix(".png"))
    return pictures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUTPUT)
    parser.add_argument("--dpi", type=int, default=100)
    options = parser.parse_args()
    for picture in make_pictures(options.out, options.dpi):
        print(picture)
    return 0


if __name__ == "__main__":
    sys.exit(main())
