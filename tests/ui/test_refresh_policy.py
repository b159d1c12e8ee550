"""One refresh policy: a stored value reloads what it touches, once, and only where it is seen.

Measured on the real main window: each screen counts the reloads it really ran
(Screen.reloads) and the shared cache counts what it really computed
(YearCache.computed), so "one value typed in the grid" is checked to cost one
grid reload and one entry sheet, and nothing on the hidden screens until they
are shown.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from barometer_desktop.ui.changes import EVERYTHING, Change, ChangeKind
from barometer_desktop.ui.screens.base import Screen

KEYS = ("start", "overview", "indicators", "entry", "missing", "committees", "report", "import")


def _reloads(window) -> dict[str, int]:
    return {key: window.page(key).reloads for key in KEYS}


def _type_into_grid(window, qtbot, code: str, area: str, text: str) -> None:
    entry = window.page("entry")
    model = entry.model
    row = next(r for r in range(model.rowCount()) if model.indicator(r).code == code)
    column = next(c for c in range(model.columnCount()) if model.area(c).name == area)
    entry.select_cell(row, column)
    entry.view.setFocus()
    with qtbot.waitSignal(window.state.changed) as stored:
        qtbot.keyClicks(entry.view, text)
        qtbot.keyClick(entry.view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: entry.view.state() != QAbstractItemView.State.EditingState)
    change = stored.args[0]
    assert change.kinds == frozenset({ChangeKind.VALUES})
    assert change.indicator_ids == {model.indicator(row).id} and change.years == {window.state.report_year}


def test_every_screen_is_a_screen_and_can_be_left_by_default(main_window):
    for key in KEYS:
        screen = main_window.page(key)
        assert isinstance(screen, Screen)
        assert screen.has_unsaved_changes() is False
        assert screen.confirm_leave() is True
    assert main_window.confirm_leave_all() is True


def test_one_value_typed_in_the_grid_reloads_the_grid_once_and_hidden_screens_when_shown(main_window, qtbot):
    main_window.year_box.setValue(2014)
    main_window.show_screen("entry")
    for key in KEYS:  # every screen has read 2014 once, so each starts up to date
        main_window.show_screen(key)
    main_window.show_screen("entry")
    cache = main_window.state.years
    before, computed = _reloads(main_window), dict(cache.computed)

    missing = main_window.page("missing")
    with qtbot.waitSignal(missing.count_changed) as badge:  # the hidden screen's badge follows at once
        _type_into_grid(main_window, qtbot, "8.1", "København", "40")

    after = _reloads(main_window)
    assert after["entry"] == before["entry"] + 1
    assert {k: after[k] - before[k] for k in KEYS if k != "entry"} == dict.fromkeys(
        (k for k in KEYS if k != "entry"), 0
    )
    # One entry sheet for the grid; the hidden "Mangler data" badge reads the same one.
    assert cache.computed["sheet"] == computed.get("sheet", 0) + 1
    assert cache.computed["snapshot"] == computed.get("snapshot", 0)

    # Shown, each screen the value touches reloads once; the assembled year is
    # computed once for the overview, the start page and BIU's decisions. The
    # indicators screen shows another indicator (the first, 1.1): not touched.
    assert main_window.page("indicators").current.code != "8.1"
    for key in ("overview", "start", "missing", "indicators", "committees", "report", "import"):
        main_window.show_screen(key)
    shown = _reloads(main_window)
    assert {k: shown[k] - before[k] for k in KEYS} == {
        "start": 1, "overview": 1, "indicators": 0, "entry": 1, "missing": 1,
        "committees": 1, "report": 1, "import": 0,
    }
    assert cache.computed["snapshot"] == computed.get("snapshot", 0) + 1
    assert cache.computed["sheet"] == computed.get("sheet", 0) + 1
    assert badge.args == [len(missing.items) + len(missing.sample_sizes)]
    assert ("8.1", "København") not in {(item.code, item.area) for item in missing.items}

    # Shown again with nothing stored since: no reload at all.
    for key in KEYS:
        main_window.show_screen(key)
    assert _reloads(main_window) == shown


def test_a_committee_change_does_not_reload_the_value_screens(main_window):
    for key in KEYS:  # the first show loads the screens that wait for it
        main_window.show_screen(key)
    main_window.show_screen("committees")
    before = _reloads(main_window)
    main_window.state.notify(Change.committees())
    for key in KEYS:
        main_window.show_screen(key)
    after = _reloads(main_window)
    assert {k for k in KEYS if after[k] != before[k]} == {"committees", "start", "report"}


def test_a_change_stored_without_saying_what_counts_as_everything(main_window, qtbot):
    cache = main_window.state.years
    generation = cache.generation
    with qtbot.waitSignal(main_window.state.changed) as heard:
        main_window.state.data_changed.emit()
    assert heard.args == [EVERYTHING]
    assert cache.generation == generation + 1


def test_changes_say_what_they_touch():
    values = Change.values([(3, 2013), (4, 2012)])
    assert values.touches_values() and values.touches_values(2013, 2013)
    assert not values.touches_values(2014, 2015) and not values.touches_committees()
    assert Change.committees().touches_committees() and not Change.committees().touches_values()
    assert not Change.edition().touches_values() and not Change.edition().touches_committees()
    # A hidden screen that missed two changes reloads once for both.
    both = values.merged(Change.committees())
    assert both.touches_committees() and both.touches_values(2012, 2012)
    # A committee change says nothing about indicators: it does not widen the values' limits.
    assert both.indicator_ids == {3, 4} and both.years == {2012, 2013}
    assert values.merged(Change.values([(5, 2011)])).years == {2011, 2012, 2013}
    assert values.merged(EVERYTHING) is EVERYTHING
    assert EVERYTHING.touches_values(1900, 1900) and EVERYTHING.touches_committees()


def test_a_change_says_which_indicators_it_touches():
    values = Change.values([(3, 2013), (4, 2012)])
    assert values.touches_indicator(3) and values.touches_indicator(4) and not values.touches_indicator(5)
    assert not values.touches_definitions()
    # A definition: that indicator only, and what a list of indicators shows.
    definition = Change.indicator(5)
    assert definition.touches_indicator(5) and not definition.touches_indicator(3)
    assert definition.touches_definitions()
    # No id: possibly several indicators (another made supplementary, a code handed over).
    assert Change.indicator().touches_indicator(3) and Change.indicator().touches_indicator(5)
    assert EVERYTHING.touches_indicator(3) and EVERYTHING.touches_definitions()
    for other in (Change.committees(), Change.edition()):
        assert not other.touches_indicator(3) and not other.touches_definitions()
    # Merged while hidden: the union; one side not limited makes the whole not limited.
    assert values.merged(definition).indicator_ids == {3, 4, 5}
    assert values.merged(definition).touches_indicator(5) and not values.merged(definition).touches_indicator(6)
    assert values.merged(Change.indicator()).touches_indicator(6)
    assert Change.committees().merged(values).indicator_ids == {3, 4}
    assert not Change.committees().merged(Change.edition()).touches_indicator(3)
