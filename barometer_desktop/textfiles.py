"""Writing a text file the safe way: all of it, or nothing."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from barometer_desktop.errors import QT_TRANSLATE_NOOP, ExportError


def write_text_atomic(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to a temporary file beside ``path``, then rename it into place."""
    path = Path(path)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as error:
        raise ExportError(
            QT_TRANSLATE_NOOP("Errors", "Could not write {path}: {reason}"), path=str(path), reason=error.strerror
        ) from error
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\r\n" if os.name == "nt" else "\n") as file:
            file.write(text)
        os.replace(temp_name, path)
    except OSError as error:
        Path(temp_name).unlink(missing_ok=True)
        raise ExportError(
            QT_TRANSLATE_NOOP("Errors", "Could not write {path}: {reason}"), path=str(path), reason=error.strerror
        ) from error
