"""The Barometer screen shows each goal's development from the assembled snapshot."""

from PySide6.QtCore import Qt

from barometer_desktop.ui.screens.overview.screen import COLUMNS, IndicatorIdRole, TrendRole
from tests import stored_values


def _rows_by_code(model):
    rows = {}
    for row in range(model.rowCount()):
        text = model.index(row, COLUMNS.index("indicator")).data()
        rows[text.split()[0]] = row
    return rows


def _cell(model, row, column):
    return model.index(row, COLUMNS.index(column)).data()


def _word(text):
    from barometer_desktop.labels import verdict_word

    return verdict_word(text)


def test_direction_marks_match_hand_checked_demo_values(main_window, qtbot):
    main_window.show_screen("overview")
    screen = main_window.page("overview")
    screen.supplementary_box.setChecked(True)  # 1.2 is a supplementary indicator
    model = screen.model
    rows = _rows_by_code(model)

    # 1.1: grade 6,0 (2012) -> 6,3 (2013), higher is better: improved.
    assert _cell(model, rows["1.1"], "value") == "6,3"
    assert _cell(model, rows["1.1"], "change").startswith("+0,3")
    assert "2012" in _cell(model, rows["1.1"], "change")
    assert _cell(model, rows["1.1"], "trend") == "▲ " + _word("improved")
    # 1.2 went down and higher is better: worsened.
    assert _cell(model, rows["1.2"], "trend") == "▼ " + _word("worsened")
    # 4.1: the rounded values are equal: unchanged.
    assert _cell(model, rows["4.1"], "trend") == "● " + _word("unchanged")
    # 2.1: excess unemployment fell, and lower is better: improved.
    assert _cell(model, rows["2.1"], "change").startswith("\u22121,0\u00a0pct.-point")
    assert _cell(model, rows["2.1"], "trend") == "▲ " + _word("improved")
    assert model.index(rows["2.1"], COLUMNS.index("trend")).data(TrendRole) == "improved"
    # Colour is not the only mark: the text carries arrow and word, the colour differs too.
    improved_colour = model.index(rows["1.1"], COLUMNS.index("trend")).data(Qt.ItemDataRole.ForegroundRole)
    worsened_colour = model.index(rows["1.2"], COLUMNS.index("trend")).data(Qt.ItemDataRole.ForegroundRole)
    assert improved_colour.color() != worsened_colour.color()
    # The national figure sits beside it, with the country's own verdict by the same rule.
    assert _cell(model, rows["1.1"], "national").startswith("6,7 ")
    national = screen.snapshot.goals[0].indicators[0].national
    assert national is not None and _cell(model, rows["1.1"], "national").endswith(
        {"improved": "▲", "worsened": "▼", "unchanged": "●"}[national.trend.value])


def test_survey_change_within_margin_is_marked_not_significant(main_window):
    model = main_window.page("overview").model
    rows = _rows_by_code(model)
    from barometer_desktop.assembly.assemble_snapshot import assemble

    snapshot = assemble(main_window.state.db, 2013)
    view = next(i for g in snapshot.goals for i in g.indicators if i.code == "6.1")
    assert view.development.within_uncertainty
    not_significant = "ikke signifikant"
    assert not_significant in _cell(model, rows["6.1"], "change")
    assert not_significant not in _cell(model, rows["1.1"], "change")


def test_headline_only_unless_supplementary_is_ticked(main_window):
    screen = main_window.page("overview")
    assert screen.model.rowCount() == 8
    screen.supplementary_box.setChecked(True)
    assert screen.model.rowCount() == 10


def test_report_year_change_refreshes_the_overview(main_window, qtbot):
    main_window.show_screen("overview")
    screen = main_window.page("overview")
    main_window.year_box.setValue(2012)
    assert "2012" in screen.heading.text()
    rows = _rows_by_code(screen.model)
    assert _cell(screen.model, rows["1.1"], "value") == "6,0"


def test_clicking_a_row_opens_the_indicator(main_window, qtbot):
    main_window.show_screen("overview")
    screen = main_window.page("overview")
    rows = _rows_by_code(screen.model)
    index = screen.model.index(rows["4.1"], COLUMNS.index("indicator"))
    rect = screen.view.visualRect(index)
    qtbot.mouseClick(screen.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert main_window.current_screen_key() == "indicators"
    indicators = main_window.page("indicators")
    assert indicators.current is not None and indicators.current.code == "4.1"
    assert indicators.current.id == index.data(IndicatorIdRole)
    assert indicators.heading.text().startswith("4.1")


def test_survey_change_without_sample_size_says_significance_unknown(main_window, qtbot):
    from dataclasses import replace

    from barometer_desktop.assembly.assemble_snapshot import assemble
    from barometer_desktop.domain.periods import Period
    from barometer_desktop.storage import catalog, observations
    from barometer_desktop.ui.undo import as_input

    main_window.show_screen("overview")
    model = main_window.page("overview").model
    db = main_window.state.db
    indicator = next(i for i in catalog.indicators(db) if i.code == "6.1")
    assert indicator.is_survey
    main = next(a for a in catalog.areas(db) if a.is_main)
    record = next(r for r in observations.series(db, indicator.id, [main.id]) if r.period == Period.year_of(2013))
    # The 2013 value entered without its sample size: the change can no longer be tested.
    stored_values.save(db, [replace(as_input(record), sample_size=None, std_error=None)])
    main_window.state.data_changed.emit()

    view = next(i for g in assemble(db, 2013).goals for i in g.indicators if i.code == "6.1")
    assert view.development.significance_unknown and not view.development.within_uncertainty
    rows = _rows_by_code(model)
    qtbot.waitUntil(lambda: "signifikans ukendt" in _cell(model, rows["6.1"], "change"))
    assert "ikke signifikant" not in _cell(model, rows["6.1"], "change")
    tooltip = model.index(rows["6.1"], COLUMNS.index("change")).data(Qt.ItemDataRole.ToolTipRole)
    assert "Stikprøvestørrelse" in tooltip
    # A register indicator's change is never "unknown".
    assert "signifikans ukendt" not in _cell(model, rows["1.1"], "change")


def test_biennial_indicator_off_year_shows_latest_value_and_not_measured(main_window, qtbot):
    main_window.show_screen("overview")
    main_window.year_box.setValue(2014)
    model = main_window.page("overview").model
    rows = _rows_by_code(model)
    # Judged on its status year: the latest value in the window, shown with its year.
    assert _cell(model, rows["3.1"], "value") == "4,9\u00a0% (2013)"
    assert _cell(model, rows["3.1"], "trend") != "– Ikke målt i 2014"
    assert "2013" in model.index(rows["3.1"], COLUMNS.index("value")).data(Qt.ItemDataRole.ToolTipRole)
    # A yearly indicator without its 2014 value: its 2013 value, with the year.
    assert _cell(model, rows["7.1"], "value").endswith("(2013)")
    assert _cell(model, rows["7.1"], "trend") != "– " + _word("no_data")
