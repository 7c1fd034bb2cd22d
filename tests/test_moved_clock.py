"""The moved clock itself (tests/moved_clock.py): which tests it covers, and that it moves."""

import datetime as dt
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.moved_clock import LEADS, libfaketime, moved_environment, shift_seconds

PROJECT = Path(__file__).resolve().parent.parent
REAL_CLOCK = re.compile(r"date\.today\(\)|datetime\.now\(|time\.time\(\)|boot_time\(")
REQUIRE = "STAGEDESK_REQUIRE_FAKETIME"  # CI: the moved-clock tests fail, never skip

PROBE = """
import json, os, subprocess, sys, time
import pytest

pytestmark = pytest.mark.clock

@pytest.mark.parametrize("n", range(8))
def test_probe(n):
    started = time.time()
    child = subprocess.run([sys.executable, "-c", "import time; print(time.time())"],
                           capture_output=True, text=True, check=True)
    with open(os.environ["PROBE_OUT"], "a") as out:
        out.write(json.dumps([started, float(child.stdout), time.time()]) + "\\n")
"""


def test_every_test_module_that_reads_the_real_clock_is_run_with_it_moved() -> None:
    unmarked = [
        str(path.relative_to(PROJECT))
        for path in sorted((PROJECT / "tests").rglob("test_*.py"))
        if "benchmarks" not in path.parts
        and path.name != Path(__file__).name
        and REAL_CLOCK.search(text := path.read_text(encoding="utf-8"))
        and "pytestmark = pytest.mark.clock" not in text
    ]
    assert unmarked == []


def test_shifts_and_moments_are_told_apart() -> None:
    assert shift_seconds("+400 days") == 400 * 86_400
    assert shift_seconds("-2 hours") == -7_200
    assert shift_seconds("+90") == 90
    assert shift_seconds("2028-02-29 23:59:59") is None


def probe(tmp_path: Path, spec: str) -> list[list[float]]:
    """Run eight clock tests under ``spec``; per test: its start, its child's clock, its end."""
    library = libfaketime()
    if library is None:
        if os.environ.get(REQUIRE):
            pytest.fail("libfaketime is missing (apt-get install faketime)")
        pytest.skip("no libfaketime: apt-get install faketime")
    (tmp_path / "test_probe.py").write_text(PROBE, encoding="utf-8")
    (tmp_path / "pytest.ini").write_text("[pytest]\nmarkers = clock: x\n", encoding="utf-8")
    out = tmp_path / "probe.jsonl"
    environ = moved_environment(spec, tmp_path / "offset", library)
    environ |= {"PROBE_OUT": str(out), "PYTHONPATH": str(PROJECT)}
    run = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "tests.moved_clock", "-p", "no:cacheprovider"],
        cwd=tmp_path,
        env=environ,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    return [json.loads(line) for line in out.read_text().splitlines()]


@pytest.mark.slow
def test_each_clock_test_starts_just_before_the_moment(tmp_path: Path) -> None:
    moment = dt.datetime(2031, 12, 31, 23, 59, 59).timestamp()
    records = probe(tmp_path, "2031-12-31 23:59:59")
    assert len(records) == 8
    leads = set()
    for started, child, ended in records:
        lead = moment - started
        assert 0 < lead <= max(LEADS) + 0.05, lead  # started just before, wherever it ran
        assert started <= child <= ended  # the command a test starts shares its clock
        leads.add(min(LEADS, key=lambda known: abs(known - lead)))
    assert len(leads) > 1  # not every test at the same distance from midnight


@pytest.mark.slow
def test_a_shift_moves_the_whole_run(tmp_path: Path) -> None:
    before = time.time()
    records = probe(tmp_path, "+400 days")
    after = time.time()
    shift = 400 * 86_400
    for started, child, ended in records:
        assert before + shift <= started <= child <= ended <= after + shift
