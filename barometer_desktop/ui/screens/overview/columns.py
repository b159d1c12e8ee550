"""The barometer table's columns: which there are, how they share the width,
and titles that are read whole at any window size and in either language.

A column title wraps onto a second line ("Latest / value", "Hele / landet")
rather than being cut ("Latest va…"); every column stays at least as wide as
the longest word of its title, and the header grows to the most wrapped title
(one line when all fit).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableView

from barometer_desktop.ui import theme

COLUMNS = ("goal", "indicator", "value", "change", "trend", "national", "sparkline", "status")
# Column widths on a wide window; on a narrower one the number columns and
# the goal shrink together (to no less than MIN_SHARE of these) so the
# stretching indicator column keeps INDICATOR_MIN px; the verdicts keep
# their width (a word and a symbol), and the trend line gives way first (the
# chart shows it).
COLUMN_WIDTHS = {"goal": 170, "value": 150, "change": 178, "trend": 116, "national": 128, "sparkline": 92, "status": 110}
KEEP_WIDTH = ("trend", "status", "sparkline")
INDICATOR_MIN = 150
MIN_SHARE = 0.61  # the shrinking columns never below 380 px together, as before they widened
SPARKLINE_FROM = 900
# The header's padding (its style sheet) on each side, and its accent line below.
HEADER_PADDING = 6
HEADER_LINE = 2
HEADER_FLAGS = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap


def fit_columns(view: QTableView, titles: list[str]) -> None:
    """Share the view's width: the indicator column keeps room to read, nothing runs off to
    the right, no title word is cut; then the header's height for the wrapped titles."""
    available = view.viewport().width() or view.width()
    header = view.horizontalHeader()
    show_spark = available >= SPARKLINE_FROM
    header.setSectionHidden(COLUMNS.index("sparkline"), not show_spark)
    widths = {k: w for k, w in COLUMN_WIDTHS.items() if show_spark or k != "sparkline"}
    kept = sum(w for k, w in widths.items() if k in KEEP_WIDTH)
    shrinking = sum(w for k, w in widths.items() if k not in KEEP_WIDTH)
    share = min(1.0, max(MIN_SHARE, (available - INDICATOR_MIN - kept) / shrinking))
    metrics = title_metrics(view)
    for key, width in widths.items():
        section = COLUMNS.index(key)
        fitted = width if key in KEEP_WIDTH else int(width * share)
        header.resizeSection(section, max(fitted, longest_word_width(titles[section], metrics)))
    fit_header_height(view, titles)


def fit_header_height(view: QTableView, titles: list[str]) -> None:
    """The header's height for the titles at the columns' present widths (also after a drag)."""
    header = view.horizontalHeader()
    sizes = [0 if header.isSectionHidden(i) else header.sectionSize(i) for i in range(len(titles))]
    header.setMinimumHeight(header_height(titles, sizes, title_metrics(view)))


def title_metrics(view: QTableView) -> QFontMetrics:
    # The titles are semi-bold (the style sheet): measured bold, so they always fit.
    return QFontMetrics(theme.relative_font(view.horizontalHeader().font(), bold=True))


def longest_word_width(title: str, metrics: QFontMetrics) -> int:
    """The width a column needs so that no word of its title is cut."""
    longest = max((metrics.horizontalAdvance(word) for word in title.split()), default=0)
    return longest + 2 * HEADER_PADDING + 4


def header_height(titles: list[str], widths: list[int], metrics: QFontMetrics) -> int:
    """As tall as the most wrapped title at these widths (0: a hidden column)."""
    tallest = metrics.height()
    for title, width in zip(titles, widths):
        if width > 0:
            room = QRect(0, 0, max(1, width - 2 * HEADER_PADDING), 1000)
            tallest = max(tallest, metrics.boundingRect(room, int(HEADER_FLAGS), title).height())
    return tallest + 2 * HEADER_PADDING + HEADER_LINE + 2
