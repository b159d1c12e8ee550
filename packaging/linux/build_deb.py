"""Package the Linux bundle as a .deb with dpkg-deb.

Layout: the PyInstaller folder under /opt/barometer-desktop, symlinks
/usr/bin/barometer-desktop and /usr/bin/barometer-desktop-cli, a .desktop
entry and the icon. Called by packaging/build.py.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
PACKAGE = "barometer-desktop"


def _control(version: str, arch: str, installed_kb: int) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        "Section: misc\n"
        "Priority: optional\n"
        f"Architecture: {arch}\n"
        f"Installed-Size: {installed_kb}\n"
        "Maintainer: Integrationsbarometer Desktop developers <integration@kk.dk>\n"
        # What the bundled Qt's xcb platform plugin loads from the system.
        "Depends: libc6, libfontconfig1, libfreetype6, libxkbcommon0, libxkbcommon-x11-0, "
        "libxcb-cursor0, libxcb-icccm4, libxcb-keysyms1, libegl1, libgl1\n"
        "Description: Integrationsbarometer Desktop\n"
        " The committee secretariat's tool for Copenhagen's integration barometer:\n"
        " indicators, yearly values, committees' follow-up, the status report and\n"
        " the public web export.\n"
    )


def build_deb(bundle: Path, version: str, arch: str, out_dir: Path) -> Path:
    staging = out_dir / "deb-root"
    shutil.rmtree(staging, ignore_errors=True)
    opt = staging / "opt" / PACKAGE
    shutil.copytree(bundle, opt, symlinks=True)
    bin_dir = staging / "usr" / "bin"
    bin_dir.mkdir(parents=True)
    for program in ("barometer-desktop", "barometer-desktop-cli"):
        os.symlink(f"/opt/{PACKAGE}/{program}", bin_dir / program)
    applications = staging / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copyfile(HERE / "barometer-desktop.desktop", applications / "barometer-desktop.desktop")
    icons = staging / "usr" / "share" / "icons" / "hicolor"
    (icons / "256x256" / "apps").mkdir(parents=True)
    (icons / "scalable" / "apps").mkdir(parents=True)
    shutil.copyfile(ROOT / "resources" / "icons" / "app.png", icons / "256x256" / "apps" / f"{PACKAGE}.png")
    shutil.copyfile(ROOT / "resources" / "icons" / "app.svg", icons / "scalable" / "apps" / f"{PACKAGE}.svg")
    installed_kb = sum(p.stat().st_size for p in staging.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    debian = staging / "DEBIAN"
    debian.mkdir()
    (debian / "control").write_text(_control(version, arch, installed_kb), encoding="utf-8")
    for path in staging.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or os.access(path, os.X_OK) else 0o644)
    target = out_dir / f"{PACKAGE}_{version}_{arch}.deb"
    # gzip: several times faster than xz on a busy CI machine, and every dpkg reads it.
    subprocess.run(
        ["dpkg-deb", "--root-owner-group", "-Zgzip", "-z6", "--build", str(staging), str(target)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    shutil.rmtree(staging)
    return target


if __name__ == "__main__":
    # Packages an existing bundle again: python packaging/linux/build_deb.py VERSION
    out = HERE.parent / "out"
    print(build_deb(out / "dist" / PACKAGE, sys.argv[1], "amd64", out))
