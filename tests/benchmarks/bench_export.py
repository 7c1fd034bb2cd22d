"""Time "export everything" and the calendar of all internships on the big demo database,
with the peak memory.

    uv run python tests/benchmarks/bench_export.py [--db PATH]

Without ``--db`` the demo database of 10 years x 1,000 internships is built in a temporary
folder first (``stagedesk demo --years 10 --per-year 1000``, seed 2024: about 630,000
records, half a million of them form answers).

(a) export: ``write_everything`` into an xlsx, page by page (each page its own session);
(b) calendar: ``load_calendar`` for all internships not ended more than a year ago, and
    ``write_calendar``.

Target: peak resident memory (``ru_maxrss``) under 300 MB, i.e. the export streams instead
of holding the records; the exit code is 1 when it is missed. The times are reported (the
export's is mostly openpyxl serialising cells, see the profile line).
"""

import argparse
import cProfile
import datetime as dt
import pstats
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from stagedesk.core.calendar.days import load_calendar
from stagedesk.core.db.database import open_sqlite
from stagedesk.core.forms import FormRegistry
from stagedesk.output.ics import write_calendar
from stagedesk.output.xlsx.everything import write_everything

PROJECT = Path(__file__).resolve().parents[2]
TARGET_MB = 300.0


def build_demo(folder: Path) -> Path:
    path = folder / "bench.sqlite"
    command = [sys.executable, "-m", "stagedesk", "demo", "--db", str(path)]
    command += ["--years", "10", "--per-year", "1000"]
    print("building the demo database (10 years x 1,000 internships)…", flush=True)
    result = subprocess.run(command, capture_output=True, text=True, cwd=PROJECT, check=False)
    if result.returncode != 0:
        raise SystemExit(f"stagedesk demo failed ({result.returncode}):\n{result.stderr}")
    return path


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing demo database")
    parser.add_argument("--profile", action="store_true", help="also profile the export")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="stagedesk-bench-") as folder:
        database_path = args.db.resolve() if args.db else build_demo(Path(folder))
        database = open_sqlite(database_path)
        before = peak_mb()
        target = Path(folder) / "everything.xlsx"
        profile = cProfile.Profile() if args.profile else None
        started = time.perf_counter()
        if profile:
            profile.enable()
        summary = write_everything(database.sessions, target, "nl")
        if profile:
            profile.disable()
        export_s = time.perf_counter() - started
        export_mb = peak_mb()
        size = target.stat().st_size
        registry = FormRegistry.load()
        started = time.perf_counter()
        with database.sessions() as session:
            calendar = load_calendar(session, registry, language="nl", today=dt.date.today())
        loaded_s = time.perf_counter() - started
        events = write_calendar(calendar, Path(folder) / "internships.ics")
        calendar_s = time.perf_counter() - started
        database.dispose()
    rows = sum(summary.counts.values())
    print(f"export: {rows} rows on {len(summary.counts)} sheets in {export_s:.1f} s")
    print(f"        {rows / export_s:,.0f} rows/s, {size / 1024 / 1024:.1f} MiB written")
    for line in summary.lines():
        print(f"        {line}")
    print(f"calendar: {events} events, {loaded_s:.2f} s to gather, {calendar_s:.2f} s in all")
    print(f"peak RSS (ru_maxrss): {before:.0f} MB before, {export_mb:.0f} MB after the export,")
    print(f"                      {peak_mb():.0f} MB at the end (target < {TARGET_MB:.0f} MB)")
    if profile:
        stats = pstats.Stats(profile)
        stats.sort_stats("tottime").print_stats(8)
    missed = peak_mb() >= TARGET_MB
    print("MISSED" if missed else "ok")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
