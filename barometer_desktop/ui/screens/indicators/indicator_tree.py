"""The indicators screen's list: the goals, each with its indicators, retired
ones marked. Filled from what storage read; the screen keeps the selection."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from barometer_desktop.storage.records import GoalRecord, IndicatorRecord
from barometer_desktop.ui import theme

INDICATOR_ID = Qt.ItemDataRole.UserRole  # on an indicator's row
GOAL_ID = Qt.ItemDataRole.UserRole + 1  # on a goal's row


def fill(tree: QTreeWidget, goals: list[GoalRecord]) -> dict[int, IndicatorRecord]:
    """Show `goals` and their indicators in `tree` (signals blocked); the
    indicators by id, in the order listed."""
    tree.blockSignals(True)
    tree.clear()
    records: dict[int, IndicatorRecord] = {}
    retired_brush = QBrush(theme.current().text("retired"))
    for goal in goals:
        # The screen's words, in its translation context.
        title = QCoreApplication.translate("IndicatorsScreen", "{number}. {title}")
        goal_item = QTreeWidgetItem([title.format(number=goal.number, title=goal.title)])
        goal_item.setData(0, GOAL_ID, goal.id)
        font = goal_item.font(0)
        font.setBold(True)
        goal_item.setFont(0, font)
        goal_item.setToolTip(0, goal.title)
        for record in goal.indicators:
            records[record.id] = record
            text = f"{record.code}  {record.name}"
            if not record.is_active:
                text += "  " + QCoreApplication.translate("IndicatorsScreen", "(retired)")
            elif not record.is_headline:
                text += "  " + QCoreApplication.translate("IndicatorsScreen", "(supplementary)")
            child = QTreeWidgetItem([text])
            child.setData(0, INDICATOR_ID, record.id)
            child.setToolTip(0, record.definition or record.name)
            if not record.is_active:
                child.setForeground(0, retired_brush)
                italic = QFont(child.font(0))
                italic.setItalic(True)
                child.setFont(0, italic)
            goal_item.addChild(child)
        tree.addTopLevelItem(goal_item)
    tree.expandAll()
    tree.blockSignals(False)
    return records


def item_of(tree: QTreeWidget, indicator_id: int) -> QTreeWidgetItem | None:
    """The indicator's row in the list, if listed."""
    for g in range(tree.topLevelItemCount()):
        goal_item = tree.topLevelItem(g)
        if goal_item is None:
            continue
        for i in range(goal_item.childCount()):
            child = goal_item.child(i)
            if child is not None and child.data(0, INDICATOR_ID) == indicator_id:
                return child
    return None
