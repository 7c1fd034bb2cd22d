"""The window must be able to show before the database layer is loaded (start-up speed)."""

import subprocess
import sys


def test_showing_the_window_does_not_load_the_database_layer() -> None:
    probe = (
        "import sys\n"
        "import stagedesk.cli, stagedesk.ui.shell.app, stagedesk.ui.shell.main_window\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic'))\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_parsing_the_command_line_does_not_load_the_database_layer() -> None:
    probe = (
        "import sys\n"
        "from stagedesk.cli.main import build_parser\n"
        "build_parser().parse_known_args([])\n"
        "print(','.join(m for m in sys.modules if m.startswith('sqlalchemy')))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""


def test_the_command_line_knows_every_kind_of_internship() -> None:
    from stagedesk.cli.reports import KIND_VALUES
    from stagedesk.core.models import InternshipKind

    assert tuple(kind.value for kind in InternshipKind) == KIND_VALUES
