"""Which files and folders a writing command may replace: the one target-guard rule.

Every command that writes a file (report, export, backup, e-mail draft,
chart, text notice) and every save dialog asks `check_file_target` before it
writes, and `publish` asks `check_site_folder`. The rule: never replace the
open database or the side files of any SQLite database, never any other
SQLite database (except a backup replacing a backup), and never a file that
is not of the kind being written; a folder is replaced only when it is empty
or holds a site this program wrote. Paths are compared after resolving
symlinks and `..` (and without regard to case on Windows).

Plain Python (no Qt, no SQL): the check only reads a file's first bytes.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from barometer_desktop.errors import QT_TRANSLATE_NOOP, ExportError, os_reason

SQLITE_HEADER = b"SQLite format 3\x00"
# The first bytes of SQLite's side files: a WAL file (either byte order) and a rollback journal.
SIDE_FILE_HEADERS = (b"\x37\x7f\x06\x82", b"\x37\x7f\x06\x83", b"\xd9\xd5\x05\xf9\x20\xa1\x63\xd7")
SIDE_FILE_SUFFIXES = ("-wal", "-shm", "-journal")
# The file `publish` puts in every site it writes, so it knows the folder is its own.
SITE_MARKER = ".barometer-site"
HEAD_BYTES = 512
SIDE_FILE_REFUSAL = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} belongs to a database in use (its -wal, -shm or -journal file); nothing was written. "
    "Choose another file name.",
)


# Formats that have no NUL byte near their start but are no text to replace: a PDF
# (ReportLab's have none), a PostScript or RTF document.
NOT_TEXT = (b"%PDF", b"%!PS", b"{\\rtf")


def _is_text(head: bytes) -> bool:
    # UTF-16 text (Excel's "Unicode text") is full of NUL bytes but starts with its byte-order mark.
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    return b"\x00" not in head and not head.lstrip(b"\xef\xbb\xbf").startswith(NOT_TEXT)


def _is_policy_file(head: bytes) -> bool:
    """A policy file we (or a person from our template) wrote: TOML with its schema line near the top."""
    return _is_text(head) and b"schema" in head


def _is_svg(head: bytes) -> bool:
    return _is_text(head) and head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<")


@dataclass(frozen=True)
class FileKind:
    """What a command writes, and how an existing file of that kind begins."""

    looks_right: Callable[[bytes], bool]
    refusal: str  # the message when an existing file is of another kind (one per kind, for the translators)
    example: str = "statusrapport.pdf"  # a file name of the kind, for "give the file's name, e.g. ..."


PDF = FileKind(
    lambda head: head.startswith(b"%PDF"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{file} already exists and is not a PDF file, so it was not replaced. "
        "Choose another file name.",
    ),
)
CSV = FileKind(
    _is_text,
    QT_TRANSLATE_NOOP(
        "Errors",
        "{file} already exists and is not a CSV file, so it was not replaced. "
        "Choose another file name.",
    ),
    example="værdier.csv",
)
XLSX = FileKind(
    lambda head: head.startswith(b"PK\x03\x04"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{file} already exists and is not an Excel workbook, so it was not replaced. "
        "Choose another file name.",
    ),
    example="værdier.xlsx",
)
EML = FileKind(
    _is_text,
    QT_TRANSLATE_NOOP(
        "Errors",
        "{file} already exists and is not an e-mail draft (.eml), so it was not replaced. "
        "Choose another file name.",
    ),
    example="udkast.eml",
)
TEXT = FileKind(
    _is_text,
    QT_TRANSLATE_NOOP(
        "Errors",
        "{file} already exists and is not a text file, so it was not replaced. "
        "Choose another file name.",
    ),
    example="opfølgning.txt",
)
POLICY = FileKind(
    _is_policy_file,
    QT_TRANSLATE_NOOP(
        "Errors",
        "{file} already exists and is not a policy file, so it was not replaced. "
        "Choose another file name.",
    ),
    example="politik.toml",
)
PNG = FileKind(
    lambda head: head.startswith(b"\x89PNG\r\n\x1a\n"),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{file} already exists and is not a PNG image, so it was not replaced. "
        "Choose another file name.",
    ),
    example="figur.png",
)
SVG = FileKind(
    _is_svg,
    QT_TRANSLATE_NOOP(
        "Errors",
        "{file} already exists and is not an SVG image, so it was not replaced. "
        "Choose another file name.",
    ),
    example="figur.svg",
)
DATABASE = FileKind(
    lambda head: head.startswith(SQLITE_HEADER),
    QT_TRANSLATE_NOOP(
        "Errors",
        "{file} already exists and is not a barometer database, so it was not replaced. "
        "Choose another file name.",
    ),
    example="barometer-kopi.sqlite",
)


def resolved(path: Path | str) -> Path:
    """The real path: `~`, `..` and symlinks resolved (an empty name is the current folder)."""
    return Path(path).expanduser().resolve()


def _key(path: Path) -> str:
    # Windows compares names without regard to case.
    return os.path.normcase(os.fspath(path))


def same_path(first: Path | str, second: Path | str) -> bool:
    """Same file after resolving (and, on Windows, without regard to case)."""
    one, other = resolved(first), resolved(second)
    if _key(one) == _key(other):
        return True
    try:
        return one.exists() and other.exists() and os.path.samefile(one, other)
    except OSError:
        return False


def _inside(path: Path, folder: Path) -> bool:
    """`path` is `folder` or lies somewhere below it (both resolved)."""
    return any(_key(candidate) == _key(folder) for candidate in (path, *path.parents))


def is_side_file(path: Path, protect: Iterable[Path | str] = ()) -> bool:
    """`path` is named as SQLite names the -wal, -shm or -journal file of a
    database that exists (or of a protected one): db.sqlite-wal beside db.sqlite.

    A name like "minutes-journal" with no database "minutes" beside it is an
    ordinary name.
    """
    name = path.name.lower()
    for suffix in SIDE_FILE_SUFFIXES:
        if name.endswith(suffix):
            base = path.with_name(path.name[: -len(suffix)])
            if base.is_file() or any(same_path(base, database) for database in protect):
                return True
    return False


def _head(path: Path) -> bytes:
    try:
        with path.open("rb") as handle:
            return handle.read(HEAD_BYTES)
    except OSError as error:
        raise ExportError(
            QT_TRANSLATE_NOOP("Errors", "{file} cannot be read ({reason}), so it was not replaced."),
            file=str(path), reason=os_reason(error),
        ) from error


def _refuse(template: str, path: Path, **params: object) -> ExportError:
    return ExportError(template, file=str(path), **params)


_WINDOWS_DEVICES = frozenset(
    {"con", "prn", "aux", "nul", "conin$", "conout$"}
    | {f"{port}{n}" for port in ("com", "lpt") for n in (*"123456789", "¹", "²", "³")}
)


def _is_windows_device_name(path: Path) -> bool:
    """Windows opens the device for these names whatever the folder and extension (NUL.pdf is NUL)."""
    return path.name.split(".")[0].strip().casefold() in _WINDOWS_DEVICES


def check_file_target(target: Path | str, kind: FileKind | None, *, protect: Iterable[Path | str] = ()) -> Path:
    """The resolved target if `kind` may be written there; else ExportError and nothing touched.

    `protect` names the open database(s): never written, nor their side files.
    With `kind` None only the database rules are checked (for a command that
    first has to tell the user which kinds it writes).
    """
    path = resolved(target)
    protected = [resolved(p) for p in protect]
    if path.is_dir():
        raise ExportError(
            QT_TRANSLATE_NOOP("Errors", "{file} is a folder. Give the name of the file to write, e.g. {example}."),
            file=str(path), example=str(path / (kind.example if kind is not None else PDF.example)),
        )
    if path.exists() and not path.is_file() or _is_windows_device_name(path):
        # A device, pipe or socket (/dev/null, a FIFO, Windows' NUL or COM1): "replacing"
        # it would turn a system file into ours, or write to the device.
        raise _refuse(
            QT_TRANSLATE_NOOP("Errors", "{file} is not an ordinary file (a device, pipe or reserved name); "
                                        "nothing was written. Choose another file name."),
            path,
        )
    if any(same_path(path, database) for database in protected):
        raise _refuse(
            QT_TRANSLATE_NOOP("Errors", "{file} is the open database; nothing was written. Choose another file name."),
            path,
        )
    # Whether or not its database is open right now, a file written there
    # would be taken for the database's log or journal.
    if is_side_file(path, protected):
        raise _refuse(SIDE_FILE_REFUSAL, path)
    if not path.exists() or path.stat().st_size == 0:
        return path  # nothing there to lose
    head = _head(path)
    if head.startswith(SIDE_FILE_HEADERS):
        raise _refuse(SIDE_FILE_REFUSAL, path)
    if head.startswith(SQLITE_HEADER) and any(Path(f"{path}{suffix}").exists() for suffix in SIDE_FILE_SUFFIXES):
        # A database some program has open (or left mid-transaction): its
        # side files would be applied to whatever we put in its place.
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is a database in use (it has a -wal, -shm or -journal file beside it); nothing was written. "
                "Choose another file name.",
            ),
            path,
        )
    if head.startswith(SQLITE_HEADER) and kind is not DATABASE:
        raise _refuse(
            QT_TRANSLATE_NOOP("Errors", "{file} is a database; nothing was written. Choose another file name."), path
        )
    if kind is not None and not kind.looks_right(head):
        raise _refuse(kind.refusal, path)
    return path


def site_marker_text(names: Iterable[str]) -> str:
    """The marker publish writes into a site: what wrote it, and every file it wrote."""
    return "Written by barometer-desktop publish. Files:\n" + "".join(f"{name}\n" for name in sorted(names))


def _not_in_site(folder: Path, entries: list[str]) -> list[str]:
    """The entries of a site folder its marker does not list (a file or folder someone added)."""
    try:
        listed = set((folder / SITE_MARKER).read_text(encoding="utf-8").splitlines()[1:])
    except (OSError, UnicodeDecodeError):
        listed = set()
    return sorted(name for name in entries
                  if name != SITE_MARKER and (name not in listed or (folder / name).is_dir()))


def check_site_folder(target: Path | str, *, protect: Iterable[Path | str] = ()) -> Path:
    """The resolved folder if a site may be written there: missing, empty, or a site we wrote.

    Never the current folder or one above it, nor a folder holding the open database.
    """
    folder = resolved(target)
    cwd = resolved(Path.cwd())
    if _inside(cwd, folder):
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} is the current folder (or holds it); the web barometer needs a folder of its own, "
                "e.g. {example}. Nothing was written.",
            ),
            folder, example=str(folder / "integrationsbarometer"),
        )
    for database in (resolved(p) for p in protect):
        if _inside(database, folder):
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} holds the open database; the web barometer needs a folder of its own. Nothing was written.",
                ),
                folder,
            )
    if is_side_file(folder, protect):
        raise _refuse(SIDE_FILE_REFUSAL, folder)
    if not folder.exists():
        return folder
    if not folder.is_dir():
        raise _refuse(QT_TRANSLATE_NOOP("Errors", "{file} is a file, not a folder; nothing was written."), folder)
    try:
        entries = [entry.name for entry in os.scandir(folder)]
    except OSError as error:
        raise _refuse(
            QT_TRANSLATE_NOOP("Errors", "{file} cannot be read ({reason}), so it was not replaced."),
            folder, reason=os_reason(error),
        ) from error
    if SITE_MARKER in entries:
        foreign = _not_in_site(folder, entries)
        if foreign:
            raise _refuse(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} holds files this program did not write (e.g. {name}), so it was not replaced. "
                    "Move them elsewhere, or choose an empty folder or a new folder name.",
                ),
                folder, name=foreign[0],
            )
    if entries and SITE_MARKER not in entries:
        raise _refuse(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{file} holds files this program did not write, so it was not replaced. "
                "Choose an empty folder or a new folder name.",
            ),
            folder,
        )
    return folder
