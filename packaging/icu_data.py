"""Shrink the ICU data library that Qt brings along on Linux.

    python packaging/icu_data.py BUNDLE_FOLDER     # prune libicudata.so.NN in place

PySide6's Linux wheels ship ICU, and its data library (libicudata.so.73) is
31 MB: locale data for about 800 locales, collation and break-iteration
rules for every script, and some 200 legacy conversion tables. Qt uses ICU for
collation, case mapping, text boundaries and locale names; the app works in
Danish and English only and converts no legacy code pages through Qt (CSV
files are decoded by Python). So the bundle keeps ICU's language-independent
data (properties, normalisation, time zones, supplemental data, the rules
themselves) and the locale data of the root, Danish and English locales, and
drops the rest. Windows and macOS builds do not ship ICU, so this is Linux-only.

The data library holds one "common data" package (ICU's .dat format: a
header, a table of contents of name/offset pairs, then each item aligned to 16
bytes) under the symbol icudt<NN>_dat. We read it from the library file,
rewrite the package with the kept items and link a new library with the same
soname and symbol, using the C compiler (an assembler .incbin).
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

# Locales whose data stay, in every tree (root, curr/, lang/, coll/, ...).
KEPT_LOCALES = frozenset({
    "root", "da", "da_DK", "da_GL", "en", "en_001", "en_150", "en_DK", "en_GB", "en_US", "en_US_POSIX",
})
# Items of a tree that every locale of the tree needs, whatever the locale.
TREE_ITEMS = frozenset({"pool", "res_index", "supplementalData", "tzdbNames"})
# Break-iterator dictionaries for scripts written without spaces (Chinese,
# Japanese, Thai, Khmer, Lao, Burmese): about 3 MB, never met in our data.
DROPPED_SUFFIXES = (".dict", ".cnv")
DROPPED_TREES = ("translit/",)  # transliteration: Qt does not use it
ALIGNMENT = 16


def _locale_of(item: str) -> str | None:
    """The locale an item belongs to ("da_DK" for "coll/da_DK.res"), or None for shared data."""
    name = item.rsplit("/", 1)[-1]
    if not name.endswith(".res"):
        return None
    stem = name[: -len(".res")]
    if stem in TREE_ITEMS:
        return None
    # Locale ids: a language of 2-3 letters, optional script/region/variant parts.
    if re.fullmatch(r"[a-z]{2,3}(_[A-Za-z0-9]+)*|root", stem):
        return stem
    return None  # shared resource bundles: zoneinfo64, metaZones, likelySubtags, ...


def keep_item(item: str) -> bool:
    """Whether a package item ("icudt73l/coll/da.res" without the prefix) stays."""
    if item.endswith(DROPPED_SUFFIXES) or item.startswith(DROPPED_TREES):
        return False
    locale = _locale_of(item)
    return locale is None or locale in KEPT_LOCALES


def read_package(data: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """Split ICU common data into its header and (name, item bytes) pairs, in table order."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD":
        raise ValueError("not an ICU common data package (little-endian CmnD)")
    toc = header_size
    (count,) = struct.unpack_from("<I", data, toc)
    entries = [struct.unpack_from("<II", data, toc + 4 + 8 * i) for i in range(count)]
    items = []
    for index, (name_offset, data_offset) in enumerate(entries):
        start = toc + name_offset
        name = data[start : data.index(b"\0", start)].decode("ascii")
        end = toc + entries[index + 1][1] if index + 1 < count else len(data)
        items.append((name, data[toc + data_offset : end]))
    return data[:header_size], items


def write_package(header: bytes, items: list[tuple[str, bytes]]) -> bytes:
    """ICU common data with these items (names must stay sorted: ICU looks them up by bisection)."""
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in items)
    toc_size = 4 + 8 * len(items)
    data_start = _aligned(toc_size + len(names))
    offsets, name_offset, data_offset = [], toc_size, data_start
    for name, payload in items:
        offsets.append((name_offset, data_offset))
        name_offset += len(name) + 1
        data_offset = _aligned(data_offset + len(payload))
    out = bytearray(header)
    out += struct.pack("<I", len(items))
    for pair in offsets:
        out += struct.pack("<II", *pair)
    out += names
    for (_, payload), (_, offset) in zip(items, offsets, strict=True):
        out += b"\0" * (len(header) + offset - len(out))
        out += payload
    return bytes(out)


def _aligned(offset: int) -> int:
    return (offset + ALIGNMENT - 1) // ALIGNMENT * ALIGNMENT


def prune(data: bytes, keep: Callable[[str], bool] = keep_item) -> bytes:
    header, items = read_package(data)
    prefix = items[0][0].split("/", 1)[0] + "/"  # "icudt73l/"
    kept = [(name, payload) for name, payload in items if keep(name.removeprefix(prefix))]
    return write_package(header, kept)


def _rodata(library: Path) -> tuple[str, bytes]:
    """The data symbol's name and the package it points at (the library's whole .rodata)."""
    symbols = subprocess.run(["nm", "-D", "--defined-only", str(library)], capture_output=True, text=True, check=True)
    match = re.search(r"\b(icudt\d+_dat)\b", symbols.stdout)
    if not match:
        raise ValueError(f"{library.name}: no icudt*_dat symbol")
    with tempfile.TemporaryDirectory() as work:
        blob = Path(work) / "rodata.bin"
        subprocess.run(["objcopy", "-O", "binary", "--only-section=.rodata", str(library), str(blob)], check=True)
        return match.group(1), blob.read_bytes()


def rebuild_library(library: Path) -> tuple[int, int]:
    """Replace `library` by one holding the pruned package; returns (old, new) sizes in bytes."""
    symbol, package = _rodata(library)
    smaller = prune(package)
    with tempfile.TemporaryDirectory() as work:
        work_path = Path(work)
        (work_path / "icudata.dat").write_bytes(smaller)
        (work_path / "icudata.S").write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n\t.type {symbol}, @object\n\t.balign {ALIGNMENT}\n"
            f"{symbol}:\n\t.incbin \"icudata.dat\"\n\t.size {symbol}, . - {symbol}\n"
            "\t.section .note.GNU-stack,\"\",@progbits\n",
            encoding="ascii",
        )
        built = work_path / library.name
        subprocess.run(
            [shutil.which("cc") or "gcc", "-shared", "-nostdlib", f"-Wl,-soname,{library.name}",
             "-o", str(built), "icudata.S"],
            cwd=work_path,
            check=True,
        )
        old_size = library.stat().st_size
        shutil.copyfile(built, library)
    return old_size, library.stat().st_size


def shrink_bundle(bundle: Path) -> list[tuple[Path, int, int]]:
    """Prune every libicudata.so.* of a bundle folder; returns what changed."""
    return [(path, *rebuild_library(path)) for path in sorted(bundle.rglob("libicudata.so.*")) if not path.is_symlink()]


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__.splitlines()[2].strip(), file=sys.stderr)
        return 2
    for path, old, new in shrink_bundle(Path(argv[0])):
        print(f"{path.name}: {old / 2**20:.1f} MB -> {new / 2**20:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
