"""The window must be able to show before the database layer is loaded (start-up speed)."""

import subprocess
import sys


def test_showing_the_window_does_not_load_the_database_layer() -> None:
    probe = (
        "import sys\n"
        "import stagedesk.cli, stagedesk.ui.app, stagedesk.ui.main_window\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic'))\n"
        "print(','.join(heavy))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
