"""Writing a file or folder all at once, or not at all: the one `atomic_write`.

The content goes to a temporary file in the target's folder, named with our
own prefix; it is flushed to disk (fsync), given the user's normal file mode
(the umask, as any program's new file: a PDF is meant to be shared), renamed
over the target, and the folder is flushed too, so a crash at any moment
leaves either the old file or the new one. A refused or failed write removes
its temporary file; one killed outright leaves it, and the next write in that
folder removes our temporary files older than an hour.

Every target is first checked by write_targets (never the database, never a
file of another kind). Plain Python: no Qt, no SQL.
"""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import tempfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from barometer_desktop.errors import QT_TRANSLATE_NOOP, ExportError, os_reason
from barometer_desktop.write_targets import (
    SITE_MARKER,
    FileKind,
    check_file_target,
    check_site_folder,
    resolved,
    site_marker_text,
)

# Recognisably ours: only names with this prefix are ever cleaned up.
TEMP_PREFIX = ".barometer-partial."
STALE_AFTER_SECONDS = 3600


def _umask() -> int:
    umask = os.umask(0o022)  # the only way to read it is to set it
    os.umask(umask)
    return umask


def user_file_mode() -> int:
    """The mode a new file gets from the user's umask (mkstemp's files are private)."""
    return 0o666 & ~_umask()


def user_folder_mode() -> int:
    return 0o777 & ~_umask()


def _legacy_patterns(target_name: str) -> list[str]:
    """How earlier versions named the temporary file of `target_name` (mkstemp's 8 random characters)."""
    name, stem = glob.escape(target_name), glob.escape(Path(target_name).stem)
    return [f".{name}.????????.tmp", f".{stem}-????????.tmp", f".{name}.restoring"]


def _is_database_or_empty(path: Path) -> bool:
    if path.is_symlink() or not path.is_file():
        return False
    with path.open("rb") as handle:
        # Empty, or zeros (killed before the first page was written), or an SQLite copy.
        return handle.read(16).rstrip(b"\x00") in (b"", b"SQLite format 3")


def remove_stale_temporaries(
    folder: Path, *, older_than: float = STALE_AFTER_SECONDS, target_name: str | None = None
) -> list[Path]:
    """Remove our temporary files and folders in `folder` left by a killed write; the removed ones.

    With `target_name`, also the temporary files earlier versions left for
    that very target (a killed backup left hundreds of megabytes of them).
    """
    removed: list[Path] = []
    limit = time.time() - older_than
    try:
        candidates = list(folder.glob(f"{TEMP_PREFIX}*"))
        if target_name:
            # Another program may name its own temporary files like that: only
            # what can only be ours (a database copy, or empty) is removed.
            legacy = (path for pattern in _legacy_patterns(target_name) for path in folder.glob(pattern))
            candidates += [path for path in legacy if _is_database_or_empty(path)]
    except OSError:
        return removed
    for candidate in candidates:
        try:
            if candidate.lstat().st_mtime > limit:
                continue  # perhaps another write in progress right now
            if candidate.is_dir() and not candidate.is_symlink():
                shutil.rmtree(candidate)
            else:
                candidate.unlink()
            removed.append(candidate)
        except OSError:
            continue  # in use (Windows) or not ours to remove: try next time
    return removed


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX; Windows has no folder handles to flush)."""
    if os.name == "nt":
        return
    with contextlib.suppress(OSError):
        handle = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(handle)
        finally:
            os.close(handle)


def _folder_of(target: Path) -> Path:
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist."), folder=str(folder))
    return folder


def _new_temporary(folder: Path, name: str, *, directory: bool = False) -> Path:
    try:
        if directory:
            return Path(tempfile.mkdtemp(prefix=f"{TEMP_PREFIX}{name}.", dir=folder))
        handle, temp_name = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise ExportError(
            QT_TRANSLATE_NOOP("Errors", "Cannot write in the folder {folder}: {reason}"),
            folder=str(folder), reason=os_reason(error),
        ) from error
    os.close(handle)
    return Path(temp_name)


def _replace(temporary: Path, target: Path) -> None:
    try:
        os.replace(temporary, target)
    except PermissionError as error:
        # Windows: the target is open in another program (a PDF viewer, Excel).
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} could not be replaced: it is open in another program or write-protected. "
                "Close it and try again.",
            ),
            file=str(target),
        ) from error
    except OSError as error:
        raise ExportError(
            QT_TRANSLATE_NOOP("Errors", "{file} could not be written: {reason}"),
            file=str(target), reason=os_reason(error),
        ) from error


@contextlib.contextmanager
def atomic_target(target: Path | str, kind: FileKind, *, protect: Iterable[Path | str] = ()) -> Iterator[Path]:
    """A temporary path to write `kind` into; renamed over `target` when the block ends well.

    Refused targets (see write_targets) raise ExportError before anything
    is created. On any error in the block the temporary file is removed and
    `target` is left as it was.
    """
    path = check_file_target(target, kind, protect=protect)
    folder = _folder_of(path)
    remove_stale_temporaries(folder, target_name=path.name)
    temporary = _new_temporary(folder, path.name)
    try:
        yield temporary
        _fsync_file(temporary)
        os.chmod(temporary, user_file_mode())
        _replace(temporary, path)
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    fsync_folder(folder)


def atomic_write(target: Path | str, data: bytes, kind: FileKind, *, protect: Iterable[Path | str] = ()) -> Path:
    """Write `data` to `target` whole, or leave `target` as it was; the resolved path written."""
    with atomic_target(target, kind, protect=protect) as temporary:
        try:
            temporary.write_bytes(data)
        except OSError as error:
            raise ExportError(
                QT_TRANSLATE_NOOP("Errors", "{file} could not be written: {reason}"),
                file=str(target), reason=os_reason(error),
            ) from error
    return resolved(target)


def atomic_site(files: dict[str, str], target: Path | str, *, protect: Iterable[Path | str] = ()) -> Path:
    """Write a folder of text files (a web site) whole, replacing only a site we wrote or an empty folder.

    The folder gets a marker file, so a later publish knows it may replace it.
    """
    folder = check_site_folder(target, protect=protect)
    parent = _folder_of(folder)
    remove_stale_temporaries(parent)
    temporary = _new_temporary(parent, folder.name, directory=True)
    old = None
    try:
        for name, text in {**files, SITE_MARKER: site_marker_text(files)}.items():
            with (temporary / name).open("w", encoding="utf-8", newline="") as handle:
                handle.write(text)
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(temporary / name, user_file_mode())
        os.chmod(temporary, user_folder_mode())  # mkdtemp's folders are private
        fsync_folder(temporary)
        if folder.exists():
            old = parent / f"{TEMP_PREFIX}{folder.name}.old-{os.getpid()}"
            os.replace(folder, old)
        _replace(temporary, folder)
    except BaseException as error:
        shutil.rmtree(temporary, ignore_errors=True)
        if old is not None and not folder.exists():
            os.replace(old, folder)
        if isinstance(error, OSError):
            raise ExportError(
                QT_TRANSLATE_NOOP("Errors", "The web barometer could not be written to {target}: {reason}"),
                target=str(folder), reason=os_reason(error),
            ) from error
        raise
    fsync_folder(parent)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)
    return folder
