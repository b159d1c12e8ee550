"""The data-entry grid's table model: indicators due in the report year by area.

Every edit (a typed value, a pasted block, a cleared selection) is validated
in full first and then stored through ui.undo.store_changes as ONE undoable,
audited, version-checked action. A rejected value stores nothing: the cell
keeps its old value, is marked, and the reason (naming the cell) is sent out
through `message` for the screen to show.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont

from barometer_desktop.domain.formatting import format_number
from barometer_desktop.domain.missing_data import lacks_sample_size
from barometer_desktop.errors import BarometerError, StaleEditError, ValidationError
from barometer_desktop.storage.records import AreaRecord, IndicatorRecord, ObservationRecord
from barometer_desktop.ui import theme
from barometer_desktop.ui.area_names import shown_area_name
from barometer_desktop.ui.screens.entry.action_names import action_names
from barometer_desktop.ui.screens.entry.edits import (
    DetailField,
    detail_change,
    details_change,
    value_change,
)
from barometer_desktop.ui.screens.entry.roles import CellStatesRole, SampleSizeMissingRole
from barometer_desktop.ui.screens.entry.sheet import EntrySheet
from barometer_desktop.ui.screens.entry.texts import (
    edit_text,
    note_excerpt,
    published_note,
    range_text,
    row_label,
    stored_text,
    unit_label,
)
from barometer_desktop.ui.screens.entry.value_warnings import jump_warning, reading_warning
from barometer_desktop.ui.state import AppState
from barometer_desktop.ui.undo import CellChange, store_changes

Cell = tuple[int, int]  # (row, column)


class EntryModel(QAbstractTableModel):
    # (text, is_error): what the screen shows under the grid.
    message = Signal(str, bool)

    def __init__(self, state: AppState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.sheet: EntrySheet = state.years.sheet(state.report_year)
        self._row_labels = self._labels()
        # (indicator_id, area_id) -> why the last input there was rejected
        self._rejected: dict[tuple[int, int], str] = {}
        # Whether the last edit through setData was refused (the view then keeps the cursor).
        self.last_edit_rejected = False
        # The text of the last refused edit, for the view to put back in the editor.
        self.rejected_text = ""
        # Whether the last store failed for the database's sake (server
        # restarting, connection cut): the typed text is kept to try again.
        self.last_store_failed = False
        # True while this model pushes an action onto the undo stack (the
        # screen then leaves the message line to the model).
        self.storing = False

    # -- structure -----------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.sheet.indicators)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.sheet.areas)

    def indicator(self, row: int) -> IndicatorRecord:
        return self.sheet.indicators[row]

    def area(self, column: int) -> AreaRecord:
        return self.sheet.areas[column]

    def record(self, row: int, column: int) -> ObservationRecord | None:
        return self.sheet.values.get((self.indicator(row).id, self.area(column).id))

    def cell_of(self, indicator_id: int, area_id: int) -> Cell | None:
        rows = [r for r, i in enumerate(self.sheet.indicators) if i.id == indicator_id]
        columns = [c for c, a in enumerate(self.sheet.areas) if a.id == area_id]
        return (rows[0], columns[0]) if rows and columns else None

    def cell_name(self, row: int, column: int) -> str:
        indicator = self.indicator(row)
        return self.tr("row {code} {name}, column {area}").format(
            code=indicator.code, name=indicator.name, area=shown_area_name(self.area(column))
        )

    def sample_size_missing(self, row: int, column: int) -> bool:
        """A survey value without sample size (or standard error): its change cannot be tested."""
        record = self.record(row, column)
        return record is not None and lacks_sample_size(
            self.indicator(row).is_survey, record.sample_size, record.std_error
        )

    def cell_states(self, row: int, column: int) -> list[str]:
        """The cell's states in words: "rejected: …", "missing", "provisional", "sample size missing"."""
        indicator, area = self.indicator(row), self.area(column)
        record = self.record(row, column)
        states = []
        rejected = self._rejected.get((indicator.id, area.id))
        if rejected:
            # The reason is a sentence; its full stop would sit before the next state's comma.
            states.append(self.tr("rejected: {reason}").format(reason=rejected.rstrip(".")))
        if record is None and self.sheet.is_missing(indicator.id, area.id):
            states.append(self.tr("missing"))
        if record is not None and record.is_provisional:
            states.append(self.tr("provisional"))
        if self.sample_size_missing(row, column):
            states.append(self.tr("sample size missing"))
        return states

    def edit_text(self, row: int, column: int) -> str:
        """The cell's value as the editor and a copy hold it: in full precision, "" for none."""
        record = self.record(row, column)
        return edit_text(record.value) if record is not None else ""

    def rejection(self, row: int, column: int) -> str | None:
        return self._rejected.get((self.indicator(row).id, self.area(column).id))

    def _labels(self) -> list[str]:
        # Computed once per load: the vertical header asks for them constantly.
        return [row_label(i.code, i.name, unit_label(i.unit)) for i in self.sheet.indicators]

    # -- reading ---------------------------------------------------------------

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        flags = Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled
        if index.isValid() and not self.state.db.read_only:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        indicator, area = self.indicator(row), self.area(column)
        record = self.sheet.values.get((indicator.id, area.id))
        if role == Qt.ItemDataRole.DisplayRole:
            return format_number(record.value, indicator.decimals) if record else ""
        if role == Qt.ItemDataRole.EditRole:
            return self.edit_text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        rejected = self._rejected.get((indicator.id, area.id))
        if role == Qt.ItemDataRole.BackgroundRole:
            if rejected:
                return QBrush(theme.current().fill("rejected_fill"))
            if self.sheet.is_missing(indicator.id, area.id):
                return QBrush(theme.current().fill("missing_fill"))
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if rejected:
                return QBrush(theme.current().text_on("rejected_fill"))
            if indicator.id not in self.sheet.due_indicator_ids:
                return QBrush(theme.current().text("not_due"))
            return None
        if role == CellStatesRole:
            return self.cell_states(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # What a screen reader says for the cell: the value and every state, in words.
            shown = format_number(record.value, indicator.decimals) if record else ""
            return ", ".join(part for part in (shown, *self.cell_states(row, column)) if part)
        if role == Qt.ItemDataRole.FontRole and record is not None and record.is_provisional:
            font = QFont()
            font.setItalic(True)
            return font
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return self._tooltip(indicator, area, record, rejected)
        if role == SampleSizeMissingRole:
            return self.sample_size_missing(row, column)
        return None

    def _tooltip(self, indicator: IndicatorRecord, area: AreaRecord, record: ObservationRecord | None, rejected: str | None) -> str:
        lines = [f"{indicator.code} {indicator.name} — {area.name} {self.sheet.year}"]
        if rejected:
            lines.append(self.tr("Rejected: {reason}").format(reason=rejected))
        if record is None:
            if self.sheet.is_missing(indicator.id, area.id):
                lines.append(self.tr("Still missing for the report year."))
            return "\n".join(lines)
        # The grid shows the published (rounded) figure; the tooltip the value as stored.
        note = published_note(record.value, indicator.unit, indicator.decimals)
        exact = stored_text(record.value, indicator.decimals)
        if note:
            lines.append(self.tr("Stored value: {value} ({published_note})").format(value=exact, published_note=note))
        else:
            lines.append(self.tr("Stored value: {value}").format(value=exact))
        if record.sample_size is not None:
            lines.append(self.tr("Sample size: {n}").format(n=format_number(record.sample_size, 0)))
        elif indicator.is_survey and record.std_error is None:
            lines.append(self.tr("Sample size missing: whether a change is significant cannot be tested."))
        if record.std_error is not None:
            lines.append(self.tr("Standard error: {se}").format(se=edit_text(record.std_error)))
        if record.is_provisional:
            lines.append(self.tr("Provisional figure"))
        if record.note:
            lines.append(self.tr("Note: {note}").format(note=note_excerpt(record.note)))
        return "\n".join(lines)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self.sheet.areas):
            area = self.sheet.areas[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return shown_area_name(area)
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("{area} (area code {code})").format(area=shown_area_name(area), code=area.code)
        if orientation == Qt.Orientation.Vertical and 0 <= section < len(self.sheet.indicators):
            indicator = self.sheet.indicators[section]
            if role == Qt.ItemDataRole.DisplayRole:
                return self._row_labels[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                due = "" if indicator.id in self.sheet.due_indicator_ids else "\n" + self.tr("Not due this year.")
                return f"{indicator.code} {indicator.name}\n{indicator.definition}\n{range_text(indicator.unit)}{due}"
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return None

    # -- reloading ---------------------------------------------------------------

    def reload(self) -> None:
        """Read the year again; keep rows and columns when they are the same."""
        sheet = self.state.years.sheet(self.state.report_year)
        if sheet.year == self.sheet.year and sheet.shape() == self.sheet.shape():
            self.sheet = sheet
            if self.rowCount() and self.columnCount():
                self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        if sheet.year != self.sheet.year:
            self._rejected.clear()
        self.sheet = sheet
        self._row_labels = self._labels()
        self.endResetModel()

    # -- editing -------------------------------------------------------------------

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        self.last_store_failed = False
        self.last_edit_rejected = not self.store_texts({(index.row(), index.column()): str(value)})
        # Invalid input, and input the database could not take (the server
        # restarting, the connection cut), go back into the editor; a stale
        # edit shows the newer value instead.
        refused = self.last_edit_rejected and (
            self.rejection(index.row(), index.column()) is not None or self.last_store_failed
        )
        self.rejected_text = str(value) if refused else ""
        return not self.last_edit_rejected

    def clear_cells(self, cells: list[Cell]) -> bool:
        """Clear values as ONE undoable action."""
        return self.store_texts({cell: "" for cell in cells})

    def store_texts(self, texts: Mapping[Cell, str]) -> bool:
        """Validate every text, then store them all as one action; True when stored.

        An empty text clears the cell. On any rejected text nothing is stored
        and the first bad cell (in row, then column order) is named.
        """
        changes: list[CellChange] = []
        for (row, column), text in sorted(texts.items()):
            indicator, area = self.indicator(row), self.area(column)
            try:
                change = value_change(indicator, area.id, self.sheet.year, self.record(row, column), text)
            except ValidationError as error:
                self._mark(indicator.id, area.id, row, column, error.user_message(QCoreApplication.translate))
                self._refuse(row, column, error)
                return False
            if change is not None:
                changes.append(change)
        for row, column in texts:
            self._unmark(row, column)
        if not changes:
            return True
        warnings = (jump_warning(self.state.db, changes, self.name_of), reading_warning(texts, self.cell_name))
        return self._store(changes, " ".join(filter(None, warnings)))

    def store_details(
        self, row: int, column: int, sample_size: str, std_error: str, provisional: bool, note: str, note_is_public: bool
    ) -> bool:
        """Store a value's sample size, standard error, provisional mark and note."""
        record = self.record(row, column)
        if record is None:
            self.message.emit(self.tr("Enter the value first, then its details."), True)
            return False
        try:
            change = details_change(
                self.indicator(row), record, sample_size, std_error, provisional, note, note_is_public
            )
        except ValidationError as error:
            self._refuse(row, column, error)
            return False
        return self._store([change]) if change is not None else True

    def store_detail_texts(self, texts: Mapping[Cell, str], field: DetailField) -> bool:
        """Store pasted sample sizes (field "sample_size") or standard errors ("std_error")
        onto the values already in the cells, as ONE action; any bad cell stores nothing."""
        changes: list[CellChange] = []
        for (row, column), text in sorted(texts.items()):
            try:
                change = detail_change(self.indicator(row), self.record(row, column), field, text)
            except ValidationError as error:
                self._refuse(row, column, error)
                return False
            if change is not None:
                changes.append(change)
        return self._store(changes) if changes else True

    def name_of(self, indicator_id: int, area_id: int) -> str:
        """A cell named by its indicator and area, for messages ("" when not in the grid)."""
        cell = self.cell_of(indicator_id, area_id)
        return self.cell_name(*cell) if cell is not None else ""

    def _refuse(self, row: int, column: int, error: ValidationError) -> None:
        """Say what was wrong, and where; nothing was stored."""
        self.message.emit(
            self.tr("Not stored — {cell}: {reason}").format(
                cell=self.cell_name(row, column), reason=error.user_message(QCoreApplication.translate)
            ),
            True,
        )

    def _store(self, changes: list[CellChange], warning: str = "") -> bool:
        names = action_names(changes, self.sheet.indicators, self.sheet.areas)
        self.storing = True
        try:
            store_changes(self.state, changes, names.label)
        except StaleEditError as error:
            reloaded = self.tr("The grid now shows the stored values.")
            refused = (error.user_message(QCoreApplication.translate), self._refused_value(changes), reloaded)
            self.message.emit(" ".join(filter(None, refused)), True)
            # Someone else stored meanwhile: what the cache holds is no longer the stored state.
            self.state.years.invalidate()
            self.reload()
            return False
        except BarometerError as error:
            self.last_store_failed = True
            self.message.emit(self.tr("Not stored: {reason}").format(reason=error.user_message(QCoreApplication.translate)), True)
            return False
        finally:
            self.storing = False
        # store_changes notified the change, which reloaded the grid.
        self.message.emit(" ".join(filter(None, (names.done, warning, self.tr("Ctrl+Z undoes it.")))), False)
        return True

    def _refused_value(self, changes: list[CellChange]) -> str:
        """The value a refused one-cell edit held, so it is not lost with the reload ("" otherwise)."""
        if len(changes) != 1:
            return ""  # a paste: the clipboard still holds it
        after, before = changes[0].after, changes[0].before
        if after is None or (before is not None and before.value == after.value):
            return ""
        return self.tr("Your value was {value}.").format(value=edit_text(after.value))

    # -- marks ---------------------------------------------------------------------

    def forget_rejections(self) -> None:
        """Drop the red marks (another database was opened)."""
        self._rejected.clear()

    def forget_rejection(self, row: int, column: int) -> None:
        """Drop one cell's red mark (its refused input was abandoned with Escape)."""
        self._unmark(row, column)

    def _mark(self, indicator_id: int, area_id: int, row: int, column: int, reason: str) -> None:
        self._rejected[(indicator_id, area_id)] = reason
        index = self.index(row, column)
        self.dataChanged.emit(index, index)

    def _unmark(self, row: int, column: int) -> None:
        key = (self.indicator(row).id, self.area(column).id)
        if self._rejected.pop(key, None) is not None:
            index = self.index(row, column)
            self.dataChanged.emit(index, index)
