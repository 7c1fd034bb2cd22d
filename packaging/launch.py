"""The built program's entry point (both executables): the same as ``python -m stagedesk``."""

import sys

from stagedesk.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
