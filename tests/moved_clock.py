"""The clock moved under the tests that touch time: a pytest plugin and its runner.

Tests whose subject is a date, a moment or a duration carry the ``clock`` marker: locks
and boot times, backups and their rotation, the bin's 30 days, retention, due and overdue
items, academic years, deadlines, and every test that hands the code a fixed "today"
(the moved clock then shows any code that reads the real one instead). ``.ci/run`` runs
them again under libfaketime, so that a test written today that breaks next month fails
today::

    uv run python -m tests.moved_clock '+400 days'             # the whole run ahead
    uv run python -m tests.moved_clock '2028-02-29 23:59:59'   # each test just before

With a moment, each ``clock`` test starts a little before it (0.1 to 3 seconds, chosen
per test), so that the day, the month or the year changes while it runs, as it does for
a coordinator working late. libfaketime reads the clock's offset, in seconds, from a
file at every clock call (``FAKETIME_TIMESTAMP_FILE`` with ``FAKETIME_NO_CACHE``), and
every process a test starts reads the same file, so a test and the command it runs agree
on the time; the fixture below writes a new offset before each test. The monotonic clock
moves with it: libfaketime cannot leave it alone without breaking ``sleep``.
"""

import datetime as dt
import os
import re
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

MOMENT = "STAGEDESK_TEST_CLOCK"  # the moment each clock test starts just before
OFFSET_FILE = "FAKETIME_TIMESTAMP_FILE"
LEADS = (0.1, 0.3, 1.0, 3.0)  # seconds before the moment, chosen per test
LIBRARY = ("*/faketime/libfaketime.so.1", "faketime/libfaketime.so.1")  # under /usr/lib
_SHIFT = re.compile(r"^([+-]\d+)\s*(day|hour|minute|second)?s?$")
_SECONDS = {"day": 86_400, "hour": 3_600, "minute": 60, "second": 1, None: 1}


def libfaketime() -> str | None:
    """Debian's libfaketime (package faketime), if installed."""
    found = [path for pattern in LIBRARY for path in sorted(Path("/usr/lib").glob(pattern))]
    return str(found[0]) if found else None


def shift_seconds(spec: str) -> float | None:
    """'+400 days' -> seconds; None for a moment ('2028-02-29 23:59:59')."""
    match = _SHIFT.match(spec.strip())
    return int(match[1]) * _SECONDS[match[2]] if match else None


def moved_environment(spec: str, offset_file: Path, library: str) -> dict[str, str]:
    """The environment of a run under ``spec``, its offset written to ``offset_file``."""
    shift = shift_seconds(spec)
    if shift is None:
        dt.datetime.fromisoformat(spec)  # a moment it cannot read: refused before any test
    offset_file.write_text(f"{shift or 0:+}\n", encoding="ascii")
    return os.environ | {
        "LD_PRELOAD": library,
        OFFSET_FILE: str(offset_file),
        "FAKETIME_NO_CACHE": "1",
        MOMENT: "" if shift is not None else spec,
    }


def main(argv: list[str]) -> int:
    """Run the ``clock`` tests under ``argv[0]``; the other arguments go to pytest."""
    library = libfaketime()
    if not argv or library is None:
        print(
            "usage: python -m tests.moved_clock '+400 days'|'YYYY-MM-DD hh:mm:ss' [pytest "
            "arguments]; needs libfaketime (apt-get install faketime)",
            file=sys.stderr,
        )
        return 2
    spec, *pytest_args = argv
    with tempfile.TemporaryDirectory() as folder:
        environ = moved_environment(spec, Path(folder) / "offset", library)
        print(f"moved clock: {spec}", file=sys.stderr, flush=True)
        command = [sys.executable, "-m", "pytest", "-m", "clock", "-q", "-p", "no:cacheprovider"]
        return subprocess.run([*command, *pytest_args], env=environ, check=False).returncode


def _moment() -> dt.datetime | None:
    spec = os.environ.get(MOMENT, "")
    return dt.datetime.fromisoformat(spec) if spec and OFFSET_FILE in os.environ else None


@pytest.fixture(autouse=True)
def _clock_test_starts_before_the_moment(request: pytest.FixtureRequest) -> Iterator[None]:
    """Under a moment, a ``clock`` test starts a little before it."""
    moment = _moment()
    if moment is not None and request.node.get_closest_marker("clock") is not None:
        file = Path(os.environ[OFFSET_FILE])
        real_now = time.time() - float(file.read_text(encoding="ascii"))
        lead = LEADS[zlib.crc32(request.node.nodeid.encode()) % len(LEADS)]
        # Replaced whole, never rewritten in place: libfaketime re-reads the file at every
        # clock call, in every thread (Qt's, a worker's), and a half-written file would
        # move the clock anywhere for that one call.
        ahead = file.with_name(file.name + ".new")
        ahead.write_text(f"{moment.timestamp() - lead - real_now:+.6f}\n", encoding="ascii")
        ahead.replace(file)
    yield


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
