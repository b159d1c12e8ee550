"""Udvalg: committees and action plans, the yearly follow-up, what is missing, BIU's decisions.

The tabs refresh lazily: only the visible one reloads when data or the report
year change, and only those the change touches (values only alter BIU's
proposed decisions); the others when they are next shown. The missing-follow-up
count is always kept current, because the navigation shows it as a badge.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from barometer_desktop.domain.follow_up_rules import missing_count
from barometer_desktop.ui.changes import EVERYTHING, Change
from barometer_desktop.ui.screens.base import Screen
from barometer_desktop.ui.screens.committees.decisions import DecisionsTab
from barometer_desktop.ui.screens.committees.follow_up import FollowUpTab
from barometer_desktop.ui.screens.committees.missing import MissingTab, missing_groups
from barometer_desktop.ui.screens.committees.plans import PlansTab
from barometer_desktop.ui.screens.committees.widgets import heading
from barometer_desktop.ui.state import AppState

CommitteeTab = PlansTab | FollowUpTab | MissingTab | DecisionsTab


class CommitteesScreen(Screen):
    missing_count_changed = Signal(int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.plans = PlansTab(state)
        self.follow_up = FollowUpTab(state)
        self.missing = MissingTab(state)
        self.decisions = DecisionsTab(state)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("committee_tabs")
        self.tabs.addTab(self.follow_up, self.tr("Yearly follow-up"))
        self.tabs.addTab(self.missing, self.tr("Missing follow-up"))
        self.tabs.addTab(self.decisions, self.tr("BIU's decisions"))
        self.tabs.addTab(self.plans, self.tr("Committees and action plans"))
        self.heading = heading(self.tr("Committees"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        self._stale: set[CommitteeTab] = set()
        self.missing.count_changed.connect(self.missing_count_changed)
        self.tabs.currentChanged.connect(self._tab_shown)
        self.reload()

    def touches(self, change: Change) -> bool:
        return change.touches_values() or change.touches_committees()

    def year_switched(self, year: int) -> None:
        self.follow_up.year_changed()

    def reload(self, change: Change = EVERYTHING) -> None:
        """Refresh the visible tab now, the others the change touches when shown; the badge too."""
        if change.touches_committees():
            self._stale = {self.plans, self.follow_up, self.missing, self.decisions}
        else:
            self._stale.add(self.decisions)  # values change the proposals only
        self._tab_shown(self.tabs.currentIndex())
        if self.missing in self._stale:
            self.missing_count_changed.emit(self.current_missing_count())

    def changed_while_hidden(self, change: Change) -> None:
        if change.touches_committees():
            self.missing_count_changed.emit(self.current_missing_count())

    def has_unsaved_changes(self) -> bool:
        return self.follow_up.is_dirty

    def confirm_leave(self) -> bool:
        """Unsaved follow-up: Save / Discard / Cancel (False: stay)."""
        if self.follow_up.is_dirty:
            self.show_tab(self.follow_up)
        return self.follow_up.confirm_leave()

    def current_missing_count(self) -> int:
        groups, _deadline = missing_groups(self.state)
        return missing_count(groups)

    def _tab_shown(self, index: int) -> None:
        for tab in list(self._stale):
            if self.tabs.indexOf(tab) == index:
                self._stale.discard(tab)
                tab.refresh()

    def show_tab(self, tab: CommitteeTab) -> None:
        self.tabs.setCurrentWidget(tab)

    def tab_named(self, name: str) -> CommitteeTab | None:
        """A tab by the name a link uses ("plans", "follow_up", "missing", "decisions")."""
        tabs: dict[str, CommitteeTab] = {
            "plans": self.plans, "follow_up": self.follow_up, "missing": self.missing, "decisions": self.decisions,
        }
        return tabs.get(name)
