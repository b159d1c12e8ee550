"""Fonts, colours and paragraph styles of the status report.

The TrueType fonts ship in resources/fonts/ (DejaVu Sans, free licence) and
are embedded in every PDF, so Danish letters and the verdict symbols render
and extract as text on any reader, and the file suits archiving. Fonts are
parsed once per process: parsing a TTF costs more than a whole report.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm

from barometer_desktop.resources import shipped_path

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"

# Colours chosen to stay distinct as greys in black-and-white print.
INK = colors.HexColor("#1a1a1a")
ACCENT = colors.HexColor("#1f3a5f")  # headings, rules, the main area's line
MUTED = colors.HexColor("#5a5a5a")
RULE = colors.HexColor("#b8b8b8")
HEADER_FILL = colors.HexColor("#e4e8ee")
ZEBRA_FILL = colors.HexColor("#f5f6f8")
DEMO_INK = colors.HexColor("#b45309")

PAGE_MARGIN = 20 * mm


@cache
def register_fonts() -> None:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    from barometer_desktop.report.fonts import ReportFont

    folder = shipped_path("resources", "fonts")
    pdfmetrics.registerFont(ReportFont(FONT, str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(ReportFont(FONT_BOLD, str(folder / "DejaVuSans-Bold.ttf")))
    # <b> in paragraphs picks the bold face; there is no italic face shipped.
    addMapping(FONT, 0, 0, FONT)
    addMapping(FONT, 1, 0, FONT_BOLD)
    addMapping(FONT, 0, 1, FONT)
    addMapping(FONT, 1, 1, FONT_BOLD)


@cache
def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13.5, textColor=INK, spaceAfter=5)
    return {
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=8, leading=10.5, textColor=MUTED),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5, spaceAfter=0),
        "cell_bold": ParagraphStyle("cell_bold", parent=body, fontName=FONT_BOLD, fontSize=9, leading=11.5, spaceAfter=0),
        "cell_right": ParagraphStyle("cell_right", parent=body, fontSize=9, leading=11.5, spaceAfter=0, alignment=TA_RIGHT),
        "head_cell": ParagraphStyle(
            "head_cell", parent=body, fontName=FONT_BOLD, fontSize=9, leading=11, spaceAfter=0, textColor=ACCENT
        ),
        "head_cell_right": ParagraphStyle(
            "head_cell_right", parent=body, fontName=FONT_BOLD, fontSize=9, leading=11, spaceAfter=0,
            textColor=ACCENT, alignment=TA_RIGHT,
        ),
        "h1": ParagraphStyle(
            "h1", parent=body, fontName=FONT_BOLD, fontSize=17, leading=21, textColor=ACCENT,
            spaceBefore=0, spaceAfter=10,
        ),
        "h2": ParagraphStyle(
            "h2", parent=body, fontName=FONT_BOLD, fontSize=12, leading=15, textColor=ACCENT,
            spaceBefore=12, spaceAfter=5,
        ),
        "h3": ParagraphStyle(
            "h3", parent=body, fontName=FONT_BOLD, fontSize=10, leading=13, textColor=INK,
            spaceBefore=8, spaceAfter=3, keepWithNext=1,
        ),
        "label": ParagraphStyle("label", parent=body, fontName=FONT_BOLD, fontSize=8, leading=10.5, spaceAfter=0),
        "cover_title": ParagraphStyle(
            "cover_title", parent=body, fontName=FONT_BOLD, fontSize=26, leading=32, textColor=ACCENT, spaceAfter=8
        ),
        "cover_sub": ParagraphStyle("cover_sub", parent=body, fontSize=14, leading=19, textColor=INK, spaceAfter=4),
        "cover_mark": ParagraphStyle(
            "cover_mark", parent=body, fontName=FONT_BOLD, fontSize=12, leading=16, textColor=ACCENT,
            alignment=TA_CENTER,
        ),
        "toc1": ParagraphStyle("toc1", parent=body, fontName=FONT_BOLD, fontSize=10, leading=15, leftIndent=0),
        "toc2": ParagraphStyle("toc2", parent=body, fontSize=9, leading=13, leftIndent=12),
    }
