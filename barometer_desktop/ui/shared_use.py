"""One writer per SQLite file, seen from the window: read-only copies and the banner.

open_for_this_copy() takes the lock file (storage.instance_lock) before the
database is opened; when another copy holds it, the database is opened
read-only and the caller shows banner_text() at the top of the window. The
LockKeeper renews the heartbeat while the window is open and, should another
copy take the lock over (this machine slept past the stale limit), switches
this copy to read-only instead of letting both write.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from barometer_desktop import labels
from barometer_desktop.network_drives import network_drive_notice
from barometer_desktop.storage.database import Database, open_database
from barometer_desktop.storage.instance_lock import HEARTBEAT_SECONDS, InstanceLock, LockHolder, read_holder
from barometer_desktop.storage.sql_engine import DatabaseLocation


def banner_text(holder: LockHolder | None) -> str:
    if holder is None:
        return QCoreApplication.translate(
            "SharedUse", "The database cannot be written from here (the folder is read-only) – opened read-only."
        )
    return QCoreApplication.translate(
        "SharedUse", "The database is open on {host} by {user} – opened read-only."
    ).format(host=holder.host, user=labels.user_name(holder.user))


def network_drive_text(location: DatabaseLocation) -> str:
    """The warning for a SQLite file on a network drive, or ""."""
    notice = network_drive_notice(location.path) if location.path is not None else None
    return notice.user_message(QCoreApplication.translate) if notice is not None else ""


# What opening a database for this copy gives: the database, our lock on its
# file (None: read-only, or a server database) and the banner text ("" for none).
OpenedDatabase = tuple[Database, InstanceLock | None, str]


def open_for_this_copy(
    location: DatabaseLocation, opener: Callable[[DatabaseLocation], Database] | None = None
) -> OpenedDatabase:
    """Open the database for this copy of the app: (db, our lock, banner text or "").

    The banner says when the file is opened read-only and when it lies on a
    network drive (network_drives: SQLite files must not be shared that way).
    """
    db, lock, banner = _open_with_lock(location, opener)
    return db, lock, " ".join(text for text in (banner, network_drive_text(location)) if text)


def _open_with_lock(
    location: DatabaseLocation, opener: Callable[[DatabaseLocation], Database] | None
) -> tuple[Database, InstanceLock | None, str]:
    """A server database needs no lock file: the server keeps several users apart."""
    opener = opener or (lambda loc: open_database(loc))
    if location.path is None:
        return opener(location), None, ""
    if not location.path.exists():
        db = opener(location)  # a new file: create it, then claim it
        lock, _holder = InstanceLock.acquire(location.path)
        return db, lock, ""
    lock, holder = InstanceLock.acquire(location.path)
    if lock is not None:
        try:
            return opener(location), lock, ""
        except BaseException:
            lock.release()
            raise
    return open_database(location, read_only=True), None, banner_text(holder)


class LockKeeper(QObject):
    """Renews our lock's heartbeat; emits lost(banner) if another copy took it."""

    lost = Signal(str)

    def __init__(self, lock: InstanceLock, db: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lock = lock
        self.db = db
        self.timer = QTimer(self)
        self.timer.setInterval(HEARTBEAT_SECONDS * 1000)
        self.timer.timeout.connect(self.beat)
        self.timer.start()

    def beat(self) -> bool:
        if self.lock.heartbeat():
            return True
        self.timer.stop()
        # Stop writing at once: the other copy now owns the file.
        self.db.read_only = True

        self.lost.emit(banner_text(read_holder(self.lock.path)))
        return False

    def release(self) -> None:
        self.timer.stop()
        self.lock.release()
