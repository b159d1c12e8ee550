"""Windows-only paths, with the Windows rules simulated: network drives, UNC, long names, app data.

The rule for "is this file on a network drive" is tested against PureWindowsPath
and a table of mounts, so it runs on every platform; the app's warning (window
banner, command-line line) is tested with the running system's probe pointed
at a simulated network mount.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from barometer_desktop import APP_NAME, ORGANIZATION_NAME, network_drives
from barometer_desktop.cli.main import main

ROOT = Path(__file__).resolve().parents[1]
REMOTE_LETTERS = {"Z:", "H:"}


def remote(letter: str) -> bool:
    return letter in REMOTE_LETTERS


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        (r"\\fil01\udvalg\barometer.sqlite", True),
        ("//fil01/udvalg/barometer.sqlite", True),
        (r"\\?\UNC\fil01\udvalg\barometer.sqlite", True),
        (r"Z:\Integration\barometer.sqlite", True),
        (r"h:\barometer.sqlite", True),
        (r"\\?\Z:\Integration\barometer.sqlite", True),
        (r"C:\Users\anna\AppData\Roaming\Koebenhavns Kommune\Integrationsbarometer\barometer.sqlite", False),
        (r"\\?\C:\Users\anna\barometer.sqlite", False),
        ("C:/Users/anna/barometer.sqlite", False),
        ("C:\\" + "\\".join(["a" * 60] * 6) + "\\barometer.sqlite", False),  # > 260 characters, local
    ],
)
def test_windows_rule(path, expected):
    assert network_drives.windows_path_is_remote(path, remote) is expected


MOUNTS = [("/", "ext4"), ("/home", "ext4"), ("/mnt/udvalg", "cifs"), ("/net/fil01", "nfs4"), ("/mnt/usb", "vfat")]


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/mnt/udvalg/barometer.sqlite", True),
        ("/mnt/udvalg/sub/dir/barometer.sqlite", True),
        ("/net/fil01/barometer.sqlite", True),
        ("/mnt/udvalgX/barometer.sqlite", False),  # a sibling, not below the mount point
        ("/mnt/usb/barometer.sqlite", False),
        ("/home/anna/barometer.sqlite", False),
    ],
)
def test_posix_rule(path, expected):
    assert network_drives.posix_path_is_remote(path, MOUNTS) is expected


@pytest.fixture
def network_folder(tmp_path, monkeypatch):
    """tmp_path/share, seen by the running system's probe as an SMB mount."""
    folder = tmp_path / "share"
    folder.mkdir()
    if not network_drives.sys.platform.startswith("linux"):
        pytest.skip("the simulated mount table is Linux's /proc/self/mounts")
    monkeypatch.setattr(network_drives, "_linux_mounts", lambda: [("/", "ext4"), (str(folder), "cifs")])
    return folder


def test_a_command_on_a_network_drive_works_and_warns(network_folder, capsys):
    database = network_folder / "barometer.sqlite"
    assert main(["--db", str(database), "db", "init"]) == 0
    warning = capsys.readouterr().err
    assert "netværksdrev" in warning and str(database) in warning and "PostgreSQL" in warning
    assert main(["--db", str(database), "db", "check"]) == 0
    assert "netværksdrev" in capsys.readouterr().err


def test_a_local_database_gets_no_warning(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "barometer.sqlite"), "db", "init"]) == 0
    assert "netværksdrev" not in capsys.readouterr().err


def test_the_window_shows_the_network_drive_banner(qapp, qtbot, network_folder, demo_db_path):
    from barometer_desktop.storage.sql_engine import DatabaseLocation
    from barometer_desktop.ui import launch
    from barometer_desktop.ui.main_window import MainWindow
    from barometer_desktop.ui.state import AppState
    from barometer_desktop.ui.translation import install_translators

    install_translators(qapp, "da")
    database = network_folder / "demo.sqlite"
    database.write_bytes(demo_db_path.read_bytes())
    db, lock, banner = launch.open_with_recovery(DatabaseLocation.parse(database), demo=False)
    try:
        assert not db.read_only and "netværksdrev" in banner
        window = MainWindow(AppState(db, 2013))
        qtbot.addWidget(window)
        launch.attach_shared_use(window, lock, banner)
        window.show()
        assert window.banner.isVisible() and "PostgreSQL" in window.banner.text()
    finally:
        if lock is not None:
            lock.release()
        db.close()


def test_paths_longer_than_260_characters_work_everywhere(tmp_path, capsys):
    """Database, report and export under a folder path far beyond Windows' old MAX_PATH."""
    folder = tmp_path.joinpath(*(["udvalgets mappe med et langt navn æøå"] * 8))
    folder.mkdir(parents=True)
    database = folder / "barometer.sqlite"
    assert len(str(database)) > 260
    assert main(["--db", str(database), "db", "init", "--demo"]) == 0
    assert main(["--db", str(database), "export", "--out", str(folder / "alle værdier.csv")]) == 0
    assert main(["--db", str(database), "report", "--year", "2013", "--out", str(folder / "status 2013.pdf")]) == 0
    assert (folder / "status 2013.pdf").read_bytes().startswith(b"%PDF")
    header = (folder / "alle værdier.csv").read_text(encoding="utf-8-sig").splitlines()[0]
    assert "indikator" in header.lower()


def test_the_uninstaller_keeps_the_folder_and_key_the_app_uses():
    """README: data in %APPDATA%\\<organisation>\\<app>, settings in HKCU\\Software\\<organisation>\\<app>."""
    script = (ROOT / "packaging" / "windows" / "installer.nsi").read_text(encoding="utf-8")
    assert re.search(rf'^!define APPNAME "{APP_NAME}"$', script, re.MULTILINE)
    assert re.search(rf'^!define PUBLISHER "{ORGANIZATION_NAME}"$', script, re.MULTILINE)
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"%APPDATA%\\{ORGANIZATION_NAME}\\{APP_NAME}" in readme


def test_app_data_and_settings_follow_the_organisation_and_app_name(qapp, monkeypatch, tmp_path):
    """QStandardPaths' AppDataLocation and QSettings end in <organisation>/<app> (README's table)."""
    from PySide6.QtCore import QSettings

    monkeypatch.delenv("BAROMETER_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    from barometer_desktop import paths

    paths._platform_data_dir.cache_clear()
    try:
        folder = paths.app_data_dir()
    finally:
        paths._platform_data_dir.cache_clear()
    assert folder.parts[-2:] == (ORGANIZATION_NAME, APP_NAME)
    assert network_drives.is_on_network_drive(folder) is False
    assert paths.log_dir() == folder / "logs" and paths.backup_dir() == folder / "backups"
    # The app uses the native format: on Windows the registry key
    # HKEY_CURRENT_USER\Software\<organisation>\<app>. (The test setup points
    # settings at an .ini file under tmp_path; its last parts name the same.)
    settings_file = Path(QSettings().fileName())
    assert settings_file.parts[-2] == ORGANIZATION_NAME and settings_file.stem == APP_NAME
