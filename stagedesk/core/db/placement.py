"""Is a database in a synced (OneDrive, Dropbox…) or network folder? Then warn.

SQLite is safe on a local disk. In a folder a sync client copies around, two computers
can each change their own copy and the client keeps one (or both, as "conflicted copy");
on a network drive, locks and flushes depend on the server. StageDesk uses the rollback
journal with a sync at every commit everywhere (``engine``), which is the mode that is
safe there; the user is told once per database where it lives and what that means.

Detection is by path (the folders sync clients make, the OneDrive environment variables
on Windows), by UNC path or the drive type of a mapped drive on Windows, and by the file
system of the mount on Linux. Everything is passed in, so a test gives a fake
environment or mount table.
"""

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import Enum
from pathlib import Path, PurePath, PurePosixPath, PureWindowsPath

from stagedesk.core.i18n import QT_TRANSLATE_NOOP

ONEDRIVE_VARIABLES = ("OneDrive", "OneDriveCommercial", "OneDriveConsumer")
# Folder names sync clients create (case ignored).
SYNC_FOLDERS = {
    "onedrive": "OneDrive",
    "dropbox": "Dropbox",
    "google drive": "Google Drive",
    "googledrive": "Google Drive",
    "my drive": "Google Drive",
    "icloud drive": "iCloud",
    "iclouddrive": "iCloud",
    "mobile documents": "iCloud",
    "com~apple~clouddocs": "iCloud",
    "box": "Box",
    "nextcloud": "Nextcloud",
    "owncloud": "ownCloud",
    "pcloud drive": "pCloud",
}
# "OneDrive - Contoso", "OneDrive-Personal", "GoogleDrive-me@x.be", "Dropbox (Personal)".
SUFFIXED = ("onedrive", "googledrive", "dropbox")
NETWORK_FILE_SYSTEMS = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "ncpfs", "afs", "9p", "ceph", "glusterfs",
    "davfs", "lustre", "gpfs", "fuse",
}  # fmt: skip
# FUSE mounts are network drives (sshfs, rclone, gvfs…) unless known to be local.
LOCAL_FUSE = {"fuse.portal", "fuse.lxcfs", "fuse.gocryptfs", "fuse.encfs", "fuse.bindfs"}
DRIVE_REMOTE = 4  # GetDriveTypeW

SYNCED_WARNING = QT_TRANSLATE_NOOP(
    "Placement",
    "{path} is in a folder that {service} keeps in sync. StageDesk works there, but the "
    "database must never be open on two computers at once, and a sync conflict can leave "
    "two versions of it. Safest: keep the database in a local folder and let its backups "
    "go to {service}.",
)
NETWORK_WARNING = QT_TRANSLATE_NOOP(
    "Placement",
    "{path} is on a network drive ({service}). StageDesk uses its safest way of saving "
    "there, but if the connection drops while saving, the last change can be lost. Keep "
    "backups, and open the database on one computer at a time.",
)


class Placement(Enum):
    LOCAL = "local"
    SYNCED = "synced"
    NETWORK = "network"


@dataclass(frozen=True)
class Where:
    placement: Placement
    service: str = ""  # "OneDrive", "nfs4", "\\\\server\\share"…

    @property
    def warning(self) -> str | None:
        """The message to show (translatable, format with path and service), if any."""
        return {Placement.SYNCED: SYNCED_WARNING, Placement.NETWORK: NETWORK_WARNING}.get(
            self.placement
        )


LOCAL = Where(Placement.LOCAL)


def _pure(path: str, platform: str) -> PurePath:
    return PureWindowsPath(path) if platform == "win32" else PurePosixPath(path)


def _inside(path: PurePath, folder: PurePath) -> bool:
    parts = [p.casefold() for p in path.parts]
    prefix = [p.casefold() for p in folder.parts]
    return bool(prefix) and parts[: len(prefix)] == prefix


def _synced(path: PurePath, environ: Mapping[str, str], platform: str) -> Where | None:
    if platform == "win32":
        for variable in ONEDRIVE_VARIABLES:
            folder = environ.get(variable)
            if folder and _inside(path, _pure(folder, platform)):
                return Where(Placement.SYNCED, "OneDrive")
    for part in path.parts[:-1]:
        name = part.casefold()
        if name in SYNC_FOLDERS:
            return Where(Placement.SYNCED, SYNC_FOLDERS[name])
        for folder in SUFFIXED:
            if name.startswith((f"{folder} - ", f"{folder}-", f"{folder} (")):
                return Where(Placement.SYNCED, SYNC_FOLDERS[folder])
    return None


def _unescape(field: str) -> str:
    r"""/proc/mounts writes a space as \040, a tab as \011, a backslash as \134."""
    for code, char in (("\\040", " "), ("\\011", "\t"), ("\\012", "\n"), ("\\134", "\\")):
        field = field.replace(code, char)
    return field


def _mounted(path: PurePath, mounts: str) -> Where | None:
    """The file system of the longest mount point above ``path`` in a /proc/mounts text."""
    best: tuple[int, str, str] | None = None
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = PurePosixPath(_unescape(fields[1]))
        if path == point or point in path.parents:
            depth = len(point.parts)
            if best is None or depth > best[0]:
                best = (depth, fields[2], _unescape(fields[0]))
    if best is None:
        return None
    _depth, kind, source = best
    family = kind.split(".")[0]
    if family in NETWORK_FILE_SYSTEMS and kind not in LOCAL_FUSE and kind != "fuseblk":
        return Where(Placement.NETWORK, f"{kind}: {source}")
    return None


def _network(
    path: PurePath, mounts: str | None, platform: str, drive_type: Callable[[str], int] | None
) -> Where | None:
    if platform == "win32":
        drive = path.drive
        if drive.startswith(("\\\\", "//")):
            return Where(Placement.NETWORK, drive)
        if drive and drive_type is not None and drive_type(drive + "\\") == DRIVE_REMOTE:
            return Where(Placement.NETWORK, drive)
        return None
    return _mounted(path, mounts) if mounts is not None else None


def _windows_drive_type(root: str) -> int:  # pragma: no cover - Windows only
    import ctypes

    return int(ctypes.windll.kernel32.GetDriveTypeW(root))  # type: ignore[attr-defined]


def _proc_mounts() -> str | None:
    try:
        with Path("/proc/mounts").open(encoding="utf-8", errors="replace") as table:
            return table.read()
    except OSError:
        return None  # not Linux: macOS and others are judged by their paths only


def _real(path: Path) -> Path:
    """Through symbolic links (a Documents folder that points into Dropbox)."""
    try:
        return path.resolve()
    except OSError:
        return path.absolute()


def where_is(
    path: str | os.PathLike[str],
    *,
    environ: Mapping[str, str] | None = None,
    mounts: str | None = None,
    platform: str = sys.platform,
    drive_type: Callable[[str], int] | None = None,
) -> Where:
    """Where the database at ``path`` lives. Defaults ask this computer: ``os.environ``,
    /proc/mounts, GetDriveTypeW; pass them in to test."""
    if environ is None:
        environ = os.environ
    if platform == sys.platform:
        if mounts is None and platform.startswith("linux"):
            mounts = _proc_mounts()
        if drive_type is None and platform == "win32":
            drive_type = _windows_drive_type
        path = _real(Path(path))
    pure = _pure(os.fspath(path), platform)
    return _synced(pure, environ, platform) or _network(pure, mounts, platform, drive_type) or LOCAL
