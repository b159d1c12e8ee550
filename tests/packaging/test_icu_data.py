"""packaging/icu_data.py: the pruned ICU package keeps exactly what Qt needs, byte for byte."""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("packaging_icu_data", ROOT / "packaging" / "icu_data.py")
icu_data = importlib.util.module_from_spec(spec)
sys.modules[spec.name] = icu_data
spec.loader.exec_module(icu_data)


def _header() -> bytes:
    # headerSize, magic, UDataInfo (size, reserved, endianness, charset, sizeof UChar, reserved,
    # "CmnD", format 1.0.0.0, data version), copyright, padded to 32 bytes.
    info = struct.pack("<HHBBBB4s4s4s", 20, 0, 0, 0, 2, 0, b"CmnD", bytes([1, 0, 0, 0]), bytes([3, 0, 0, 0]))
    body = struct.pack("<HBB", 32, 0xDA, 0x27) + info + b"(c) test"
    return body + b"\0" * (32 - len(body))


ITEMS = [
    ("icudt73l/coll/da.res", b"danish collation"),
    ("icudt73l/coll/fr.res", b"french collation"),
    ("icudt73l/coll/pool.res", b"collation pool"),
    ("icudt73l/cjdict.dict", b"chinese dictionary"),
    ("icudt73l/da_DK.res", b"danish"),
    ("icudt73l/ibm-943_P15A-2003.cnv", b"shift-jis"),
    ("icudt73l/root.res", b"root"),
    ("icudt73l/translit/root.res", b"transliteration"),
    ("icudt73l/uprops.icu", b"properties"),
    ("icudt73l/zh_Hant_TW.res", b"chinese"),
    ("icudt73l/zoneinfo64.res", b"time zones"),
]


def test_read_write_round_trip_is_exact():
    package = icu_data.write_package(_header(), ITEMS)
    header, items = icu_data.read_package(package)
    assert header == _header()
    # Each item is padded to 16 bytes; the padding is not the item's.
    assert [(name, payload.rstrip(b"\0")) for name, payload in items] == ITEMS
    assert icu_data.write_package(header, items) == package


def test_prune_keeps_danish_english_root_and_shared_data_only():
    pruned = icu_data.prune(icu_data.write_package(_header(), ITEMS))
    _, items = icu_data.read_package(pruned)
    kept = {name.removeprefix("icudt73l/"): payload.rstrip(b"\0") for name, payload in items}
    assert kept == {
        "coll/da.res": b"danish collation",
        "coll/pool.res": b"collation pool",
        "da_DK.res": b"danish",
        "root.res": b"root",
        "uprops.icu": b"properties",
        "zoneinfo64.res": b"time zones",
    }
    # ICU finds items by bisection over the names, and reads them 16-byte aligned.
    names = [name for name, _ in items]
    assert names == sorted(names)
    toc = struct.unpack_from("<H", pruned)[0]
    for index in range(len(items)):
        _, data_offset = struct.unpack_from("<II", pruned, toc + 4 + 8 * index)
        assert data_offset % 16 == 0


def test_other_files_are_refused():
    with pytest.raises(ValueError, match="ICU"):
        icu_data.read_package(b"\x20\x00\x00\x00" + b"\0" * 60)
