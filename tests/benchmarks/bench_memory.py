"""Peak resident memory of StageDesk with every page open on a big database.

    uv run python tests/benchmarks/bench_memory.py [--db PATH]

Runs the real program's self-test (``python -m stagedesk self-test --db PATH``): the main
window offscreen, every page of the sidebar visited and one record of each kind opened in
its editor, so every list is loaded (25,000 candidates, 27,000 applications…). The
resident set size is sampled every 10 ms while it runs; on Linux and macOS the exact
peak comes from the kernel when the process ends (``wait4``'s ``ru_maxrss``).

Without ``--db`` the demo database of 10 years x 1,000 internships is built in a temporary
folder first. The target is a peak under 250 MB; the exit code is 1 when it is missed.
"""

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import psutil

PROJECT = Path(__file__).resolve().parents[2]
TARGET_MB = 250.0
MB = 1024 * 1024
TIMEOUT_SECONDS = 300


def build_demo(folder: Path) -> Path:
    path = folder / "bench.sqlite"
    command = [sys.executable, "-m", "stagedesk", "demo", "--db", str(path)]
    command += ["--years", "10", "--per-year", "1000"]
    print("building the demo database (10 years x 1,000 internships)…", flush=True)
    result = subprocess.run(command, capture_output=True, text=True, cwd=PROJECT, check=False)
    if result.returncode != 0:
        raise SystemExit(f"stagedesk demo failed ({result.returncode}):\n{result.stderr}")
    print(result.stdout.strip())
    return path


def _ended(process: subprocess.Popen[bytes], watched: psutil.Process) -> bool:
    if not hasattr(os, "wait4"):
        return process.poll() is not None
    # On POSIX the child is left unreaped (a zombie) for wait4 to read its peak.
    try:
        return watched.status() == psutil.STATUS_ZOMBIE
    except psutil.Error:
        return True


def _wait(process: subprocess.Popen[bytes]) -> tuple[int, float | None]:
    """Exit code and, where the OS keeps it, the peak RSS in MB of the ended process."""
    if not hasattr(os, "wait4"):  # Windows
        return process.wait(), None
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    # ru_maxrss is in kilobytes on Linux, in bytes on macOS.
    peak = usage.ru_maxrss / MB if sys.platform == "darwin" else usage.ru_maxrss / 1024
    return process.returncode, peak


def measure(database: Path) -> tuple[float, float | None, float]:
    """Peak RSS sampled, peak RSS from the OS (or None), and seconds the run took."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    command = [sys.executable, "-m", "stagedesk", "self-test", "--db", str(database)]
    with tempfile.TemporaryFile() as errors:
        started = time.perf_counter()
        process = subprocess.Popen(
            command, cwd=PROJECT, env=env, stdout=subprocess.DEVNULL, stderr=errors
        )
        watched = psutil.Process(process.pid)
        sampled = 0
        while not _ended(process, watched):
            try:
                info = watched.memory_info()
            except psutil.Error:
                break
            # On Windows the OS keeps the peak itself (peak_wset).
            sampled = max(sampled, info.rss, getattr(info, "peak_wset", 0))
            if time.perf_counter() - started > TIMEOUT_SECONDS:
                process.kill()
                break
            time.sleep(0.01)
        code, peak = _wait(process)
        seconds = time.perf_counter() - started
        if code != 0:
            errors.seek(0)
            raise SystemExit(
                f"stagedesk self-test failed ({code}):\n{errors.read().decode(errors='replace')}"
            )
    return sampled / MB, peak, seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, metavar="PATH", help="an existing StageDesk database")
    args = parser.parse_args()
    if args.db and not args.db.is_file():
        parser.error(f"no database at {args.db}")
    with tempfile.TemporaryDirectory(prefix="stagedesk-bench-") as folder:
        database = args.db.resolve() if args.db else build_demo(Path(folder))
        print(f"database: {database}")
        sampled, exact, seconds = measure(database)
    peak = exact if exact is not None else sampled
    source = "ru_maxrss" if exact is not None else "sampled"
    print(f"self-test visited every page in {seconds:.1f} s")
    print(f"peak RSS sampled every 10 ms: {sampled:.0f} MB")
    print(f"peak RSS: {peak:.0f} MB ({source})  target < {TARGET_MB:.0f} MB")
    ok = peak < TARGET_MB
    print("PASS" if ok else "FAIL: StageDesk uses too much memory")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
