"""The entry grid's table view: a QTableView that behaves like a spreadsheet
for entering numbers (type to overwrite, Enter and Tab store and move on,
Ctrl+V pastes a block, Delete clears, Ctrl+Z undoes)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLineEdit,
    QTableView,
    QWidget,
)

from barometer_desktop.ui import theme
from barometer_desktop.ui.accessibility import leave_with_tab, named
from barometer_desktop.ui.screens.entry.clipboard import copy_block, parse_block, paste_into
from barometer_desktop.ui.screens.entry.delegate import EntryDelegate
from barometer_desktop.ui.screens.entry.edits import DetailField, PasteField
from barometer_desktop.ui.screens.entry.keys import (
    CLEAR_KEYS,
    ENTER_KEYS,
    PASTE_SAMPLE_SIZES,
    PASTE_STD_ERRORS,
    is_redo,
    is_undo,
)
from barometer_desktop.ui.screens.entry.model import EntryModel
from barometer_desktop.ui.screens.entry.row_name_header import RowNameHeader


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

    def resizeEvent(self, event: QResizeEvent) -> None:  # Qt override
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
        if (
            isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.ShortcutOverride
            and self.state() != QAbstractItemView.State.EditingState
        ):
            if (
                event.matches(QKeySequence.StandardKey.Paste)
                or event.matches(QKeySequence.StandardKey.Copy)
                or is_undo(event)
                or is_redo(event)
                or event.key() in CLEAR_KEYS
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
        elif is_undo(event):
            undo_stack.undo()
        elif is_redo(event):
            undo_stack.redo()
        elif event.key() in CLEAR_KEYS and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.entry_model.clear_cells(self.selected_cells())
        elif event.key() in ENTER_KEYS and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            self._move_on(QAbstractItemDelegate.EndEditHint.SubmitModelCache)
        else:
            super().keyPressEvent(event)

    def paste(self, field: PasteField = "value") -> None:
        """Paste values, or (field "sample_size" / "std_error") the details of values already entered."""
        cells = self.selected_cells()
        if self.currentIndex().isValid() and cells:
            paste_into(self.entry_model, cells, parse_block(QApplication.clipboard().text()), field)

    def _add_paste_actions(self) -> None:
        """The block pastes for sample sizes and standard errors, in the grid's context menu."""
        pastes: tuple[tuple[str, QKeyCombination, DetailField], ...] = (
            (self.tr("Paste sample sizes (n)"), PASTE_SAMPLE_SIZES | Qt.Key.Key_V, "sample_size"),
            (self.tr("Paste standard errors"), PASTE_STD_ERRORS | Qt.Key.Key_V, "std_error"),
        )
        for text, keys, field in pastes:
            # The keys are handled in keyPressEvent; after a tab the menu shows them.
            keys_text = QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)
            action = QAction(f"{text}\t{keys_text}", self)
            action.triggered.connect(lambda _checked=False, f=field: self.paste(f))
            self.addAction(action)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
