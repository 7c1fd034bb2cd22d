"""Writing a file whole or not at all: into a temporary file beside the target, renamed
over it at the end. A failure, a cancel or a crash never leaves half a workbook where the
user expects the last good one."""

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from stagedesk.core.i18n import QT_TRANSLATE_NOOP

NEW_FILE_MODE = 0o644  # what a file saved by any program usually gets

IS_FOLDER = QT_TRANSLATE_NOOP("Files", "{target} is a folder.")
NO_FOLDER = QT_TRANSLATE_NOOP("Files", "The folder {folder} does not exist.")
READ_ONLY = QT_TRANSLATE_NOOP("Files", "The folder {folder} cannot be written to: {reason}")


class TargetRefused(Exception):
    """The target cannot be written: its folder is missing or read-only, or it is a
    folder itself. ``template`` (marked for translation in the context "Files") and
    ``values`` make the message; ``str()`` is the English one."""

    def __init__(self, template: str, **values: str) -> None:
        super().__init__(template.format(**values))
        self.template = template
        self.values = values


def check_target(target: Path) -> None:
    """Raise :class:`TargetRefused` when ``target`` cannot be written, before any work."""
    if target.is_dir():
        raise TargetRefused(IS_FOLDER, target=str(target))
    if not target.parent.is_dir():
        raise TargetRefused(NO_FOLDER, folder=str(target.parent))
    try:
        handle, probe = tempfile.mkstemp(prefix=".stagedesk-", suffix=".part", dir=target.parent)
    except OSError as error:
        reason = error.strerror or str(error)
        raise TargetRefused(READ_ONLY, folder=str(target.parent), reason=reason) from None
    os.close(handle)
    Path(probe).unlink()


@contextmanager
def written_whole(target: Path) -> Iterator[Path]:
    """The path to write to instead of ``target``; moved over ``target`` when the block
    ends normally, removed when it raises (or the generator it runs in is closed)."""
    handle, name = tempfile.mkstemp(
        prefix=f".{target.stem}-", suffix=f"{target.suffix}.part", dir=target.parent
    )
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        mode = stat.S_IMODE(target.stat().st_mode) if target.exists() else NEW_FILE_MODE
        temporary.chmod(mode)  # mkstemp makes it private to the user
        temporary.replace(target)
    finally:
        temporary.unlink(missing_ok=True)
