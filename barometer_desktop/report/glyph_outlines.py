"""Letters as vector outlines, read from the TrueType font ReportLab has already parsed.

The watermark ("DEMO", "UDKAST") must look like text but must not be text:
drawn as text, text extraction and screen readers mixed its letters into the
page's words ("D", "EM", "O" between the contents' entries and their page
numbers). Drawn as outlines it is a shape, like a logo.

ReportLab keeps the font file and its glyph offsets (loca) after parsing; this
module reads a glyph's quadratic contours from the glyf table (simple and
composite glyphs) and turns them into the cubic Bézier paths PDF draws.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass

ON_CURVE, X_SHORT, Y_SHORT, REPEAT, X_SAME, Y_SAME = 0x01, 0x02, 0x04, 0x08, 0x10, 0x20
# Composite glyph flags.
WORD_ARGS, XY_VALUES, SCALE, MORE, XY_SCALE, TWO_BY_TWO = 0x01, 0x02, 0x08, 0x20, 0x40, 0x80

Point = tuple[float, float, bool]  # x, y, on the curve


@dataclass(frozen=True)
class Outline:
    """A glyph in font units: its contours, and how far the pen moves after it."""

    contours: tuple[tuple[Point, ...], ...]
    advance: int


def glyph(face, char: str) -> Outline:
    """The outline of `char` in a ReportLab TTFontFace (an empty one if the font lacks it)."""
    gid = face.charToGlyph.get(ord(char), 0)
    advance = face.hmetrics[gid][0] if gid < len(face.hmetrics) else face.hmetrics[-1][0]
    return Outline(tuple(_contours(face, gid)), advance)


def _contours(face, gid: int) -> list[tuple[Point, ...]]:
    data = face._ttf_data
    start = face.table["glyf"]["offset"] + face.glyphPos[gid]
    if face.glyphPos[gid + 1] == face.glyphPos[gid]:
        return []  # a blank glyph (space)
    (count,) = struct.unpack_from(">h", data, start)
    if count >= 0:
        return _simple(data, start + 10, count)
    return _composite(face, data, start + 10)


def _simple(data: bytes, offset: int, count: int) -> list[tuple[Point, ...]]:
    ends = struct.unpack_from(f">{count}H", data, offset)
    offset += 2 * count
    (instructions,) = struct.unpack_from(">H", data, offset)
    offset += 2 + instructions
    total = ends[-1] + 1 if ends else 0
    flags: list[int] = []
    while len(flags) < total:
        flag = data[offset]
        offset += 1
        flags.append(flag)
        if flag & REPEAT:
            flags.extend([flag] * data[offset])
            offset += 1
    xs, offset = _coordinates(data, offset, flags, X_SHORT, X_SAME)
    ys, offset = _coordinates(data, offset, flags, Y_SHORT, Y_SAME)
    points: list[Point] = [(x, y, bool(flag & ON_CURVE)) for x, y, flag in zip(xs, ys, flags, strict=True)]
    contours: list[tuple[Point, ...]] = []
    first = 0
    for end in ends:
        contours.append(tuple(points[first : end + 1]))
        first = end + 1
    return contours


def _coordinates(data: bytes, offset: int, flags: list[int], short: int, same: int) -> tuple[list[int], int]:
    values, current = [], 0
    for flag in flags:
        if flag & short:
            delta = data[offset]
            offset += 1
            current += delta if flag & same else -delta
        elif not flag & same:
            (delta,) = struct.unpack_from(">h", data, offset)
            offset += 2
            current += delta
        values.append(current)
    return values, offset


def _composite(face, data: bytes, offset: int) -> list[tuple[Point, ...]]:
    contours: list[tuple[Point, ...]] = []
    while True:
        flags, component = struct.unpack_from(">HH", data, offset)
        offset += 4
        if flags & WORD_ARGS:
            dx, dy = struct.unpack_from(">hh", data, offset)
            offset += 4
        else:
            dx, dy = struct.unpack_from(">bb", data, offset)
            offset += 2
        if not flags & XY_VALUES:
            dx = dy = 0  # point-matching placement: not used by the letters we draw
        a, b, c, d = 1.0, 0.0, 0.0, 1.0
        if flags & SCALE:
            a = d = _f2dot14(data, offset)
            offset += 2
        elif flags & XY_SCALE:
            a, d = _f2dot14(data, offset), _f2dot14(data, offset + 2)
            offset += 4
        elif flags & TWO_BY_TWO:
            a, b, c, d = (_f2dot14(data, offset + 2 * i) for i in range(4))
            offset += 8
        for contour in _contours(face, component):
            contours.append(tuple((a * x + c * y + dx, b * x + d * y + dy, on) for x, y, on in contour))
        if not flags & MORE:
            return contours


def _f2dot14(data: bytes, offset: int) -> float:
    (value,) = struct.unpack_from(">h", data, offset)
    return value / 16384


def draw_contour(path, contour: tuple[Point, ...], scale: float, x0: float) -> None:
    """Add one closed contour to a ReportLab path, quadratic segments as cubic ones."""
    points = [(x0 + x * scale, y * scale, on) for x, y, on in contour]
    if not points:
        return
    # Start on a point that lies on the curve (between two control points if none does).
    start = next((i for i, point in enumerate(points) if point[2]), None)
    if start is None:
        (ax, ay, _), (bx, by, _) = points[0], points[1]
        points.insert(0, ((ax + bx) / 2, (ay + by) / 2, True))
        start = 0
    points = points[start:] + points[:start]
    x, y, _ = points[0]
    path.moveTo(x, y)
    control = None
    for px, py, on in points[1:] + [points[0]]:
        if on:
            if control is None:
                path.lineTo(px, py)
            else:
                _quadratic(path, (x, y), control, (px, py))
                control = None
            x, y = px, py
        else:
            if control is not None:  # two control points in a row: a curve point lies between them
                mid = ((control[0] + px) / 2, (control[1] + py) / 2)
                _quadratic(path, (x, y), control, mid)
                x, y = mid
            control = (px, py)
    path.close()


def _quadratic(path, start, control, end) -> None:
    c1 = (start[0] + 2 / 3 * (control[0] - start[0]), start[1] + 2 / 3 * (control[1] - start[1]))
    c2 = (end[0] + 2 / 3 * (control[0] - end[0]), end[1] + 2 / 3 * (control[1] - end[1]))
    path.curveTo(c1[0], c1[1], c2[0], c2[1], end[0], end[1])


def word_path(canvas, face, text: str, size: float):
    """The word as one path at the origin (left end of its baseline), and its width."""
    scale = size / face.unitsPerEm
    path = canvas.beginPath()
    x = 0.0
    for char in text:
        outline = glyph(face, char)
        for contour in outline.contours:
            draw_contour(path, contour, scale, x)
        x += outline.advance * scale
    return path, x
