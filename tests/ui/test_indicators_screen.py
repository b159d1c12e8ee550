"""The Indikatorer screen: list, form, values table, chart, assessment, history."""

from __future__ import annotations

import re
import sqlite3

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QMessageBox

from barometer_desktop.domain.periods import Period
from barometer_desktop.storage import assessments, catalog, observations
from tests import stored_values


@pytest.fixture
def screen(main_window, qtbot):
    main_window.show_screen("indicators")
    screen = main_window.page("indicators")
    qtbot.waitUntil(lambda: screen.chart is not None)
    return screen


def _indicator(db, code):
    return next(i for i in catalog.indicators(db) if i.code == code)


def _dump(path):
    """Every row of every user table, to compare the database before and after."""
    connection = sqlite3.connect(path)
    try:
        tables = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {t: sorted(map(repr, connection.execute(f"SELECT * FROM {t}"))) for t in tables}
    finally:
        connection.close()


def _open_editor(view, qtbot):
    """Press F2 on the current cell and return the cell's line editor."""
    qtbot.keyClick(view, Qt.Key.Key_F2)
    # A closed editor lingers until deleted later: take the visible one.
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    return editors[0]


def _select(screen, code):
    screen.select_indicator(_indicator(screen.state.db, code).id)
    assert screen.current.code == code


def test_retiring_keeps_history_and_can_be_reactivated(screen, qtbot):
    db = screen.state.db
    _select(screen, "1.3")
    values_before = observations.series(db, screen.current.id)
    assert values_before
    qtbot.mouseClick(screen.retire_button, Qt.MouseButton.LeftButton)

    retired = _indicator(db, "1.3")
    assert not retired.is_active
    assert observations.series(db, retired.id) == values_before
    item = screen.tree_item(retired.id)
    assert QCoreApplication.translate("IndicatorsScreen", "(retired)") in item.text(0)
    assert screen.retire_button.text() == QCoreApplication.translate("IndicatorsScreen", "Reactivate")
    # The overview no longer lists it, even with supplementary indicators shown.
    overview = screen.window().page("overview")
    overview.supplementary_box.setChecked(True)
    overview.refresh()
    codes = [overview.model.index(r, 1).data().split()[0] for r in range(overview.model.rowCount())]
    assert "1.3" not in codes

    qtbot.mouseClick(screen.retire_button, Qt.MouseButton.LeftButton)
    assert _indicator(db, "1.3").is_active
    assert QCoreApplication.translate("IndicatorsScreen", "(retired)") not in screen.tree_item(retired.id).text(0)


def test_chart_has_one_curve_per_shown_area_with_the_right_points(screen):
    _select(screen, "1.1")
    db = screen.state.db
    assert set(screen.chart.curves) == {"København", "Hele landet"}
    main = next(a for a in catalog.areas(db) if a.is_main)
    expected = [(r.period.midpoint(), r.value) for r in observations.series(db, screen.current.id, [main.id])]
    xs, ys = screen.chart.curves["København"].getData()
    assert list(zip(xs.tolist(), ys.tolist())) == expected

    aarhus = next(screen.area_list.item(i) for i in range(screen.area_list.count()) if screen.area_list.item(i).text() == "Aarhus")
    aarhus.setCheckState(Qt.CheckState.Checked)
    assert set(screen.chart.curves) == {"København", "Hele landet", "Aarhus"}
    # The chart's items on the plot: exactly one curve per shown area.
    import pyqtgraph as pg

    curves = [item for item in screen.chart.plot.items if isinstance(item, pg.PlotDataItem)]
    assert len(curves) == 3


def test_monthly_values_share_the_yearly_time_axis(screen):
    _select(screen, "2.1")
    xs, _ys = screen.chart.curves["København"].getData()
    assert len(xs) > 20  # monthly values as well as yearly ones
    assert min(xs) >= 2007 and max(xs) < 2015


def test_survey_values_get_confidence_bars_and_hover_text(screen):
    _select(screen, "6.1")
    bars = screen.chart.error_bars["København"]
    assert len(bars.opts["x"]) > 0
    assert all(top > 0 for top in bars.opts["top"])
    scatter = screen.chart.curves["København"].scatter
    tip = scatter.opts["tip"]  # what pyqtgraph shows when the mouse is over a point
    texts = [tip(x=0, y=0, data=data) for data in scatter.data["data"]]
    text_2013 = next(t for t in texts if "2013" in t)
    assert "København" in text_2013 and "95 %" in text_2013 and "%" in text_2013.splitlines()[1]


def test_editing_a_value_by_keyboard_stores_it_and_undo_restores_it(screen, qtbot):
    db = screen.state.db
    _select(screen, "1.2")
    screen.tabs.setCurrentIndex(1)
    view = screen.values_view
    model = screen.values_model
    row = model.periods.index(Period.year_of(2013))
    before = model.record(row, 0).value
    view.setFocus()
    view.setCurrentIndex(model.index(row, 0))
    editor = _open_editor(view, qtbot)
    editor.selectAll()
    qtbot.keyClicks(editor, "71,4")
    with qtbot.waitSignal(model.edit_stored):  # the delegate commits on Return, queued
        qtbot.keyClick(editor, Qt.Key.Key_Return)

    main = next(a for a in catalog.areas(db) if a.is_main)
    stored = [r for r in observations.series(db, screen.current.id, [main.id]) if r.period == Period.year_of(2013)]
    assert stored[0].value == 71.4
    assert model.index(row, 0).data() == "71,4"

    screen.window().undo_action.trigger()
    restored = [r for r in observations.series(db, screen.current.id, [main.id]) if r.period == Period.year_of(2013)]
    assert restored[0].value == before
    assert screen.values_model.index(row, 0).data() != "71,4"


def test_bad_value_in_the_table_shows_a_message_and_stores_nothing(screen, qtbot, demo_db_path):
    _select(screen, "1.2")
    screen.tabs.setCurrentIndex(1)
    view = screen.values_view
    model = screen.values_model
    row = model.periods.index(Period.year_of(2013))
    before = _dump(demo_db_path)
    for text in ("abc", "140"):
        view.setCurrentIndex(model.index(row, 0))
        editor = _open_editor(view, qtbot)
        editor.selectAll()
        qtbot.keyClicks(editor, text)
        with qtbot.waitSignal(model.edit_refused):
            qtbot.keyClick(editor, Qt.Key.Key_Return)
        message = screen.values_message.text()
        assert "2013" in message and "København" in message
    assert "100" in screen.values_message.text()  # the percent range is named
    assert _dump(demo_db_path) == before


def test_bad_value_in_the_form_shows_a_message_and_stores_nothing(screen, qtbot, demo_db_path):
    _select(screen, "1.2")
    before = _dump(demo_db_path)
    screen.tabs.setCurrentWidget(screen.form_tab)
    screen.form.name.clear()
    qtbot.mouseClick(screen.save_form_button, Qt.MouseButton.LeftButton)
    assert screen.form.message.isVisible()
    assert QCoreApplication.translate("Errors", "The name must not be empty.") in screen.form.message.text()
    assert _dump(demo_db_path) == before


def test_adding_an_indicator_with_a_duplicate_code_is_refused(screen, qtbot, demo_db_path):
    _select(screen, "1.2")
    qtbot.mouseClick(screen.new_button, Qt.MouseButton.LeftButton)
    form = screen.form
    assert form.code.text() == ""
    qtbot.keyClicks(form.code, "1.1")
    qtbot.keyClicks(form.name, "Ny indikator")
    before = _dump(demo_db_path)
    qtbot.mouseClick(screen.save_form_button, Qt.MouseButton.LeftButton)
    assert "1.1" in form.message.text()
    expected = QCoreApplication.translate("Errors", "The code {code} is already used by another indicator.")
    assert expected.format(code="1.1") in form.message.text()
    assert _dump(demo_db_path) == before

    # With a new code it is stored and selected.
    form.code.clear()
    qtbot.keyClicks(form.code, "1.9")
    qtbot.mouseClick(screen.save_form_button, Qt.MouseButton.LeftButton)
    assert _indicator(screen.state.db, "1.9").name == "Ny indikator"
    assert screen.current.code == "1.9"


def test_second_headline_offers_to_make_the_other_supplementary(screen, qtbot, monkeypatch):
    _select(screen, "1.2")
    screen.tabs.setCurrentWidget(screen.form_tab)
    screen.form.is_headline.setChecked(True)
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args, **kw: asked.append(args[2]) or QMessageBox.StandardButton.Yes
    )
    qtbot.mouseClick(screen.save_form_button, Qt.MouseButton.LeftButton)
    assert asked and "1.1" in asked[0]
    db = screen.state.db
    assert _indicator(db, "1.2").is_headline
    assert not _indicator(db, "1.1").is_headline


def test_assessment_is_saved_and_history_lists_value_changes(screen, qtbot):
    db = screen.state.db
    _select(screen, "1.1")
    screen.tabs.setCurrentWidget(screen.assessment)
    screen.assessment.text.setPlainText("Udviklingen er positiv.")
    screen.assessment.public.setChecked(False)
    qtbot.mouseClick(screen.assessment.save_button, Qt.MouseButton.LeftButton)
    stored = assessments.load(db, screen.current.id, 2013)
    assert (stored.text, stored.is_public) == ("Udviklingen er positiv.", False)

    main = next(a for a in catalog.areas(db) if a.is_main)
    record = next(r for r in observations.series(db, screen.current.id, [main.id]) if r.period == Period.year_of(2012))
    stored_values.save(db, [observations.ObservationInput(record.indicator_id, main.id, record.period, 6.1, expected_version=record.version)])
    screen.state.data_changed.emit()
    history = screen.history
    assert history.rowCount() >= 1
    row = [history.item(0, c).text() for c in range(history.columnCount())]
    assert row[1] == "tester" and row[2] == "København" and row[3] == "2012"
    assert row[4] == "6,0" and row[5] == "6,1"
    assert re.fullmatch(r"\d\d\.\d\d\.20\d\d \d\d:\d\d", row[0]), row[0]  # Danish date and time


def test_history_shows_values_exactly_as_stored(screen, qtbot):
    """7.1 is published without decimals; its history must not round 12,5 to 13."""
    db = screen.state.db
    _select(screen, "7.1")
    assert screen.current.decimals == 0
    main = next(a for a in catalog.areas(db) if a.is_main)
    record = next(r for r in observations.series(db, screen.current.id, [main.id]) if r.period == Period.year_of(2012))
    stored_values.save(db, [observations.ObservationInput(record.indicator_id, main.id, record.period, 12.5, expected_version=record.version)])
    screen.state.data_changed.emit()
    history = screen.history
    row = [history.item(0, c).text() for c in range(history.columnCount())]
    assert row[4] == repr(record.value).replace(".", ",").removesuffix(",0") and row[5] == "12,5"


def test_chart_is_saved_as_png_and_svg_without_temporary_files(screen, tmp_path, monkeypatch):
    _select(screen, "6.1")
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    for name in ("chart.png", "chart.svg"):
        target = tmp_path / name
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, t=target, **k: (str(t), ""))
        screen.save_chart_button.click()
        assert target.stat().st_size > 1000
    assert (tmp_path / "chart.png").read_bytes()[:4] == b"\x89PNG"
    assert b"<svg" in (tmp_path / "chart.svg").read_bytes()[:2000]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png", "chart.svg"]

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "chart.jpg"), ""))
    screen.save_chart_button.click()
    assert warnings and ".png" in warnings[0]
    assert not (tmp_path / "chart.jpg").exists()


def test_baseline_year_is_marked_and_provisional_values_drawn_hollow(screen):
    from barometer_desktop.storage import settings_store

    settings_store.save(screen.state.db, {"comparison_basis": "baseline", "baseline_year": "2010"})
    screen.state.data_changed.emit()
    _select(screen, "1.1")
    line = screen.chart._baseline_line
    assert line.isVisible() and line.value() == 2010.5
    # The overview now compares with the baseline year too (read from the snapshot).
    overview = screen.window().page("overview")
    overview.refresh()
    row = next(r for r in range(overview.model.rowCount()) if overview.model.index(r, 1).data().startswith("1.1"))
    assert "2010" in overview.model.index(row, 3).data()

    points = screen.chart.curves["København"].scatter.data
    brushes = {round(x, 1): brush.color().name() for x, brush in zip(points["x"], points["brush"])}
    # The demo's 2014 value is provisional: an open (white) marker; 2013 is filled.
    assert brushes[2014.5] == "#ffffff"
    assert brushes[2013.5] != "#ffffff"
