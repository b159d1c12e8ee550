"""The entry grid's row names (the indicators), in a column the user can drag
narrower or wider by its right edge, like a spreadsheet's first column.

Qt's vertical header has no such handle; this one takes the width the user
dragged to (remembered per user), or by default a third of the grid, and
elides longer names (whole in the tooltip and the details panel).
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, QSize, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QWidget

WIDTH_KEY = "entry/row_names_width"
GRIP = 5  # px either side of the right edge that start a drag
MINIMUM = 120


class RowNameHeader(QHeaderView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Vertical, parent)
        self.setMouseTracking(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setSectionsClickable(True)
        saved = QSettings().value(WIDTH_KEY, 0, type=int)
        self.chosen_width: int | None = saved if isinstance(saved, int) and saved >= MINIMUM else None
        self._dragging = False

    def _limit(self) -> int:
        view = self.parentWidget()
        return max(MINIMUM, int(view.width() * 0.6)) if view is not None else 10_000

    def sizeHint(self) -> QSize:  # Qt override
        hint = super().sizeHint()
        view = self.parentWidget()
        automatic = max(150, view.width() // 3) if view is not None else hint.width()
        wanted = self.chosen_width if self.chosen_width is not None else min(hint.width(), automatic)
        return QSize(max(MINIMUM, min(wanted, self._limit())), hint.height())

    def set_chosen_width(self, width: int | None) -> None:
        self.chosen_width = None if width is None else max(MINIMUM, min(width, self._limit()))
        if self.chosen_width is not None:
            QSettings().setValue(WIDTH_KEY, self.chosen_width)
        self.updateGeometry()
        view = self.parentWidget()
        if isinstance(view, QAbstractItemView):
            view.updateGeometries()

    def _on_edge(self, x: int) -> bool:
        return abs(x - self.width()) <= GRIP

    def mousePressEvent(self, event: QMouseEvent) -> None:  # Qt override
        if event.button() == Qt.MouseButton.LeftButton and self._on_edge(int(event.position().x())):
            self._dragging = True
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # Qt override
        x = int(event.position().x())
        if self._dragging:
            self.set_chosen_width(x)
            event.accept()
            return
        self.setCursor(Qt.CursorShape.SplitHCursor if self._on_edge(x) else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # Qt override
        if self._dragging:
            self._dragging = False
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:  # Qt override
        # A double-click on the edge gives the automatic width back.
        if self._on_edge(int(event.position().x())):
            self.chosen_width = None
            QSettings().remove(WIDTH_KEY)
            self.set_chosen_width(None)
            event.accept()
            return
        super().mouseDoubleClickEvent(event)
