"""Screens that fit every desk: remembered splitters, scroll areas, columns that give way.

Per-user layout (where a splitter was left) lives in QSettings, like the
window's geometry; a splitter restored from another screen size is still
clamped by Qt to what fits.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QFrame, QHeaderView, QScrollArea, QSplitter, QWidget

SPLITTER_PREFIX = "splitters/"


def remember_splitter(splitter: QSplitter, key: str) -> QSplitter:
    """Restore the splitter's position saved under `key`, and save it whenever the user moves it."""
    saved = QSettings().value(SPLITTER_PREFIX + key)
    if isinstance(saved, QByteArray) and not saved.isEmpty():
        splitter.restoreState(saved)
    splitter.splitterMoved.connect(lambda *_: QSettings().setValue(SPLITTER_PREFIX + key, splitter.saveState()))
    return splitter


def list_beside_details(list_part: QWidget, details: QWidget, name: str, key: str,
                        sizes: tuple[int, int] = (260, 900)) -> QSplitter:
    """A list on the left and what it selects on the right: the details take the extra width,
    neither side can be collapsed away, and the user's division is remembered under `key`."""
    splitter = QSplitter()
    splitter.setObjectName(name)
    splitter.addWidget(list_part)
    splitter.addWidget(details)
    splitter.setStretchFactor(1, 1)
    splitter.setChildrenCollapsible(False)
    splitter.setSizes(list(sizes))
    return remember_splitter(splitter, key)


def scrolling(content: QWidget, name: str = "") -> QScrollArea:
    """`content` in a frameless scroll area: it scrolls instead of being clipped when the window is small."""
    area = QScrollArea()
    if name:
        area.setObjectName(name)
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    # The area itself is no stop for Tab: the fields inside are.
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(content)
    return area


def resizable_columns(header: QHeaderView, stretch_last: bool = True) -> QHeaderView:
    """Columns the user can drag narrower or wider; long texts are elided, not cut."""
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(stretch_last)
    header.setTextElideMode(Qt.TextElideMode.ElideRight)
    return header
