"""The Windows installer script compiles (makensis from Debian's nsis) and keeps user data."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "windows" / "installer.nsi"


@pytest.mark.skipif(shutil.which("makensis") is None, reason="makensis (nsis) is not installed")
def test_installer_script_compiles_without_warnings(tmp_path):
    payload = tmp_path / "payload"
    (payload / "_internal").mkdir(parents=True)
    (payload / "barometer-desktop.exe").write_bytes(b"MZ dummy")
    (payload / "barometer-desktop-cli.exe").write_bytes(b"MZ dummy")
    setup = tmp_path / "Integrationsbarometer-9.8.7-test.exe"
    completed = subprocess.run(
        [
            "makensis", "-V2", "-WX", "-DVERSION=9.8.7", "-DVERSION_NUMERIC=9.8.7.0",
            f"-DPAYLOAD={payload}", f"-DOUTFILE={setup}",
            f"-DICON={ROOT / 'resources' / 'icons' / 'app.ico'}", str(SCRIPT),
        ],
        capture_output=True, text=True,
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
    assert setup.read_bytes()[:2] == b"MZ"


def test_installer_is_per_user_and_never_removes_user_data():
    text = SCRIPT.read_text(encoding="utf-8")
    assert re.search(r"^RequestExecutionLevel user$", text, re.MULTILINE)
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\' in text
    assert "$SMPROGRAMS" in text
    uninstall = text.split('Section "Uninstall"', 1)[1]
    commands = [line.strip() for line in uninstall.splitlines() if line.strip() and not line.strip().startswith(";")]
    assert not [c for c in commands if "APPDATA" in c or "HKCU \"Software\\${PUBLISHER}" in c]
    assert not [c for c in commands if c.startswith("RMDir /r") and "_internal" not in c]


def test_build_script_takes_the_version_the_package_declares():
    import importlib.util

    from barometer_desktop import __version__

    # Loaded by path: "build" is also the name of the PyPA build tool.
    spec = importlib.util.spec_from_file_location("packaging_build", ROOT / "packaging" / "build.py")
    packaging_build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(packaging_build)

    assert packaging_build.project_version() == __version__
    assert packaging_build._numeric_version("1.2.3rc1") == (1, 2, 3, 0)
