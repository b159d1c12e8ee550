"""Writing a text file the safe way: all of it, or nothing (see atomic_files)."""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

from barometer_desktop.atomic_files import atomic_write
from barometer_desktop.write_targets import TEXT, FileKind


def write_text_atomic(
    path: Path, text: str, *, protect: Iterable[Path | str] = (), kind: FileKind = TEXT
) -> Path:
    """Write ``text`` (UTF-8, the system's line ends) to ``path`` whole; refuses a file not of `kind`."""
    line_end = "\r\n" if os.name == "nt" else "\n"
    return atomic_write(Path(path), text.replace("\n", line_end).encode("utf-8"), kind, protect=protect)
