"""Typed reads of the per-user preferences (QSettings).

QSettings.value() hands back whatever the file holds (a string, a number,
a list, or nothing), so every read says what it expects here once and gets
the default for anything else, instead of each caller guessing.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings


def setting_text(key: str, default: str = "") -> str:
    value = QSettings().value(key, default, type=str)
    return value if isinstance(value, str) else default


def setting_int(key: str, default: int = 0) -> int:
    value = QSettings().value(key, default, type=int)
    return value if isinstance(value, int) else default


def setting_texts(key: str) -> list[str]:
    """A list of strings (one stored string reads as a list of one; empty entries are dropped)."""
    value = QSettings().value(key, [])
    if isinstance(value, str):
        value = [value]
    return [str(item) for item in value if item] if isinstance(value, list) else []
