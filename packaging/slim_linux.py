"""Make the Linux bundle smaller after PyInstaller has collected it.

Two steps, each checked by the bundled self-test that CI runs afterwards:

- Debug information goes (`strip --strip-debug`): the interpreter library alone
  carries 16 MB of it on a Python built from source (pyenv). Symbols stay, so
  tracebacks from C code still name their functions. NumPy's bundled OpenBLAS
  is left alone: stripping it leaves a library the loader refuses ("ELF load
  command address/offset not page-aligned"), which is why the spec does not
  strip.
- ICU's data library keeps the Danish, English and root locales only
  (packaging/icu_data.py): 31 MB become 4 MB.
- The console program becomes a symbolic link to the windowed one. The two
  differ only in Windows' console flag, which Linux does not have: PyInstaller
  writes the same 15 MB (each with its own copy of the Python modules) twice.
  The bootloader follows the link to find the bundle, and the command line
  decides what runs (cli/main.py), not the program's name.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ELF_MAGIC = b"\x7fELF"
NOT_STRIPPED = ("numpy.libs",)


def _is_elf(path: Path) -> bool:
    with path.open("rb") as handle:
        return handle.read(4) == ELF_MAGIC


def strip_debug_info(bundle: Path) -> int:
    """Strip debug sections from every ELF file of the bundle; returns the bytes saved."""
    strip = shutil.which("strip")
    if strip is None:
        print("strip not found: debug information kept")
        return 0
    saved = 0
    for path in sorted(bundle.rglob("*")):
        if not path.is_file() or path.is_symlink() or any(part in NOT_STRIPPED for part in path.parts):
            continue
        if not _is_elf(path):
            continue
        before = path.stat().st_size
        subprocess.run([strip, "--strip-debug", str(path)], check=True)
        saved += before - path.stat().st_size
    return saved


def share_one_program(bundle: Path, program: str = "barometer-desktop", twin: str = "barometer-desktop-cli") -> int:
    """Replace the twin program with a relative symbolic link to program; returns the bytes saved."""
    first, second = bundle / program, bundle / twin
    if not first.is_file() or not second.is_file() or second.is_symlink():
        return 0
    if first.read_bytes() != second.read_bytes():
        print(f"{twin} differs from {program}: both kept")
        return 0
    saved = second.stat().st_size
    second.unlink()
    second.symlink_to(program)
    return saved


def slim(bundle: Path, icu_data) -> None:
    saved = strip_debug_info(bundle)
    print(f"debug information stripped: {saved / 2**20:.0f} MB")
    for path, old, new in icu_data.shrink_bundle(bundle):
        print(f"{path.name}: {old / 2**20:.1f} MB -> {new / 2**20:.1f} MB")
    print(f"console program linked to the windowed one: {share_one_program(bundle) / 2**20:.0f} MB saved")
