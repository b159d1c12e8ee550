"""How a cell of the entry grid is edited and drawn: the line editor, and
each cell's states as marks (so they read without colour too)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QStyleOptionViewItem, QWidget

from barometer_desktop.ui import theme
from barometer_desktop.ui.accessibility import FocusRingDelegate
from barometer_desktop.ui.screens.entry.keys import ENTER_KEYS
from barometer_desktop.ui.screens.entry.model import EntryModel
from barometer_desktop.ui.screens.entry.roles import SampleSizeMissingRole, sample_size_missing_colour


class EntryDelegate(FocusRingDelegate):
    """The standard line editor, remembered so keys sent to the view reach it;
    each cell's states drawn as marks, so they read without colour too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor: QWidget | None = None

    def createEditor(
        self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QWidget:
        editor = super().createEditor(parent, option, index)
        editor.setObjectName("entry_editor")
        self.editor = editor
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        handled = super().eventFilter(watched, event)
        if watched is self.editor and isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress \
                and event.key() in ENTER_KEYS:
            # Qt has queued the commit; the line editor would ignore Enter and
            # pass it up to the view, which forwarded it back: a second commit
            # and close that moved the cursor past a refused value.
            return True
        return handled

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().paint(painter, option, index)
        palette = theme.current(option.palette)
        if index.data(SampleSizeMissingRole):
            # A border, not a fill: the background already tells missing and rejected apart.
            painter.save()
            painter.setPen(QPen(sample_size_missing_colour(), 2))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()
        marks = cell_marks(index)
        if marks:
            painter.save()
            painter.setPen(palette.text("hint"))
            small = QFont(option.font)
            small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.8))
            painter.setFont(small)
            painter.drawText(
                option.rect.adjusted(5, 0, -5, 0), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), marks
            )
            painter.restore()

    def destroyEditor(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        if editor is self.editor:
            self.editor = None
        super().destroyEditor(editor, index)


def cell_marks(index: QModelIndex | QPersistentModelIndex) -> str:
    """The marks drawn at a cell's left edge: ✘ rejected, "missing", * provisional, n? sample size missing."""
    model = index.model()
    if not isinstance(model, EntryModel):
        return ""
    row, column = index.row(), index.column()
    marks = []
    if model.rejection(row, column):
        marks.append("✘")
    if model.record(row, column) is None and model.sheet.is_missing(model.indicator(row).id, model.area(column).id):
        marks.append(QCoreApplication.translate("EntryModel", "missing"))
    record = model.record(row, column)
    if record is not None and record.is_provisional:
        marks.append("*")
    if model.sample_size_missing(row, column):
        marks.append("n?")
    return " ".join(marks)
