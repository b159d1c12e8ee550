"""The missing-data list follows what is entered, and its count shows in the navigation."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from tests import stored_values


def _listed(screen):
    tree = screen.tree
    return {
        (tree.topLevelItem(g).text(0), *tree.topLevelItem(g).child(i).data(0, Qt.ItemDataRole.UserRole))
        for g in range(tree.topLevelItemCount())
        for i in range(tree.topLevelItem(g).childCount())
    }


def _nav_text(main_window, key):
    navigation = main_window.navigation
    return next(
        navigation.item(r).text()
        for r in range(navigation.count())
        if navigation.item(r).data(Qt.ItemDataRole.UserRole) == key
    )


def test_missing_list_shrinks_when_a_value_is_entered(main_window, qtbot):
    main_window.year_box.setValue(2014)
    main_window.show_screen("missing")
    missing = main_window.page("missing")
    assert _listed(missing) == {("BIF", "7.1", "København"), ("BIF", "8.1", "København")}
    assert all(item.overdue for item in missing.items)
    assert "(2)" in _nav_text(main_window, "missing")

    main_window.show_screen("entry")
    entry = main_window.page("entry")
    model = entry.model
    row = next(r for r in range(model.rowCount()) if model.indicator(r).code == "7.1")
    column = next(c for c in range(model.columnCount()) if model.area(c).name == "København")
    assert model.sheet.is_missing(model.indicator(row).id, model.area(column).id)
    entry.select_cell(row, column)
    with qtbot.waitSignal(missing.count_changed) as blocker:
        qtbot.keyClicks(entry.view, "12")
        qtbot.keyClick(entry.view, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: entry.view.state() != QAbstractItemView.State.EditingState)
    # 7.1 is a survey: a value typed without its sample size still lacks n.
    # The badge follows at once; the hidden list when it is shown.
    assert blocker.args == [2]
    main_window.show_screen("missing")
    assert _listed(missing) == {
        ("BIF", "8.1", "København"), ("Surveyværdier uden stikprøvestørrelse (n)", "7.1", "København")
    }
    assert "(2)" in _nav_text(main_window, "missing")
    assert not model.sheet.is_missing(model.indicator(row).id, model.area(column).id)

    # Undo brings the missing value back on the list.
    main_window.state.undo_stack.undo()
    assert ("BIF", "7.1", "København") in _listed(missing)


def test_missing_list_follows_the_report_year(main_window):
    main_window.show_screen("missing")
    missing = main_window.page("missing")
    main_window.year_box.setValue(2014)
    assert len(missing.items) == 2
    main_window.year_box.setValue(2013)
    assert "2013" in missing.heading.text()
    assert len(missing.items) == len(
        [i for g in range(missing.tree.topLevelItemCount()) for i in range(missing.tree.topLevelItem(g).childCount())]
    )
    count = len(missing.items)
    assert (f"({count})" in _nav_text(main_window, "missing")) if count else ("(" not in _nav_text(main_window, "missing"))


def test_biennial_indicator_is_only_due_every_second_year(main_window):
    # In the demo data the staff survey (3.1, biennial) has values for 2011 and 2013.
    entry = main_window.page("entry")
    missing = main_window.page("missing")

    def codes():
        return [entry.model.indicator(r).code for r in range(entry.model.rowCount())]

    main_window.show_screen("entry")
    main_window.year_box.setValue(2013)
    assert "3.1" in codes()
    main_window.year_box.setValue(2014)
    assert "3.1" not in codes()
    main_window.show_screen("missing")
    assert not any(item.code == "3.1" for item in missing.items)


def test_double_click_on_a_missing_value_opens_its_cell(main_window, qtbot):
    main_window.year_box.setValue(2014)
    main_window.show_screen("missing")
    missing = main_window.page("missing")
    tree = missing.tree
    item = tree.topLevelItem(0).child(0)
    code, area = item.data(0, Qt.ItemDataRole.UserRole)
    rect = tree.visualItemRect(item)
    # A real double-click is a press-release followed by a double-click event.
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main_window.current_screen_key() == "entry"
    entry = main_window.page("entry")
    current = entry.view.currentIndex()
    assert (entry.model.indicator(current.row()).code, entry.model.area(current.column()).name) == (code, area)


def test_survey_values_without_a_sample_size_are_missing_data(main_window):
    """'Nothing is missing' is never said while survey values lack n."""
    from barometer_desktop.storage import catalog, observations

    main_window.show_screen("missing")
    missing = main_window.page("missing")
    db = main_window.state.db
    main_window.year_box.setValue(2013)
    assert missing.items == [] and missing.sample_sizes == []
    surveys = {i.id: i for i in catalog.indicators(db) if i.is_survey}
    record = next(r for r in observations.yearly_values(db, (2013,)) if r.indicator_id in surveys and r.sample_size)
    stored_values.save(db, [observations.ObservationInput(
        record.indicator_id, record.area_id, record.period, record.value, sample_size=None,
        expected_version=record.version)])
    main_window.state.data_changed.emit()
    assert [(i.id, a.id) for i, a in missing.sample_sizes] == [(record.indicator_id, record.area_id)]
    assert "Intet mangler" not in missing.summary.text() and "én surveyværdi mangler" in missing.summary.text()
    code = surveys[record.indicator_id].code
    assert any(g == "Surveyværdier uden stikprøvestørrelse (n)" and c == code for g, c, _a in _listed(missing))
    assert "(1)" in _nav_text(main_window, "missing")


def test_the_badge_counts_every_listed_line_from_the_start(qtbot, app_state):
    """A survey value without n is a line on the screen: the badge counted it only after the first save."""
    from barometer_desktop.storage import catalog, observations
    from barometer_desktop.ui.main_window import MainWindow

    db = app_state.db
    surveys = {i.id for i in catalog.indicators(db) if i.is_survey}
    record = next(r for r in observations.yearly_values(db, (2013,)) if r.indicator_id in surveys and r.sample_size)
    stored_values.save(db, [observations.ObservationInput(
        record.indicator_id, record.area_id, record.period, record.value, sample_size=None,
        expected_version=record.version)])
    window = MainWindow(app_state)
    qtbot.addWidget(window)
    missing = window.page("missing")
    lines = len(missing.items) + len(missing.sample_sizes)
    assert lines >= 1 and f"({lines})" in _nav_text(window, "missing")
