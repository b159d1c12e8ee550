"""Indikatorer: the indicators by goal, their definition, values, chart,
assessment and change history.

The chart module (and with it pyqtgraph) is imported the first time the
screen is shown, which keeps start-up lean.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop import labels
from barometer_desktop.assembly.assemble_snapshot import assemble_indicator
from barometer_desktop.domain.areas import comparison_areas, country_area, shown_areas
from barometer_desktop.storage import catalog, indicators, observations, settings_store
from barometer_desktop.storage.records import IndicatorRecord
from barometer_desktop.ui import theme
from barometer_desktop.ui.accessibility import buddy, leave_with_tab, named
from barometer_desktop.ui.changes import Change
from barometer_desktop.ui.filter_box import FilterBox
from barometer_desktop.ui.fit import list_beside_details, scrolling
from barometer_desktop.ui.message_line import MessageLine
from barometer_desktop.ui.screens.indicators import indicator_tree
from barometer_desktop.ui.screens.indicators.actions import IndicatorActions
from barometer_desktop.ui.screens.indicators.form import IndicatorForm
from barometer_desktop.ui.screens.indicators.panels import AssessmentPanel, HistoryTable
from barometer_desktop.ui.screens.indicators.values_table import ValuesModel
from barometer_desktop.ui.screens.overview.screen import trend_colours
from barometer_desktop.ui.screens.statbank.source import StatBankSourceSection
from barometer_desktop.ui.state import AppState


class IndicatorsScreen(IndicatorActions):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.current = None
        self.chart = None  # built on first show (imports pyqtgraph)
        self._records: dict[int, IndicatorRecord] = {}
        self._shown_id = None
        self._new_mode = False

        # -- left: the list ------------------------------------------------
        self.tree = QTreeWidget()
        self.tree.setObjectName("indicator_tree")
        # The (hidden) header still names the column for a screen reader.
        self.tree.setHeaderLabels([self.tr("Indicators by goal")])
        self.tree.setHeaderHidden(True)
        self.tree.setMinimumWidth(200)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 3px 0; }")
        named(self.tree, self.tr("Indicators by goal"))
        self.tree.currentItemChanged.connect(self._tree_selection_changed)
        self.new_button = QPushButton(self.tr("New indicator"))
        self.new_button.setObjectName("new_indicator")
        self.new_button.setToolTip(self.tr("Add an indicator to the selected goal (Ctrl+Shift+N)."))
        self.new_button.clicked.connect(self.start_new)
        self.retire_button = QPushButton(self.tr("Retire"))
        self.retire_button.setObjectName("retire_indicator")
        self.retire_button.setToolTip(
            self.tr("Take the indicator out of the barometer. Its values and history are kept.")
        )
        self.retire_button.clicked.connect(self.toggle_retired)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setObjectName("delete_indicator")
        self.delete_button.setToolTip(self.tr("Delete an indicator that has no values (asks first)."))
        self.delete_button.clicked.connect(self.delete_indicator)
        self.goals_button = QPushButton(self.tr("Goals…"))
        self.goals_button.setObjectName("edit_goals")
        self.goals_button.setToolTip(
            self.tr("Add, rename, reorder and end the policy's goals, or start a new policy period.")
        )
        self.goals_button.clicked.connect(self.edit_goals)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.retire_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.goals_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        list_heading = QLabel(self.tr("Indicators by goal"))
        theme.paint_text(list_heading, "heading", bold=True)
        left_layout.addWidget(list_heading)
        self.tree_filter = FilterBox(self.tree)
        left_layout.addWidget(self.tree_filter)
        left_layout.addWidget(self.tree, 1)
        left_layout.addLayout(buttons)

        # -- right: heading and tabs ---------------------------------------
        self.heading = QLabel()
        self.heading.setObjectName("indicator_heading")
        theme.style_heading(self.heading, level=2)
        self.heading.setWordWrap(True)
        self.development = QLabel()
        self.development.setObjectName("indicator_development")
        self.development.setWordWrap(True)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("indicator_tabs")

        self.chart_page = QWidget()
        chart_layout = QHBoxLayout(self.chart_page)
        self.area_list = QListWidget()
        self.area_list.setObjectName("chart_areas")
        self.area_list.setMaximumWidth(180)
        self.area_list.setToolTip(self.tr("Tick municipalities to compare with the barometer's own and the whole country."))
        named(self.area_list, self.tr("Compare with"),
              self.tr("Tick municipalities (Space) to compare with the barometer's own and the whole country."))
        leave_with_tab(self.area_list)
        self.area_list.itemChanged.connect(lambda _item: self._show_selected(keep_form=True))
        self.save_chart_button = QPushButton(self.tr("Save chart…"))
        self.save_chart_button.setObjectName("save_chart")
        self.save_chart_button.setToolTip(self.tr("Save the chart as a PNG or SVG file."))
        self.save_chart_button.clicked.connect(self.save_chart)
        self.areas_button = QPushButton(self.tr("Municipalities…"))
        self.areas_button.setObjectName("edit_areas")
        self.areas_button.setToolTip(self.tr("Choose the municipalities to compare with, from the official list."))
        self.areas_button.clicked.connect(self.edit_areas)
        side = QVBoxLayout()
        side.addWidget(buddy(QLabel(self.tr("Compare with:")), self.area_list))
        side.addWidget(self.area_list, 1)
        side.addWidget(self.areas_button)
        side.addWidget(self.save_chart_button)
        self.chart_holder = QVBoxLayout()
        legend = QLabel(
            self.tr(
                "Bars: 95 % confidence interval (survey values). Open circles: provisional values. "
                "Large dots: yearly values beside monthly or quarterly ones. Shaded: the report year. "
                "Hover a point, or Tab to the chart and use the arrow keys, for the exact value."
            )
        )
        legend.setWordWrap(True)
        theme.paint_text(legend, "hint")
        self.chart_holder.addWidget(legend)
        chart_layout.addLayout(self.chart_holder, 1)
        chart_layout.addLayout(side)

        self.values_model = ValuesModel(state, self)
        self.values_view = QTableView()
        self.values_view.setObjectName("values_table")
        named(self.values_view, self.tr("Values by period and area"),
              self.tr("Arrow keys move between cells; type a value and press Enter to store it."))
        leave_with_tab(self.values_view)
        self.values_view.setModel(self.values_model)
        self.values_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.values_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.values_view.horizontalHeader().setMinimumSectionSize(90)
        self.values_message = MessageLine("values_message", boxed=False)
        self.values_model.edit_refused.connect(lambda text: self.values_message.show_message(text, "error"))
        self.values_model.edit_stored.connect(self.values_message.clear_message)
        values_page = QWidget()
        values_layout = QVBoxLayout(values_page)
        values_hint = QLabel(
            self.tr("Type a value and press Enter; decimal comma is fine. * marks a provisional value.")
        )
        values_hint.setWordWrap(True)
        theme.paint_text(values_hint, "hint")
        values_layout.addWidget(values_hint)
        values_layout.addWidget(self.values_view, 1)
        values_layout.addWidget(self.values_message)

        self.assessment = AssessmentPanel(state)
        self.form = IndicatorForm()
        self.save_form_button = QPushButton(self.tr("Save indicator"))
        self.save_form_button.setObjectName("save_indicator")
        self.save_form_button.setToolTip(self.tr("Store the definition (Ctrl+S)."))
        self.save_form_button.clicked.connect(self.save_form)
        # Saved on its own (its own button, one transaction): issue 18.
        self.source_section = StatBankSourceSection(state)
        form_page = QWidget()
        page_layout = QVBoxLayout(form_page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.form)
        page_layout.addWidget(self.source_section)
        # The fields scroll; the Save button stays in view below them, whatever the window's height.
        form_scroll = self.form_tab = QWidget()
        form_layout = QVBoxLayout(form_scroll)
        form_layout.addWidget(scrolling(form_page, "definition_scroll"), 1)
        save_row = QHBoxLayout()
        save_row.addStretch(1)
        save_row.addWidget(self.save_form_button)
        form_layout.addLayout(save_row)
        self.history = HistoryTable()
        history_page = QWidget()
        history_layout = QVBoxLayout(history_page)
        history_layout.addWidget(self.history.summary)
        history_layout.addWidget(self.history, 1)

        self.tabs.addTab(self.chart_page, self.tr("Chart"))
        self.tabs.addTab(values_page, self.tr("Values"))
        self.tabs.addTab(self.assessment, self.tr("Assessment"))
        self.tabs.addTab(form_scroll, self.tr("Definition"))
        self.tabs.addTab(history_page, self.tr("History"))

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(8, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.development)
        right_layout.addWidget(self.tabs, 1)
        splitter = list_beside_details(left, right, "indicators_splitter", "indicators/list_splitter")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(splitter)

        save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        save_shortcut.activated.connect(self._save_current_tab)
        new_shortcut = QShortcut(QKeySequence("Ctrl+Shift+N"), self)
        new_shortcut.activated.connect(self.start_new)
        self._reset_areas()
        self.load_when_shown()

    # -- refreshing -----------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self._ensure_chart()
        super().showEvent(event)  # reloads first when a change came while hidden

    def _ensure_chart(self) -> None:
        if self.chart is None:
            from barometer_desktop.ui.screens.indicators.chart import IndicatorChart  # noqa: PLC0415 - lazy: pyqtgraph and NumPy load only when a chart is shown

            chart = self.chart = IndicatorChart()
            self.chart_holder.insertWidget(0, chart, 1)
            # Shown now, not on the next turn of the event loop: it can take the focus at once.
            chart.show()
            # Tab reaches the chart before the list of areas beside it, as they are read.
            QWidget.setTabOrder(chart, self.area_list)

    def touches(self, change: Change) -> bool:
        # One indicator's details, values and chart beside the list of all of
        # them: another indicator's values touch neither, its definition the list.
        shown = self.current
        if shown is None:
            return change.touches_values()
        return change.touches_indicator(shown.id) or change.touches_definitions()

    def reload(self, change: Change) -> None:
        shown = self.current
        if shown is None or change.touches_indicator(shown.id):
            self.refresh()
        else:
            self._refresh_list()

    def database_switched(self) -> None:
        # First forget the old database's areas and selection; the reload follows.
        self._reset_areas()

    def _reset_areas(self) -> None:
        # Another database: its indicator ids mean something else.
        self.current = None
        self._shown_id = None
        self._new_mode = False
        self.area_list.blockSignals(True)
        self.area_list.clear()
        self._areas = catalog.areas(self.state.db)
        country = country_area(self._areas)
        self._country = country.name if country is not None else ""
        for area in comparison_areas(self._areas):
            item = QListWidgetItem(area.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.area_list.addItem(item)
        self.area_list.blockSignals(False)

    def chosen_areas(self) -> list[str]:
        return [
            self.area_list.item(i).text()
            for i in range(self.area_list.count())
            if self.area_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def refresh(self, select: int | None = None) -> None:
        """Reload the list and the selected indicator (after any stored change)."""
        self.reloaded_by_itself()
        self.form.set_goals(indicators.goals(self.state.db))
        selected = select if select is not None else (self.current.id if self.current else None)
        self._fill_tree()
        if select is None and self._new_mode:
            return  # the user is filling in a new indicator: leave the form alone
        if selected not in self._records:
            selected = next(iter(self._records), None)
        self.current = None
        item = self.tree_item(selected) if selected is not None else None
        if item is not None:
            self.tree.setCurrentItem(item)  # emits, which shows the indicator
        else:
            self._show_selected()

    def _refresh_list(self) -> None:
        """Another indicator's definition changed: the list shows it anew, the
        shown indicator (its panels, table and chart) stays as it is."""
        self._fill_tree()
        self._select_quietly(self.current.id if self.current is not None else None)

    def _fill_tree(self) -> None:
        """The goals and their indicators, read again; no selection is signalled."""
        goals = catalog.goals_with_indicators(self.state.db, include_retired=True)
        self._records = indicator_tree.fill(self.tree, goals)
        self.tree.blockSignals(True)
        self.tree_filter.apply()
        self.tree.blockSignals(False)

    # -- selection -------------------------------------------------------------

    def tree_item(self, indicator_id: int) -> QTreeWidgetItem | None:
        return indicator_tree.item_of(self.tree, indicator_id)

    def select_indicator(self, indicator_id: int | None) -> None:
        """Show the indicator (e.g. opened from the overview)."""
        if indicator_id != self._shown_id and not self.confirm_leave():
            return
        if self.reload_pending or indicator_id not in self._records:
            self.refresh(select=indicator_id)
            return
        item = self.tree_item(indicator_id)
        if item is not None and self.tree.currentItem() is not item:
            self.tree.setCurrentItem(item)  # emits, which shows it
            return
        self.current = self._records[indicator_id]
        self._show_selected()

    def _tree_selection_changed(self, item: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None = None) -> None:
        indicator_id = item.data(0, indicator_tree.INDICATOR_ID) if item is not None else None
        if indicator_id is None:
            return
        if (self._new_mode or indicator_id != self._shown_id) and self.has_unsaved_changes():
            # Ask outside this signal: saving rebuilds the tree. Meanwhile the
            # selection stays on what the panels show.
            self._select_quietly(self._shown_id)
            QTimer.singleShot(0, lambda: self._leave_to(indicator_id))
            return
        self.current = self._records.get(indicator_id)
        self._show_selected()

    def _select_quietly(self, indicator_id: int | None) -> None:
        item = self.tree_item(indicator_id) if indicator_id is not None else None
        self.tree.blockSignals(True)
        if item is not None:
            self.tree.setCurrentItem(item)
        else:
            self.tree.setCurrentIndex(QModelIndex())
            self.tree.clearSelection()
        self.tree.blockSignals(False)

    def _show_selected(self, keep_form: bool = False) -> None:
        record = self.current
        db = self.state.db
        year = self.state.report_year
        self.retire_button.setText(
            self.tr("Reactivate") if record is not None and not record.is_active else self.tr("Retire")
        )
        self.retire_button.setEnabled(record is not None and not db.read_only)
        self.delete_button.setEnabled(record is not None and not db.read_only)
        self.new_button.setEnabled(not db.read_only)
        self.save_form_button.setEnabled(not db.read_only)
        self._new_mode = False
        if record is None:
            self._shown_id = None
            self.heading.setText(self.tr("No indicator selected"))
            self.development.clear()
            self.values_model.load(None, [], [], year)
            self.assessment.load(None)
            self.history.load([], {}, 1)
            if self.chart is not None:
                self.chart.show_indicator(None, [], None, year)
            return
        chosen = self.chosen_areas()
        shown = shown_areas(self._areas, chosen)
        # One read of the shown areas' values serves the development, chart and table.
        records = observations.records(db, [record.id], [a.id for a in shown])
        view = assemble_indicator(db, record.id, year, area_names=chosen, records=records)
        status = self.tr(" — retired") if not record.is_active else ""
        self.heading.setText(f"{record.code}  {record.name}{status}")
        if view is not None:
            trend = view.development.trend.value
            colour, background = trend_colours(trend)
            # The snapshot's verdict and words (labels), with its status year when it is not the report year.
            verdict = labels.development_text(view.development)
            status_year = view.development.status_year
            if status_year is not None and status_year != year:
                verdict += f" ({status_year})"
            self.development.setText(self.tr("Development {year}: {trend}").format(year=year, trend=verdict))
            self.development.setStyleSheet(
                f"color: {colour.name()}; background: {background.name()}; font-weight: 600; padding: 4px 8px;"
            )
        self.values_model.load(record, shown, records, year)
        if self.chart is not None:
            shared = settings_store.load(db)
            self.chart.show_indicator(view, chosen, shared.baseline_year, year, self._country)
        if not keep_form:
            # Same indicator (a refresh): unsaved edits stay; another one: load.
            same = record.id == self._shown_id
            if same and self.form.has_unsaved_changes():
                self.form.keep_edits(record)
            else:
                self.form.load(record)
                self.source_section.load(record.id, record.code)
            if same and self.assessment.has_unsaved_changes() and self.assessment.indicator_id == record.id:
                self.assessment.keep_edits()
            else:
                self.assessment.load(record.id, record.code)
            self._shown_id = record.id
            self.history.load(
                observations.history(db, record.id), {a.id: a.name for a in self._areas}, record.decimals
            )
