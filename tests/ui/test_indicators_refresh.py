"""The indicators screen reloads by indicator (issue 17, one refresh policy).

It shows one indicator's details, values table and chart beside the list of
all indicators: a change to another indicator's values leaves it alone, a
change to another one's definition redraws only the list, and a change to its
own indicator (or to everything) reloads what it shows, once. Counted as the
refresh tests count: Screen.reloads, and the values table's model resets.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from barometer_desktop.domain.periods import Period
from barometer_desktop.storage import catalog, indicators
from barometer_desktop.ui.changes import Change
from barometer_desktop.ui.screens.indicators.goals_dialog import GoalsDialog


@pytest.fixture
def screen(main_window, qtbot):
    main_window.show_screen("indicators")
    screen = main_window.page("indicators")
    qtbot.waitUntil(lambda: screen.chart is not None)
    return screen


@pytest.fixture
def table_loads(screen):
    """How often the values table was read again (each load resets its model)."""
    loads: list[int] = []
    screen.values_model.modelReset.connect(lambda: loads.append(screen.current.id if screen.current else 0))
    return loads


def _indicator(db, code):
    return next(i for i in catalog.indicators(db) if i.code == code)


def _select(screen, code):
    screen.select_indicator(_indicator(screen.state.db, code).id)
    assert screen.current.code == code


def _type_value_2013(screen, qtbot, text):
    """Type a value for the report year into the shown indicator's table, as the user does."""
    screen.tabs.setCurrentIndex(1)
    view, model = screen.values_view, screen.values_model
    row = model.periods.index(Period.year_of(2013))
    view.setFocus()
    view.setCurrentIndex(model.index(row, 0))
    qtbot.keyClick(view, Qt.Key.Key_F2)
    editor = next(e for e in view.viewport().findChildren(QLineEdit) if e.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, text)
    with qtbot.waitSignal(screen.state.changed):
        qtbot.keyClick(editor, Qt.Key.Key_Return)


def _shown_2013(screen) -> str:
    model = screen.values_model
    return model.index(model.periods.index(Period.year_of(2013)), 0).data()


def test_own_value_reloads_once_and_another_indicators_value_not_at_all(screen, qtbot, table_loads):
    _select(screen, "1.2")
    before = screen.reloads
    _type_value_2013(screen, qtbot, "71,4")
    assert screen.reloads == before + 1  # its own value: one reload
    assert _shown_2013(screen) == "71,4"

    # Shown: 1.1. Undoing 1.2's value (Edit > Undo) touches neither its table nor its chart.
    _select(screen, "1.1")
    reloads, loads = screen.reloads, len(table_loads)
    with qtbot.waitSignal(screen.state.changed) as heard:
        screen.window().undo_action.trigger()
    assert heard.args[0].indicator_ids == {_indicator(screen.state.db, "1.2").id}
    assert (screen.reloads, len(table_loads)) == (reloads, loads)
    assert not screen.reload_pending

    # Back on 1.2, the table reads what is stored now: the undone value is gone.
    _select(screen, "1.2")
    assert _shown_2013(screen) != "71,4"


def test_hidden_it_waits_only_for_changes_to_its_own_indicator(main_window, screen, qtbot):
    _select(screen, "1.2")
    _type_value_2013(screen, qtbot, "71,4")
    _select(screen, "1.1")
    main_window.show_screen("entry")
    main_window.undo_action.trigger()  # 1.2's value, while 1.1 is shown
    assert not screen.reload_pending

    main_window.show_screen("indicators")
    _select(screen, "1.2")
    _type_value_2013(screen, qtbot, "72,5")
    main_window.show_screen("entry")
    main_window.undo_action.trigger()  # its own indicator's value
    assert screen.reload_pending
    reloads = screen.reloads
    main_window.show_screen("indicators")
    assert screen.reloads == reloads + 1 and not screen.reload_pending
    assert _shown_2013(screen) != "72,5"


def test_another_indicators_definition_redraws_the_list_only(screen, qtbot, table_loads):
    db = screen.state.db
    _select(screen, "1.1")
    screen.tabs.setCurrentWidget(screen.form_tab)
    screen.form.name.selectAll()
    qtbot.keyClicks(screen.form.name, "Mit nye navn")
    loads = len(table_loads)

    # 1.3 is retired (as if by a colleague; said as a change of that indicator).
    other = _indicator(db, "1.3")
    indicators.retire(db, other.id, other.version)
    screen.state.notify(Change.indicator(other.id))
    assert screen.tree_item(other.id).text(0).endswith(screen.tr("(retired)"))
    assert len(table_loads) == loads  # the shown indicator's table and chart were not read again
    assert screen.current.code == "1.1" and screen.tree.currentItem() is screen.tree_item(screen.current.id)
    assert screen.form.name.text() == "Mit nye navn" and screen.form.has_unsaved_changes()


def test_its_own_definition_and_everything_reload_what_it_shows(screen, qtbot, table_loads):
    db = screen.state.db
    _select(screen, "1.1")
    shown = _indicator(db, "1.1")
    for change in (Change.indicator(shown.id), Change.indicator(), Change.committees()):
        reloads, loads = screen.reloads, len(table_loads)
        screen.state.notify(change)
        touched = change.touches_indicator(shown.id)
        assert (screen.reloads - reloads, len(table_loads) - loads) == ((1, 1) if touched else (0, 0))
    reloads, loads = screen.reloads, len(table_loads)
    screen.state.data_changed.emit()  # e.g. another workstation's change: everything
    assert (screen.reloads - reloads, len(table_loads) - loads) == (1, 1)
    assert screen.current.code == "1.1"


def test_making_another_indicator_supplementary_shows_it_in_the_list(screen, qtbot, monkeypatch):
    _select(screen, "1.2")
    screen.tabs.setCurrentWidget(screen.form_tab)
    screen.form.is_headline.setChecked(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kw: QMessageBox.StandardButton.Yes)
    reloads = screen.reloads
    with qtbot.waitSignal(screen.state.changed) as heard:
        qtbot.mouseClick(screen.save_form_button, Qt.MouseButton.LeftButton)
    # Two indicators changed (1.1 made supplementary): said as "not limited to one".
    assert heard.args[0] == Change.indicator()
    assert screen.reloads == reloads + 1  # one reload, not a second refresh after it
    first = _indicator(screen.state.db, "1.1")
    assert not first.is_headline
    assert screen.tree_item(first.id).text(0).endswith(screen.tr("(supplementary)"))


def test_the_goals_dialog_reloads_the_screen_once_per_stored_change(screen, monkeypatch, table_loads):
    def rename_first_goal(dialog):
        dialog.goal_list.setCurrentRow(0)
        dialog.title.setText("Flere unge godt i gang")
        assert dialog.rename_goal()
        return 0

    reloads, loads = screen.reloads, len(table_loads)
    monkeypatch.setattr(GoalsDialog, "exec", lambda dialog: 0)  # opened and closed, nothing changed
    screen.edit_goals()
    assert (screen.reloads, len(table_loads)) == (reloads, loads)

    monkeypatch.setattr(GoalsDialog, "exec", rename_first_goal)
    screen.edit_goals()
    assert (screen.reloads, len(table_loads)) == (reloads + 1, loads + 1)
    assert screen.tree.topLevelItem(0).text(0) == "1. Flere unge godt i gang"
