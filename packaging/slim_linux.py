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


def slim(bundle: Path, icu_data) -> None:
    saved = strip_debug_info(bundle)
    print(f"debug information stripped: {saved / 2**20:.0f} MB")
    for path, old, new in icu_data.shrink_bundle(bundle):
        print(f"{path.name}: {old / 2**20:.1f} MB -> {new / 2**20:.1f} MB")
