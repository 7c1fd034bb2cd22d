"""Where the tests find the project: its root and the test data, wherever a test lives."""

from pathlib import Path

PROJECT = Path(__file__).resolve().parent.parent
DATA = PROJECT / "tests" / "data"
