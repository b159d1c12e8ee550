"""Colours and type sizes by meaning, derived from the system palette.

Screens never write a colour or a point size: they ask for a role
("worsened", "hint", "missing_fill", ...) and get a colour that keeps its
meaning (green for improved, red for worsened) but is adjusted against the
palette the user runs with, light, dark or high-contrast, until text reaches
4.5:1 and lines and borders 3:1 (WCAG 2.1 AA, EN 301 549 chapter 11). Sizes
are factors of the user's own font size, so a larger system font grows
every heading with it.

The word and the symbol always go with a colour (▲ forbedret): colour is a
second cue, never the only one.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

TEXT_CONTRAST = 4.5
NON_TEXT_CONTRAST = 3.0

# Text roles: (hue on a light palette, hue on a dark one). Each is adjusted
# against the palette's base and window colours until it reads at 4.5:1.
TEXT_ROLES: dict[str, tuple[str, str]] = {
    "heading": ("#10243e", "#dbe7f7"),
    "hint": ("#4b5563", "#c0c6cf"),
    "improved": ("#14602e", "#86e0a0"),
    "worsened": ("#9b1c1c", "#ffa3a3"),
    "unchanged": ("#374151", "#d5d9df"),
    "mixed": ("#7a4b00", "#f7c76b"),
    "no_direction": ("#1e3a8a", "#a9c1ff"),
    "no_data": ("#4b5563", "#c0c6cf"),
    "error": ("#9b1c1c", "#ffa3a3"),
    "success": ("#14602e", "#86e0a0"),
    "warning": ("#7a4a00", "#f7c76b"),
    "provisional": ("#7a4b00", "#f7c76b"),
    "rejected": ("#8a1c1c", "#ffa3a3"),
    "not_due": ("#5b6470", "#b4bac4"),
    "retired": ("#5b6470", "#b4bac4"),
    "overdue": ("#9b1c1c", "#ffa3a3"),
    "followed_up": ("#1b5e20", "#86e0a0"),
    "partly": ("#7a4a00", "#f7c76b"),
    "not_followed_up": ("#b71c1c", "#ffa3a3"),
    "not_recorded": ("#555555", "#c0c6cf"),
}

# Non-text roles (lines, borders, chart series, the focus ring): 3:1 against the base.
LINE_ROLES: dict[str, tuple[str, str]] = {
    "accent": ("#1d4e89", "#8cb4ff"),
    "focus": ("#1d4ed8", "#ffd24d"),
    "chart_main": ("#1d4e89", "#8cb4ff"),
    "chart_country": ("#c2410c", "#ffa36b"),
    "chart_other_1": ("#15803d", "#6ee7a0"),
    "chart_other_2": ("#7e22ce", "#d8a8ff"),
    "chart_other_3": ("#0e7490", "#67e0f5"),
    "chart_other_4": ("#a16207", "#f5c451"),
    "chart_other_5": ("#be185d", "#ff9cc8"),
    "chart_other_6": ("#4d7c0f", "#b5e06a"),
    "chart_reference": ("#6b7280", "#9aa1ab"),
    "sample_size_missing": ("#d97706", "#ffb561"),
    "error_border": ("#b42318", "#ff8a80"),
    "warning_border": ("#b45309", "#ffb561"),
    "grid_line": ("#8a94a3", "#6b7482"),
}

# Tinted backgrounds: (the hue they are tinted with, the text role drawn on them).
FILL_ROLES: dict[str, tuple[str, str]] = {
    "improved_fill": ("improved", "improved"),
    "worsened_fill": ("worsened", "worsened"),
    "unchanged_fill": ("unchanged", "unchanged"),
    "mixed_fill": ("mixed", "mixed"),
    "no_direction_fill": ("no_direction", "no_direction"),
    "no_data_fill": ("no_data", "no_data"),
    "missing_fill": ("warning", "warning"),
    "rejected_fill": ("rejected", "rejected"),
    "error_fill": ("error", "error"),
    "success_fill": ("success", "success"),
    "warning_fill": ("warning", "warning"),
    "header_fill": ("accent", "heading"),
}
# How much of the hue a tint holds: enough to see, little enough to read on.
TINT = 0.14
# The chart's series in the order they are handed out.
CHART_OTHERS = tuple(f"chart_other_{n}" for n in range(1, 7))
# Headings as factors of the user's font size (not fixed points).
HEADING_SIZES = {1: 1.55, 2: 1.2, 3: 1.1}


def relative_luminance(colour: QColor) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF()) + 0.0722 * channel(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """The WCAG contrast ratio, 1 to 21."""
    a, b = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def mix(colour: QColor, other: QColor, share: float) -> QColor:
    """`share` of `colour` over `other`."""
    return QColor.fromRgbF(
        colour.redF() * share + other.redF() * (1 - share),
        colour.greenF() * share + other.greenF() * (1 - share),
        colour.blueF() * share + other.blueF() * (1 - share),
    )


def readable(colour: QColor, backgrounds: list[QColor], ratio: float) -> QColor:
    """`colour`, moved towards black or white just far enough to reach `ratio` on every background."""
    dark_backgrounds = sum(relative_luminance(b) < 0.18 for b in backgrounds) > len(backgrounds) / 2
    target = QColor("white") if dark_backgrounds else QColor("black")
    candidate = QColor(colour)
    for step in range(21):
        candidate = mix(target, colour, step / 20)
        if all(contrast(candidate, b) >= ratio for b in backgrounds):
            return candidate
    return target


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightnessF() < 0.5


@dataclass(frozen=True)
class Theme:
    """The colours of one palette, by role."""

    palette: QPalette

    @property
    def dark(self) -> bool:
        return is_dark(self.palette)

    def _key(self) -> tuple[int, int]:
        # What the colours depend on: the palette's base and window.
        return (
            self.palette.color(QPalette.ColorRole.Base).rgba(),
            self.palette.color(QPalette.ColorRole.Window).rgba(),
        )

    def text(self, role: str) -> QColor:
        """A text colour: 4.5:1 on the palette's base and window."""
        if role not in TEXT_ROLES:
            return self.line(role)
        return QColor.fromRgba(_text_rgba(role, *self._key()))

    def line(self, role: str) -> QColor:
        """A line, border or chart colour: 3:1 on the palette's base."""
        return QColor.fromRgba(_line_rgba(role, *self._key()))

    def fill(self, role: str) -> QColor:
        """A tinted background (a light tint on a light palette, a dark one on a dark palette)."""
        return QColor.fromRgba(_fill_rgba(role, *self._key()))

    def text_on(self, fill_role: str) -> QColor:
        """The text colour for a tinted background: 4.5:1 on the tint and on the plain base."""
        return QColor.fromRgba(_text_on_rgba(fill_role, *self._key()))

    def name(self, role: str) -> str:
        """`text(role)` as #rrggbb, for rich text and style sheets."""
        return self.text(role).name()

    @property
    def base(self) -> QColor:
        return self.palette.color(QPalette.ColorRole.Base)

    @property
    def foreground(self) -> QColor:
        return self.palette.color(QPalette.ColorRole.Text)


# The adjustments are computed once per role and palette: item views ask for
# colours for every cell they paint.


def _hue(table: dict[str, tuple[str, str]], role: str, base: int) -> QColor:
    light, dark = table[role]
    return QColor(dark if QColor.fromRgba(base).lightnessF() < 0.5 else light)


@lru_cache(maxsize=512)
def _text_rgba(role: str, base: int, window: int) -> int:
    backgrounds = [QColor.fromRgba(base), QColor.fromRgba(window)]
    return readable(_hue(TEXT_ROLES, role, window), backgrounds, TEXT_CONTRAST).rgba()


@lru_cache(maxsize=512)
def _line_rgba(role: str, base: int, window: int) -> int:
    table = LINE_ROLES if role in LINE_ROLES else TEXT_ROLES
    backgrounds = [QColor.fromRgba(base), QColor.fromRgba(window)]
    return readable(_hue(table, role, window), backgrounds, NON_TEXT_CONTRAST).rgba()


@lru_cache(maxsize=512)
def _fill_rgba(role: str, base: int, window: int) -> int:
    hue_role, _text_role = FILL_ROLES[role]
    table = LINE_ROLES if hue_role in LINE_ROLES else TEXT_ROLES
    return mix(_hue(table, hue_role, window), QColor.fromRgba(base), TINT).rgba()


@lru_cache(maxsize=512)
def _text_on_rgba(role: str, base: int, window: int) -> int:
    _hue_role, text_role = FILL_ROLES[role]
    backgrounds = [QColor.fromRgba(_fill_rgba(role, base, window)), QColor.fromRgba(base), QColor.fromRgba(window)]
    return readable(_hue(TEXT_ROLES, text_role, window), backgrounds, TEXT_CONTRAST).rgba()


def current(palette: QPalette | None = None) -> Theme:
    """The theme of `palette`, or of the running application's palette."""
    return Theme(QPalette(palette) if palette is not None else QGuiApplication.palette())


# -- type -----------------------------------------------------------------------------


def relative_font(base: QFont, factor: float = 1.0, *, bold: bool = False) -> QFont:
    """`base` scaled by `factor` (of the user's size, never a fixed point size)."""
    font = QFont(base)
    size = base.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    elif base.pixelSize() > 0:
        font.setPixelSize(round(base.pixelSize() * factor))
    font.setBold(bold)
    return font


def style_heading(label, level: int = 1):  # a QLabel
    """A heading: larger than the user's font by the level's factor, bold, in the heading colour."""
    label.setFont(relative_font(QApplication.font(), HEADING_SIZES[level], bold=True))
    paint_text(label, "heading")
    return label


def paint_text(widget, role: str | None, *, bold: bool | None = None):  # a QWidget
    """Give a label (or any widget) a role's text colour through its palette; None gives the palette's own back."""
    palette = QPalette(widget.palette())
    if role is None:
        default = QApplication.palette()
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.WindowText, default.color(group, QPalette.ColorRole.WindowText))
            palette.setColor(group, QPalette.ColorRole.Text, default.color(group, QPalette.ColorRole.Text))
    else:
        colour = current().text(role)
        for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
            palette.setColor(group, QPalette.ColorRole.WindowText, colour)
            palette.setColor(group, QPalette.ColorRole.Text, colour)
    widget.setPalette(palette)
    if bold is not None:
        font = QFont(widget.font())
        font.setBold(bold)
        widget.setFont(font)
    return widget


def emphasis_style(role: str) -> str:
    """A style sheet for a short message in a role's colour, bold enough to be
    seen (a word always says what the colour means)."""
    return f"color: {current().name(role)}; font-weight: 600;"


def refused_field_style() -> str:
    """The frame around a field whose value was refused (the message names the field too)."""
    return f"border: 2px solid {current().line('error_border').name()};"


def boxed_style(fill_role: str, *, border_role: str | None = None) -> str:
    """A style sheet for a message box: tinted background, readable text, a border in the hue."""
    theme = current()
    hue = FILL_ROLES[fill_role][0]
    border = theme.line(border_role or hue).name()
    return (
        f"background: {theme.fill(fill_role).name()}; color: {theme.text_on(fill_role).name()};"
        f" border: 1px solid {border};"
    )


def light_palette() -> QPalette:
    """Qt's standard light palette (Fusion), for tests and screenshots."""
    return QStyleFactory.create("Fusion").standardPalette()


def dark_palette() -> QPalette:
    """A typical dark palette (as Windows' and GNOME's dark modes give), for tests and screenshots."""
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#202124",
        QPalette.ColorRole.WindowText: "#e8eaed",
        QPalette.ColorRole.Base: "#171717",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e8eaed",
        QPalette.ColorRole.Button: "#2d2e31",
        QPalette.ColorRole.ButtonText: "#e8eaed",
        QPalette.ColorRole.Highlight: "#3b82f6",
        QPalette.ColorRole.HighlightedText: "#000000",
        QPalette.ColorRole.ToolTipBase: "#2d2e31",
        QPalette.ColorRole.ToolTipText: "#e8eaed",
        QPalette.ColorRole.PlaceholderText: "#9aa0a6",
        QPalette.ColorRole.Link: "#8ab4f8",
        # The style draws frames and check boxes with these.
        QPalette.ColorRole.Light: "#5f6368",
        QPalette.ColorRole.Midlight: "#4a4d51",
        QPalette.ColorRole.Mid: "#8a8f96",
        QPalette.ColorRole.Dark: "#9aa0a6",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def high_contrast_palette() -> QPalette:
    """Black on white at its strongest, like Windows' high-contrast themes."""
    palette = QPalette()
    for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.Button):
        palette.setColor(role, QColor("#000000"))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(role, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.Highlight, QColor("#1aebff"))
    palette.setColor(QPalette.ColorRole.HighlightedText, QColor("#000000"))
    # Frames and check boxes in white, as Windows' high-contrast themes draw them.
    for role in (QPalette.ColorRole.Light, QPalette.ColorRole.Midlight, QPalette.ColorRole.Mid, QPalette.ColorRole.Dark):
        palette.setColor(role, QColor("#ffffff"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#c0c0c0"))
    palette.setColor(QPalette.ColorRole.AlternateBase, QColor("#1a1a1a"))
    return palette


# -- the navigation -----------------------------------------------------------------
#
# The navigation keeps the city's dark blue on every palette: it is its own
# background, so its colours are checked against each other (13,4:1 text,
# 4,8:1 for the focus ring on a selected item), not against the palette.
NAVIGATION = {
    "background": "#10243e",
    "text": "#e8eef6",
    "selected": "#1d4e89",
    "selected_text": "#ffffff",
    "marker": "#f2b705",
}
NAVIGATION_FOCUS = QColor(NAVIGATION["marker"])


def navigation_style() -> str:
    n = NAVIGATION
    return (
        f"QListWidget#navigation {{ background: {n['background']}; color: {n['text']}; border: none;"
        " padding-top: 8px; }"
        "QListWidget#navigation::item { padding: 10px 14px; }"
        f"QListWidget#navigation::item:selected {{ background: {n['selected']}; color: {n['selected_text']};"
        f" border-left: 4px solid {n['marker']}; }}"
    )
