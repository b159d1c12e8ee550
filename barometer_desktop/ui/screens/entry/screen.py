"""Indtastning: the report year's values, typed or pasted into a grid.

Built for speed: typing overwrites a cell, Tab and Enter move on, a block
copied from Excel pastes with Ctrl+V, Delete clears the selection. The
rules (validation, one action per edit, undo) live in entry.model and
entry.edits, the grid's behaviour in entry.view; this module puts the
screen together: heading, grid, message line and the details beside it.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtGui import QFont, QFontMetrics, QShowEvent
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from barometer_desktop.ui import theme
from barometer_desktop.ui.area_names import shown_area_name
from barometer_desktop.ui.changes import Change
from barometer_desktop.ui.fit import remember_splitter, scrolling
from barometer_desktop.ui.message_line import MessageLine
from barometer_desktop.ui.screens.base import Screen
from barometer_desktop.ui.screens.entry.action_names import undo_report
from barometer_desktop.ui.screens.entry.details import DetailFields, DetailsPanel
from barometer_desktop.ui.screens.entry.model import EntryModel
from barometer_desktop.ui.screens.entry.view import EntryView
from barometer_desktop.ui.state import AppState
from barometer_desktop.ui.undo import ValueEditCommand


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
        self._placing_cursor = False  # the cursor is being put back (after a reset or a Cancel)
        self._kept_details: DetailFields | None = None
        self.model.modelAboutToBeReset.connect(self._before_reset)
        self.model.modelReset.connect(self._after_reset)
        self.model.dataChanged.connect(lambda *_: self.details.refresh())
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        # An undo or redo makes "4 values stored" stale: say what was undone instead.
        self._undo_position = (state.undo_stack.index(), state.undo_stack.count())
        state.undo_stack.indexChanged.connect(self._undo_moved)
        self._after_reset()

    # -- reacting ----------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # Qt override
        # Opening the screen puts the keyboard in the grid: ready to type.
        super().showEvent(event)
        self.view.setFocus()

    def _undo_moved(self, index: int) -> None:
        stack = self.state.undo_stack
        if not shiboken6.isValid(stack):
            return  # the stack is being deleted with the application's state (at exit)
        before_index, before_count = self._undo_position
        self._undo_position = (index, stack.count())
        if self.model.storing:
            return  # a new edit: the model says what it stored
        self.show_message("", False)
        if stack.count() != before_count or not self.isVisible():
            # A refused undo left the stack (its dialog said why), the stack
            # was cleared, or another screen's edit moved it.
            return
        undone = index == before_index - 1
        if not undone and index != before_index + 1:
            return
        command = stack.command(index if undone else index - 1)
        if isinstance(command, ValueEditCommand):
            # Ctrl+Z after a change of year undoes a value the grid no longer shows: never silently.
            self.show_message(undo_report(undone, command.text(), command.years, self.state.report_year), False)

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
        # The main window asked (with Cancel) before it changed the year; a year
        # changed another way can only save or discard the typed details here.
        self.details.confirm_leave(can_cancel=False)
        self.show_message("", False)

    def _before_reset(self) -> None:
        # Remember the current cell by indicator and area, to find it again,
        # and the details typed for it and not saved yet.
        current = self.view.currentIndex()
        self._kept_cell = (
            (self.model.indicator(current.row()).id, self.model.area(current.column()).id)
            if current.isValid()
            else None
        )
        self._kept_details = self.details.fields() if self.details.has_unsaved_changes() else None

    def _after_reset(self) -> None:
        self.heading.setText(self.tr("Data entry for {year}").format(year=self.state.report_year))
        self._size_columns()
        kept = self.model.cell_of(*self._kept_cell) if self._kept_cell else None
        self._placing_cursor = True  # put back, not moved by the user: no question about the details
        try:
            if kept is not None:
                self.view.setCurrentIndex(self.model.index(*kept))
            elif self.model.rowCount() and self.model.columnCount() and not self.view.currentIndex().isValid():
                self.view.setCurrentIndex(self.model.index(0, 0))
        finally:
            self._placing_cursor = False
        current = self.view.currentIndex()
        cell = (current.row(), current.column()) if current.isValid() else None
        self.details.show_cell(cell, self._kept_details if kept is not None and cell == kept else None)
        self._kept_details = None

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

    def _current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        cell = (current.row(), current.column()) if current.isValid() else None
        if self._placing_cursor:
            return
        if cell != self.details.cell and not self.details.confirm_leave():
            # Cancel: back to the cell whose details are typed, to finish them.
            self._placing_cursor = True
            try:
                self.view.setCurrentIndex(previous)
            finally:
                self._placing_cursor = False
            return
        self.details.show_cell(cell)

    def has_unsaved_changes(self) -> bool:
        return self.details.has_unsaved_changes()

    def confirm_leave(self) -> bool:
        return self.details.confirm_leave()

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
