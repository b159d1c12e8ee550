"""Sample sizes and standard errors pasted in blocks onto the values in the grid
(Ctrl+Shift+V and Ctrl+Alt+V, or the grid's context menu), as one undoable action."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from barometer_desktop.domain.periods import Period
from barometer_desktop.storage import observations


@pytest.fixture
def entry(main_window):
    main_window.show_screen("entry")
    screen = main_window.page("entry")
    screen.view.setFocus()
    return screen


def _cell(screen, code, area):
    model = screen.model
    row = next(r for r in range(model.rowCount()) if model.indicator(r).code == code)
    column = next(c for c in range(model.columnCount()) if model.area(c).name == area)
    return row, column


def _record(db, indicator_id, area_id):
    return next(r for r in observations.series(db, indicator_id, [area_id]) if r.period == Period.year_of(2013))


def test_sample_sizes_paste_as_a_block_in_one_action(entry, qtbot):
    db = entry.state.db
    top, left = _cell(entry, "6.1", "København")
    model = entry.model
    cells = [(top + r, left + c) for r in range(2) for c in range(2)]
    assert all(model.record(*cell) is not None for cell in cells)
    QApplication.clipboard().setText("1201\t1302\r\n1103\t1004\r\n")
    entry.select_cell(top, left)
    undo_count = entry.state.undo_stack.count()
    qtbot.keyClick(entry.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    sizes = [_record(db, model.indicator(r).id, model.area(c).id).sample_size for r, c in cells]
    assert sizes == [1201, 1302, 1103, 1004]
    assert entry.state.undo_stack.count() == undo_count + 1
    values_before = [model.record(*cell).value for cell in cells]

    QApplication.clipboard().setText("0,021\t0,022\n")
    entry.select_cell(top, left)
    qtbot.keyClick(entry.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    errors = [_record(db, model.indicator(top).id, model.area(left + c).id).std_error for c in range(2)]
    assert errors == [pytest.approx(0.021), pytest.approx(0.022)]
    assert [model.record(*cell).value for cell in cells] == values_before  # the values themselves untouched


def test_a_bad_sample_size_in_the_block_stores_nothing(entry, qtbot):
    db = entry.state.db
    top, left = _cell(entry, "6.1", "København")
    model = entry.model
    before = [_record(db, model.indicator(top).id, model.area(left + c).id) for c in range(2)]
    QApplication.clipboard().setText("1200\t12,5\n")
    entry.select_cell(top, left)
    qtbot.keyClick(entry.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [_record(db, model.indicator(top).id, model.area(left + c).id) for c in range(2)] == before
    message = entry.message_label.text()
    assert model.area(left + 1).name in message and "et helt tal fra 1 til" in message


def test_the_grid_offers_the_detail_pastes_in_its_context_menu(entry):
    texts = [action.text().split("\t")[0] for action in entry.view.actions()]
    assert "Indsæt stikprøvestørrelser (n)" in texts and "Indsæt standardfejl" in texts
    assert entry.view.contextMenuPolicy() == Qt.ContextMenuPolicy.ActionsContextMenu


def test_a_value_far_from_its_series_is_stored_with_a_warning(entry, qtbot):
    """Warn, never refuse: the threshold comes from the series itself (domain.plausibility)."""
    from PySide6.QtWidgets import QAbstractItemView

    db = entry.state.db
    row, column = _cell(entry, "5.1", "København")
    model = entry.model
    indicator, area = model.indicator(row), model.area(column)
    previous = _record(db, indicator.id, area.id).value
    entry.select_cell(row, column)
    qtbot.keyClicks(entry.view, f"{previous + 1:.1f}".replace(".", ","))
    qtbot.keyClick(entry.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: entry.view.state() != QAbstractItemView.State.EditingState)
    assert "⚠" not in entry.message_label.text()

    entry.select_cell(row, column)
    qtbot.keyClicks(entry.view, f"{previous * 1.5:.1f}".replace(".", ","))
    qtbot.keyClick(entry.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: entry.view.state() != QAbstractItemView.State.EditingState)
    assert _record(db, indicator.id, area.id).value == pytest.approx(round(previous * 1.5, 1))  # stored
    message = entry.message_label.text()
    assert "er gemt" in message and "⚠ Kontrollér" in message and indicator.code in message


def test_status_lines_do_not_go_stale_after_undo_or_escape(entry, qtbot):
    from PySide6.QtWidgets import QAbstractItemView

    top, left = _cell(entry, "1.2", "København")
    QApplication.clipboard().setText("61,5\t62,5\n")
    entry.select_cell(top, left)
    qtbot.keyClick(entry.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert "2 værdier" in entry.message_label.text()
    qtbot.keyClick(entry.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    # "2 values stored" would be stale now: the line says what was undone instead.
    assert entry.message_label.text() == "Fortrudt: Indtast 2 værdier."

    entry.select_cell(top, left)
    qtbot.keyClicks(entry.view, "abc")
    qtbot.keyClick(entry.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Ikke gemt" in entry.message_label.text())
    qtbot.waitUntil(lambda: entry.view.delegate.editor is not None)
    qtbot.keyClick(entry.view.delegate.editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: entry.view.state() != QAbstractItemView.State.EditingState)
    assert entry.message_label.text() == ""
