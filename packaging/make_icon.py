"""Draw the app icon: a simple barometer gauge in the city's blue.

Writes resources/icons/app.svg (the source), app.png (256 px, the window and
.desktop icon) and app.ico (16–256 px, Windows). Run it again after changing
the drawing; the outputs are committed so a build needs no drawing tools.

    python packaging/make_icon.py
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
BLUE = "#0b4ea2"  # Copenhagen's blue
LIGHT = "#ffffff"
ACCENT = "#f2a900"  # the needle


def _point(cx: float, cy: float, radius: float, degrees: float) -> tuple[float, float]:
    angle = math.radians(degrees)
    return cx + radius * math.cos(angle), cy - radius * math.sin(angle)


def svg() -> str:
    """A rounded blue square, a white half-ring scale with ticks and a needle."""
    size, cx, cy = 256, 128.0, 150.0
    outer, inner = 92.0, 70.0
    start_x, start_y = _point(cx, cy, outer, 180)
    end_x, end_y = _point(cx, cy, outer, 0)
    istart_x, istart_y = _point(cx, cy, inner, 0)
    iend_x, iend_y = _point(cx, cy, inner, 180)
    ring = (
        f"M {start_x:.1f} {start_y:.1f} A {outer} {outer} 0 0 1 {end_x:.1f} {end_y:.1f} "
        f"L {istart_x:.1f} {istart_y:.1f} A {inner} {inner} 0 0 0 {iend_x:.1f} {iend_y:.1f} Z"
    )
    ticks = []
    for degrees in (150, 120, 90, 60, 30):
        x1, y1 = _point(cx, cy, inner - 4, degrees)
        x2, y2 = _point(cx, cy, inner - 18, degrees)
        ticks.append(
            f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x2:.1f}" y2="{y2:.1f}" '
            f'stroke="{LIGHT}" stroke-width="7" stroke-linecap="round"/>'
        )
    tip_x, tip_y = _point(cx, cy, outer - 6, 55)
    return f"""<svg xmlns="http://www.w3.org/2000/svg" width="{size}" height="{size}" viewBox="0 0 {size} {size}">
  <rect x="8" y="8" width="240" height="240" rx="44" fill="{BLUE}"/>
  <path d="{ring}" fill="{LIGHT}"/>
  {''.join(ticks)}
  <line x1="{cx}" y1="{cy}" x2="{tip_x:.1f}" y2="{tip_y:.1f}" stroke="{ACCENT}" stroke-width="12" stroke-linecap="round"/>
  <circle cx="{cx}" cy="{cy}" r="15" fill="{LIGHT}"/>
  <rect x="58" y="186" width="140" height="14" rx="7" fill="{LIGHT}" opacity="0.85"/>
</svg>
"""


def render_png(svg_path: Path, png_path: Path, size: int = 256) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg_path)).render(painter)
    painter.end()
    if not image.save(str(png_path)):
        raise SystemExit(f"could not write {png_path}")


def write_ico(png_path: Path, ico_path: Path) -> None:
    from PIL import Image

    with Image.open(png_path) as image:
        image.save(ico_path, sizes=[(16, 16), (24, 24), (32, 32), (48, 48), (64, 64), (128, 128), (256, 256)])


def main() -> int:
    ICONS.mkdir(parents=True, exist_ok=True)
    svg_path = ICONS / "app.svg"
    svg_path.write_text(svg(), encoding="utf-8")
    render_png(svg_path, ICONS / "app.png")
    write_ico(ICONS / "app.png", ICONS / "app.ico")
    print(f"wrote {svg_path}, app.png and app.ico")
    return 0


if __name__ == "__main__":
    sys.exit(main())
