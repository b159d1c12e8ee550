"""The Import screen's preview: the first rows of the file as a spreadsheet shows them.

Rows are numbered as in the file (the header is row 1), as the import report
numbers them; under each heading the preview says what the mapping reads
from the column, and after a check the rejected rows are marked.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from barometer_desktop.importing.table import Cell
from barometer_desktop.ui import theme
from barometer_desktop.ui.accessibility import focus_ring, leave_with_tab, named


def rejected_background() -> QBrush:
    """The tint of a rejected row (its row number carries a ✘ too)."""
    return QBrush(theme.current().fill("rejected_fill"))


class FilePreview(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("preview")
        named(self, self.tr("Preview of the file"),
              self.tr("The first rows of the file; under each heading, what the mapping reads from the column."))
        leave_with_tab(self)
        focus_ring(self)
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.header: list[str] = []
        self.row_numbers: list[int] = []  # the file's row number of each preview row

    def show_rows(self, header: list[str], rows: Sequence[tuple[int, Sequence[Cell]]]) -> None:
        self.header = header
        width = max([len(header)] + [len(cells) for _, cells in rows])
        self.clear()
        self.setColumnCount(width)
        self.setRowCount(len(rows))
        self.setHorizontalHeaderLabels([self._heading(c) for c in range(width)])
        self.row_numbers = [number for number, _ in rows]
        self.setVerticalHeaderLabels([str(number) for number in self.row_numbers])
        for r, (_, cells) in enumerate(rows):
            for c in range(width):
                cell = cells[c] if c < len(cells) else None
                self.setItem(r, c, QTableWidgetItem("" if cell is None else str(cell)))

    def label_columns(self, roles: Mapping[int, str]) -> None:
        """Show under each heading what is read from the column (`roles`: column -> what)."""
        for column in range(self.columnCount()):
            role = roles.get(column, self.tr("not used"))
            self.setHorizontalHeaderItem(column, QTableWidgetItem(f"{self._heading(column)}\n→ {role}"))

    def mark_rejected(self, reason_of: Mapping[int, list[str]]) -> list[int]:
        """Colour the rejected rows (`reason_of`: file row -> the reasons, shown
        as tooltips); the file row numbers of the marked rows."""
        marked = []
        tint = rejected_background()
        for r, number in enumerate(self.row_numbers):
            tip = "\n".join(reason_of.get(number, []))
            if tip:
                marked.append(number)
            # Not by colour alone: the row number says it too, and the reasons are spoken with each cell.
            self.setVerticalHeaderItem(r, QTableWidgetItem(f"✘ {number}" if tip else str(number)))
            for c in range(self.columnCount()):
                item = self.item(r, c)
                if item is None:
                    continue
                item.setBackground(tint if tip else QBrush())
                item.setToolTip(tip)
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tip)
        return marked

    def _heading(self, column: int) -> str:
        name = self.header[column] if column < len(self.header) else ""
        return name or f"({column + 1})"
