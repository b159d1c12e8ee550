"""Lists the user ticks items in (comparison areas, recipient committees)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem


def ticked(widget: QListWidget) -> list[str]:
    """The keys of the ticked items, in the list's order."""
    return [
        str(widget.item(row).data(Qt.ItemDataRole.UserRole))
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]


def add_tickable(widget: QListWidget, text: str, key: str, ticked: bool) -> None:
    """An item the user can tick, known by `key` whatever its text says."""
    item = QListWidgetItem(text)
    item.setData(Qt.ItemDataRole.UserRole, key)
    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
    item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
    widget.addItem(item)
