"""What the entry model tells its view beyond Qt's own item-data roles."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from barometer_desktop.ui import theme

# True for a survey value stored without sample size or standard error (the view draws an amber border).
SampleSizeMissingRole = Qt.ItemDataRole.UserRole + 1
# The cell's states as words ("missing", "provisional", ...): the view draws a
# mark for each, and a screen reader speaks them with the value.
CellStatesRole = Qt.ItemDataRole.UserRole + 2


def sample_size_missing_colour() -> QColor:
    return theme.current().line("sample_size_missing")
