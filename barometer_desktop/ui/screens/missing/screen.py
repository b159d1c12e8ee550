"""Mangler data: what is still missing for the report year, and from whom.

Grouped by provider so the secretariat can chase each administration with
one list; late deliveries are marked. Refreshes whenever a value is stored
or the report year changes, and reports its count for the navigation badge.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop import i18n
from barometer_desktop.domain.formatting import format_period
from barometer_desktop.domain.missing_data import MissingItem, missing_by_provider
from barometer_desktop.domain.periods import Period
from barometer_desktop.storage import indicator_sources
from barometer_desktop.storage.records import AreaRecord, IndicatorRecord
from barometer_desktop.ui import theme
from barometer_desktop.ui.accessibility import focus_ring, leave_with_tab, named
from barometer_desktop.ui.changes import Change
from barometer_desktop.ui.filter_box import FilterBox
from barometer_desktop.ui.screens.base import Screen
from barometer_desktop.ui.screens.statbank.fetch_dialog import StatBankFetchDialog, ask_source_updates
from barometer_desktop.ui.state import AppState


class MissingDataScreen(Screen):
    # The number of missing values, for the navigation badge.
    count_changed = Signal(int)
    # (indicator code, area name): the user wants to enter this value.
    entry_requested = Signal(str, str)
    # Statistikbanken's update times (asked on request, in a worker) are shown.
    source_updates_shown = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(state, parent)
        self._today = today
        self.items: list[MissingItem] = []
        # (indicator, area) of survey values stored without n.
        self.sample_sizes: list[tuple[IndicatorRecord, AreaRecord]] = []
        self.heading = QLabel()
        self.heading.setObjectName("screen_heading")
        theme.style_heading(self.heading)
        self.summary = QLabel()
        self.summary.setObjectName("missing_summary")
        self.summary.setWordWrap(True)
        self.summary.setContentsMargins(10, 6, 10, 6)
        self.explanation = QLabel(
            self.tr(
                "Values expected for the municipality and the whole country, grouped by the provider who "
                "delivers them. A delivery is overdue after the end of its agreed release month."
            )
            + " "
            + self.tr("Press Enter on a line, or double-click it, to enter the value.")
        )
        self.explanation.setWordWrap(True)
        theme.paint_text(self.explanation, "hint")
        self.tree = QTreeWidget()
        self.tree.setObjectName("missing_tree")
        self.tree.setHeaderLabels([self.tr("Provider / indicator"), self.tr("Area"), self.tr("Expected"), self.tr("Status")])
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setFont(theme.relative_font(self.tree.font(), 1.1))
        self.tree.setStyleSheet("QTreeWidget::item { padding: 3px; }")
        self.tree.setToolTip(self.tr("Double-click a line to enter the value."))
        named(self.tree, self.tr("Missing values by provider"), self.tr("Enter on a line opens the value in Data entry."))
        leave_with_tab(self.tree)
        focus_ring(self.tree)
        self.tree.itemActivated.connect(self._activated)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

        # Statistikbanken (issue 18): only on request, for lines whose indicator has a source.
        self.statbank_fetch = QPushButton(self.tr("Fetch data from Statistikbanken…"))
        self.statbank_fetch.setObjectName("missing_statbank_fetch")
        self.statbank_fetch.clicked.connect(self.fetch_from_statbank)
        self.statbank_check = QPushButton(self.tr("When were the sources last updated?"))
        self.statbank_check.setObjectName("missing_statbank_updated")
        self.statbank_check.clicked.connect(self.show_source_updates)
        self.statbank_updates = QLabel()
        self.statbank_updates.setObjectName("missing_statbank_updates")
        self.statbank_updates.setWordWrap(True)
        statbank_row = QHBoxLayout()
        statbank_row.addWidget(self.statbank_fetch)
        statbank_row.addWidget(self.statbank_check)
        statbank_row.addStretch(1)
        self._with_source: list[str] = []

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.explanation)
        layout.addLayout(statbank_row)
        layout.addWidget(self.statbank_updates)
        self.tree_filter = FilterBox(self.tree)
        layout.addWidget(self.tree_filter)
        layout.addWidget(self.tree, 1)
        layout.addStretch(0)
        self.refresh()

    def touches(self, change: Change) -> bool:
        # The year's values and, for the biennial rule, the year before.
        year = self.state.report_year
        return change.touches_values(year - 1, year)

    def changed_while_hidden(self, change: Change) -> None:
        # The badge stays true while the list waits: the count comes from the
        # year's shared sheet, which the grid has usually just read.
        sheet = self.state.years.sheet(self.state.report_year, self._today)
        self.count_changed.emit(len(sheet.missing) + len(sheet.missing_sample_sizes))

    def reload(self, change: Change) -> None:
        self.refresh()

    def refresh(self) -> None:
        year = self.state.report_year
        sheet = self.state.years.sheet(year, self._today)
        self.items = list(sheet.missing)
        indicators = {i.id: i for i in sheet.indicators}
        areas = {a.id: a for a in sheet.areas}
        # Survey values stored without n are missing too, though the value is there.
        self.sample_sizes = [(indicators[i], areas[a]) for i, a in sheet.missing_sample_sizes]
        self.heading.setText(self.tr("Missing data for {year}").format(year=year))
        overdue = sum(1 for item in self.items if item.overdue)
        if self.sample_sizes and not self.items:
            if len(self.sample_sizes) == 1:
                text = self.tr("Every value due for {year} is entered, but one survey value lacks its sample size (n).")
            else:
                text = self.tr(
                    "Every value due for {year} is entered, but {count} survey values lack their sample size (n)."
                )
            self.summary.setText(text.format(year=year, count=len(self.sample_sizes)))
            colours = theme.boxed_style("missing_fill")
        elif not self.items:
            self.summary.setText(self.tr("Nothing is missing: every value due for {year} is entered.").format(year=year))
            colours = theme.boxed_style("success_fill")
        else:
            if len(self.items) == 1:
                text = (self.tr("1 value still missing for {year}; it is overdue.") if overdue
                        else self.tr("1 value still missing for {year}."))
            else:
                text = self.tr("{count} values still missing for {year}, {overdue} of them overdue.")
            self.summary.setText(text.format(count=len(self.items), year=year, overdue=overdue))
            colours = theme.boxed_style("error_fill" if overdue else "warning_fill")
        self.summary.setStyleSheet(f"QLabel {{ {colours} }}")
        self.summary.setFont(theme.relative_font(self.font(), 1.15))
        # An empty table says less than the summary line: show it only when there is something to chase.
        self.tree.setVisible(bool(self.items or self.sample_sizes))
        self._fill_tree()
        self._fill_sample_sizes(year)
        self.tree_filter.apply()
        self.tree_filter.setVisible(self.tree.isVisibleTo(self))
        self._offer_statbank()
        self.count_changed.emit(self.line_count())

    def line_count(self) -> int:
        """What the navigation's badge counts: every line the screen lists (values and sample sizes)."""
        return len(self.items) + len(self.sample_sizes)

    def _fill_sample_sizes(self, year: int) -> None:
        if not self.sample_sizes:
            return
        bold = QFont()
        bold.setBold(True)
        group = QTreeWidgetItem([
            self.tr("Survey values without a sample size (n)"), "", "",
            self.tr("{count} missing").format(count=len(self.sample_sizes)),
        ])
        palette = theme.current()
        for column in range(4):
            group.setFont(column, bold)
            group.setBackground(column, QBrush(palette.fill("header_fill")))
            group.setForeground(column, QBrush(palette.text_on("header_fill")))
        for indicator, area in self.sample_sizes:
            child = QTreeWidgetItem(
                [f"{indicator.code}  {indicator.name}", area.name, str(year), self.tr("Sample size missing")]
            )
            child.setData(0, Qt.ItemDataRole.UserRole, (indicator.code, area.name))
            child.setToolTip(0, indicator.name)
            group.addChild(child)
        self.tree.addTopLevelItem(group)
        self.tree.expandAll()

    def _offer_statbank(self) -> None:
        with_source = {s.indicator_code for s in indicator_sources.all_sources(self.state.db)}
        self._with_source = sorted({item.code for item in self.items} & with_source)
        for button in (self.statbank_fetch, self.statbank_check):
            button.setVisible(bool(self._with_source))
        self.statbank_updates.setVisible(bool(self._with_source) and bool(self.statbank_updates.text()))

    def fetch_from_statbank(self) -> None:
        StatBankFetchDialog(self.state, self._with_source, parent=self).exec()

    def show_source_updates(self) -> None:
        """Asked in a worker: the screen stays responsive while Statistikbanken answers."""

        self.statbank_check.setEnabled(False)
        self.statbank_updates.setText(self.tr("Asking Statistikbanken…"))
        self.statbank_updates.setVisible(True)
        ask_source_updates(self.state, self._with_source, self._show_source_updates)

    def _show_source_updates(self, lines: list[str]) -> None:
        self.statbank_check.setEnabled(True)
        self.statbank_updates.setText("\n".join(lines))
        self.source_updates_shown.emit()

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        key = item.data(0, Qt.ItemDataRole.UserRole)
        if isinstance(key, tuple):
            self.entry_requested.emit(*key)

    def _fill_tree(self) -> None:
        self.tree.clear()
        lang = i18n.current_language() if i18n.current_language() in ("da", "en") else "da"
        bold = QFont()
        bold.setBold(True)
        palette = theme.current()
        overdue_brush, expected_brush = QBrush(palette.text("overdue")), QBrush(palette.foreground)
        provider_brush = QBrush(palette.fill("header_fill"))
        for provider, items in missing_by_provider(self.items).items():
            late = sum(1 for item in items if item.overdue)
            group = QTreeWidgetItem(
                [
                    provider or self.tr("(no provider)"),
                    "",
                    "",
                    self.tr("{count} missing, {overdue} overdue").format(count=len(items), overdue=late),
                ]
            )
            group.setData(0, Qt.ItemDataRole.UserRole, provider)
            for column in range(4):
                group.setFont(column, bold)
                group.setBackground(column, provider_brush)
                group.setForeground(column, QBrush(palette.text_on("header_fill")))
            if late:
                group.setForeground(3, overdue_brush)
            for item in items:
                expected = (
                    format_period(Period.month(item.expected.year, item.expected.month), lang)
                    if item.expected
                    else self.tr("no agreed month")
                )
                status = self.tr("Overdue") if item.overdue else self.tr("Expected")
                child = QTreeWidgetItem([f"{item.code}  {item.name}", item.area, expected, status])
                child.setData(0, Qt.ItemDataRole.UserRole, (item.code, item.area))
                child.setForeground(3, overdue_brush if item.overdue else expected_brush)
                if item.overdue:
                    child.setFont(3, bold)
                child.setToolTip(0, item.name)
                group.addChild(child)
            self.tree.addTopLevelItem(group)
        self.tree.expandAll()
