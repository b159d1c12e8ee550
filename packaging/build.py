"""Build the installable app from one command.

    python packaging/build.py              # bundle, then .deb (Linux) or installer (Windows)
    python packaging/build.py --no-installer
    python packaging/build.py --nsis-only  # compile the NSIS script against a dummy payload

Output goes to packaging/out/: dist/barometer-desktop/ (the one-folder
PyInstaller bundle), barometer-desktop_<version>_<arch>.deb on Linux and
Integrationsbarometer-<version>-setup.exe on Windows (makensis needed).
The version comes from barometer_desktop/__init__.py, as pyproject.toml's does.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
OUT = HERE / "out"
DIST = OUT / "dist"
BUNDLE = DIST / "barometer-desktop"


def _load(name: str, path: Path):
    """Import a sibling script by path (packaging/ is not a package, and "build" is a PyPI name)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(f"barometer_packaging_{name}", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


translations = _load("translations", HERE / "translations.py")
signing = _load("signing", HERE / "signing.py")


def project_version() -> str:
    """The version written in barometer_desktop/__init__.py (pyproject reads it there too)."""
    text = (ROOT / "barometer_desktop" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'^__version__ = "([^"]+)"', text, re.MULTILINE).group(1)


def _numeric_version(version: str) -> tuple[int, int, int, int]:
    # Windows wants four numbers: "1.2.3rc1" -> (1, 2, 3, 0).
    parts = [int(re.match(r"\d*", part).group() or 0) for part in version.split(".")[:4]]
    return tuple(parts + [0] * (4 - len(parts)))  # type: ignore[return-value]


def write_version_file(version: str) -> Path:
    """The Windows version resource PyInstaller embeds in both .exe files."""
    numbers = _numeric_version(version)
    text = f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers}, prodvers={numbers}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([StringTable('040604B0', [
      StringStruct('CompanyName', 'Koebenhavns Kommune'),
      StringStruct('FileDescription', 'Integrationsbarometer'),
      StringStruct('FileVersion', '{version}'),
      StringStruct('InternalName', 'barometer-desktop'),
      StringStruct('LegalCopyright', 'Koebenhavns Kommune'),
      StringStruct('OriginalFilename', 'barometer-desktop.exe'),
      StringStruct('ProductName', 'Integrationsbarometer Desktop'),
      StringStruct('ProductVersion', '{version}')])]),
    VarFileInfo([VarStruct('Translation', [0x0406, 1200])])
  ]
)
"""
    path = OUT / "version_info.txt"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def build_bundle(version: str) -> Path:
    translations.compile_catalogues()
    env = dict(os.environ, BAROMETER_ROOT=str(ROOT))
    if sys.platform == "win32":
        env["BAROMETER_VERSION_FILE"] = str(write_version_file(version))
    subprocess.run(
        [
            sys.executable, "-m", "PyInstaller", str(HERE / "barometer.spec"),
            "--noconfirm", "--log-level", "WARN",
            "--distpath", str(DIST), "--workpath", str(OUT / "build"),
        ],
        cwd=ROOT,
        env=env,
        check=True,
    )
    return BUNDLE


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def build_installer(version: str, payload: Path, outfile: Path | None = None) -> Path:
    """Compile packaging/windows/installer.nsi with makensis around `payload`."""
    outfile = outfile or OUT / f"Integrationsbarometer-{version}-setup.exe"
    outfile.parent.mkdir(parents=True, exist_ok=True)
    makensis = shutil.which("makensis") or r"C:\Program Files (x86)\NSIS\makensis.exe"
    # With a certificate configured, makensis signs the uninstaller it writes
    # and the finished installer through packaging/signing.py (!uninstfinalize,
    # !finalize); the payload's programs are signed before (sign_bundle).
    sign = []
    if signing.SigningConfig.from_environment() is not None:
        sign = [f'-DSIGN_COMMAND="{sys.executable}" "{HERE / "signing.py"}"']
    subprocess.run(
        [
            makensis, "-V2", "-WX", *sign,
            f"-DVERSION={version}",
            f"-DVERSION_NUMERIC={'.'.join(map(str, _numeric_version(version)))}",
            f"-DPAYLOAD={payload}",
            f"-DOUTFILE={outfile}",
            f"-DICON={ROOT / 'resources' / 'icons' / 'app.ico'}",
            str(HERE / "windows" / "installer.nsi"),
        ],
        check=True,
    )
    return outfile


def sign_bundle(bundle: Path) -> None:
    """Sign the bundle's programs when a certificate is configured (see packaging/signing.py)."""
    config = signing.SigningConfig.from_environment()
    if config is None:
        print("code signing not configured (BAROMETER_SIGN_CERT): programs left unsigned")
        return
    for program in sorted(bundle.glob("*.exe")):
        signing.sign_file(config, program)


def dummy_payload() -> Path:
    """A stand-in bundle so the installer script compiles where Windows can't be built."""
    payload = OUT / "dummy-payload"
    (payload / "_internal").mkdir(parents=True, exist_ok=True)
    for name in ("barometer-desktop.exe", "barometer-desktop-cli.exe"):
        (payload / name).write_bytes(b"MZ dummy")
    (payload / "_internal" / "placeholder.txt").write_text("dummy payload\n", encoding="utf-8")
    return payload


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Build Integrationsbarometer Desktop.")
    parser.add_argument("--no-installer", action="store_true", help="build the bundle only")
    parser.add_argument("--nsis-only", action="store_true", help="compile the NSIS script with a dummy payload")
    parser.add_argument("--print-version", action="store_true", help="print the version from pyproject.toml")
    args = parser.parse_args(argv)
    version = project_version()
    if args.print_version:
        print(version)
        return 0
    if args.nsis_only:
        print(build_installer(version, dummy_payload(), OUT / "installer-check-setup.exe"))
        return 0
    bundle = build_bundle(version)
    if sys.platform.startswith("linux"):
        slim_linux = _load("slim_linux", HERE / "slim_linux.py")
        slim_linux.slim(bundle, _load("icu_data", HERE / "icu_data.py"))
    print(f"bundle: {bundle} ({folder_size(bundle) / 2**20:.0f} MB)")
    if args.no_installer:
        return 0
    if sys.platform == "win32":
        sign_bundle(bundle)
        print(f"installer: {build_installer(version, bundle)}")
    elif sys.platform.startswith("linux"):
        build_deb = _load("build_deb", HERE / "linux" / "build_deb.py")
        arch = {"x86_64": "amd64", "aarch64": "arm64"}.get(platform.machine(), platform.machine())
        print(f"package: {build_deb.build_deb(bundle, version, arch, OUT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
