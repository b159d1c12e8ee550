"""Every screen fits every desk (issues 15 and 20): at 1024 x 700, 1366 x 768 and
1920 x 1080, and at 150 % and 200 % scaling (in a fresh interpreter each, since
the scale factor is fixed when the application starts).

The probe (tests/ui/geometry_probe.py) visits every screen and tab and reports
a child widget outside its parent, a Save/Export/Import button not wholly
visible without scrolling, a window minimum above 1024 x 700, and the report
year's point outside the chart's view; it also counts the entry grid's whole
area columns.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# (scale factor, window width and height in device-independent pixels, extra probe arguments)
DESKS = {
    "1024x700": ("1", 1024, 700, ()),
    "1366x768": ("1", 1366, 768, ()),
    "1920x1080": ("1", 1920, 1080, ()),
    # 1920 x 1080 at 150 % and 200 %, less the taskbar.
    "1920x1080@150%": ("1.5", 1280, 690, ()),
    "1920x1080@200%": ("2", 960, 520, ()),
    # A user who has set a 16 pt system font.
    "1366x768 16pt": ("1", 1366, 768, ("--font", "16")),
}


def probe(db_path: Path, tmp_path: Path, scale: str, width: int, height: int, extra=()) -> dict:
    env = dict(
        os.environ, QT_QPA_PLATFORM="offscreen", QT_SCALE_FACTOR=scale,
        BAROMETER_DATA_DIR=str(tmp_path / "data"), HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
    )
    out = subprocess.run(
        [sys.executable, "-m", "tests.ui.geometry_probe", str(db_path), str(width), str(height), *extra],
        capture_output=True, text=True, check=True, env=env, cwd=ROOT,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


@pytest.mark.parametrize("desk", list(DESKS))
def test_every_screen_fits(desk, demo_db_path, tmp_path):
    scale, width, height, extra = DESKS[desk]
    result = probe(demo_db_path, tmp_path, scale, width, height, extra)
    assert result["problems"] == []
    low, high = result["facts"]["chart_x_range"]
    assert low < 2013.5 < high
    if desk.startswith("1366x768"):
        assert result["facts"]["entry_columns_visible"] >= 4
