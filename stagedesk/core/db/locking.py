"""One StageDesk per database: a lock file next to it, saying who holds it since when.

``<db>.lock`` is created atomically (O_CREAT | O_EXCL: of two StageDesks starting at once,
one wins) and holds JSON: user, host, process id, start time and a random token. The
window holds it for its whole life and removes it on closing; commands on the command line
are short and SQLite's own locking keeps them safe, so only ``restore`` looks at it.

A lock left by a crash is taken over when it is surely stale: written on this computer
before its last start, or by a process of this computer that no longer runs. Moments are
written with their UTC offset and compared as such, so the hour that repeats when summer
time ends cannot make a lock taken after the start look older than the start. A lock from
another computer cannot be judged from here (that laptop may have crashed, or be open
right now): the caller asks the user and then calls ``acquire(..., take_over=holder)``.

Taking over is safe against a second StageDesk doing the same at the same moment: the old
lock is first renamed to a name of our own, then read again; only if it is still the
stale one it is deleted; if it turned out to be a fresh lock, it is put back.
"""

import datetime as dt
import getpass
import json
import os
import secrets
import socket
import sys
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from stagedesk.core.db.problems import Refusal
from stagedesk.core.i18n import QT_TRANSLATE_NOOP

HELD = QT_TRANSLATE_NOOP(
    "Lock", "{path} is already open in StageDesk: {user} on {host}, since {since}."
)
HELD_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Lock",
    "{path} is open in StageDesk on another computer: {user} on {host}, since {since}. "
    "If that computer crashed or StageDesk was not closed there, you may take the "
    "database over. If StageDesk is still open there, changes made there may be lost.",
)
UNREADABLE = "?"  # a lock whose contents cannot be read (written half, by a crash)
# A lock is written within milliseconds of its creation; one still unreadable after this
# long was left half-written by a crash.
HALF_WRITTEN_GRACE_S = 60


@dataclass(frozen=True)
class Holder:
    user: str
    host: str
    pid: int
    started: str  # ISO date and time with UTC offset (older locks: local time, no offset)
    token: str = ""

    @classmethod
    def me(cls, now: dt.datetime) -> "Holder":
        return cls(
            _user(),
            socket.gethostname(),
            os.getpid(),
            now.astimezone().isoformat("T", "seconds"),  # naive: taken as local time
            secrets.token_hex(8),
        )

    def to_json(self) -> str:
        return json.dumps(asdict(self))

    @classmethod
    def from_json(cls, text: str) -> "Holder":
        try:
            data = json.loads(text)
            return cls(
                str(data["user"]),
                str(data["host"]),
                int(data["pid"]),
                str(data["started"]),
                str(data.get("token", "")),
            )
        except (ValueError, KeyError, TypeError):
            return cls(UNREADABLE, UNREADABLE, 0, "", "")

    @property
    def since(self) -> dt.datetime | None:
        """When the lock was taken, as an aware moment (a lock without offset, written by
        an older StageDesk, in this computer's local time)."""
        try:
            return dt.datetime.fromisoformat(self.started).astimezone()
        except ValueError:
            return None

    @property
    def on_this_computer(self) -> bool:
        return self.host.casefold() == socket.gethostname().casefold()


class LockHeld(Refusal):
    """Another StageDesk holds the database: who, on which computer, since when.
    ``elsewhere``: on another computer, so the user may decide to take it over."""

    context = "Lock"

    def __init__(self, path: Path, holder: Holder) -> None:
        self.path, self.holder = path, holder
        self.elsewhere = not holder.on_this_computer and holder.host != UNREADABLE
        when = holder.since
        super().__init__(
            HELD_ELSEWHERE if self.elsewhere else HELD,
            path=path,
            user=holder.user,
            host=holder.host,
            since=when.strftime("%d/%m/%Y %H:%M") if when else UNREADABLE,
        )


@dataclass
class DatabaseLock:
    """A lock we hold; ``release()`` removes the file if it is still ours."""

    path: Path
    holder: Holder

    def release(self) -> None:
        try:
            if Holder.from_json(self.path.read_text(encoding="utf-8")) == self.holder:
                self.path.unlink()
        except OSError:
            pass  # already gone, or the folder went away (a network drive)


def lock_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + ".lock")


def _user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return UNREADABLE


def _create(path: Path, holder: Holder) -> bool:
    try:
        handle = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        return False
    with os.fdopen(handle, "w", encoding="utf-8") as file:
        file.write(holder.to_json())
        file.flush()
        os.fsync(file.fileno())
    return True


def _read(path: Path) -> Holder | None:
    try:
        return Holder.from_json(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None


def acquire(
    db_path: Path,
    now: dt.datetime,
    *,
    take_over: Holder | None = None,
    booted: dt.datetime | None = None,
) -> DatabaseLock:
    """Take the lock on ``db_path`` or raise LockHeld naming who holds it since when.

    ``now`` is written in the lock (a naive moment is local time); ``take_over`` is a
    holder on another computer the user agreed to take over from; ``booted`` is when this
    computer started (default: asked from the system).
    """
    path = lock_path(db_path)
    path.parent.mkdir(parents=True, exist_ok=True)  # the first start: no folder yet
    me = Holder.me(now)
    booted = booted if booted is not None else boot_time()
    for _attempt in range(5):  # each round either wins, refuses, or clears a stale lock
        if _create(path, me):
            return DatabaseLock(path, me)
        holder = _read(path)
        if holder is None:
            continue  # released meanwhile
        if holder != take_over and not is_stale(holder, path, booted):
            raise LockHeld(db_path, holder)
        _clear(path, holder)
    raise LockHeld(db_path, _read(path) or Holder(UNREADABLE, UNREADABLE, 0, ""))


def is_stale(holder: Holder, path: Path, booted: dt.datetime | None) -> bool:
    """A lock of this computer that no running process holds. ``booted``: when this
    computer started (naive: local time)."""
    if holder.host == UNREADABLE:  # written half by a crash, or being written right now
        return file_age(path) > HALF_WRITTEN_GRACE_S
    if not holder.on_this_computer:
        return False
    since = holder.since
    # Compared in UTC: Python compares two moments of one zone by their wall clock.
    if booted is not None and since is not None and _utc(since) < _utc(booted):
        return True  # from before the computer last started: that process is gone
    return holder.pid != os.getpid() and not pid_alive(holder.pid)


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.astimezone(dt.UTC)  # a naive moment is local time


def file_age(path: Path) -> float:
    """Seconds since ``path`` was last written, on the file system's own clock.

    The clock that stamped the file (a file server's, for a network folder) is asked
    through a probe file written beside it, not this computer's clock: a laptop whose
    clock is off must not take a lock another StageDesk is writing this very second for
    an old one.
    """
    probe = path.with_name(f"{path.name}.clock-{os.getpid()}-{secrets.token_hex(4)}")
    try:
        probe.touch()
        now = probe.stat().st_mtime
    except OSError:  # cannot write here: then acquiring cannot succeed anyway
        now = time.time()
    finally:
        probe.unlink(missing_ok=True)
    try:
        return now - path.stat().st_mtime
    except OSError:
        return 0.0  # gone meanwhile: the next round sees what replaced it


def _clear(path: Path, stale: Holder) -> None:
    """Remove the lock of ``stale`` only: never a fresh one another StageDesk just made."""
    aside = path.with_name(f"{path.name}.{os.getpid()}-{secrets.token_hex(4)}")
    try:
        path.rename(aside)
    except FileNotFoundError:
        return  # someone else cleared it first
    if _read(aside) == stale:
        aside.unlink(missing_ok=True)
        return
    try:  # it was a fresh lock: put it back (link does not replace an existing file)
        os.link(aside, path)
    except FileExistsError:
        pass  # another StageDesk has locked it meanwhile: it holds the database anyway
    except OSError:  # no hard links here (FAT, some shares): rename never replaces there
        if sys.platform == "win32":
            aside.rename(path)
    aside.unlink(missing_ok=True)


def pid_alive(pid: int) -> bool:
    """Whether a process with this id runs on this computer."""
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_pid_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # it runs, as another user
    return True


def _windows_pid_alive(pid: int) -> bool:  # pragma: no cover - Windows only
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return bool(kernel32.GetLastError() == 5)  # ERROR_ACCESS_DENIED: it exists
    try:
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        return code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def boot_time() -> dt.datetime | None:
    """When this computer last started, in UTC; None where we cannot tell (then only
    the pid says whether a lock is stale)."""
    try:
        if sys.platform == "win32":  # pragma: no cover - Windows only
            import ctypes

            ticks = ctypes.windll.kernel32.GetTickCount64  # type: ignore[attr-defined]
            ticks.restype = ctypes.c_ulonglong  # the default (int) overflows after 24 days
            uptime_ms = ticks()
            return dt.datetime.now(dt.UTC) - dt.timedelta(milliseconds=uptime_ms)
        with Path("/proc/stat").open(encoding="ascii") as stat:
            for line in stat:
                if line.startswith("btime "):
                    return dt.datetime.fromtimestamp(int(line.split()[1]), dt.UTC)
    except (OSError, ValueError, AttributeError):
        pass
    return None
