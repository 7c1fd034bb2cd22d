"""Regenerate the pictures of the printed documents: the cover of an internship's
dossier (``pdf-dossier.png``) and the list of offered opportunities
(``pdf-opportunities.png``) in ``resources/screenshots``.

    uv run python packaging/pdf_documents_pictures.py [--out resources/screenshots] [--dpi 100]

Made from a small demo organisation (a fixed seed and date), in a temporary database,
with the info sheet of one running internship filled in. Needs ``pdftoppm`` (Debian:
poppler-utils).
"""

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from sqlalchemy import select

from stagedesk.core.db.database import Database, open_sqlite
from stagedesk.core.demo.generate import DemoOptions, generate
from stagedesk.core.forms import FormRegistry, builtin_dir
from stagedesk.core.forms.responses import save_answers
from stagedesk.core.forms.tools import open_response
from stagedesk.core.models import FormResponse, Internship, InternshipStatus
from stagedesk.output.pdf.documents.dossier import write_dossier
from stagedesk.output.pdf.documents.opportunity_list import write_opportunity_list

PROJECT = Path(__file__).resolve().parents[1]
OUTPUT = PROJECT / "resources" / "screenshots"
TODAY = dt.date(2026, 3, 2)
INFO_ANSWERS = {
    "emergency_name": "Hilde Coppens",
    "emergency_relation": "Moeder",
    "emergency_phone": "+32 470 12 34 56",
    "schedule": "Maandag tot en met woensdag van 8.30 tot 16.30 uur, met een half uur "
    "middagpauze. Donderdag en vrijdag lesdagen.",
    "agreements": "Elke maandag om 9 uur een kort overleg met de stagementor. Het "
    "stageverslag wordt vóór de laatste stageweek samen nagelezen.",
}


def _running(database: Database, registry: FormRegistry) -> int:
    """A running internship, with its info sheet filled in."""
    with database.sessions.begin() as session:
        internship = session.scalars(
            select(Internship.id)
            .where(Internship.status == InternshipStatus.RUNNING)
            .order_by(Internship.id)
        ).first()
        assert internship is not None, "the demo has no running internship"
        definition = registry.get("info_sheet")
        response = session.get(FormResponse, open_response(session, definition, internship))
        assert response is not None
        save_answers(session, definition, response, INFO_ANSWERS)
        return int(internship)


def _picture(pdf: Path, target: Path, dpi: int) -> Path:
    pdftoppm = shutil.which("pdftoppm")
    if pdftoppm is None:
        raise RuntimeError("pdftoppm is missing (Debian: apt-get install poppler-utils)")
    command = [pdftoppm, "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile"]
    subprocess.run([*command, str(pdf), str(target)], check=True)
    return target.with_suffix(".png")


def make_pictures(out: Path, dpi: int = 100) -> list[Path]:
    """Write the two PNGs into ``out``; returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    registry = FormRegistry.load([builtin_dir()])
    with tempfile.TemporaryDirectory() as folder:
        database = open_sqlite(Path(folder) / "demo.sqlite")
        try:
            generate(database.sessions, DemoOptions(years=2, per_year=30, today=TODAY))
            internship = _running(database, registry)
            dossier, offers = Path(folder) / "dossier.pdf", Path(folder) / "offers.pdf"
            with database.sessions() as session:
                write_dossier(session, registry, internship, dossier, language="nl", today=TODAY)
                write_opportunity_list(session, offers, language="nl", today=TODAY)
        finally:
            database.dispose()
        return [
            _picture(dossier, out / "pdf-dossier", dpi),
            _picture(offers, out / "pdf-opportunities", dpi),
        ]


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
