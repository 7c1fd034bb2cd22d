"""``python -m stagedesk`` and the ``stagedesk`` entry point."""

import sys

from stagedesk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
