"""Indtastning: the report year's values, typed or pasted into a grid.

Built for speed: typing overwrites a cell, Tab and Enter move on, a block
copied from Excel pastes with Ctrl+V, Delete clears the selection. The
rules (validation, one action per edit, undo) live in entry.model; this
module is the widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeyEvent, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop.ui import theme
from barometer_desktop.ui.accessibility import FocusRingDelegate, leave_with_tab, named
from barometer_desktop.ui.area_names import shown_area_name
from barometer_desktop.ui.changes import Change
from barometer_desktop.ui.fit import remember_splitter, scrolling
from barometer_desktop.ui.message_line import MessageLine
from barometer_desktop.ui.screens.base import Screen
from barometer_desktop.ui.screens.entry.clipboard import copy_block, parse_block, paste_block
from barometer_desktop.ui.screens.entry.details import DetailsPanel
from barometer_desktop.ui.screens.entry.model import (
    EntryModel,
    SampleSizeMissingRole,
    sample_size_missing_colour,
)
from barometer_desktop.ui.screens.entry.row_name_header import RowNameHeader
from barometer_desktop.ui.state import AppState

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
# Block pastes of the values' details (a column of n or SE copied from a spreadsheet).
PASTE_SAMPLE_SIZES = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
PASTE_STD_ERRORS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def _is_undo(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo)


def _is_redo(event: QKeyEvent) -> bool:
    # Ctrl+Y as on Windows and Ctrl+Shift+Z as elsewhere, whatever the platform says.
    combo = event.keyCombination()
    ctrl = Qt.KeyboardModifier.ControlModifier
    shift_ctrl = ctrl | Qt.KeyboardModifier.ShiftModifier
    return (
        event.matches(QKeySequence.StandardKey.Redo)
        or (combo.key() == Qt.Key.Key_Y and combo.keyboardModifiers() == ctrl)
        or (combo.key() == Qt.Key.Key_Z and combo.keyboardModifiers() == shift_ctrl)
    )


class EntryDelegate(FocusRingDelegate):
    """The standard line editor, remembered so keys sent to the view reach it;
    each cell's states drawn as marks, so they read without colour too."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor: QWidget | None = None

    def createEditor(self, parent: QWidget, option, index):
        editor = super().createEditor(parent, option, index)
        editor.setObjectName("entry_editor")
        self.editor = editor
        return editor

    def eventFilter(self, watched, event: QEvent) -> bool:
        handled = super().eventFilter(watched, event)
        if (
            watched is self.editor
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _ENTER_KEYS
        ):
            # Qt has queued the commit; the line editor would ignore Enter and
            # pass it up to the view, which forwarded it back: a second commit
            # and close that moved the cursor past a refused value.
            return True
        return handled

    def paint(self, painter: QPainter, option, index) -> None:
        super().paint(painter, option, index)
        palette = theme.current(option.palette)
        if index.data(SampleSizeMissingRole):
            # A border, not a fill: the background already tells missing and rejected apart.
            painter.save()
            painter.setPen(QPen(sample_size_missing_colour(), 2))
            painter.drawRect(option.rect.adjusted(1, 1, -2, -2))
            painter.restore()
        marks = cell_marks(index)
        if marks:
            painter.save()
            painter.setPen(palette.text("hint"))
            small = QFont(option.font)
            small.setPointSizeF(max(6.0, option.font.pointSizeF() * 0.8))
            painter.setFont(small)
            painter.drawText(
                option.rect.adjusted(5, 0, -5, 0), int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), marks
            )
            painter.restore()

    def destroyEditor(self, editor: QWidget, index) -> None:
        if editor is self.editor:
            self.editor = None
        super().destroyEditor(editor, index)


def cell_marks(index: QModelIndex) -> str:
    """The marks drawn at a cell's left edge: ✘ rejected, "missing", * provisional, n? sample size missing."""
    model = index.model()
    if not isinstance(model, EntryModel):
        return ""
    row, column = index.row(), index.column()
    marks = []
    if model.rejection(row, column):
        marks.append("✘")
    if model.record(row, column) is None and model.sheet.is_missing(model.indicator(row).id, model.area(column).id):
        marks.append(QCoreApplication.translate("EntryModel", "missing"))
    record = model.record(row, column)
    if record is not None and record.is_provisional:
        marks.append("*")
    if model.sample_size_missing(row, column):
        marks.append("n?")
    return " ".join(marks)


class EntryView(QTableView):
    """A QTableView that behaves like a spreadsheet for entering numbers."""

    def __init__(self, model: EntryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry_model = model
        # The indicator names: a column the user can drag wider or narrower by its right edge.
        self.setVerticalHeader(RowNameHeader(self))
        self.setModel(model)
        self.setObjectName("entry_grid")
        self._forwarding = False
        self.delegate = EntryDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        # Tab after typing stores and moves right (the delegate does it); Tab
        # without typing leaves the grid, so the keyboard is never trapped.
        leave_with_tab(self)
        named(self, QCoreApplication.translate("DataEntryScreen", "Values of the report year"),
              QCoreApplication.translate(
                  "DataEntryScreen",
                  "Indicators in rows, areas in columns. Arrow keys move; type to enter a value, Enter or Tab stores it.",
              ))
        self._add_paste_actions()
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(30)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.horizontalHeader().setMinimumSectionSize(70)
        self.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        # The indicator names (row headers) take a third of the grid unless the
        # user drags their edge; longer names are elided, whole in the tooltip and details.
        self.setFont(theme.relative_font(self.font(), 1.1))
        palette = theme.current()
        grid = palette.line("grid_line").name()
        self.setStyleSheet(
            f"QTableView {{ gridline-color: {grid}; }}"
            f"QHeaderView::section {{ padding: 4px 8px; background: {palette.fill('header_fill').name()};"
            f" color: {palette.text_on('header_fill').name()};"
            f" border: none; border-right: 1px solid {grid}; border-bottom: 1px solid {grid}; }}"
            "QHeaderView::section:horizontal { font-weight: 600; }"
        )

    def resizeEvent(self, event) -> None:  # Qt override
        super().resizeEvent(event)
        self.updateGeometries()  # the row names' automatic width follows the grid's

    # -- helpers ---------------------------------------------------------------

    def selected_cells(self) -> list[tuple[int, int]]:
        cells = {(i.row(), i.column()) for i in self.selectionModel().selectedIndexes()}
        current = self.currentIndex()
        if not cells and current.isValid():
            cells = {(current.row(), current.column())}
        return sorted(cells)

    def move_to(self, row: int, column: int) -> None:
        model = self.entry_model
        row = max(0, min(row, model.rowCount() - 1))
        column = max(0, min(column, model.columnCount() - 1))
        self.setCurrentIndex(model.index(row, column))

    def _move_on(self, hint: QAbstractItemDelegate.EndEditHint) -> None:
        current = self.currentIndex()
        if not current.isValid():
            return
        if hint == QAbstractItemDelegate.EndEditHint.EditNextItem:
            self.move_to(current.row(), current.column() + 1)
        elif hint == QAbstractItemDelegate.EndEditHint.EditPreviousItem:
            self.move_to(current.row(), current.column() - 1)
        else:
            self.move_to(current.row() + 1, current.column())

    # -- keys ----------------------------------------------------------------------

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:
        # Tab moves right and Enter moves down, without opening the next
        # editor: typing there overwrites, like a spreadsheet. A rejected value
        # keeps the cursor on its cell and the typed text, selected, in a
        # reopened editor (as a spreadsheet's "Retry"): typing replaces it, an
        # arrow key keeps it to be corrected; Escape gives the stored value back.
        if editor is not self.delegate.editor:
            # A second close of an editor already closed (Qt queues one per
            # Enter the editor saw): acting on it would move the cursor on.
            return
        moving = hint in (
            QAbstractItemDelegate.EndEditHint.EditNextItem,
            QAbstractItemDelegate.EndEditHint.EditPreviousItem,
            QAbstractItemDelegate.EndEditHint.SubmitModelCache,
        )
        edited = self.currentIndex()
        rejected = self.entry_model.last_edit_rejected
        rejected_text = self.entry_model.rejected_text
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        self.entry_model.last_edit_rejected = False
        if hint == QAbstractItemDelegate.EndEditHint.RevertModelCache:
            # Escape: the stored value stands, the refusal is dealt with,
            # and its "not stored" line would only be stale now.
            if edited.isValid():
                self.entry_model.forget_rejection(edited.row(), edited.column())
            self.entry_model.message.emit("", False)
            return
        if rejected_text and moving and edited.isValid() and edited == self.currentIndex():
            self._reopen_with(edited, rejected_text)
        elif moving and not rejected:
            self._move_on(hint)

    def _reopen_with(self, index: QModelIndex, text: str) -> None:
        self.edit(index)
        editor = self.delegate.editor
        if isinstance(editor, QLineEdit):
            editor.setText(text)
            # Selected, so the next typing replaces the refused text instead of
            # being appended to it ("130" then "67" must not become "13067").
            editor.selectAll()

    def event(self, event: QEvent) -> bool:
        # Claim the grid's keys before any window-wide shortcut (an Edit menu's
        # Ctrl+Z, Ctrl+V) takes them, so they act on this grid.
        if event.type() == QEvent.Type.ShortcutOverride and self.state() != QAbstractItemView.State.EditingState:
            key_event = event  # a QKeyEvent
            if (
                key_event.matches(QKeySequence.StandardKey.Paste)
                or key_event.matches(QKeySequence.StandardKey.Copy)
                or _is_undo(key_event)
                or _is_redo(key_event)
                or key_event.key() in _CLEAR_KEYS
            ):
                event.accept()
                return True
        return super().event(event)

    def focusNextPrevChild(self, next: bool) -> bool:  # Qt override
        # A Tab that reaches the grid while a cell is being edited belongs to
        # the editor (store and move right); otherwise it leaves the grid.
        editor = self.delegate.editor
        if self.state() == QAbstractItemView.State.EditingState and editor is not None and not self._forwarding:
            key = Qt.Key.Key_Tab if next else Qt.Key.Key_Backtab
            modifiers = Qt.KeyboardModifier.NoModifier if next else Qt.KeyboardModifier.ShiftModifier
            self._forwarding = True
            try:
                QApplication.sendEvent(editor, QKeyEvent(QEvent.Type.KeyPress, key, modifiers))
            finally:
                self._forwarding = False
            return True
        return super().focusNextPrevChild(next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if self.state() == QAbstractItemView.State.EditingState:
            # Keys that reach the view while a cell is being edited (e.g. typed
            # quickly after the first) belong to the editor.
            # An editor that ignores a key passes it back up to the view: no loop.
            editor = self.delegate.editor
            if editor is not None and not self._forwarding:
                forwarded = QKeyEvent(
                    event.type(), event.key(), event.modifiers(), event.text(), event.isAutoRepeat(), event.count()
                )
                self._forwarding = True
                try:
                    QApplication.sendEvent(editor, forwarded)
                finally:
                    self._forwarding = False
                event.accept()
            else:
                super().keyPressEvent(event)
            return
        undo_stack = self.entry_model.state.undo_stack
        if event.key() == Qt.Key.Key_V and event.modifiers() == PASTE_SAMPLE_SIZES:
            self.paste("sample_size")
        elif event.key() == Qt.Key.Key_V and event.modifiers() == PASTE_STD_ERRORS:
            self.paste("std_error")
        elif event.matches(QKeySequence.StandardKey.Paste):
            self.paste()
        elif event.matches(QKeySequence.StandardKey.Copy):
            QApplication.clipboard().setText(copy_block(self.entry_model, self.selected_cells()))
        elif _is_undo(event):
            undo_stack.undo()
        elif _is_redo(event):
            undo_stack.redo()
        elif event.key() in _CLEAR_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.entry_model.clear_cells(self.selected_cells())
        elif event.key() in _ENTER_KEYS and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            self._move_on(QAbstractItemDelegate.EndEditHint.SubmitModelCache)
        else:
            super().keyPressEvent(event)

    def paste(self, field: str = "value") -> None:
        """Paste values, or (field "sample_size" / "std_error") the details of values already entered."""
        current = self.currentIndex()
        cells = self.selected_cells()
        if not current.isValid() or not cells:
            return
        block = parse_block(QApplication.clipboard().text())
        if len(block) == 1 and len(block[0]) == 1 and len(cells) > 1:
            # One copied value into a selection fills every selected cell.
            texts = {cell: block[0][0] for cell in cells}
            if field == "value":
                self.entry_model.store_texts(texts)
            else:
                self.entry_model.store_detail_texts(texts, field)
            return
        top = min(r for r, _ in cells)
        left = min(c for _, c in cells)
        paste_block(self.entry_model, top, left, block, field)

    def _add_paste_actions(self) -> None:
        """The block pastes for sample sizes and standard errors, in the grid's context menu."""
        for text, keys, field in (
            (self.tr("Paste sample sizes (n)"), PASTE_SAMPLE_SIZES | Qt.Key.Key_V, "sample_size"),
            (self.tr("Paste standard errors"), PASTE_STD_ERRORS | Qt.Key.Key_V, "std_error"),
        ):
            # The keys are handled in keyPressEvent; after a tab the menu shows them.
            keys_text = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            action = QAction(f"{text}\t{keys_text}", self)
            action.triggered.connect(lambda _checked=False, f=field: self.paste(f))
            self.addAction(action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)


class DataEntryScreen(Screen):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.model = EntryModel(state, self)
        self.heading = QLabel()
        self.heading.setObjectName("screen_heading")
        theme.style_heading(self.heading)
        self.instructions = QLabel(
            self.tr(
                "Type to overwrite a cell; Enter and Tab store it and move on, arrow keys move without storing. "
                "Tab without typing leaves the grid for the details beside it. Paste a block copied from Excel "
                "with Ctrl+V, clear the selection with Delete, undo with Ctrl+Z. Decimal comma or point."
            )
        )
        self.instructions.setWordWrap(True)
        self.legend = QLabel(
            self.tr(
                "Marks in the cells: “missing” = still missing · ✘ = rejected input (the reason is below the grid) · "
                "* = provisional figure · n? and an amber frame = sample size missing"
            )
        )
        self.legend.setObjectName("entry_legend")
        self.legend.setWordWrap(True)
        theme.paint_text(self.legend, "hint")
        self.view = EntryView(self.model)
        self.message_label = MessageLine("entry_message")
        self.message_label.setMinimumHeight(30)
        self.details = DetailsPanel(self.model)
        self.details.setMinimumWidth(220)

        grid_column = QWidget()
        grid_layout = QVBoxLayout(grid_column)
        grid_layout.setContentsMargins(0, 0, 0, 0)
        grid_layout.addWidget(self.view, 1)
        grid_layout.addWidget(self.message_label)
        # The details beside the grid scroll when the window is low (200 % scaling);
        # the splitter gives the grid the width the user wants.
        self.splitter = QSplitter()
        self.splitter.setObjectName("entry_splitter")
        self.splitter.addWidget(grid_column)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(scrolling(self.details, "entry_details_scroll"), 1)
        side_layout.addWidget(self.details.save_button)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([900, 290])
        remember_splitter(self.splitter, "entry/details_splitter")
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.instructions)
        layout.addWidget(self.legend)
        layout.addWidget(self.splitter, 1)

        self.model.message.connect(self.show_message)
        self._kept_cell: tuple[int, int] | None = None
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._after_reset)
        self.model.dataChanged.connect(lambda *_: self.details.refresh())
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        # An undo or redo makes "4 values stored" stale: clear it (a new edit sets its own line after this).
        state.undo_stack.indexChanged.connect(self._undo_moved)
        self._after_reset()

    # -- reacting ----------------------------------------------------------------

    def showEvent(self, event) -> None:  # Qt override
        # Opening the screen puts the keyboard in the grid: ready to type.
        super().showEvent(event)
        self.view.setFocus()

    def _undo_moved(self, _index: int) -> None:
        self.show_message("", False)

    def touches(self, change: Change) -> bool:
        # The year's values, the year before (the biennial rule) and, in the
        # details beside the grid, the indicator's earlier values.
        return change.touches_values(last=self.state.report_year)

    def reload(self, change: Change) -> None:
        self.model.reload()

    def database_switched(self) -> None:
        self.model.forget_rejections()
        self.show_message("", False)

    def year_switched(self, year: int) -> None:
        self.show_message("", False)

    def _before_reset(self) -> None:
        # Remember the current cell by indicator and area, to find it again.
        current = self.view.currentIndex()
        self._kept_cell = (
            (self.model.indicator(current.row()).id, self.model.area(current.column()).id)
            if current.isValid()
            else None
        )

    def _after_reset(self) -> None:
        self.heading.setText(self.tr("Data entry for {year}").format(year=self.state.report_year))
        self._size_columns()
        kept = self.model.cell_of(*self._kept_cell) if self._kept_cell else None
        if kept is not None:
            self.view.setCurrentIndex(self.model.index(*kept))
        elif self.model.rowCount() and self.model.columnCount() and not self.view.currentIndex().isValid():
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.details.refresh()

    def _size_columns(self) -> None:
        # Sized from the area names, not resizeColumnsToContents: that asks
        # every cell for its size hint, too slow for 99 areas.
        header = self.view.horizontalHeader()
        bold = QFont(header.font())
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        for column in range(self.model.columnCount()):
            width = metrics.horizontalAdvance(shown_area_name(self.model.area(column))) + 28
            header.resizeSection(column, max(width, 96))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.details.show_cell((current.row(), current.column()) if current.isValid() else None)

    def show_message(self, text: str, is_error: bool) -> None:
        self.message_label.show_message(text, "error" if is_error else "success")

    def go_to(self, code: str, area_name: str) -> None:
        """Put the cursor on an indicator's cell for an area (e.g. from the missing-data list)."""
        model = self.model
        rows = [r for r in range(model.rowCount()) if model.indicator(r).code == code]
        columns = [c for c in range(model.columnCount()) if model.area(c).name == area_name]
        if rows and columns:
            self.select_cell(rows[0], columns[0])
            self.view.setFocus()

    def select_cell(self, row: int, column: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, column))
        self.view.selectionModel().select(
            self.model.index(row, column), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
