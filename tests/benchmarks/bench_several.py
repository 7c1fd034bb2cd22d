"""Time one answer from five organisations' files against a floor.

    uv run python tests/benchmarks/bench_several.py [--db PATH] [--files 5] [--repeat 3]

Without ``--db`` the demo database of 10 years x 1,000 internships is built first; it is
copied to ``--files`` files, as five cabinets of that size would each keep one.

(a) real: ``stagedesk report annual --db f1 … --db f5`` as the command line runs it, in
    this process: each file copied through SQLite's backup API, opened, counted, and one
    workbook written;
(b) floor: ``annual_overview`` on each file opened directly (no copy), the overviews put
    together, and the same workbook written.

Target: real under 8 s. The exit code is 1 when it is missed.
"""

import argparse
import datetime as dt
import shutil
import sys
import tempfile
import time
from pathlib import Path

from stagedesk.cli.main import main as stagedesk
from stagedesk.core.db.database import open_sqlite
from stagedesk.core.reports import annual_overview
from stagedesk.core.reports.scope import ReportScope
from stagedesk.core.reports.several import combined
from stagedesk.output.xlsx import write_annual_overview
from tests.benchmarks.bench_reports import build_demo

TARGET_S = 8.0
PERIOD = (2016, 2026)


def floor(files: list[Path], out: Path) -> None:
    scope = ReportScope(PERIOD[0], PERIOD[1], dt.date.today())
    parts = []
    for path in files:
        database = open_sqlite(path, backups=path.parent / "backups")
        try:
            with database.sessions() as session:
                parts.append((path.stem, annual_overview(session, scope)))
        finally:
            database.dispose()
    write_annual_overview(combined(parts), out, language="nl")


def real(files: list[Path], out: Path) -> None:
    databases = [arg for path in files for arg in ("--db", str(path))]
    period = ["--from", str(PERIOD[0]), "--to", str(PERIOD[1])]
    assert stagedesk(["report", "annual", *databases, *period, "--out", str(out)]) == 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path)
    parser.add_argument("--files", type=int, default=5)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        source = args.db or build_demo(folder)
        files = [
            Path(shutil.copy(source, folder / f"cabinet{n}.sqlite")) for n in range(args.files)
        ]
        timings: dict[str, list[float]] = {"real": [], "floor": []}
        for _ in range(args.repeat):
            for name, run in (("real", real), ("floor", floor)):
                started = time.perf_counter()
                run(files, folder / f"{name}.xlsx")
                timings[name].append(time.perf_counter() - started)
    best_real, best_floor = min(timings["real"]), min(timings["floor"])
    print(f"{args.files} files of 10 years x 1,000 internships")
    print(f"real  (report annual over the files): best {best_real:.2f} s  "
          f"runs {' '.join(f'{t:.2f}' for t in timings['real'])}")  # fmt: skip
    print(f"floor (the same, files opened directly): best {best_floor:.2f} s  "
          f"runs {' '.join(f'{t:.2f}' for t in timings['floor'])}")  # fmt: skip
    print(f"real / floor: {best_real / best_floor:.2f}x; real target < {TARGET_S} s")
    missed = best_real >= TARGET_S
    print("MISSED" if missed else "ok")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
