"""Time from process start to StageDesk's first painted main window, against bare PySide6.

    uv run python tests/benchmarks/bench_startup.py [--db PATH] [--runs 7] [--importtime]

Two kinds of child process are started alternately, each timed from just before
``Popen`` to the moment its first window has been exposed and painted:

* bare: a ``QApplication`` and an empty ``QMainWindow``, shown;
* StageDesk: the real entry point (``python -m stagedesk --db PATH``), run through
  ``runpy`` exactly as ``-m`` does.

Both run the same small prologue (``CHILD_PROLOGUE``): it swaps ``QApplication`` for a
subclass that installs an event filter as soon as the application exists, and after the
first ``Expose`` of a window (Qt paints a widget window while handling it) a zero timer
prints a wall-clock timestamp and quits; work the program queued before that timer runs
first and counts. The application itself is unchanged; only its settings are redirected
to an empty INI file per run, so every run starts on the dashboard in the default size
and the user's own settings are never read or written.

Children run offscreen (``QT_QPA_PLATFORM=offscreen``) with byte-code caching on (in a
private ``PYTHONPYCACHEPREFIX``, after one untimed warm-up of each kind), as an installed
StageDesk runs: without it every run would compile SQLAlchemy from source.

Without ``--db`` the demo database of 10 years x 1,000 internships is built in a temporary
folder first. The target is StageDesk's median within 2x the bare median; the exit code is
1 when it is missed.
"""

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
TARGET_RATIO = 2.0
TIMEOUT_SECONDS = 120
MARKER = "FIRST-FRAME"

# Runs first in every child. The QApplication class is replaced by a subclass that
# installs an event filter when it is constructed, so the first frame is seen however
# early the program shows its window (before exec() or inside it). The filter waits for
# the first Expose of a window; Qt paints a widget window while handling it, and the zero
# timer then prints the timestamp and quits.
CHILD_PROLOGUE = f"""
import sys, time
import PySide6.QtWidgets
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QWindow

class _FirstFrame(QObject):
    seen = False

    def eventFilter(self, watched, event):
        if (
            not self.seen
            and event.type() == QEvent.Type.Expose
            and isinstance(watched, QWindow)
            and watched.isExposed()
        ):
            self.seen = True
            title = watched.title()
            QTimer.singleShot(0, lambda: self._stamp(title))
        return False

    def _stamp(self, title):
        print("{MARKER}", time.time_ns(), title, flush=True)
        PySide6.QtWidgets.QApplication.quit()

class _TimedApplication(PySide6.QtWidgets.QApplication):
    def __init__(self, *args):
        super().__init__(*args)
        self._first_frame = _FirstFrame(self)
        self.installEventFilter(self._first_frame)
        QTimer.singleShot({TIMEOUT_SECONDS * 1000}, self.quit)

PySide6.QtWidgets.QApplication = _TimedApplication
from PySide6.QtWidgets import QApplication
"""

BARE = """
from PySide6.QtWidgets import QMainWindow

app = QApplication(sys.argv)
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1280, 800)
window.show()
sys.exit(app.exec())
"""

# The settings go to an INI file named by the first argument; the rest is StageDesk's
# own command line.
STAGEDESK = """
import runpy
import stagedesk.ui.kit.settings as _settings

_open_settings = _settings.open_settings
_ini = sys.argv.pop(1)
_settings.open_settings = lambda path=None: _open_settings(path or _ini)
sys.argv[0] = "stagedesk"
runpy.run_module("stagedesk", run_name="__main__", alter_sys=True)
"""


@dataclass(frozen=True)
class Run:
    shown: float  # seconds from just before Popen to the first painted frame
    exited: float  # seconds until the process had ended
    title: str


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


def child_environment(scratch: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(scratch / "pycache")
    return env


def time_child(command: list[str], env: dict[str, str]) -> Run:
    started = time.time_ns()
    process = subprocess.Popen(
        command,
        cwd=PROJECT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        out, err = process.communicate(timeout=TIMEOUT_SECONDS + 10)
    except subprocess.TimeoutExpired:
        process.kill()
        out, err = process.communicate()
    ended = time.time_ns()
    stamp = next((line for line in out.splitlines() if line.startswith(MARKER)), None)
    if process.returncode != 0 or stamp is None:
        raise SystemExit(
            f"{' '.join(command[:3])}… failed (exit {process.returncode}, no frame: "
            f"{stamp is None}):\n{out}\n{err}"
        )
    _, shown_ns, *title = stamp.split(" ")
    return Run((int(shown_ns) - started) / 1e9, (ended - started) / 1e9, " ".join(title))


def import_profile(command: list[str], env: dict[str, str], top: int = 12) -> None:
    """One more run under ``-X importtime``: import time per package, heaviest first."""
    result = subprocess.run(
        [command[0], "-X", "importtime", *command[1:]],
        cwd=PROJECT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    per_package: Counter[str] = Counter()
    for line in result.stderr.splitlines():
        match = re.match(r"import time:\s+(\d+) \|\s+\d+ \|\s*(\S+)", line)
        if match:
            parts = match[2].split(".")
            # StageDesk by module (stagedesk.core.models), the rest by top-level package.
            name = ".".join(parts[:3]) if parts[0] == "stagedesk" else parts[0]
            per_package[name] += int(match[1])
    total = sum(per_package.values()) / 1000
    print(f"imports of one StageDesk start (-X importtime, which adds overhead): {total:.0f} ms")
    for name, microseconds in per_package.most_common(top):
        print(f"  {microseconds / 1000:6.1f} ms  {name}")


def measure(database: Path, runs: int, importtime: bool) -> tuple[list[Run], list[Run]]:
    with tempfile.TemporaryDirectory(prefix="stagedesk-startup-") as folder:
        scratch = Path(folder)
        env = child_environment(scratch)
        bare = [sys.executable, "-c", CHILD_PROLOGUE + BARE]

        def stagedesk(run: int) -> list[str]:
            ini = scratch / f"settings-{run}.ini"
            return [
                sys.executable,
                "-c",
                CHILD_PROLOGUE + STAGEDESK,
                str(ini),
                "--db",
                str(database),
            ]

        # Untimed: fills the byte-code cache and the OS file cache for both.
        time_child(bare, env)
        first = time_child(stagedesk(0), env)
        if not first.title.startswith("StageDesk"):
            raise SystemExit(f"StageDesk showed {first.title!r} first, not its main window")
        bare_runs: list[Run] = []
        stagedesk_runs: list[Run] = []
        for run in range(1, runs + 1):
            bare_runs.append(time_child(bare, env))
            stagedesk_runs.append(time_child(stagedesk(run), env))
            print(
                f"  run {run}: bare {bare_runs[-1].shown * 1000:6.0f} ms   "
                f"StageDesk {stagedesk_runs[-1].shown * 1000:6.0f} ms",
                flush=True,
            )
        if importtime:
            import_profile(stagedesk(runs + 1), env)
    return bare_runs, stagedesk_runs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, metavar="PATH", help="an existing StageDesk database")
    parser.add_argument("--runs", type=int, default=7, help="timed runs of each (default 7)")
    parser.add_argument(
        "--importtime", action="store_true", help="also show which imports cost the time"
    )
    args = parser.parse_args()
    if args.db and not args.db.is_file():
        parser.error(f"no database at {args.db}")
    with tempfile.TemporaryDirectory(prefix="stagedesk-bench-") as folder:
        database = args.db.resolve() if args.db else build_demo(Path(folder))
        print(f"database: {database}")
        bare, stagedesk = measure(database, args.runs, args.importtime)
    bare_ms = statistics.median(r.shown for r in bare) * 1000
    stagedesk_ms = statistics.median(r.shown for r in stagedesk) * 1000
    ratio = stagedesk_ms / bare_ms
    for name, runs, median in (
        ("bare QMainWindow", bare, bare_ms),
        ("StageDesk", stagedesk, stagedesk_ms),
    ):
        fastest, slowest = min(r.shown for r in runs) * 1000, max(r.shown for r in runs) * 1000
        exited = statistics.median(r.exited for r in runs) * 1000
        print(
            f"{name + ' first frame:':28} median {median:5.0f} ms  (min {fastest:.0f}, "
            f"max {slowest:.0f}; process ended after {exited:.0f} ms)"
        )
    print(f"ratio StageDesk / bare:      {ratio:.2f}x  (target < {TARGET_RATIO:.1f}x)")
    ok = ratio < TARGET_RATIO
    print("PASS" if ok else "FAIL: StageDesk shows its window too slowly")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
