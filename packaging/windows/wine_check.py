"""Install, upgrade and uninstall the Windows installer under Wine, and check each step.

    python packaging/windows/wine_check.py       # needs makensis and Debian's wine + wine64

What a user and IT rely on, proven on Linux with the real NSIS script around a
dummy payload (the PyInstaller bundle itself can only be built on Windows):

1. A silent per-user install (/S) into a fresh Wine prefix puts the program
   under %LOCALAPPDATA%\\Programs\\Integrationsbarometer, a Start-menu
   shortcut, and the uninstall entry under HKCU with the values Windows' "Apps
   & features" shows; nothing under HKLM (no administrator rights needed).
2. The next version installed over the previous one upgrades in place: one
   uninstall entry with the new version, the old version's files gone.
3. The silent uninstaller removes the program folder, the shortcut and the
   uninstall entry, and keeps the user's database, backups, logs and settings.

Exits 0 when every check passes; otherwise prints what failed and exits 1.
"""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
APP = "Integrationsbarometer"
PUBLISHER = "Koebenhavns Kommune"
UNINSTALL_KEY = rf"Software\Microsoft\Windows\CurrentVersion\Uninstall\{APP}"
SETTINGS_KEY = rf"Software\{PUBLISHER}\{APP}"
PREVIOUS_VERSION = "0.0.1"


def _load_build():
    spec = importlib.util.spec_from_file_location("barometer_packaging_build", HERE.parent / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


class Wine:
    """One fresh Wine prefix; runs programs in it and reads its registry files."""

    def __init__(self, folder: Path) -> None:
        self.prefix = folder / "prefix"
        self.env = dict(os.environ, WINEPREFIX=str(self.prefix), WINEDEBUG="-all", WINEDLLOVERRIDES="mscoree,mshtml=")
        self.env.pop("DISPLAY", None)  # silent installs need no window; keep Wine from opening any
        self.run("wineboot", "--init")
        self.user = os.environ.get("USER") or "root"

    def run(self, *command: str) -> None:
        subprocess.run(["wine", *command] if command[0] != "wineboot" else list(command),
                       env=self.env, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        # Installers and the uninstaller start child processes and return at
        # once; wineserver -w waits until every process of the prefix ended.
        subprocess.run(["wineserver", "-w"], env=self.env, check=True)

    def c_drive(self, windows_path: str) -> Path:
        """The Linux path of C:\\... in this prefix."""
        assert windows_path[:3].upper() == "C:\\", windows_path
        return self.prefix / "drive_c" / windows_path[3:].replace("\\", "/")

    @property
    def users_folder(self) -> Path:
        return self.prefix / "drive_c" / "users" / self.user

    def registry(self, hive: str) -> str:
        """The text of user.reg (HKCU) or system.reg (HKLM), after Wine wrote it out."""
        return (self.prefix / {"HKCU": "user.reg", "HKLM": "system.reg"}[hive]).read_text(encoding="utf-8", errors="replace")

    def key_values(self, key: str) -> dict[str, str] | None:
        """The string and dword values of an HKCU key, or None when the key does not exist."""
        header = "[" + key.replace("\\", "\\\\") + "]"
        text = self.registry("HKCU")
        start = text.find(header)
        if start < 0:
            return None
        block = text[start:].split("\n\n", 1)[0]
        values = {}
        for name, value in re.findall(r'^"([^"]+)"=(.*)$', block, re.MULTILINE):
            if value.startswith('"'):
                value = value[1:-1].replace('\\"', '"').replace("\\\\", "\\")
            values[name] = value
        return values


class Checks:
    def __init__(self) -> None:
        self.failures: list[str] = []

    def that(self, condition: bool, what: str) -> None:
        print(("ok   " if condition else "FAIL ") + what)
        if not condition:
            self.failures.append(what)


def payload(folder: Path, version: str, extra: str | None = None) -> Path:
    """A stand-in bundle: the two programs, one internal file, and optionally one more."""
    root = folder / f"payload-{version}"
    (root / "_internal").mkdir(parents=True)
    for name in ("barometer-desktop.exe", "barometer-desktop-cli.exe"):
        (root / name).write_bytes(b"MZ dummy " + version.encode())
    (root / "_internal" / "version.txt").write_text(version, encoding="utf-8")
    if extra:
        (root / "_internal" / extra).write_text("only in this version", encoding="utf-8")
    return root


def check(work: Path) -> list[str]:
    build = _load_build()
    version = build.project_version()
    checks = Checks()
    previous = build.build_installer(PREVIOUS_VERSION, payload(work, PREVIOUS_VERSION, "old-only.txt"),
                                     work / "previous-setup.exe")
    current = build.build_installer(version, payload(work, version), work / "current-setup.exe")
    wine = Wine(work)

    print(f"== install {PREVIOUS_VERSION}, then {version} over it (silent, per user)")
    wine.run(str(previous), "/S")
    entry = wine.key_values(UNINSTALL_KEY) or {}
    install_dir = entry.get("InstallLocation", "")
    program = wine.c_drive(install_dir) if install_dir else Path("/nonexistent")
    checks.that((program / "_internal" / "old-only.txt").is_file(), f"{PREVIOUS_VERSION} installed its files")
    wine.run(str(current), "/S")

    entry = wine.key_values(UNINSTALL_KEY)
    checks.that(entry is not None, f"uninstall entry HKCU\\{UNINSTALL_KEY}")
    entry = entry or {}
    expected_dir = rf"C:\users\{wine.user}\AppData\Local\Programs\{APP}"
    checks.that(entry.get("InstallLocation", "").lower() == expected_dir.lower(), f"InstallLocation is {expected_dir}")
    checks.that(entry.get("DisplayName") == APP, f"DisplayName is {APP}")
    checks.that(entry.get("DisplayVersion") == version, f"DisplayVersion is {version} (pyproject), not {PREVIOUS_VERSION}")
    checks.that(entry.get("Publisher") == PUBLISHER, f"Publisher is {PUBLISHER}")
    checks.that(entry.get("UninstallString") == f'"{expected_dir}\\uninstall.exe"', "UninstallString names uninstall.exe")
    checks.that(APP not in wine.registry("HKLM"), "nothing written under HKLM (no administrator rights)")
    checks.that(wine.registry("HKCU").count(f"Uninstall\\\\{APP}]") == 1, "one uninstall entry after the upgrade")
    for name in ("barometer-desktop.exe", "barometer-desktop-cli.exe", "uninstall.exe"):
        checks.that((program / name).is_file(), f"program folder holds {name}")
    checks.that((program / "_internal" / "version.txt").read_text(encoding="utf-8") == version
                if (program / "_internal" / "version.txt").is_file() else False, "the new version's files are in place")
    checks.that(not (program / "_internal" / "old-only.txt").exists(), "the old version's leftover file is gone")
    shortcut = wine.users_folder / "AppData/Roaming/Microsoft/Windows/Start Menu/Programs" / APP / f"{APP}.lnk"
    checks.that(shortcut.is_file(), "Start-menu shortcut")

    print("== the user's data and settings, then a silent uninstall")
    data = wine.users_folder / "AppData/Roaming" / PUBLISHER / APP
    for relative in ("barometer.sqlite", "backups/barometer-2026-03-01.sqlite", "logs/barometer.log"):
        (data / relative).parent.mkdir(parents=True, exist_ok=True)
        (data / relative).write_text("user data", encoding="utf-8")
    wine.run("reg", "add", rf"HKCU\{SETTINGS_KEY}", "/v", "language", "/d", "da", "/f")
    wine.run(str(program / "uninstall.exe"), "/S")

    checks.that(not program.exists(), "program folder removed")
    checks.that(not shortcut.exists() and not shortcut.parent.exists(), "Start-menu shortcut and folder removed")
    checks.that(wine.key_values(UNINSTALL_KEY) is None, "uninstall entry removed")
    for relative in ("barometer.sqlite", "backups/barometer-2026-03-01.sqlite", "logs/barometer.log"):
        checks.that((data / relative).is_file(), f"user's {relative} kept")
    checks.that((wine.key_values(SETTINGS_KEY) or {}).get("language") == "da", f"settings key HKCU\\{SETTINGS_KEY} kept")
    return checks.failures


def main() -> int:
    missing = [tool for tool in ("makensis", "wine", "wineserver") if shutil.which(tool) is None]
    if missing:
        print(f"missing: {', '.join(missing)} (apt-get install nsis wine wine64)", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory(prefix="barometer-wine-") as folder:
        failures = check(Path(folder))
    if failures:
        print(f"\n{len(failures)} installer check(s) failed", file=sys.stderr)
        return 1
    print("\ninstaller checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
