"""Time the demo generator at scale, as a user runs it.

    uv run python tests/benchmarks/bench_demo.py [--years 10] [--per-year 1000]

Runs the real command line (``python -m stagedesk demo``) on a fresh file and prints the
wall-clock seconds, including interpreter start-up, schema creation and the toolbox data
(checklists, surveys, question sets, needs analyses: most of the rows are form answers),
and the size of the database. The target is ten years of 1,000 internships in under 30 seconds on a
two-core machine; the exit code is 1 when the run is slower than that.
"""

import argparse
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
TARGET_SECONDS = 30.0


def run_demo(years: int, per_year: int, seed: int) -> tuple[float, int, str]:
    """Seconds, file size in bytes and the command's summary line."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        command = [sys.executable, "-m", "stagedesk", "demo", "--db", str(path)]
        command += ["--years", str(years), "--per-year", str(per_year), "--seed", str(seed)]
        started = time.perf_counter()
        result = subprocess.run(command, capture_output=True, text=True, cwd=PROJECT, check=False)
        seconds = time.perf_counter() - started
        if result.returncode != 0:
            raise SystemExit(f"stagedesk demo failed ({result.returncode}):\n{result.stderr}")
        return seconds, path.stat().st_size, result.stdout.strip()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--per-year", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args()
    seconds, size, summary = run_demo(args.years, args.per_year, args.seed)
    print(summary)
    print(
        f"demo --years {args.years} --per-year {args.per_year}: {seconds:.2f} s, "
        f"{size / 1_000_000:.1f} MB ({size} bytes)"
    )
    return 0 if seconds < TARGET_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
