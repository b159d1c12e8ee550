"""Overview and indicators screens on a national-scale database.

Targets (issue 3): switching indicator including the chart redraw under
50 ms; the overview refresh under 100 ms; the app's memory after start-up
within 1.3 times a bare PySide6 window with one pyqtgraph plot.

Run on purpose: python -m pytest tests/benchmarks/test_screens_national_scale.py -s
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from national_scale import LAST_YEAR, build_national_database

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def national_path(tmp_path_factory) -> Path:
    started = time.perf_counter()
    path = build_national_database(tmp_path_factory.mktemp("national") / "national.sqlite")
    print(f"\nnational database built in {time.perf_counter() - started:.1f} s")
    return path


@pytest.fixture
def window(qtbot, qapp, national_path):
    from barometer_desktop.storage.database import open_database
    from barometer_desktop.ui.main_window import MainWindow
    from barometer_desktop.ui.state import AppState

    db = open_database(national_path, user_name="benchmark")
    window = MainWindow(AppState(db, LAST_YEAR))
    window.resize(1400, 900)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    db.close()


def _timings(action, repeat: int) -> list[float]:
    result = []
    for _ in range(repeat):
        started = time.perf_counter()
        action()
        result.append((time.perf_counter() - started) * 1000)
    return result


def test_switching_indicator_with_chart_under_50_ms(window, qapp):
    from barometer_desktop.storage import catalog

    window.show_screen("indicators")
    screen = window.page("indicators")
    qapp.processEvents()
    ids = [i.id for i in catalog.indicators(window.state.db)]
    times = []
    for indicator_id in ids * 2:
        started = time.perf_counter()
        screen.select_indicator(indicator_id)
        qapp.processEvents()  # the chart and table repaint
        times.append((time.perf_counter() - started) * 1000)
    median, worst = statistics.median(times), max(times)
    monthly = [t for t, i in zip(times, ids * 2) if screen._records[i].frequency == "monthly"]
    print(f"\nswitch indicator: median {median:.1f} ms, max {worst:.1f} ms, monthly max {max(monthly):.1f} ms")
    assert median < 50
    assert worst < 50 * 1.5  # the first draw of a monthly series may be a bit slower


def test_overview_refresh_under_100_ms(window, qapp):
    window.show_screen("overview")
    screen = window.page("overview")
    screen.supplementary_box.setChecked(True)  # all 22 indicators
    qapp.processEvents()

    def refresh():
        window.state.years.invalidate()  # as after a stored change: the year is assembled again
        screen.refresh()
        qapp.processEvents()

    def shown_again():
        screen.refresh()  # nothing stored since: the shared assembled year is reused
        qapp.processEvents()

    times = _timings(refresh, 10)
    cached = _timings(shown_again, 10)
    print(
        f"\noverview refresh: median {statistics.median(times):.1f} ms, max {max(times):.1f} ms;"
        f" from the shared year: median {statistics.median(cached):.1f} ms"
    )
    assert statistics.median(times) < 100


_BARE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QMainWindow
import pyqtgraph as pg
app = QApplication([])
window = QMainWindow()
plot = pg.PlotWidget()
plot.plot([1, 2, 3], [2, 1, 3])
window.setCentralWidget(plot)
window.resize(1400, 900)
window.show()
for _ in range(5):
    app.processEvents()
print(open("/proc/self/status").read().split("VmRSS:")[1].split()[0])
"""

_APP = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from barometer_desktop.ui.launch import create_application
from barometer_desktop.storage.database import open_database
from barometer_desktop.ui.main_window import MainWindow
from barometer_desktop.ui.state import AppState
app = create_application(None)
db = open_database(sys.argv[1])
window = MainWindow(AppState(db, int(sys.argv[2])))
window.resize(1400, 900)
window.show()
for _ in range(5):
    app.processEvents()
print(open("/proc/self/status").read().split("VmRSS:")[1].split()[0])
"""


def _rss_kib(script: str, *args: str, settings: Path) -> int:
    # A fresh user: no remembered screen (the last screen shown would be built at start).
    env = {
        "PYTHONPATH": str(ROOT),
        "PATH": "/usr/bin:/bin",
        "HOME": str(settings),
        "XDG_CONFIG_HOME": str(settings / "config"),
        "BAROMETER_DATA_DIR": str(settings / "data"),
    }
    out = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(script), *args],
        capture_output=True, text=True, check=True, env=env, cwd=ROOT,
    ).stdout
    return int(out.strip().splitlines()[-1])


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="RSS read from /proc")
def test_memory_after_start_up_within_1_3_times_bare_window(national_path, tmp_path):
    bare = statistics.median(_rss_kib(_BARE, settings=tmp_path) for _ in range(3))
    app = statistics.median(
        _rss_kib(_APP, str(national_path), str(LAST_YEAR), settings=tmp_path) for _ in range(3)
    )
    print(f"\nRSS after start-up: app {app / 1024:.0f} MiB, bare PySide6 + pyqtgraph window {bare / 1024:.0f} MiB, ratio {app / bare:.2f}")
    assert app <= 1.3 * bare
