"""A search field that filters a list or a tree as the user types.

One behaviour for every list that can grow long (indicators, committees,
what is missing): case-insensitive, any column; a group stays visible when
one of its items matches, and a matching group shows all its items.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QListWidget, QTreeWidget, QTreeWidgetItem, QWidget

from barometer_desktop.ui.accessibility import named


class FilterBox(QLineEdit):
    def __init__(self, target: QTreeWidget | QListWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.target = target
        self.setObjectName(f"{target.objectName() or 'list'}_filter")
        self.setPlaceholderText(QCoreApplication.translate("FilterBox", "Search…"))
        self.setToolTip(QCoreApplication.translate("FilterBox", "Show only the lines that contain this text"))
        name_search_field(self, target.accessibleName())
        self.setClearButtonEnabled(True)
        self.textChanged.connect(self.apply)

    def apply(self) -> None:
        """Filter again (also after the target was refilled)."""
        query = self.text().strip().casefold()
        if isinstance(self.target, QTreeWidget):
            for index in range(self.target.topLevelItemCount()):
                top = self.target.topLevelItem(index)
                if top is not None:
                    _filter_item(top, query, parent_matches=False)
        else:
            for row in range(self.target.count()):
                item = self.target.item(row)
                if item is not None:
                    item.setHidden(bool(query) and query not in item.text().casefold())


def name_search_field(field: QLineEdit, list_name: str) -> None:
    """What a screen reader says for a search field: which list it filters."""
    if list_name:
        name = QCoreApplication.translate("FilterBox", "Search in {list}").format(list=list_name)
    else:
        name = QCoreApplication.translate("FilterBox", "Search the list")
    named(field, name, QCoreApplication.translate("FilterBox", "Show only the lines that contain this text"))


def _matches(item: QTreeWidgetItem, query: str) -> bool:
    return any(query in item.text(column).casefold() for column in range(item.columnCount()))


def _filter_item(item: QTreeWidgetItem, query: str, parent_matches: bool) -> bool:
    """Hide what does not match; returns whether the item stays visible."""
    own = not query or parent_matches or _matches(item, query)
    children = [_filter_item(child, query, own) for i in range(item.childCount()) if (child := item.child(i)) is not None]
    visible = own or any(children)
    item.setHidden(not visible)
    return visible
