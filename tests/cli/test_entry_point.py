"""The process entry point (console script, `python -m`, the bundle): exit codes, and a quick exit."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Runs run() with the given arguments, with the window replaced by a stub,
# and reports at exit whether objects were frozen out of the exit-time
# garbage collection.
_PROBE = textwrap.dedent(
    """
    import atexit, gc, sys
    import barometer_desktop.ui.launch as launch
    launch.run_gui = lambda args: 0
    atexit.register(lambda: print("frozen" if gc.get_freeze_count() else "not frozen"))
    sys.argv = ["barometer-desktop", *sys.argv[1:]]
    from barometer_desktop.cli.main import run
    run()
    """
)


def _run(*args: str, tmp_path: Path) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=str(ROOT), BAROMETER_DATA_DIR=str(tmp_path / "data"), HOME=str(tmp_path))
    return subprocess.run([sys.executable, "-c", _PROBE, *args], capture_output=True, text=True, env=env,
                          cwd=ROOT, timeout=120)


def test_a_command_exits_with_its_code_and_skips_the_exit_time_collection(demo_db_path, tmp_path):
    done = _run("--db", str(demo_db_path), "report", "--year", "2013", "--out", str(tmp_path / "r.pdf"),
                tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "frozen"
    assert (tmp_path / "r.pdf").stat().st_size > 10_000  # written whole before the process ended
    failed = _run("--db", str(tmp_path / "missing.sqlite"), "db", "check", tmp_path=tmp_path)
    assert failed.returncode == 1 and len(failed.stderr.strip().splitlines()) == 1


def test_the_window_ends_the_usual_way(tmp_path):
    done = _run("--db", str(tmp_path / "any.sqlite"), tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "not frozen"
