"""The built wheel carries the shipped data and works installed in a fresh venv (issue 2)."""

from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("hatchling", reason="hatchling (the build backend) is not installed")
    out_dir = tmp_path_factory.mktemp("wheel")
    # --no-isolation: build with the backend installed here, no network needed.
    subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out_dir), str(ROOT)],
        check=True,
        capture_output=True,
        text=True,
    )
    (built,) = out_dir.glob("barometer_desktop-*.whl")
    return built


def test_wheel_contains_database_and_resources(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = "barometer_desktop/_shipped/"
    expected = [
        "database/migrations/env.py",
        "database/migrations/versions/0001_initial_schema.py",
        "database/seed/policy_2011.toml",
        "database/demo/demo.toml",
        "database/demo/observations.csv",
        "resources/icons/app.png",
        "resources/help/brugervejledning.html",
        "resources/help/user-guide.html",
        "resources/translations/barometer_da.ts",
        "resources/translations/barometer_en.ts",
    ]
    missing = [name for name in expected if shipped + name not in names]
    assert not missing
    assert not [name for name in names if "__pycache__" in name]
    assert "barometer_desktop/selftest.py" in names


def test_installed_wheel_runs_db_init_demo_in_a_fresh_venv(wheel, tmp_path):
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True, capture_output=True, text=True,
        ).stdout.strip()
    )
    # The dependencies come from this environment (no network): a .pth adds its
    # site-packages AFTER the fresh venv's own, so the installed wheel wins.
    ours = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    (site / "zz_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "--no-index",
         "--quiet", str(wheel)],
        check=True, capture_output=True, text=True,
    )
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "BAROMETER_DB")}
    env["BAROMETER_DATA_DIR"] = str(tmp_path / "data")
    where = subprocess.run(
        [str(python), "-c", "import barometer_desktop, sys; print(barometer_desktop.__file__)"],
        check=True, capture_output=True, text=True, env=env, cwd=tmp_path,
    ).stdout.strip()
    assert Path(where).is_relative_to(env_dir), f"imported from {where}, not the installed wheel"

    script = env_dir / ("Scripts/barometer-desktop.exe" if os.name == "nt" else "bin/barometer-desktop")
    database = tmp_path / "installed.sqlite"
    completed = subprocess.run(
        [str(script), "--db", str(database), "db", "init", "--demo"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
    )
    assert completed.returncode == 0, completed.stderr
    assert database.is_file()
    check = subprocess.run(
        [str(script), "--db", str(database), "db", "check"],
        capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120,
    )
    assert check.returncode == 0, check.stderr
