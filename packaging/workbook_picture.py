"""The picture of the annual overview workbook's first sheet in the README.

    uv run python packaging/workbook_picture.py

Builds the demo organisation, writes the annual overview workbook, and lets LibreOffice
(``soffice``, Debian's libreoffice-calc-nogui) print its first sheet to PDF, which
``pdftoppm`` turns into ``resources/screenshots/xlsx-overview.png``: the workbook as a
spreadsheet program shows it, not as StageDesk imagines it.
"""

import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from stagedesk.core.db.database import open_sqlite
from stagedesk.core.demo.generate import DemoOptions, generate
from stagedesk.core.reports import annual_overview
from stagedesk.output.xlsx.annual import write_annual_overview

PROJECT = Path(__file__).resolve().parents[1]
OUT = PROJECT / "resources" / "screenshots" / "xlsx-overview.png"
TODAY = dt.date(2025, 6, 1)


def main() -> int:
    soffice = shutil.which("soffice")
    if soffice is None:
        print("LibreOffice (soffice) is needed: apt-get install libreoffice-calc-nogui")
        return 1
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        database = open_sqlite(work / "demo.sqlite")
        try:
            generate(database.sessions, DemoOptions(seed=2024, years=5, per_year=60, today=TODAY))
            with database.sessions() as session:
                overview = annual_overview(session, first_year=2022, last_year=2025, today=TODAY)
        finally:
            database.dispose()
        workbook = work / "overview.xlsx"
        write_annual_overview(overview, workbook, language="nl")
        subprocess.run(
            [soffice, "--headless", "--convert-to", "pdf", "--outdir", folder, str(workbook)],
            check=True,
            capture_output=True,
        )
        stem = work / "page"
        subprocess.run(
            [
                "pdftoppm",
                "-png",
                "-r",
                "80",
                "-f",
                "1",
                "-l",
                "1",
                str(work / "overview.pdf"),
                str(stem),
            ],
            check=True,
        )
        rendered = next(work.glob("page*.png"))
        shutil.copyfile(rendered, OUT)
    print(f"wrote {OUT.relative_to(PROJECT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
