"""Modules stay small enough to read whole (issue 17: "none over 450 lines").

A module that grows past the limit is split by idea into modules whose names
say what they hold (docs/ARCHITECTURE.md, "A screen that grows splits by
idea"); this keeps it so.
"""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "barometer_desktop"
MAX_LINES = 450


def _line_counts() -> dict[str, int]:
    return {
        str(path.relative_to(PACKAGE)): len(path.read_text(encoding="utf-8").splitlines())
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def test_the_count_sees_the_package() -> None:
    counts = _line_counts()
    assert len(counts) > 150
    assert counts["storage/schema.py"] > 100


def test_no_module_is_over_the_limit() -> None:
    too_long = {name: lines for name, lines in _line_counts().items() if lines > MAX_LINES}
    assert too_long == {}
