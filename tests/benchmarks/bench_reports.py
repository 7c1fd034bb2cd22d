"""Time the annual overview workbook against a floor, side by side in one run.

    uv run python tests/benchmarks/bench_reports.py [--db PATH] [--repeat 5]

Without ``--db`` the demo database of 10 years x 1,000 internships is built in a temporary
folder first (``stagedesk demo --years 10 --per-year 1000``, seed 2024).

(a) real: ``annual_overview`` + ``write_annual_overview`` (formats, widths, frozen panes,
    an Excel table, the chart);
(b) floor: the same aggregate queries (``annual_overview`` itself: five SELECTs and the
    bucketing into years) and the same cells written with write-only openpyxl and nothing
    else: no fonts, number formats, widths, frozen panes, tables or chart.

The two alternate ``--repeat`` times and the fastest of each counts (on a shared virtual
machine noise only ever adds time). Targets: real under 2 s, real within 1.5x the floor,
peak resident memory (``ru_maxrss``) under 300 MB. The exit code is 1 when one is missed.
"""

import argparse
import datetime as dt
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook

from stagedesk.core.db.database import open_sqlite
from stagedesk.core.models import InternshipKind
from stagedesk.core.reports import AnnualOverview, annual_overview
from stagedesk.core.reports.scope import ReportScope
from stagedesk.output.xlsx import write_annual_overview
from stagedesk.output.xlsx.annual import KINDS, WORDS, data_header, interns_per_year

PROJECT = Path(__file__).resolve().parents[2]
TARGET_S = 2.0
TARGET_RATIO = 1.5
TARGET_MB = 300.0
LANGUAGE = "nl"


def build_demo(folder: Path) -> Path:
    path = folder / "bench.sqlite"
    command = [sys.executable, "-m", "stagedesk", "demo", "--db", str(path)]
    command += ["--years", "10", "--per-year", "1000"]
    print("building the demo database (10 years x 1,000 internships)…", flush=True)
    result = subprocess.run(command, capture_output=True, text=True, cwd=PROJECT, check=False)
    if result.returncode != 0:
        raise SystemExit(f"stagedesk demo failed ({result.returncode}):\n{result.stderr}")
    return path


def floor_write(overview: AnnualOverview, target: Path) -> None:
    """The same cells as ``write_annual_overview``, plain values and nothing else."""
    w = WORDS[LANGUAGE]
    book = Workbook(write_only=True)
    rows = overview.rows

    def sheet(title: str, header: Sequence[Any], values: Iterable[Sequence[Any]]) -> None:
        ws = book.create_sheet(title)
        ws.append(list(header))
        for row in values:
            ws.append(list(row))

    ws = book.create_sheet(w["overview"])
    years = list(dict.fromkeys(r.year for r in rows))
    ws.append([w["title"]])
    ws.append([w["period"], f"{years[0]} – {years[-1]}" if len(years) > 1 else "".join(years)])
    ws.append([])
    ws.append(
        [w["unit"], w["year"], w["applicants"], w["interns"], w["days"], w["weeks"], w["hired"]]
    )
    for year in years:
        of_year = [r for r in rows if r.year == year]
        for r in of_year:
            ws.append(
                [
                    r.unit,
                    r.year,
                    r.applicants,
                    r.interns,
                    r.average_days,
                    r.average_weeks,
                    r.hired_later,
                ]
            )
        interns = sum(r.interns for r in of_year)
        days = sum((r.average_days or 0.0) * r.interns for r in of_year)
        average = days / interns if interns else None
        ws.append(
            [
                w["total"],
                year,
                sum(r.applicants for r in of_year),
                interns,
                average,
                None if average is None else round(average / 7, 1),
                sum(r.hired_later for r in of_year),
            ]
        )
    ws.append([])
    ws.append([w["how"]])
    for key in ("d_applicants", "d_interns", "d_duration", "d_hired"):
        ws.append([w[key]])
    sheet(w["chart"], [w["year"], w["interns"]], interns_per_year(overview))
    unit_year = [w["unit"], w["year"]]
    sheet(
        w["s_applicants"],
        [*unit_year, w["applicants"]],
        ([r.unit, r.year, r.applicants] for r in rows),
    )
    sheet(w["s_interns"], [*unit_year, w["interns"]], ([r.unit, r.year, r.interns] for r in rows))
    sheet(
        w["s_duration"],
        [*unit_year, w["interns"], w["days"], w["weeks"]],
        ([r.unit, r.year, r.interns, r.average_days, r.average_weeks] for r in rows),
    )
    sheet(
        w["s_kinds"],
        [*unit_year, w["interns"], *(KINDS[kind][LANGUAGE] for kind in InternshipKind)],
        ([r.unit, r.year, r.interns, *(r.kinds[kind] for kind in InternshipKind)] for r in rows),
    )
    sheet(w["s_hired"], [*unit_year, w["function"], w["count"]], overview.hired_by_function)
    sheet(w["s_requirements"], [w["unit"], w["function"], w["requirements"]], overview.requirements)
    sheet(
        w["data"],
        data_header(LANGUAGE),
        (
            [
                r.unit,
                r.year,
                r.applicants,
                r.interns,
                r.average_days,
                r.kinds[InternshipKind.CURRICULAR],
                r.kinds[InternshipKind.VOLUNTARY],
                r.hired_later,
            ]
            for r in rows
        ),
    )
    book.save(target)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="an existing demo database")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="stagedesk-bench-") as folder:
        database_path = args.db.resolve() if args.db else build_demo(Path(folder))
        database = open_sqlite(database_path)
        today = dt.date.today()
        options = {"first_year": today.year - 10, "last_year": today.year, "today": today}

        def real() -> AnnualOverview:
            with database.sessions() as session:
                overview = annual_overview(session, ReportScope(language=LANGUAGE, **options))  # type: ignore[arg-type]
            write_annual_overview(overview, Path(folder) / "real.xlsx", language=LANGUAGE)
            return overview

        def floor() -> AnnualOverview:
            with database.sessions() as session:
                overview = annual_overview(session, ReportScope(language=LANGUAGE, **options))  # type: ignore[arg-type]
            floor_write(overview, Path(folder) / "floor.xlsx")
            return overview

        timings: dict[str, list[float]] = {"real": [], "floor": []}
        runs: dict[str, Callable[[], AnnualOverview]] = {"real": real, "floor": floor}
        overview = real()  # warm up: imports, the first connection, the page cache
        floor()
        for _ in range(args.repeat):
            for name, run in runs.items():
                started = time.perf_counter()
                run()
                timings[name].append(time.perf_counter() - started)
        database.dispose()
        real_size = (Path(folder) / "real.xlsx").stat().st_size
        floor_size = (Path(folder) / "floor.xlsx").stat().st_size
    best_real, best_floor = min(timings["real"]), min(timings["floor"])
    ratio = best_real / best_floor
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    interns = sum(r.interns for r in overview.rows)
    print(
        f"period {options['first_year']}–{options['last_year']}: "
        f"{len(overview.rows)} unit-year rows, {interns} interns"
    )
    print(
        f"real  (annual_overview + write_annual_overview): best {best_real:.3f} s  "
        f"runs {' '.join(f'{t:.3f}' for t in timings['real'])}  ({real_size / 1024:.0f} KiB)"
    )
    print(
        f"floor (same queries + plain write-only cells):  best {best_floor:.3f} s  "
        f"runs {' '.join(f'{t:.3f}' for t in timings['floor'])}  ({floor_size / 1024:.0f} KiB)"
    )
    print(f"real / floor: {ratio:.2f}x (target < {TARGET_RATIO}x); real target < {TARGET_S} s")
    print(f"peak RSS (ru_maxrss): {peak_mb:.0f} MB (target < {TARGET_MB:.0f} MB)")
    missed = best_real >= TARGET_S or ratio >= TARGET_RATIO or peak_mb >= TARGET_MB
    print("MISSED" if missed else "ok")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
