"""Barometer: every goal's development in the report year, at a glance.

Everything shown comes from assembly.assemble_snapshot.assemble: this screen applies no
rule of its own, it only presents the snapshot. A trend is shown as an
arrow, a word and a colour, so it reads without colour too.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop import i18n, labels
from barometer_desktop.assembly.snapshot import BarometerSnapshot, GoalView, IndicatorView
from barometer_desktop.domain.formatting import format_change, format_value
from barometer_desktop.domain.types import TREND_SYMBOLS, ComparisonBasis, GoalStatus
from barometer_desktop.ui import theme
from barometer_desktop.ui.accessibility import leave_with_tab, named
from barometer_desktop.ui.changes import Change
from barometer_desktop.ui.screens.base import Screen
from barometer_desktop.ui.screens.overview.columns import (
    COLUMNS,
    HEADER_FLAGS,
    HEADER_LINE,
    HEADER_PADDING,
    fit_columns,
    fit_header_height,
)
from barometer_desktop.ui.state import AppState

# Custom roles: the trend (for tests and tools), the sparkline values, the indicator id.
TrendRole = Qt.ItemDataRole.UserRole + 1
SparkRole = Qt.ItemDataRole.UserRole + 2
IndicatorIdRole = Qt.ItemDataRole.UserRole + 3



def trend_colours(trend: str) -> tuple[QColor, QColor]:
    """(text, background) of a verdict: the theme's tint of the verdict's hue, text at 4.5:1 or more on it."""
    palette = theme.current()
    return palette.text_on(f"{trend}_fill"), palette.fill(f"{trend}_fill")

# Symbol and word of a verdict, e.g. "▲ Forbedret": the words of the PDF and the web (labels).
trend_text = labels.verdict_mark


@dataclass(frozen=True)
class OverviewRow:
    goal: GoalView
    indicator: IndicatorView | None
    first_of_goal: bool


class OverviewModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[OverviewRow] = []
        self._basis = ComparisonBasis.PREVIOUS
        self._year = 0

    def set_snapshot(self, snapshot: BarometerSnapshot, include_supplementary: bool) -> None:
        self.beginResetModel()
        self._basis = snapshot.basis
        self._year = snapshot.report_year
        rows = []
        for goal in snapshot.goals:
            indicators = [i for i in goal.indicators if i.is_active]
            if not include_supplementary:
                indicators = [goal.headline] if goal.headline is not None else indicators[:1]
            if not indicators:
                rows.append(OverviewRow(goal, None, True))
            for position, indicator in enumerate(indicators):
                rows.append(OverviewRow(goal, indicator, position == 0))
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> OverviewRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self.tr("Goal"),
                self.tr("Indicator"),
                self.tr("Latest value"),
                self.tr("Change"),
                self.tr("Development"),
                self.tr("Whole country"),
                self.tr("Trend"),
                self.tr("Goal status"),
            )[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            if COLUMNS[section] == "change":
                if self._basis == ComparisonBasis.BASELINE:
                    return self.tr("Change against the baseline year (a setting).")
                return self.tr("Change against the previous measurement.")
            if COLUMNS[section] == "national":
                return self.tr("The national figure (Hele landet) for its status year, with the country's own "
                               "development by the same rule.")
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        column = COLUMNS[index.column()]
        indicator = row.indicator
        if role == IndicatorIdRole:
            return indicator.id if indicator else None
        if column == "status":
            return self._status_data(row, role)
        if indicator is None:
            if role == Qt.ItemDataRole.DisplayRole and column == "goal":
                return self._goal_text(row.goal)
            if role == Qt.ItemDataRole.DisplayRole and column == "indicator":
                return self.tr("No active indicator")
            return None
        development = indicator.development
        unit = indicator.unit
        if role == Qt.ItemDataRole.DisplayRole:
            if column == "goal":
                return self._goal_text(row.goal) if row.first_of_goal else ""
            if column == "indicator":
                suffix = "" if indicator.is_headline else self.tr(" (supplementary)")
                return f"{indicator.code}  {indicator.name}{suffix}"
            if column == "value":
                # The status value with its year when it is not the report year's ("4,9 % (2013)").
                return labels.value_with_year(
                    indicator.shown_value, unit, indicator.decimals, self._year, i18n.current_language())
            if column == "change":
                return self._change_text(indicator)
            if column == "trend":
                if indicator.not_measured:
                    return labels.not_measured_mark(self._year)
                if development.provisional and development.current is not None:
                    return f"{trend_text(development.trend)} ({labels.provisional()})"
                return trend_text(development.trend)
            if column == "national":
                # The country's status value and its own verdict, by the same rule.
                national = indicator.national
                if national is None or national.development.current is None:
                    return "–"
                value = labels.value_with_year(
                    national.development.current, unit, indicator.decimals, self._year, i18n.current_language())
                return f"{value} {TREND_SYMBOLS[national.trend.value]}"
            return None
        if role == TrendRole and column == "trend":
            return development.trend.value
        if role == SparkRole and column == "sparkline":
            main = next((s for s in indicator.series if s.is_main), None)
            return [(p.position, p.value) for p in main.yearly()] if main else []
        if column == "sparkline" and role in (Qt.ItemDataRole.AccessibleTextRole, Qt.ItemDataRole.ToolTipRole):
            # The trend line in words, for a screen reader and the keyboard (no hover needed).
            main = next((s for s in indicator.series if s.is_main), None)
            yearly = list(main.yearly()) if main else []
            if len(yearly) < 2:
                return self.tr("No trend line: fewer than two yearly values.")
            return self.tr("Trend line from {first_year} ({first}) to {last_year} ({last})").format(
                first_year=yearly[0].period, first=format_value(yearly[0].value, unit, indicator.decimals),
                last_year=yearly[-1].period, last=format_value(yearly[-1].value, unit, indicator.decimals),
            )
        if column == "trend":
            return self._trend_style(development.trend.value, role)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            if column == "indicator":
                return indicator.definition or indicator.name
            if column == "change" and development.within_uncertainty:
                return self.tr(
                    "The change lies within the survey's margin of error (95 %): it is not statistically significant."
                )
            if column == "change" and development.significance_unknown:
                return self.tr(
                    "A sample size (or standard error) is missing, so whether this survey change is "
                    "statistically significant cannot be tested."
                )
            if column == "value" and development.current is not None:
                return self.tr("Value for {period}").format(period=str(development.current.period))
            if column in ("value", "trend") and indicator.not_measured and indicator.latest is not None:
                return self.tr("No value recent enough to be judged in {year}; "
                               "the latest value is from {period}.").format(
                    year=self._year, period=indicator.latest.period)
            if column == "national" and indicator.national is not None:
                return self.tr("The national figure (Hele landet) for its status year; its development: {verdict}.").format(
                    verdict=labels.development_text(indicator.national.development))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("value", "change", "national"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == "goal" and row.first_of_goal:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _goal_text(self, goal: GoalView) -> str:
        return self.tr("{number}. {title}").format(number=goal.number, title=goal.title)

    def _change_text(self, indicator: IndicatorView) -> str:
        development = indicator.development
        if development.change is None or development.reference is None:
            return "–"
        text = self.tr("{change}\nsince {period}").format(
            change=format_change(development.change, indicator.unit, indicator.decimals),
            period=str(development.reference.period),
        )
        if development.within_uncertainty:
            text += " · " + labels.not_significant()
        elif development.significance_unknown:
            text += " · " + labels.significance_unknown()
        return text

    def _trend_style(self, trend: str, role: int) -> QBrush | QFont | None:
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(trend_colours(trend)[0])
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(trend_colours(trend)[1])
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _status_data(self, row: OverviewRow, role: int) -> object:
        if not row.first_of_goal:
            return None
        status = row.goal.status.value
        if role == Qt.ItemDataRole.DisplayRole:
            if row.goal.provisional:
                return f"{trend_text(status)} ({labels.provisional()})"
            return trend_text(status)
        if role == TrendRole:
            return status
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("The goal's overall status, combined from its indicators: a strict majority of those "
                           "with a direction and data decides, otherwise mixed.")
        return self._trend_style(status, role)


class SparklineDelegate(QStyledItemDelegate):
    """A small trend line of the main area's yearly values."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(option.rect, option.palette.highlight())
        points = index.data(SparkRole) or []
        if len(points) < 2:
            return
        rect = QRectF(option.rect).adjusted(8, 6, -8, -6)
        xs = [p[0] for p in points]
        ys = [p[1] for p in points]
        x0, x1 = min(xs), max(xs)
        y0, y1 = min(ys), max(ys)
        span_x = (x1 - x0) or 1.0
        span_y = (y1 - y0) or 1.0
        mapped = [
            QPointF(rect.left() + (x - x0) / span_x * rect.width(), rect.bottom() - (y - y0) / span_y * rect.height())
            for x, y in points
        ]
        path = QPainterPath(mapped[0])
        for point in mapped[1:]:
            path.lineTo(point)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = theme.current(option.palette).line("chart_main")
        painter.setPen(QPen(colour, 1.6))
        painter.drawPath(path)
        painter.setBrush(colour)
        painter.drawEllipse(mapped[-1], 2.6, 2.6)
        painter.restore()


class OverviewScreen(Screen):
    indicator_activated = Signal(int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.snapshot: BarometerSnapshot | None = None

        self.heading = QLabel()
        self.heading.setObjectName("screen_heading")
        theme.style_heading(self.heading)
        self.summary = QLabel()
        self.summary.setObjectName("overview_summary")
        self.summary.setWordWrap(True)
        self.supplementary_box = QCheckBox(self.tr("Show supplementary indicators"))
        self.supplementary_box.setObjectName("show_supplementary")
        self.supplementary_box.setToolTip(
            self.tr("Show every active indicator of each goal, not only the headline indicator.")
        )
        self.supplementary_box.toggled.connect(lambda _checked: self.refresh())

        self.model = OverviewModel(self)
        self.view = QTableView()
        self.view.setObjectName("overview_table")
        named(self.view, self.tr("Barometer: goals and headline indicators"),
              self.tr("One row per indicator; Enter opens the indicator."))
        leave_with_tab(self.view)
        self.view.setModel(self.model)
        self.view.setItemDelegateForColumn(COLUMNS.index("sparkline"), SparklineDelegate(self.view))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(False)
        self.view.setShowGrid(False)
        self.view.setWordWrap(True)
        self.view.verticalHeader().setVisible(False)
        # Room for three lines of a wrapped goal title; equal rows read calmly.
        self.view.verticalHeader().setDefaultSectionSize(60)
        palette = theme.current()
        self.view.setStyleSheet(
            f"QTableView::item {{ border-bottom: 1px solid {palette.line('grid_line').name()}; padding: 4px; }}"
            f"QHeaderView::section {{ background: {palette.fill('header_fill').name()};"
            f" color: {palette.text_on('header_fill').name()}; font-weight: 600;"
            f" padding: {HEADER_PADDING}px; border: none;"
            f" border-bottom: {HEADER_LINE}px solid {palette.line('accent').name()}; }}"
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("indicator"), QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(60)
        header.setDefaultAlignment(HEADER_FLAGS)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)  # titles wrap instead (overview.columns)
        header.sectionResized.connect(lambda *_: fit_header_height(self.view, self._titles()))
        self.view.viewport().installEventFilter(self)
        self._fit_columns()
        self.view.activated.connect(self._open_row)
        self.view.clicked.connect(self._open_row)

        hint = QLabel(self.tr("Click a row, or press Enter on it, to open the indicator."))
        theme.paint_text(hint, "hint")
        hint.setWordWrap(True)
        # The symbols' key, in the shared symbols the report and the web use too.
        self.legend = QLabel("   ".join(trend_text(key) for key in TREND_SYMBOLS) + f"   * {labels.provisional()}")
        self.legend.setObjectName("overview_legend")
        self.legend.setWordWrap(True)
        bottom = QHBoxLayout()
        bottom.addWidget(hint, 1)
        bottom.addWidget(self.legend, 2)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.supplementary_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addLayout(bottom)

        self.refresh()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _titles(self) -> list[str]:
        return [str(self.model.headerData(i, Qt.Orientation.Horizontal)) for i in range(len(COLUMNS))]

    def _fit_columns(self) -> None:
        fit_columns(self.view, self._titles())

    def touches(self, change: Change) -> bool:
        # Goals and indicators up to the report year; not the committees' work.
        return change.touches_values(last=self.state.report_year)

    def reload(self, change: Change) -> None:
        self.refresh()

    def refresh(self) -> None:
        # The overview shows the main area and the country only: the shared
        # assembled year holds just those (every area's verdict is made all the same).
        self.show_snapshot(self.state.years.snapshot(self.state.report_year))

    def show_snapshot(self, snapshot: BarometerSnapshot) -> None:
        """Present an assembled year: the screen applies no rule of its own."""
        self.snapshot = snapshot
        self.heading.setText(self.tr("Integration barometer {year}").format(year=snapshot.report_year))
        # The goals counted by goal status, as the PDF summary and the web index count them.
        text = self.tr("Goal status: {counts}.").format(counts=labels.status_counts_text(snapshot.status_counts()))
        awaiting = snapshot.goals_awaiting_final()
        if awaiting:
            text += " " + self.tr("{count} rest on provisional figures.").format(count=awaiting)
        self.summary.setText(text)
        self.model.set_snapshot(snapshot, self.supplementary_box.isChecked())

    def _open_row(self, index: QModelIndex) -> None:
        indicator_id = index.data(IndicatorIdRole)
        if indicator_id is not None:
            self.indicator_activated.emit(int(indicator_id))


__all__ = ["OverviewScreen", "OverviewModel", "TrendRole", "GoalStatus", "trend_text"]
