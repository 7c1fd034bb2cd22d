"""Command line: backups and restore."""

import argparse
from collections.abc import Callable
from typing import Any

Opener = Callable[[argparse.Namespace], Any]


def add_commands(commands: Any, database: argparse.ArgumentParser, opener: Opener) -> None:
    del commands, database, opener
