"""Is a database file on a network drive?

A SQLite file must not be shared over a network drive: SQLite's locking is
unreliable over SMB/NFS, and two workstations writing to one file can damage
it. A team shares a PostgreSQL database instead (README, "A shared database
for a team"). The app still opens such a file, for a single user may keep
their file on a home drive, but says so every time (banner in the window, a
line on stderr for commands).

The rule is written against PureWindowsPath and a table of mounts, so the
Windows cases (UNC paths, mapped drive letters, \\\\?\\ long paths) are tested on
every platform; the probes that ask the running system (GetDriveTypeW on
Windows, /proc/self/mounts on Linux) are the only platform-specific parts.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path, PurePosixPath, PureWindowsPath

from barometer_desktop.errors import QT_TRANSLATE_NOOP, UserNotice

_NETWORK_WARNING = QT_TRANSLATE_NOOP(
    "Errors",
    "The database {path} is on a network drive. A SQLite file must not be shared that way: two computers "
    "writing to it can damage it. For a team, ask IT for a shared PostgreSQL database.",
)

# File systems reached over the network (Linux /proc/mounts type names).
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "afs", "9p", "ncpfs", "coda", "ceph", "glusterfs", "lustre",
    "davfs", "fuse.davfs2", "fuse.sshfs", "sshfs", "fuse.rclone", "fuse.glusterfs",
})
_DRIVE_REMOTE = 4  # GetDriveTypeW's DRIVE_REMOTE


def windows_path_is_remote(text: str, drive_is_remote: Callable[[str], bool]) -> bool:
    r"""Windows rule: a UNC path (\\server\share, //server/share, \\?\UNC\...) or a mapped network drive."""
    drive = PureWindowsPath(text).drive
    upper = drive.upper()
    if upper.startswith("\\\\?\\UNC\\"):
        return True
    if upper.startswith(("\\\\?\\", "\\\\.\\")):
        # An extended-length or device path to a local drive letter: \\?\C:\...
        letter = drive[4:]
        return len(letter) == 2 and letter[1] == ":" and drive_is_remote(letter.upper())
    if drive.startswith("\\\\"):
        return True
    return len(drive) == 2 and drive[1] == ":" and drive_is_remote(drive.upper())


def posix_path_is_remote(path: str, mounts: Iterable[tuple[str, str]]) -> bool:
    """POSIX rule: the file system of the longest mount point holding the path is a network one."""
    parts = PurePosixPath(path).parts
    best, best_type = -1, ""
    for mount_point, fs_type in mounts:
        mount_parts = PurePosixPath(mount_point).parts
        if parts[: len(mount_parts)] == mount_parts and len(mount_parts) > best:
            best, best_type = len(mount_parts), fs_type
    return best_type in NETWORK_FILESYSTEMS


def _windows_drive_is_remote(letter: str) -> bool:
    import ctypes

    return ctypes.windll.kernel32.GetDriveTypeW(f"{letter}\\") == _DRIVE_REMOTE  # type: ignore[attr-defined]


def _linux_mounts() -> list[tuple[str, str]]:
    try:
        lines = Path("/proc/self/mounts").read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return []
    mounts = []
    for line in lines:
        fields = line.split()
        if len(fields) >= 3:
            # Spaces and tabs in mount points are written as octal escapes (\040).
            mounts.append((re.sub(r"\\([0-7]{3})", lambda m: chr(int(m.group(1), 8)), fields[1]), fields[2]))
    return mounts


def is_on_network_drive(path: Path | str) -> bool:
    """Whether this file (existing or not) lies on a network drive of the running system."""
    text = os.fspath(path)
    if sys.platform == "win32":
        return windows_path_is_remote(text, _windows_drive_is_remote)
    if sys.platform.startswith("linux"):
        return posix_path_is_remote(os.path.abspath(text), _linux_mounts())
    return False


def network_drive_notice(path: Path | str) -> UserNotice | None:
    """The warning to show for a SQLite file on a network drive, or None."""
    if not is_on_network_drive(path):
        return None
    return UserNotice(_NETWORK_WARNING, path=os.path.abspath(os.path.expanduser(os.fspath(path))))
