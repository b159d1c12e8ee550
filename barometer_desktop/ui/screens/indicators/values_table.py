"""An indicator's values by period (rows) and area (columns), editable in place.

A typed value is parsed with the Danish rules (decimal comma), validated and
stored by storage through ui.undo.store_changes, so it is audited,
version-checked and undoable from any screen. A refused value stores
nothing; the model reports the message with row and column.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QFont

from barometer_desktop import labels
from barometer_desktop.domain.formatting import (
    NumberFormatError,
    format_datetime,
    format_number,
    format_period,
    format_trimmed,
    parse_number,
)
from barometer_desktop.domain.periods import Period
from barometer_desktop.errors import BarometerError
from barometer_desktop.storage.observations import ObservationInput
from barometer_desktop.storage.records import AreaRecord, IndicatorRecord, ObservationRecord
from barometer_desktop.ui import theme
from barometer_desktop.ui.area_names import shown_area_name
from barometer_desktop.ui.state import AppState
from barometer_desktop.ui.undo import CellChange, as_input, store_changes


class ValuesModel(QAbstractTableModel):
    # "Row, column: message" for the screen to show; nothing was stored.
    edit_refused = Signal(str)
    edit_stored = Signal()

    def __init__(self, state: AppState, parent=None) -> None:
        super().__init__(parent)
        self.state = state
        self.indicator: IndicatorRecord | None = None
        self.areas: list[AreaRecord] = []
        self.periods: list[Period] = []
        self._cells: dict[tuple[Period, int], ObservationRecord] = {}

    def load(
        self,
        indicator: IndicatorRecord | None,
        areas: list[AreaRecord],
        records: list[ObservationRecord],
        report_year: int,
    ) -> None:
        self.beginResetModel()
        self.indicator = indicator
        self.areas = list(areas)
        shown = {a.id for a in areas}
        self._cells = {(r.period, r.area_id): r for r in records if r.area_id in shown}
        periods = {r.period for r in records}
        if indicator is not None:
            # The report year always has a row, so a missing value can be typed in.
            periods.add(Period.year_of(report_year))
        # Newest first: the value being entered is usually the latest.
        self.periods = sorted(periods, reverse=True)
        self.endResetModel()

    def record(self, row: int, column: int) -> ObservationRecord | None:
        return self._cells.get((self.periods[row], self.areas[column].id))

    # -- Qt model ------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.periods)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.areas)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return shown_area_name(self.areas[section])
        return format_period(self.periods[section])

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.indicator is not None and not self.state.db.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or self.indicator is None:
            return None
        record = self.record(index.row(), index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if record is None:
                return ""
            text = format_number(record.value, self.indicator.decimals)
            return text + (" *" if record.is_provisional else "")
        if role == Qt.ItemDataRole.EditRole:
            if record is None:
                return ""
            # Full precision while editing, so an untouched value is not rounded.
            return format_trimmed(record.value, 4, editable=True)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if record is None:
            return None
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            lines = [
                self.tr("Entered by {user} on {date}").format(
                    user=labels.user_name(record.entered_by), date=format_datetime(record.entered_at)
                )
            ]
            if record.sample_size:
                lines.append(self.tr("Sample size: {n}").format(n=format_number(record.sample_size, 0)))
            if record.is_provisional:
                lines.append(self.tr("Provisional value (marked *)"))
            if record.note:
                lines.append(self.tr("Note: {note}").format(note=record.note))
            return "\n".join(lines)
        if role == Qt.ItemDataRole.ForegroundRole and record.is_provisional:
            return QBrush(theme.current().text("provisional"))
        if role == Qt.ItemDataRole.FontRole and record.is_provisional:
            font = QFont()
            font.setItalic(True)
            return font
        return None

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self.indicator is None:
            return False
        row, column = index.row(), index.column()
        where = self.tr("Row {period}, column {area}").format(
            period=format_period(self.periods[row]), area=shown_area_name(self.areas[column])
        )
        before = self.record(row, column)
        text = str(value).strip()
        period = self.periods[row]
        area = self.areas[column]
        if not text:
            if before is None:
                return False
            after = None
        else:
            try:
                number = parse_number(text)
            except NumberFormatError:
                self.edit_refused.emit(
                    self.tr("{where}: \"{text}\" is not a number. Nothing was stored.").format(where=where, text=text)
                )
                return False
            if before is not None and number == before.value:
                return False
            if before is not None:
                after = replace(as_input(before), value=number)
            else:
                after = ObservationInput(self.indicator.id, area.id, period, number)
        change = CellChange(self.indicator.id, area.id, period, as_input(before) if before else None, after)
        try:
            store_changes(
                self.state,
                [change],
                self.tr("Value {code} {area} {period}").format(
                    code=self.indicator.code, area=shown_area_name(area), period=format_period(period)
                ),
            )
        except BarometerError as error:
            self.edit_refused.emit(
                self.tr("{where}: {message} Nothing was stored.").format(
                    where=where, message=error.user_message(QCoreApplication.translate)
                )
            )
            return False
        self.edit_stored.emit()
        return True
