"""The policy's goals with their indicators: the first thing the app shows."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from barometer_desktop.storage import catalog
from barometer_desktop.ui.state import AppState


class GoalsScreen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        heading = QLabel(self.tr("Goals and indicators of the integration policy"))
        heading.setObjectName("screen_heading")
        heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.tree = QTreeWidget()
        self.tree.setObjectName("goals_tree")
        self.tree.setHeaderLabels(
            [self.tr("Goal / indicator"), self.tr("Role"), self.tr("Provider"), self.tr("Frequency")]
        )
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tree)
        state.data_changed.connect(self.refresh)
        state.database_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.tree.clear()
        frequencies = {
            "monthly": self.tr("monthly"),
            "quarterly": self.tr("quarterly"),
            "yearly": self.tr("yearly"),
            "biennial": self.tr("every second year"),
        }
        for goal in catalog.goals_with_indicators(self.state.db):
            goal_item = QTreeWidgetItem([self.tr("Goal {number}: {title}").format(number=goal.number, title=goal.title)])
            font = goal_item.font(0)
            font.setBold(True)
            goal_item.setFont(0, font)
            for indicator in goal.indicators:
                role = self.tr("headline") if indicator.is_headline else self.tr("supplementary")
                if not indicator.is_active:
                    role = self.tr("retired")
                child = QTreeWidgetItem(
                    [f"{indicator.code}  {indicator.name}", role, indicator.provider, frequencies.get(indicator.frequency, indicator.frequency)]
                )
                child.setToolTip(0, indicator.definition)
                child.setData(0, Qt.ItemDataRole.UserRole, indicator.id)
                goal_item.addChild(child)
            self.tree.addTopLevelItem(goal_item)
        self.tree.expandAll()
        self.tree.resizeColumnToContents(1)
        self.tree.resizeColumnToContents(2)
