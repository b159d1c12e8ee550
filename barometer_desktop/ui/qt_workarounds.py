"""Guard against a reference-counting bug in PySide6 6.12 on Python 3.11.

PySide6 6.12.0 returns None (and True/False) from an invalid QVariant without
taking a reference, e.g. for every `QModelIndex.data()` of an empty role and
inside pyqtgraph's item changes. Each such call lowers None's reference count
by one; after a few thousand (a dozen chart redraws) CPython frees None and
the application aborts with "none_dealloc". Python 3.12 made these singletons
immortal, so the bug is harmless there. On 3.11 we give them the same
protection by raising their reference count far beyond anything a session
could lose: they are never freed anyway, so nothing else changes.
"""

from __future__ import annotations

import ctypes
import platform
import sys

_PINNED = False
_MARGIN = 1 << 40


def pin_singletons() -> None:
    global _PINNED
    if _PINNED or sys.version_info >= (3, 12) or platform.python_implementation() != "CPython":
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object.
        ctypes.c_ssize_t.from_address(id(singleton)).value += _MARGIN
    _PINNED = True
