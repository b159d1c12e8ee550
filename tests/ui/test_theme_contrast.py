"""The theme's colour roles read on light, dark and high-contrast palettes (WCAG 2.1 AA).

Text roles reach 4.5:1 on the palette's base and window, text on a tinted
fill 4.5:1 on the tint, lines, borders and chart series 3:1 on the base; and
a role keeps its meaning (improved stays green, worsened red) after the
adjustment.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette

from barometer_desktop.ui import theme

PALETTES = {
    "light": theme.light_palette,
    "dark": theme.dark_palette,
    "high_contrast": theme.high_contrast_palette,
}


@pytest.fixture(params=list(PALETTES))
def palette_theme(request, qapp):
    return theme.current(PALETTES[request.param]())


def _backgrounds(palette_theme):
    return [palette_theme.palette.color(QPalette.ColorRole.Base), palette_theme.palette.color(QPalette.ColorRole.Window)]


@pytest.mark.parametrize("role", sorted(theme.TEXT_ROLES))
def test_text_roles_reach_4_5_to_1(palette_theme, role):
    colour = palette_theme.text(role)
    for background in _backgrounds(palette_theme):
        assert theme.contrast(colour, background) >= 4.5, (role, colour.name(), background.name())


@pytest.mark.parametrize("role", sorted(theme.FILL_ROLES))
def test_text_on_each_tint_reaches_4_5_to_1(palette_theme, role):
    fill, text = palette_theme.fill(role), palette_theme.text_on(role)
    assert theme.contrast(text, fill) >= 4.5, (role, text.name(), fill.name())
    # The tint is visible as a tint, but is no second foreground colour.
    assert fill != palette_theme.base or role == "no_data_fill"


@pytest.mark.parametrize("role", sorted(theme.LINE_ROLES))
def test_lines_and_chart_series_reach_3_to_1(palette_theme, role):
    colour = palette_theme.line(role)
    assert theme.contrast(colour, palette_theme.base) >= 3.0, (role, colour.name())


def test_roles_keep_their_meaning_on_every_palette(palette_theme):
    improved, worsened = palette_theme.text("improved"), palette_theme.text("worsened")
    # Green is greener than red and red redder than green, whichever way the palette goes.
    assert improved.greenF() > improved.redF()
    assert worsened.redF() > worsened.greenF()


def test_the_light_palette_keeps_the_designed_colours(qapp):
    light = theme.current(theme.light_palette())
    # Chosen for 7:1 on white; nothing to adjust on Qt's standard light palette.
    assert light.text("improved").name() == "#14602e"
    assert light.text("worsened").name() == "#9b1c1c"


def test_the_navigation_colours_read_against_each_other():
    n = theme.NAVIGATION
    assert theme.contrast(QColor(n["text"]), QColor(n["background"])) >= 7
    assert theme.contrast(QColor(n["selected_text"]), QColor(n["selected"])) >= 4.5
    assert theme.contrast(QColor(n["marker"]), QColor(n["selected"])) >= 3


def test_headings_follow_the_users_font_size(qapp):
    from PySide6.QtGui import QFont
    from PySide6.QtWidgets import QLabel

    base = QFont(qapp.font())
    try:
        for size in (10.0, 16.0):
            font = QFont(base)
            font.setPointSizeF(size)
            qapp.setFont(font)
            heading = theme.style_heading(QLabel("Barometer"))
            assert heading.font().pointSizeF() == pytest.approx(size * theme.HEADING_SIZES[1])
    finally:
        qapp.setFont(base)


def test_no_screen_writes_a_colour_or_a_point_size():
    """One source of colours: the theme. (The web export and the PDF have their own, for print and HTML.)"""
    import re
    from pathlib import Path

    ui = Path(theme.__file__).parent
    offenders = []
    for path in ui.rglob("*.py"):
        if path.name == "theme.py":
            continue
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"#[0-9a-fA-F]{6}\b|\b\d+(\.\d+)?pt\b", text):
            offenders.append(f"{path.name}: {match.group(0)}")
    assert offenders == []
