"""Hypothesis profiles for the fuzzers.

The default profile ("ci") keeps the normal test run short and repeatable: few examples,
derandomized (the same examples on every run, on every machine), no example database.
For a longer hunt run ``uv run pytest tests/fuzz --hypothesis-profile=long``: ten times
the examples, a fresh random seed each run. A failing example is printed; keep it as an
``@example`` on the test once the code is fixed.
"""

from datetime import timedelta

import pytest
from hypothesis import HealthCheck, settings

# Per example: the readers' own limits stop a runaway file long before this.
DEADLINE = timedelta(seconds=20)
_COMMON = {
    "deadline": DEADLINE,
    "database": None,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
}

settings.register_profile("ci", max_examples=40, derandomize=True, **_COMMON)
settings.register_profile("long", max_examples=400, **_COMMON)


def pytest_configure(config: pytest.Config) -> None:
    if not config.getoption("--hypothesis-profile", None):
        settings.load_profile("ci")
