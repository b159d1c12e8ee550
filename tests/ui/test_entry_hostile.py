"""The entry grid used as a hostile user would: odd clipboard content, values
at the limits, undo after a change of year, edits on values someone else
changed. Nothing may be lost silently; every refusal names the row and column."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from barometer_desktop.domain.periods import Period
from barometer_desktop.storage.observations import ObservationInput
from barometer_desktop.ui.screens.entry.clipboard import parse_block
from tests import stored_values
from tests.ui.test_data_entry import _ids, all_values, cell, finish_editing, stored, type_into


@pytest.fixture
def entry(main_window):
    main_window.show_screen("entry")
    screen = main_window.page("entry")
    screen.view.setFocus()
    return screen


def paste_at(qtbot, screen, code, area, text):
    screen.select_cell(*cell(screen, code, area))
    QApplication.clipboard().setText(text)
    qtbot.keyClick(screen.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def names_cell(message, screen, code, area):
    row, _column = cell(screen, code, area)
    return f"{code} {screen.model.indicator(row).name}" in message and area in message


# -- the clipboard ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        ("61,5\t62,5\r\n71\t72\r\n", [["61,5", "62,5"], ["71", "72"]]),
        # Excel quotes a cell holding a tab, a line break or a quote, and doubles inner quotes.
        ('"61,5"\t"62,5"\r\n', [["61,5", "62,5"]]),
        ('"a\nb"\t"say ""hi"""\n1\t2\n', [["a\nb", 'say "hi"'], ["1", "2"]]),
        # A quote that does not close a cell is an ordinary character.
        ('12"\t"open\t3\n', [['12"', '"open', "3"]]),
        ('"x"y\t1', [['"x"y', "1"]]),
        ("a\rb\r", [["a"], ["b"]]),
        ("", [[""]]),
    ],
)
def test_copied_cells_are_read_as_a_spreadsheet_writes_them(text, rows):
    assert parse_block(text) == rows


def test_quoted_cells_from_excel_paste_as_their_values(entry, qtbot):
    db = entry.state.db
    paste_at(qtbot, entry, "1.2", "København", '"61,5"\t"62,5"\r\n')
    assert stored(db, "1.2", "København", 2013).value == 61.5
    assert stored(db, "1.2", "Hele landet", 2013).value == 62.5


def test_a_cell_with_a_line_break_is_refused_whole_and_named(entry, qtbot):
    """Before, its line break split the block: a shifted block, refused for the wrong cell."""
    db = entry.state.db
    before = all_values(db)
    paste_at(qtbot, entry, "1.2", "København", '"61\n5"\t62,5\r\n')
    assert all_values(db) == before
    message = entry.message_label.text()
    assert names_cell(message, entry, "1.2", "København")
    assert '"61 5"' in message  # on one line


def test_a_million_characters_are_refused_in_a_line_that_names_the_cell(entry, qtbot):
    db = entry.state.db
    before = all_values(db)
    paste_at(qtbot, entry, "1.2", "København", "x" * 1_000_000)
    assert all_values(db) == before
    message = entry.message_label.text()
    assert names_cell(message, entry, "1.2", "København")
    assert "x" * 40 + "…" in message and len(message) < 300


def test_a_huge_block_is_refused_with_its_size(entry, qtbot):
    db = entry.state.db
    before = all_values(db)
    paste_at(qtbot, entry, "1.2", "København", ("1\t" * 200 + "1\r\n") * 5000)
    assert all_values(db) == before
    message = entry.message_label.text()
    assert "5000" in message and "201" in message and "København" in message


def test_an_empty_clipboard_pasted_over_a_selection_clears_nothing(entry, qtbot):
    """One copied value fills a selection; an empty one used to clear every selected value."""
    db = entry.state.db
    before = all_values(db)
    undo_count = entry.state.undo_stack.count()
    entry.select_cell(*cell(entry, "1.1", "København"))
    qtbot.keyClick(entry.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(entry.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    for text in ("", "  \r\n"):
        QApplication.clipboard().setText(text)
        qtbot.keyClick(entry.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
        assert all_values(db) == before
        assert "tomme" in entry.message_label.text()
        # The same for a column of sample sizes.
        qtbot.keyClick(entry.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert all_values(db) == before
    assert entry.state.undo_stack.count() == undo_count


# -- values at the limits --------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "text", "value"),
    [
        ("1.1", "-3", -3.0),  # the grade scale's ends
        ("1.1", "12", 12.0),
        ("1.2", "100", 100.0),  # a share's
        ("1.2", "-0", 0.0),
        ("4.1", "1.000.000.000.000", 1e12),  # the largest figure any unit takes
    ],
)
def test_values_at_the_limits_are_stored(entry, qtbot, code, text, value):
    type_into(qtbot, entry, *cell(entry, code, "København"), text)
    assert stored(entry.state.db, code, "København", 2013).value == value


@pytest.mark.parametrize(
    ("code", "text"), [("1.1", "-3,0001"), ("1.1", "12,01"), ("1.2", "100,0000001"), ("4.1", "1000000000001")]
)
def test_values_past_the_limits_are_refused_naming_the_cell(entry, qtbot, code, text):
    db = entry.state.db
    before = all_values(db)
    row, column = cell(entry, code, "København")
    entry.select_cell(row, column)
    qtbot.keyClicks(entry.view, text)
    typed_in = entry.view.delegate.editor
    qtbot.keyClick(entry.view, Qt.Key.Key_Return)
    # The refused text comes back, in a reopened editor, to be corrected.
    qtbot.waitUntil(lambda: entry.view.delegate.editor not in (None, typed_in))
    assert entry.view.delegate.editor.text() == text
    assert all_values(db) == before
    assert names_cell(entry.message_label.text(), entry, code, "København")


def test_opening_a_cell_and_pressing_enter_keeps_its_exact_value(entry, qtbot):
    """The editor shows 6 decimals; 100/3 from an import must not become 33.333333 unasked."""
    db = entry.state.db
    row, column = cell(entry, "1.2", "København")
    current = stored(db, "1.2", "København", 2013)
    indicator_id, area_id = _ids(db, "1.2", "København")
    stored_values.save(db, [ObservationInput(indicator_id, area_id, current.period, 100 / 3, std_error=0.123456789,
                                             expected_version=current.version)])
    entry.state.years.invalidate()
    entry.model.reload()
    exact = stored(db, "1.2", "København", 2013)
    undo_count = entry.state.undo_stack.count()
    entry.select_cell(row, column)
    qtbot.keyClick(entry.view, Qt.Key.Key_F2)
    assert entry.view.delegate.editor.text() == "33,333333"
    finish_editing(qtbot, entry)
    assert stored(db, "1.2", "København", 2013) == exact
    assert entry.state.undo_stack.count() == undo_count
    # The details beside the grid: marking the value provisional keeps its standard error exact.
    entry.select_cell(row, column)
    assert entry.details.std_error.text() == "0,123457"
    entry.details.provisional.setChecked(True)
    qtbot.mouseClick(entry.details.save_button, Qt.MouseButton.LeftButton)
    saved = stored(db, "1.2", "København", 2013)
    assert saved.is_provisional and saved.std_error == 0.123456789 and saved.value == 100 / 3
    # Typing a value on purpose still stores what was typed.
    type_into(qtbot, entry, row, column, "33,3")
    assert stored(db, "1.2", "København", 2013).value == 33.3


# -- undo across a change of year, and other people's edits ----------------------


def test_undo_after_a_change_of_year_says_which_year_it_changed(entry, qtbot, main_window):
    db = entry.state.db
    old = stored(db, "1.2", "København", 2013).value
    type_into(qtbot, entry, *cell(entry, "1.2", "København"), "55")
    main_window.year_box.setValue(2014)
    qtbot.waitUntil(lambda: entry.model.sheet.year == 2014)
    entry.view.setFocus()
    qtbot.keyClick(entry.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(db, "1.2", "København", 2013).value == old
    message = entry.message_label.text()
    assert "2013" in message and "1.2 København" in message and "2014" in message
    qtbot.keyClick(entry.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored(db, "1.2", "København", 2013).value == 55
    assert "2013" in entry.message_label.text() and "1.2 København" in entry.message_label.text()
    # Back in 2013 an undo is named without the year: the grid shows the change.
    main_window.year_box.setValue(2013)
    qtbot.waitUntil(lambda: entry.model.sheet.year == 2013)
    entry.view.setFocus()
    qtbot.keyClick(entry.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert "1.2 København" in entry.message_label.text() and "2014" not in entry.message_label.text()


def test_a_refused_edit_on_a_value_someone_changed_says_what_was_typed(entry, qtbot):
    db = entry.state.db
    row, column = cell(entry, "5.1", "København")
    current = stored(db, "5.1", "København", 2013)
    indicator_id, area_id = _ids(db, "5.1", "København")
    stored_values.save(db, [ObservationInput(indicator_id, area_id, current.period, 88.8,
                                             expected_version=current.version)])
    type_into(qtbot, entry, row, column, "90,5")
    assert stored(db, "5.1", "København", 2013).value == 88.8
    message = entry.message_label.text()
    assert "88,8" in message and "90,5" in message and "5.1" in message


def test_a_value_someone_else_entered_in_an_empty_cell_is_not_overwritten(entry, qtbot):
    db = entry.state.db
    model = entry.model
    row, column = next(
        (r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
        if model.record(r, c) is None and model.indicator(r).unit == "percent"
    )
    code, area = model.indicator(row).code, model.area(column).name
    indicator_id, area_id = _ids(db, code, area)
    stored_values.save(db, [ObservationInput(indicator_id, area_id, Period.year_of(2013), 44.4)])
    type_into(qtbot, entry, row, column, "50")
    assert stored(db, code, area, 2013).value == 44.4
    assert "44,4" in entry.message_label.text() and "50" in entry.message_label.text()
    assert model.data(model.index(row, column)) == "44,4"


def test_a_pasted_page_as_a_note_is_refused_and_a_long_note_does_not_fill_the_tooltip(entry, qtbot):
    """A million-character note was stored, and its tooltip froze the grid for seconds on hover."""
    db = entry.state.db
    row, column = cell(entry, "1.2", "København")
    before = stored(db, "1.2", "København", 2013)
    entry.select_cell(row, column)
    entry.details.note.setPlainText("lang note " * 100_000)
    qtbot.mouseClick(entry.details.save_button, Qt.MouseButton.LeftButton)
    assert stored(db, "1.2", "København", 2013) == before
    message = entry.message_label.text()
    assert names_cell(message, entry, "1.2", "København") and "Noten er for lang: højst 2.000 tegn" in message
    assert len(entry.details.note.toPlainText()) == 1_000_000  # kept in the field, to be shortened
    # The longest note allowed is stored whole; the tooltip shows its start.
    note = "ord " * 500
    entry.details.note.setPlainText(note)
    qtbot.mouseClick(entry.details.save_button, Qt.MouseButton.LeftButton)
    assert stored(db, "1.2", "København", 2013).note == note.strip()
    tooltip = entry.model.data(entry.model.index(row, column), Qt.ItemDataRole.ToolTipRole)
    assert "ord ord" in tooltip and tooltip.endswith("…") and len(tooltip) < 500
    assert entry.details.note.toPlainText() == note.strip()


# -- details typed and not saved ------------------------------------------------


@pytest.fixture
def answers(monkeypatch):
    """QMessageBox.question patched: pops the next prepared answer, records the question."""
    asked: list[str] = []
    replies: list[QMessageBox.StandardButton] = []

    def question(_parent, _title, text, *args, **kwargs):
        asked.append(text)
        return replies.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked, replies


def test_typed_details_survive_a_value_stored_in_their_cell(entry, qtbot):
    db = entry.state.db
    row, column = cell(entry, "6.1", "København")
    entry.select_cell(row, column)
    entry.details.sample_size.clear()
    qtbot.keyClicks(entry.details.sample_size, "850")
    entry.details.note.setPlainText("Foreløbig opgørelse")
    # The value is corrected (pasted) in the grid before the details are saved: a reload.
    paste_at(qtbot, entry, "6.1", "København", "66")
    assert entry.model.record(row, column).value == 66
    assert entry.details.sample_size.text() == "850"
    assert entry.details.note.toPlainText() == "Foreløbig opgørelse"
    assert entry.details.save()
    saved = stored(db, "6.1", "København", 2013)
    assert (saved.value, saved.sample_size, saved.note) == (66, 850, "Foreløbig opgørelse")
    assert not entry.details.has_unsaved_changes()


def test_leaving_a_cell_with_unsaved_details_asks(entry, qtbot, answers):
    asked, replies = answers
    db = entry.state.db
    row, column = cell(entry, "6.1", "København")
    entry.select_cell(row, column)
    entry.details.note.setPlainText("Husk kilden")
    # Cancel: the cursor stays, and so does the note.
    replies.append(QMessageBox.StandardButton.Cancel)
    entry.select_cell(row + 1, column)
    assert "6.1" in asked[-1] and "København" in asked[-1]
    assert (entry.view.currentIndex().row(), entry.view.currentIndex().column()) == (row, column)
    assert entry.details.note.toPlainText() == "Husk kilden"
    # Save: stored, and the other cell's details are shown.
    replies.append(QMessageBox.StandardButton.Save)
    entry.select_cell(row + 1, column)
    assert stored(db, "6.1", "København", 2013).note == "Husk kilden"
    assert entry.details.cell == (row + 1, column)
    # Discard: nothing stored.
    entry.details.note.setPlainText("Kasseres")
    replies.append(QMessageBox.StandardButton.Discard)
    entry.select_cell(row, column)
    assert stored(db, entry.model.indicator(row + 1).code, "København", 2013).note != "Kasseres"
    assert entry.details.note.toPlainText() == "Husk kilden"
    assert len(asked) == 3


def test_changing_the_year_with_unsaved_details_asks(entry, qtbot, answers, main_window):
    asked, replies = answers
    row, column = cell(entry, "6.1", "København")
    entry.select_cell(row, column)
    entry.details.note.setPlainText("Til 2013")
    replies.append(QMessageBox.StandardButton.Save)
    main_window.year_box.setValue(2014)
    qtbot.waitUntil(lambda: entry.model.sheet.year == 2014)
    assert len(asked) == 1 and "6.1" in asked[0]
    assert stored(entry.state.db, "6.1", "København", 2013).note == "Til 2013"


def test_a_refused_undo_is_not_reported_as_done(entry, qtbot, main_window, monkeypatch):
    """Someone else changed the value since: the undo is refused in a dialog, and the
    line under the grid must not say it was undone."""
    db = entry.state.db
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    type_into(qtbot, entry, *cell(entry, "1.2", "København"), "55")
    current = stored(db, "1.2", "København", 2013)
    indicator_id, area_id = _ids(db, "1.2", "København")
    stored_values.save(db, [ObservationInput(indicator_id, area_id, current.period, 56.0,
                                             expected_version=current.version)])
    main_window.year_box.setValue(2014)
    qtbot.waitUntil(lambda: entry.model.sheet.year == 2014)
    entry.view.setFocus()
    qtbot.keyClick(entry.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(db, "1.2", "København", 2013).value == 56.0
    assert len(warnings) == 1 and "56" in warnings[0]
    assert "Fortrudt" not in entry.message_label.text()
