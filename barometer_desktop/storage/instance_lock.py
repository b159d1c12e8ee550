"""One writer per SQLite file: a lock file beside the database.

SQLite's own locks keep a file consistent, but two copies of the app writing
the same file (two windows, or two workstations on a network drive, where
SQLite's locking is unreliable) would still undo each other's work. So the
first copy writes `barometer.sqlite.lock` with its host, process, user and a
heartbeat it renews every minute; a second copy finds it and opens the
database read-only. A lock is stale (taken over) when its process is gone on
this host, or when its heartbeat is older than STALE_AFTER (a crashed or
unplugged machine elsewhere). No Qt here: the window renews the heartbeat.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import sys
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from pathlib import Path

from barometer_desktop.atomic_files import atomic_write
from barometer_desktop.errors import BarometerError
from barometer_desktop.storage.database import current_user
from barometer_desktop.write_targets import TEXT

HEARTBEAT_SECONDS = 60
STALE_AFTER = timedelta(minutes=15)
# A lock file being written right now may be briefly empty: not stale yet.
UNREADABLE_GRACE = timedelta(seconds=30)


@dataclass(frozen=True)
class LockHolder:
    host: str
    pid: int
    user: str
    started_at: str
    heartbeat_at: str
    token: str = ""

    @property
    def heartbeat(self) -> datetime:
        return datetime.fromisoformat(self.heartbeat_at)


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def read_holder(path: Path) -> LockHolder | None:
    """The lock file's content; None when there is none or it cannot be read."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return LockHolder(**{k: data[k] for k in LockHolder.__dataclass_fields__ if k in data})
    except (OSError, ValueError, TypeError):
        return None


def process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)  # signal 0: "does it exist?" (never sent on Windows: see above)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # exists, owned by someone else
    return True


def is_stale(holder: LockHolder | None, path: Path, now: datetime | None = None) -> bool:
    now = now or datetime.now()
    if holder is None:
        try:
            age = now - datetime.fromtimestamp(path.stat().st_mtime)
        except OSError:
            return True
        return age > UNREADABLE_GRACE
    if holder.host == socket.gethostname() and not process_alive(holder.pid):
        return True
    try:
        return now - holder.heartbeat > STALE_AFTER
    except ValueError:
        return True


def _user() -> str:
    return current_user()


class InstanceLock:
    """This copy of the app's claim to write one database file."""

    def __init__(self, database: Path, holder: LockHolder) -> None:
        self.path = lock_path(database)
        self.holder = holder

    @classmethod
    def acquire(cls, database: Path) -> tuple[InstanceLock | None, LockHolder | None]:
        """(our lock, None), or (None, the other copy holding it).

        A folder we cannot write in gives (None, None): the caller opens
        read-only anyway, as the database cannot be written either.
        """
        path = lock_path(database)
        now = datetime.now().isoformat(timespec="seconds")
        mine = LockHolder(socket.gethostname(), os.getpid(), _user(), now, now, uuid.uuid4().hex)
        for _attempt in range(3):
            try:
                handle = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                holder = read_holder(path)
                if holder is not None and holder.token == mine.token:
                    return cls(database, mine), None
                if not is_stale(holder, path):
                    return None, holder
                # Take over a stale lock; if two copies do it at once, the
                # re-read below tells the loser.
                if not _write(path, mine):
                    return None, None
                if (read_holder(path) or holder) == mine:
                    return cls(database, mine), None
                continue
            except OSError:
                return None, None
            with os.fdopen(handle, "w", encoding="utf-8") as stream:
                json.dump(asdict(mine), stream)
            return cls(database, mine), None
        holder = read_holder(path)
        return None, holder

    def still_mine(self) -> bool:
        holder = read_holder(self.path)
        return holder is not None and holder.token == self.holder.token

    def heartbeat(self) -> bool:
        """Renew the claim; False when another copy has taken it over meanwhile."""
        if not self.still_mine():
            return False
        renewed = LockHolder(**{**asdict(self.holder), "heartbeat_at": datetime.now().isoformat(timespec="seconds")})
        if _write(self.path, renewed):
            self.holder = renewed
        return True

    def release(self) -> None:
        if self.still_mine():
            with contextlib.suppress(OSError):
                self.path.unlink()


def _write(path: Path, holder: LockHolder) -> bool:
    """Replace the lock file whole (atomic_files), never half-written."""
    try:
        atomic_write(path, json.dumps(asdict(holder)).encode("utf-8"), TEXT)
        return True
    except BarometerError:
        return False
