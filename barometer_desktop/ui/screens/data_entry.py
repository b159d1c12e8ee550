"""Indtastning: the report year's values, typed or pasted into a grid.

Built for speed: typing overwrites a cell, Tab and Enter move on, a block
copied from Excel pastes with Ctrl+V, Delete clears the selection. The
rules (validation, one action per edit, undo) live in entry_model; this
module is the widgets.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop.domain.formatting import format_number
from barometer_desktop.ui.screens.entry_model import (
    EntryModel,
    copy_block,
    edit_text,
    paste_block,
    parse_block,
    unit_label,
)
from barometer_desktop.ui.state import AppState

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
_CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)


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


def style_label(label: QLabel, *, point_size: float | None = None, bold: bool = False, colour: str | None = None) -> QLabel:
    """Font and colour through QFont and the palette: cheaper than a style sheet per label."""
    font = QFont(label.font())
    if point_size:
        font.setPointSizeF(point_size)
    font.setBold(bold)
    label.setFont(font)
    if colour:
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
        label.setPalette(palette)
    return label


class EntryDelegate(QStyledItemDelegate):
    """The standard line editor, remembered so keys sent to the view reach it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor: QWidget | None = None

    def createEditor(self, parent: QWidget, option, index):  # noqa: N802
        editor = super().createEditor(parent, option, index)
        editor.setObjectName("entry_editor")
        self.editor = editor
        return editor

    def destroyEditor(self, editor: QWidget, index) -> None:  # noqa: N802
        if editor is self.editor:
            self.editor = None
        super().destroyEditor(editor, index)


class EntryView(QTableView):
    """A QTableView that behaves like a spreadsheet for entering numbers."""

    def __init__(self, model: EntryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.entry_model = model
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
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(False)
        self.setWordWrap(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(30)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.horizontalHeader().setMinimumSectionSize(90)
        self.setStyleSheet(
            "QTableView { gridline-color: #d0d5dd; font-size: 11pt; }"
            "QTableView::item:selected { background: #1d4ed8; color: white; }"
            "QHeaderView::section { padding: 4px 8px; background: #eef2f7; color: #111827;"
            " border: none; border-right: 1px solid #d0d5dd; border-bottom: 1px solid #d0d5dd; }"
            "QHeaderView::section:horizontal { font-weight: 600; }"
        )

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

    def closeEditor(self, editor: QWidget, hint: QAbstractItemDelegate.EndEditHint) -> None:  # noqa: N802
        # Tab moves right and Enter moves down, without opening the next
        # editor: typing there overwrites, like a spreadsheet. A rejected value
        # keeps the cursor on its cell so it can be typed again.
        moving = hint in (
            QAbstractItemDelegate.EndEditHint.EditNextItem,
            QAbstractItemDelegate.EndEditHint.EditPreviousItem,
            QAbstractItemDelegate.EndEditHint.SubmitModelCache,
        )
        super().closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)
        if moving and not self.entry_model.last_edit_rejected:
            self._move_on(hint)
        self.entry_model.last_edit_rejected = False

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

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
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
        if event.matches(QKeySequence.StandardKey.Paste):
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

    def paste(self) -> None:
        current = self.currentIndex()
        cells = self.selected_cells()
        if not current.isValid() or not cells:
            return
        block = parse_block(QApplication.clipboard().text())
        if len(block) == 1 and len(block[0]) == 1 and len(cells) > 1:
            # One copied value into a selection fills every selected cell.
            self.entry_model.store_texts({cell: block[0][0] for cell in cells})
            return
        top = min(r for r, _ in cells)
        left = min(c for _, c in cells)
        paste_block(self.entry_model, top, left, block)


class DetailsPanel(QGroupBox):
    """Sample size, standard error, provisional mark and note of the current value."""

    def __init__(self, model: EntryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entry_details")
        self.setTitle(self.tr("Selected value"))
        self.model = model
        self._cell: tuple[int, int] | None = None
        self.cell_label = QLabel()
        self.cell_label.setObjectName("details_cell")
        self.cell_label.setWordWrap(True)
        style_label(self.cell_label, bold=True)
        self.value_label = QLabel()
        self.value_label.setObjectName("details_value")
        self.sample_size = QLineEdit()
        self.sample_size.setObjectName("details_sample_size")
        self.std_error = QLineEdit()
        self.std_error.setObjectName("details_std_error")
        self.provisional = QCheckBox(self.tr("Provisional figure"))
        self.provisional.setObjectName("details_provisional")
        self.note = QLineEdit()
        self.note.setObjectName("details_note")
        self.note_public = QCheckBox(self.tr("Show the note publicly"))
        self.note_public.setObjectName("details_note_public")
        self.hint = QLabel()
        self.hint.setObjectName("details_hint")
        self.hint.setWordWrap(True)
        style_label(self.hint, colour="#4b5563")
        self.save_button = QPushButton(self.tr("Save details"))
        self.save_button.setObjectName("details_save")
        self.save_button.clicked.connect(self.save)
        for line_edit in (self.sample_size, self.std_error, self.note):
            line_edit.returnPressed.connect(self.save)

        form = QFormLayout()
        form.addRow(self.tr("Value:"), self.value_label)
        form.addRow(self.tr("Sample size (n):"), self.sample_size)
        form.addRow(self.tr("Standard error:"), self.std_error)
        form.addRow("", self.provisional)
        form.addRow(self.tr("Note:"), self.note)
        form.addRow("", self.note_public)
        layout = QVBoxLayout(self)
        layout.addWidget(self.cell_label)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        layout.addWidget(self.save_button)
        layout.addStretch(1)
        self.show_cell(None)

    def show_cell(self, cell: tuple[int, int] | None) -> None:
        model = self.model
        if cell is not None and not (0 <= cell[0] < model.rowCount() and 0 <= cell[1] < model.columnCount()):
            cell = None
        self._cell = cell
        editors = (self.sample_size, self.std_error, self.provisional, self.note, self.note_public, self.save_button)
        if cell is None:
            self.cell_label.setText(self.tr("Select a cell in the grid."))
            self.value_label.clear()
            self.hint.clear()
            for widget in editors:
                widget.setEnabled(False)
            return
        indicator, area = model.indicator(cell[0]), model.area(cell[1])
        record = model.record(*cell)
        self.cell_label.setText(f"{indicator.code} {indicator.name}\n{area.name}, {model.sheet.year}")
        self.sample_size.setText(format_number(record.sample_size, 0) if record and record.sample_size else "")
        self.std_error.setText(edit_text(record.std_error) if record and record.std_error is not None else "")
        self.provisional.setChecked(bool(record and record.is_provisional))
        self.note.setText(record.note if record else "")
        self.note_public.setChecked(bool(record and record.note_is_public))
        if record is None:
            self.value_label.setText(self.tr("(no value)"))
            self.hint.setText(self.tr("Enter the value in the grid first; then its details here."))
        else:
            self.value_label.setText(f"{edit_text(record.value)} ({unit_label(indicator.unit)})")
            self.hint.setText(
                self.tr("Survey indicator: enter the sample size, so the report can say whether a change is significant.")
                if indicator.is_survey
                else ""
            )
        enabled = record is not None and not model.state.db.read_only
        for widget in editors:
            widget.setEnabled(enabled)

    def refresh(self) -> None:
        self.show_cell(self._cell)

    def save(self) -> None:
        if self._cell is None:
            return
        self.model.store_details(
            self._cell[0],
            self._cell[1],
            self.sample_size.text(),
            self.std_error.text(),
            self.provisional.isChecked(),
            self.note.text(),
            self.note_public.isChecked(),
        )


class DataEntryScreen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.model = EntryModel(state, self)
        self.heading = QLabel()
        self.heading.setObjectName("screen_heading")
        style_label(self.heading, point_size=16, bold=True)
        self.instructions = QLabel(
            self.tr(
                "Type to overwrite a cell; Tab and Enter move on. Paste a block copied from Excel with Ctrl+V, "
                "clear the selection with Delete, undo with Ctrl+Z. Decimal comma or point."
            )
        )
        self.instructions.setWordWrap(True)
        style_label(self.instructions, colour="#374151")
        self.legend = QLabel(
            self.tr(
                "<span style='background:#fff4d6'>&nbsp;&nbsp;&nbsp;&nbsp;</span> still missing"
                " &nbsp; <span style='background:#fbd5d5'>&nbsp;&nbsp;&nbsp;&nbsp;</span> rejected input"
                " &nbsp; <i>italic</i> provisional figure"
            )
        )
        self.legend.setObjectName("entry_legend")
        self.view = EntryView(self.model)
        self.message_label = QLabel()
        self.message_label.setObjectName("entry_message")
        self.message_label.setWordWrap(True)
        self.message_label.setMinimumHeight(30)
        self.message_label.setContentsMargins(8, 4, 8, 4)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = DetailsPanel(self.model)
        self.details.setFixedWidth(290)

        grid_column = QVBoxLayout()
        grid_column.addWidget(self.view, 1)
        grid_column.addWidget(self.message_label)
        body = QHBoxLayout()
        body.addLayout(grid_column, 1)
        body.addWidget(self.details)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.instructions)
        layout.addWidget(self.legend)
        layout.addLayout(body, 1)

        self.model.message.connect(self.show_message)
        self.model.modelReset.connect(self._after_reset)
        self.model.dataChanged.connect(lambda *_: self.details.refresh())
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        state.data_changed.connect(self.model.reload)
        state.database_changed.connect(self._database_changed)
        state.report_year_changed.connect(self._year_changed)
        self._after_reset()

    # -- reacting ----------------------------------------------------------------

    def _database_changed(self) -> None:
        self.model.forget_rejections()
        self.model.reload()
        self.show_message("", False)

    def _year_changed(self, _year: int) -> None:
        self.model.reload()
        self.show_message("", False)

    def _after_reset(self) -> None:
        self.heading.setText(self.tr("Data entry for {year}").format(year=self.state.report_year))
        self._size_columns()
        if self.model.rowCount() and self.model.columnCount() and not self.view.currentIndex().isValid():
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
            width = metrics.horizontalAdvance(self.model.area(column).name) + 28
            header.resizeSection(column, max(width, 96))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.details.show_cell((current.row(), current.column()) if current.isValid() else None)

    def show_message(self, text: str, is_error: bool) -> None:
        self.message_label.setText(text)
        if is_error:
            style = "QLabel { color: #8a1c1c; background: #fdecec; border: 1px solid #f3b4b4; }"
        elif text:
            style = "QLabel { color: #14532d; background: #ecfdf3; border: 1px solid #b7e4c7; }"
        else:
            style = ""
        self.message_label.setStyleSheet(style)

    def select_cell(self, row: int, column: int) -> None:
        self.view.setCurrentIndex(self.model.index(row, column))
        self.view.selectionModel().select(
            self.model.index(row, column), QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
