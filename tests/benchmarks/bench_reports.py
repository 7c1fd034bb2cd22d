"""Time the annual overview workbook against a floor, side by side in one run.

    uv run python tests/benchmarks/bench_reports.py [--db PATH] [--repeat 5]

Without ``--db`` the demo database of 10 years x 1,000 internships is built in a temporary
folder first (``stagedesk demo --years 10 --per-year 1000``, seed 2024).

(a) real: ``annual_overview`` + ``write_annual_overview`` (formats, widths, frozen panes,
    an Excel table, the chart);
(b) floor: the same aggregate queries (``annual_overview`` itself: a handful of SELECTs and the
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
from stagedesk.output.words.annual import KINDS, WORDS
from stagedesk.output.xlsx import write_annual_overview
from stagedesk.output.xlsx.annual import HOW, data_header, interns_per_year, year_cell

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

    def overview_cells(r: Any, unit: str) -> list[Any]:
        return [unit, year_cell(r), r.applicants, r.interns, r.average_days, r.average_weeks,
                r.hired_later, r.hired, r.paid, r.unpaid]  # fmt: skip

    ws = book.create_sheet(w["overview"])
    ws.append([w["title"]])
    ws.append([w["period"], overview.period])
    ws.append([])
    ws.append([w["unit"], w["year"], w["applicants"], w["interns"], w["days"], w["weeks"],
               w["hired"], w["hired_in"], w["paid"], w["unpaid"]])  # fmt: skip
    for total in overview.totals:
        for r in (r for r in rows if r.year == total.year):
            ws.append(overview_cells(r, r.unit))
        ws.append(overview_cells(total, w["people_total"]))
    ws.append([])
    ws.append([w["d_total"]])
    sheet(w["chart"], [w["year"], w["interns"]], interns_per_year(overview))
    unit_year = [w["unit"], w["year"]]
    sheet(w["s_applicants"], [*unit_year, w["applicants"]],
          ([r.unit, year_cell(r), r.applicants] for r in rows))  # fmt: skip
    sheet(w["s_interns"], [*unit_year, w["interns"]],
          ([r.unit, year_cell(r), r.interns] for r in rows))  # fmt: skip
    sheet(
        w["s_duration"],
        [*unit_year, w["interns"], w["days"], w["weeks"], w["hours"]],
        ([r.unit, year_cell(r), r.interns, r.average_days, r.average_weeks, r.average_hours]
         for r in rows),
    )  # fmt: skip
    sheet(
        w["s_kinds"],
        [*unit_year, w["interns"], *(KINDS[kind][LANGUAGE] for kind in InternshipKind)],
        ([r.unit, year_cell(r), r.interns, *(r.kinds[k] for k in InternshipKind)] for r in rows),
    )
    sheet(
        w["s_hired"],
        [w["unit"], w["function"], w["year"], w["by_hiring"], w["by_internship"]],
        ([h.unit, h.function, h.year, h.by_hiring, h.by_internship]
         for h in overview.hired_by_function),
    )  # fmt: skip
    sheet(
        w["s_requirements"],
        [w["unit"], w["function"], w["requirements"], w["years"]],
        ([q.unit, q.function, q.text, q.years] for q in overview.requirements),
    )
    ws = book.create_sheet(w["s_pay"])
    ws.append([w["unit"], w["year"], w["paid"], w["unpaid"]])
    for r in rows:
        ws.append([r.unit, year_cell(r), r.paid, r.unpaid])
    ws.append([])
    ws.append([w["unit"], w["year"], "", "", w["reason"], w["count"]])
    for u in overview.unpaid_reasons:
        ws.append([u.unit, u.year, None, None, u.reason, u.interns])
    sheet(
        w["data"],
        data_header(LANGUAGE),
        ([r.unit, year_cell(r), r.applicants, r.interns, r.average_days,
          r.kinds[InternshipKind.CURRICULAR], r.kinds[InternshipKind.VOLUNTARY], r.hired_later,
          r.paid, r.unpaid] for r in rows),
    )  # fmt: skip
    sheet(w["how"], [w["how"]], ([w[key]] for key in HOW))
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
