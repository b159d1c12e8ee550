"""Barometer: every goal's development in the report year, at a glance.

Everything shown comes from assembly.build.assemble: this screen applies no
rule of its own, it only presents the snapshot. A trend is shown as an
arrow, a word and a colour, so it reads without colour too.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QPointF, QRectF, Qt, Signal
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

from barometer_desktop.assembly.snapshot import BarometerSnapshot, GoalView, IndicatorView
from barometer_desktop import labels
from barometer_desktop.domain.formatting import format_change
from barometer_desktop.domain.types import TREND_SYMBOLS, ComparisonBasis, GoalStatus, Unit
from barometer_desktop import i18n
from barometer_desktop.ui.state import AppState

# Custom roles: the trend (for tests and tools), the sparkline values, the indicator id.
TrendRole = Qt.ItemDataRole.UserRole + 1
SparkRole = Qt.ItemDataRole.UserRole + 2
IndicatorIdRole = Qt.ItemDataRole.UserRole + 3

# Dark text on a light tint: contrast above 7:1 for every verdict.
TREND_COLOURS = {
    "improved": ("#14602e", "#e3f4e8"),
    "worsened": ("#9b1c1c", "#fbe5e5"),
    "unchanged": ("#374151", "#eef0f3"),
    "mixed": ("#7a4b00", "#fdf1da"),
    "no_direction": ("#1e3a8a", "#e7edf9"),
    "no_data": ("#4b5563", "#ffffff"),
}
COLUMNS = ("goal", "indicator", "value", "change", "trend", "national", "sparkline", "status")

# Symbol and word of a verdict, e.g. "▲ Forbedret": the words of the PDF and the web (labels).
trend_text = labels.verdict_mark


@dataclass(frozen=True)
class OverviewRow:
    goal: GoalView
    indicator: IndicatorView | None
    first_of_goal: bool


class OverviewModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
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

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
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

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
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
        unit = Unit(indicator.unit)
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
        if column == "trend":
            return self._trend_style(development.trend.value, role)
        if role == Qt.ItemDataRole.ToolTipRole:
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
            if column in ("value", "trend") and indicator.not_measured:
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
            change=format_change(development.change, Unit(indicator.unit), indicator.decimals),
            period=str(development.reference.period),
        )
        if development.within_uncertainty:
            text += " · " + labels.not_significant()
        elif development.significance_unknown:
            text += " · " + labels.significance_unknown()
        return text

    def _trend_style(self, trend: str, role):
        foreground, background = TREND_COLOURS[trend]
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(foreground))
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(background))
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _status_data(self, row: OverviewRow, role):
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

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
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
        painter.setPen(QPen(QColor("#1d4e89"), 1.6))
        painter.drawPath(path)
        painter.setBrush(QColor("#1d4e89"))
        painter.drawEllipse(mapped[-1], 2.6, 2.6)
        painter.restore()


class OverviewScreen(QWidget):
    indicator_activated = Signal(int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._dirty = True
        self.snapshot: BarometerSnapshot | None = None

        self.heading = QLabel()
        self.heading.setObjectName("screen_heading")
        self.heading.setStyleSheet("font-size: 17pt; font-weight: 600; color: #10243e;")
        self.summary = QLabel()
        self.summary.setObjectName("overview_summary")
        self.summary.setStyleSheet("color: #374151;")
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
        self.view.setStyleSheet(
            "QTableView { gridline-color: #d9dee5; font-size: 10pt; }"
            "QTableView::item { border-bottom: 1px solid #e3e7ec; padding: 4px; }"
            "QHeaderView::section { background: #eef2f7; color: #10243e; font-weight: 600;"
            " padding: 6px; border: none; border-bottom: 2px solid #1d4e89; }"
        )
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(COLUMNS.index("indicator"), QHeaderView.ResizeMode.Stretch)
        # Narrow enough that the stretching indicator column keeps room on a
        # 1366-pixel laptop screen.
        widths = {"goal": 175, "value": 115, "change": 132, "trend": 116, "national": 110, "sparkline": 92, "status": 110}
        for key, width in widths.items():
            header.resizeSection(COLUMNS.index(key), width)
        header.setMinimumSectionSize(60)
        self.view.activated.connect(self._open_row)
        self.view.clicked.connect(self._open_row)

        hint = QLabel(self.tr("Click a row to open the indicator."))
        hint.setStyleSheet("color: #4b5563;")
        # The symbols' key, in the shared symbols the report and the web use too.
        self.legend = QLabel("   ".join(trend_text(key) for key in TREND_SYMBOLS) + f"   * {labels.provisional()}")
        self.legend.setObjectName("overview_legend")
        self.legend.setStyleSheet("color: #374151;")
        bottom = QHBoxLayout()
        bottom.addWidget(hint)
        bottom.addStretch(1)
        bottom.addWidget(self.legend)
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

        for signal in (state.report_year_changed, state.data_changed, state.database_changed):
            signal.connect(self._schedule_refresh)
        self.refresh()

    def _schedule_refresh(self, *_args) -> None:
        # Only the visible screen assembles at once; a hidden one on its next show.
        if self.isVisible():
            self.refresh()
        else:
            self._dirty = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt override
        if self._dirty:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        from barometer_desktop.assembly.build import assemble

        self._dirty = False
        # The overview shows the main area and the country only: read just those
        # (every area's verdict is made from its yearly values all the same).
        self.show_snapshot(assemble(self.state.db, self.state.report_year, area_names=()))

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
