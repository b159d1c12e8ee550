"""The report's logo is judged where it is chosen: a PNG or JPEG of a sane size, or a clear refusal."""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

import pytest

from barometer_desktop.errors import ValidationError
from barometer_desktop.storage.settings_store import MAX_LOGO_SIDE, check_logo


def _png(path: Path, width: int, height: int, body: bytes = b"") -> Path:
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    chunk = b"IHDR" + header
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + chunk + struct.pack(">I", zlib.crc32(chunk)) + body)
    return path


def test_a_real_logo_is_accepted():
    check_logo(str(Path(__file__).resolve().parents[2] / "resources" / "icons" / "app.png"))


def test_a_png_claiming_100000_pixels_a_side_is_refused(tmp_path):
    path = _png(tmp_path / "logo.png", 100_000, 100_000, b"garbage" * 100)
    with pytest.raises(ValidationError) as caught:
        check_logo(str(path))
    assert caught.value.field == "logo_path" and str(MAX_LOGO_SIDE) in caught.value.user_message()


def test_a_jpeg_without_a_frame_header_is_refused(tmp_path):
    path = tmp_path / "logo.jpg"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 50)
    with pytest.raises(ValidationError):
        check_logo(str(path))


def test_a_small_jpeg_is_accepted(tmp_path):
    from PIL import Image

    path = tmp_path / "logo.jpg"
    Image.new("RGB", (300, 120), "white").save(path)
    check_logo(str(path))
