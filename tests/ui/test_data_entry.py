"""The data-entry grid, driven by keyboard and clipboard as a user would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication

from barometer_desktop.domain.periods import Period
from barometer_desktop.storage import catalog, observations
from barometer_desktop.storage.observations import ObservationInput
from tests import stored_values


@pytest.fixture
def entry(main_window, qtbot):
    main_window.show_screen("entry")
    screen = main_window.page("entry")
    screen.view.setFocus()
    return screen


def _ids(db, code, area_name):
    indicator = next(i for i in catalog.indicators(db) if i.code == code)
    area = next(a for a in catalog.areas(db) if a.name == area_name)
    return indicator.id, area.id


def stored(db, code, area_name, year):
    indicator_id, area_id = _ids(db, code, area_name)
    return next(
        (r for r in observations.series(db, indicator_id, [area_id]) if r.period == Period.year_of(year)), None
    )


def all_values(db):
    with db.reading() as session:
        from sqlalchemy import select

        from barometer_desktop.storage.models import Observation

        return sorted(
            session.execute(
                select(Observation.indicator_id, Observation.area_id, Observation.year, Observation.period_kind,
                       Observation.period_no, Observation.value, Observation.version)
            ).all()
        )


def cell(screen, code, area_name):
    model = screen.model
    row = next(r for r in range(model.rowCount()) if model.indicator(r).code == code)
    column = next(c for c in range(model.columnCount()) if model.area(c).name == area_name)
    return row, column


def finish_editing(qtbot, screen, key=Qt.Key.Key_Return):
    """Press Enter (or Tab) in the open editor; Qt commits it on the next event-loop turn."""
    qtbot.keyClick(screen.view, key)
    qtbot.waitUntil(lambda: screen.view.state() != QAbstractItemView.State.EditingState)


def type_into(qtbot, screen, row, column, text):
    screen.select_cell(row, column)
    qtbot.keyClicks(screen.view, text)
    finish_editing(qtbot, screen)


def test_typed_value_is_stored_and_enter_moves_down(entry, qtbot):
    db = entry.state.db
    row, column = cell(entry, "1.2", "Aarhus")
    type_into(qtbot, entry, row, column, "71,4")
    assert stored(db, "1.2", "Aarhus", 2013).value == pytest.approx(71.4)
    assert entry.view.currentIndex().row() == row + 1
    assert entry.model.data(entry.model.index(row, column)) == "71,4"
    history = observations.history(db, _ids(db, "1.2", "Aarhus")[0])
    assert history[0].new_value == "71.4" and history[0].user_name == "tester"


def test_tab_moves_to_the_next_cell_and_point_is_accepted(entry, qtbot):
    db = entry.state.db
    row, column = cell(entry, "1.1", "København")
    entry.select_cell(row, column)
    qtbot.keyClicks(entry.view, "6.5")
    finish_editing(qtbot, entry, Qt.Key.Key_Tab)
    assert entry.view.currentIndex().column() == column + 1
    qtbot.keyClicks(entry.view, "6,9")
    finish_editing(qtbot, entry, Qt.Key.Key_Tab)
    assert stored(db, "1.1", "København", 2013).value == 6.5
    assert stored(db, "1.1", "Hele landet", 2013).value == 6.9


def test_out_of_range_value_is_rejected_with_reason(entry, qtbot):
    db = entry.state.db
    before = all_values(db)
    row, column = cell(entry, "1.2", "København")
    entry.select_cell(row, column)
    qtbot.keyClicks(entry.view, "130")
    typed_in = entry.view.delegate.editor
    qtbot.keyClick(entry.view, Qt.Key.Key_Return)
    # The refused text comes back in an editor on the same cell, to be corrected.
    qtbot.waitUntil(lambda: entry.view.delegate.editor not in (None, typed_in))
    assert entry.view.delegate.editor.text() == "130"
    assert all_values(db) == before
    message = entry.message_label.text()
    assert "1.2" in message and "København" in message and "100" in message
    index = entry.model.index(row, column)
    assert "100" in entry.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert entry.model.data(index, Qt.ItemDataRole.BackgroundRole) is not None
    assert (entry.view.currentIndex().row(), entry.view.currentIndex().column()) == (row, column)
    # Escape gives the stored value back.
    qtbot.keyClick(entry.view.delegate.editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: entry.view.state() != QAbstractItemView.State.EditingState)
    assert entry.model.data(index) == "67,2"
    assert entry.model.rejection(row, column) is None
    entry.select_cell(row, column)
    qtbot.keyClicks(entry.view, "abc")
    qtbot.keyClick(entry.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "abc" in entry.message_label.text())
    # Danish-friendly quotes, not English curly ones.
    assert '"abc"' in entry.message_label.text() and "“" not in entry.message_label.text()
    qtbot.waitUntil(lambda: entry.view.delegate.editor is not None)
    qtbot.keyClick(entry.view.delegate.editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: entry.view.state() != QAbstractItemView.State.EditingState)
    type_into(qtbot, entry, row, column, "66,1")
    assert stored(db, "1.2", "København", 2013).value == pytest.approx(66.1)
    assert entry.model.rejection(row, column) is None


def test_typing_after_a_refusal_replaces_the_refused_text(entry, qtbot):
    """After "130" is refused, typing "67,5" stores 67,5 (not "13067,5"); an arrow key keeps the text to edit."""
    db = entry.state.db
    row, column = cell(entry, "1.2", "København")
    entry.select_cell(row, column)
    qtbot.keyClicks(entry.view, "130")
    typed_in = entry.view.delegate.editor
    qtbot.keyClick(entry.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: entry.view.delegate.editor not in (None, typed_in))
    editor = entry.view.delegate.editor
    assert editor.selectedText() == "130"
    assert "100" in entry.message_label.text()  # the rejection is said while the text waits
    qtbot.keyClicks(editor, "67,5")
    assert editor.text() == "67,5"
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: entry.view.state() != QAbstractItemView.State.EditingState)
    assert stored(db, "1.2", "København", 2013).value == pytest.approx(67.5)
    assert entry.model.rejection(row, column) is None
    # Correcting instead of replacing: End puts the cursor after the refused text.
    entry.select_cell(row, column)
    qtbot.keyClicks(entry.view, "66,x")
    refused_in = entry.view.delegate.editor
    qtbot.keyClick(entry.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: entry.view.delegate.editor not in (None, refused_in))
    editor = entry.view.delegate.editor
    qtbot.keyClick(editor, Qt.Key.Key_End)
    qtbot.keyClick(editor, Qt.Key.Key_Backspace)
    qtbot.keyClicks(editor, "8")
    assert editor.text() == "66,8"


def test_refused_value_typed_in_the_editor_stays_to_be_corrected(entry, qtbot):
    """A user types into the open editor and presses Enter there: the cursor must not move on."""
    db = entry.state.db
    model = entry.model
    row, column = next(
        (r, c) for r in range(model.rowCount()) for c in range(model.columnCount())
        if model.record(r, c) is None and model.indicator(r).unit == "percent"
    )
    entry.select_cell(row, column)
    qtbot.keyClick(entry.view, "1")
    editor = entry.view.delegate.editor
    qtbot.keyClicks(editor, "50")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: entry.view.delegate.editor is not None and entry.view.delegate.editor is not editor)
    qtbot.wait(50)  # let any stray queued close run: it must not move the cursor
    editor = entry.view.delegate.editor
    assert editor is not None and editor.text() == "150"
    assert (entry.view.currentIndex().row(), entry.view.currentIndex().column()) == (row, column)
    assert model.rejection(row, column) is not None
    # Correct it in place: stored, and Enter now moves down.
    editor.selectAll()
    qtbot.keyClicks(editor, "50")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: entry.view.state() != QAbstractItemView.State.EditingState)
    assert stored(db, model.indicator(row).code, model.area(column).name, 2013).value == 50
    assert model.rejection(row, column) is None
    assert entry.view.currentIndex().row() == row + 1


def test_paste_block_with_danish_decimals_stores_all(entry, qtbot):
    db = entry.state.db
    QApplication.clipboard().setText("61,5\t62,5\t63,5\t64,5\r\n71,1\t72,2\t73,3\t74,4\r\n31\t32\t33,3\t34,4\r\n")
    top, left = cell(entry, "1.2", "København")
    entry.select_cell(top, left)
    undo_count = entry.state.undo_stack.count()
    qtbot.keyClick(entry.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    rows = [entry.model.indicator(top + r).code for r in range(3)]
    areas = [entry.model.area(left + c).name for c in range(4)]
    expected = [[61.5, 62.5, 63.5, 64.5], [71.1, 72.2, 73.3, 74.4], [31, 32, 33.3, 34.4]]
    for r, code in enumerate(rows):
        for c, area in enumerate(areas):
            assert stored(db, code, area, 2013).value == pytest.approx(expected[r][c]), (code, area)
    assert entry.state.undo_stack.count() == undo_count + 1


def test_paste_with_one_bad_cell_stores_nothing(entry, qtbot):
    db = entry.state.db
    before = all_values(db)
    QApplication.clipboard().setText("61,5\t62,5\t63,5\t64,5\n71,1\t172,2\t73,3\t74,4\n31\t32\t33\t34\n")
    top, left = cell(entry, "1.2", "København")
    entry.select_cell(top, left)
    qtbot.keyClick(entry.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert all_values(db) == before
    bad_code = entry.model.indicator(top + 1).code
    bad_area = entry.model.area(left + 1).name
    message = entry.message_label.text()
    # The bad cell is named by its row (indicator) and column (area).
    assert f"{bad_code} {entry.model.indicator(top + 1).name}" in message and bad_area in message
    assert "100" in message
    assert entry.model.rejection(top + 1, left + 1)


def test_paste_too_large_block_stores_nothing(entry, qtbot):
    db = entry.state.db
    before = all_values(db)
    QApplication.clipboard().setText("1\t2\t3\n4\t5\t6\n")
    top, left = cell(entry, "8.1", "Odense")
    entry.select_cell(top, left)
    qtbot.keyClick(entry.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert all_values(db) == before
    assert "Odense" in entry.message_label.text()


def test_undo_restores_and_redo_reapplies(entry, qtbot):
    db = entry.state.db
    row, column = cell(entry, "4.1", "København")
    old = stored(db, "4.1", "København", 2013).value
    type_into(qtbot, entry, row, column, "111,1")
    assert stored(db, "4.1", "København", 2013).value == pytest.approx(111.1)
    entry.view.setFocus()
    qtbot.keyClick(entry.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(db, "4.1", "København", 2013).value == old
    assert entry.model.data(entry.model.index(row, column), Qt.ItemDataRole.EditRole) == str(old).replace(".", ",")
    qtbot.keyClick(entry.view, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored(db, "4.1", "København", 2013).value == pytest.approx(111.1)


def test_delete_clears_selection_as_one_undoable_action(entry, qtbot):
    db = entry.state.db
    top, left = cell(entry, "1.1", "København")
    model = entry.model
    before = {(r, c): model.record(r, c).value for r in (top, top + 1) for c in (left, left + 1)}
    entry.select_cell(top, left)
    qtbot.keyClick(entry.view, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(entry.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    undo_count = entry.state.undo_stack.count()
    qtbot.keyClick(entry.view, Qt.Key.Key_Delete)
    codes = [model.indicator(top + r).code for r in range(2)]
    areas = [model.area(left + c).name for c in range(2)]
    assert all(stored(db, code, area, 2013) is None for code in codes for area in areas)
    assert entry.state.undo_stack.count() == undo_count + 1
    qtbot.keyClick(entry.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    for (r, c), value in before.items():
        assert stored(db, model.indicator(r).code, model.area(c).name, 2013).value == value


def test_stale_edit_is_refused_and_newer_value_kept(entry, qtbot):
    db = entry.state.db
    row, column = cell(entry, "5.1", "København")
    current = stored(db, "5.1", "København", 2013)
    # Another workstation changes the value behind the grid's back.
    indicator_id, area_id = _ids(db, "5.1", "København")
    stored_values.save(
        db, [ObservationInput(indicator_id, area_id, current.period, 88.8, expected_version=current.version)]
    )
    type_into(qtbot, entry, row, column, "90")
    assert stored(db, "5.1", "København", 2013).value == pytest.approx(88.8)
    assert "88,8" in entry.message_label.text()
    # The grid now shows the newer value.
    assert entry.model.data(entry.model.index(row, column)) == "88,8"


def test_sample_size_is_entered_in_the_details_panel(entry, qtbot):
    db = entry.state.db
    row, column = cell(entry, "6.1", "København")
    entry.select_cell(row, column)
    details = entry.details
    before = stored(db, "6.1", "København", 2013)
    details.sample_size.clear()
    qtbot.keyClicks(details.sample_size, "12,5")
    qtbot.mouseClick(details.save_button, Qt.MouseButton.LeftButton)
    assert stored(db, "6.1", "København", 2013) == before
    assert "6.1" in entry.message_label.text() and "København" in entry.message_label.text()
    details.sample_size.clear()
    qtbot.keyClicks(details.sample_size, "1.250")
    qtbot.keyClick(details.sample_size, Qt.Key.Key_Return)
    assert stored(db, "6.1", "København", 2013).sample_size == 1250


def test_copy_gives_tab_separated_danish_numbers(entry, qtbot):
    top, left = cell(entry, "1.1", "København")
    entry.select_cell(top, left)
    qtbot.keyClick(entry.view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(entry.view, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    model = entry.model
    expected = "\t".join(
        f"{model.record(top, c).value}".replace(".", ",") for c in (left, left + 1)
    )
    assert QApplication.clipboard().text() == expected + "\n"


def test_report_year_change_rebuilds_the_grid_and_keeps_the_cell(entry, main_window):
    row, column = cell(entry, "6.1", "Hele landet")
    entry.select_cell(row, column)
    main_window.year_box.setValue(2014)
    assert "2014" in entry.heading.text()
    current = entry.view.currentIndex()
    assert entry.model.indicator(current.row()).code == "6.1"
    assert entry.model.area(current.column()).name == "Hele landet"
    assert entry.model.record(current.row(), current.column()).period == Period.year_of(2014)
    assert "2014" in entry.details.cell_label.text()


def test_row_header_names_the_unit_once(entry):
    model = entry.model
    row = next(r for r in range(model.rowCount()) if model.indicator(r).code == "4.1")
    name = model.indicator(row).name
    label = model.headerData(row, Qt.Orientation.Vertical)
    unit = "(indeks)"
    assert name.endswith(unit)  # the demo's name carries the unit itself
    assert label.count(unit) == 1
    # A name without the unit still gets it.
    other = next(r for r in range(model.rowCount()) if model.indicator(r).unit == "percent")
    assert model.headerData(other, Qt.Orientation.Vertical).endswith("(%)")


def test_details_checkboxes_show_their_whole_text(entry, qtbot):
    row, column = cell(entry, "1.2", "København")
    entry.select_cell(row, column)
    details = entry.details
    qtbot.waitUntil(details.note_public.isVisible)
    for box in (details.note_public, details.provisional):
        assert box.width() >= box.sizeHint().width(), box.text()
        assert box.geometry().right() <= details.contentsRect().right()


def test_value_with_more_decimals_than_published_is_explained(entry, qtbot):
    """7.1 is published without decimals: 12,5 is stored, the grid shows 13 and says why."""
    db = entry.state.db
    row, column = cell(entry, "7.1", "København")
    assert entry.model.indicator(row).decimals == 0
    type_into(qtbot, entry, row, column, "12,5")
    assert stored(db, "7.1", "København", 2013).value == 12.5
    index = entry.model.index(row, column)
    assert entry.model.data(index) == "13"
    message = entry.message_label.text()
    assert "12,5" in message and "uden decimaler: 13\u00a0%" in message
    tooltip = entry.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "Gemt værdi: 12,5" in tooltip
    # A value with no more decimals than published gets no such note.
    type_into(qtbot, entry, row, column, "12")
    assert "decimal" not in entry.message_label.text()
    assert "Gemt værdi: 12" in entry.model.data(index, Qt.ItemDataRole.ToolTipRole)


def test_survey_value_without_sample_size_is_flagged(entry, qtbot):
    """7.1 is a survey: a value typed without n gets an amber mark, a tooltip and a hint in the details."""
    from barometer_desktop.ui.screens.entry.roles import SampleSizeMissingRole

    row, column = cell(entry, "7.1", "København")
    model = entry.model
    assert model.indicator(row).is_survey
    # A fresh value, typed as a new user would: without its sample size.
    entry.select_cell(row, column)
    qtbot.keyClick(entry.view, Qt.Key.Key_Delete)
    assert stored(entry.state.db, "7.1", "København", 2013) is None
    type_into(qtbot, entry, row, column, "12")
    index = model.index(row, column)
    assert model.data(index, SampleSizeMissingRole) is True
    assert "Stikprøvestørrelse mangler" in model.data(index, Qt.ItemDataRole.ToolTipRole)
    entry.select_cell(row, column)
    assert "Stikprøvestørrelse mangler" in entry.details.hint.text()
    # The mark is drawn: an amber border around the cell (on a laptop-sized window, scrolled into view).
    entry.window().resize(1366, 768)
    qtbot.waitUntil(lambda: entry.view.viewport().width() > 300)
    entry.select_cell(row + 1 if row + 1 < model.rowCount() else row - 1, column)
    entry.view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
    rect = entry.view.visualRect(index)
    image = entry.view.viewport().grab().toImage()
    from barometer_desktop.ui.screens.entry.roles import sample_size_missing_colour

    assert image.pixelColor(rect.left() + 1, rect.center().y()).name() == sample_size_missing_colour().name()
    # Entering the sample size clears the flag.
    entry.select_cell(row, column)
    qtbot.keyClicks(entry.details.sample_size, "850")
    qtbot.mouseClick(entry.details.save_button, Qt.MouseButton.LeftButton)
    assert stored(entry.state.db, "7.1", "København", 2013).sample_size == 850
    assert model.data(model.index(row, column), SampleSizeMissingRole) is False
    assert "Stikprøvestørrelse mangler" not in entry.details.hint.text()
    # A register indicator's value is never flagged.
    register_row, _ = cell(entry, "1.1", "København")
    assert model.data(model.index(register_row, column), SampleSizeMissingRole) is False


def test_details_panel_shows_the_snapshots_verdict_for_the_cell(entry, qtbot):
    from barometer_desktop.assembly.assemble_snapshot import assemble
    from barometer_desktop.i18n import output_language
    from barometer_desktop.labels import development_text

    snapshot = assemble(entry.state.db, 2013)
    for code, area_name in (("1.1", "København"), ("1.1", "Hele landet"), ("2.1", "Aarhus")):
        entry.select_cell(*cell(entry, code, area_name))
        view = next(i for g in snapshot.goals for i in g.indicators if i.code == code)
        verdict = next(v for v in view.verdicts if v.area_name == area_name)
        with output_language("da"):
            expected = development_text(verdict.development)
        assert entry.details.verdict.text() == f"Udvikling i 2013: {expected}"


@pytest.mark.parametrize("code", ["4.1", "5.1"])
def test_a_23_digit_number_is_refused_not_a_crash(entry, qtbot, code):
    # It used to reach the rounding (decimal.InvalidOperation) and take the window down.
    db = entry.state.db
    before = all_values(db)
    QApplication.clipboard().setText("10000000000000000000000")
    row, column = cell(entry, code, "Aarhus")
    entry.select_cell(row, column)
    qtbot.keyClick(entry.view, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert all_values(db) == before
    assert "for stor" in entry.message_label.text()
    # Typed, the same: refused where it is typed.
    entry.select_cell(row, column)
    qtbot.keyClicks(entry.view, "10000000000000000000000")
    qtbot.keyClick(entry.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "for stor" in entry.message_label.text())
    assert all_values(db) == before


def test_a_number_that_reads_two_ways_is_stored_as_the_window_reads_it_and_the_user_told(entry, qtbot):
    db = entry.state.db
    row, column = cell(entry, "4.1", "Aarhus")
    type_into(qtbot, entry, row, column, "1.234")
    assert stored(db, "4.1", "Aarhus", 2013).value == 1234
    message = entry.message_label.text()
    assert "1.234 blev læst som 1234; mente du 1,234, så skriv 1,234." in message
    # A Danish decimal comma is read as meant, without a word.
    type_into(qtbot, entry, row, column, "1,5")
    assert stored(db, "4.1", "Aarhus", 2013).value == 1.5 and "læst som" not in entry.message_label.text()


def test_a_refused_number_that_reads_two_ways_says_how_it_was_read(entry, qtbot):
    row, column = cell(entry, "7.1", "København")
    entry.select_cell(row, column)
    qtbot.keyClicks(entry.view, "1.234")
    qtbot.keyClick(entry.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "1.234 blev læst som 1234" in entry.message_label.text())
    assert "mellem 0 og 100" in entry.message_label.text()
    assert "100., " not in " ".join(entry.model.cell_states(row, column))
