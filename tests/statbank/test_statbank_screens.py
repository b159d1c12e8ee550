"""The screens against the stub: the indicator's source section, the fetch dialog, Mangler data."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QScrollArea
from statbank_tables import make_table

from barometer_desktop.statbank.client import BASE_URL_ENV
from barometer_desktop.storage import catalog, indicator_sources
from barometer_desktop.storage.indicator_sources import IndicatorSourceRecord


@pytest.fixture(autouse=True)
def statbank_at_the_stub(stub, monkeypatch):
    monkeypatch.setenv(BASE_URL_ENV, stub.url)


def _indicator(db, code):
    return next(i for i in catalog.indicators(db) if i.code == code)


def _tick(tree, variable, code):
    for i in range(tree.topLevelItemCount()):
        parent = tree.topLevelItem(i)
        if parent.data(0, Qt.ItemDataRole.UserRole) == variable:
            for j in range(parent.childCount()):
                if parent.child(j).data(0, Qt.ItemDataRole.UserRole) == code:
                    parent.child(j).setCheckState(0, Qt.CheckState.Checked)
                    return parent.child(j)
    raise AssertionError(f"{variable}={code} not shown")


def _count(db, indicator_id):
    with sqlite3.connect(db.location.path) as connection:
        return connection.execute("SELECT COUNT(*) FROM observation WHERE indicator_id = ?", (indicator_id,)).fetchone()[0]


def test_the_source_section_reads_the_table_previews_and_saves(main_window, qtbot, stub):
    main_window.show_screen("indicators")
    screen = main_window.page("indicators")
    db = screen.state.db
    indicator = _indicator(db, "1.2")
    screen.select_indicator(indicator.id)
    section = screen.source_section
    assert section.isEnabled() and section.table_id.text() == ""
    assert stub.requests == []  # nothing is fetched before the user asks

    section.table_id.setText("folk1e")
    with qtbot.waitSignal(section.call_done, timeout=10000):
        qtbot.mouseClick(section.read_button, Qt.MouseButton.LeftButton)
    assert section.table_id.text() == "FOLK1E"
    assert "11.02.2026 08:00" in section.table_text.text()
    # Area and time are not offered: the barometer's areas and every year are fetched.
    shown = [section.selection.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole)
             for i in range(section.selection.topLevelItemCount())]
    assert shown == ["HERKOMST"]
    assert _tick(section.selection, "HERKOMST", "5").text(0) == "Indvandrere fra ikke-vestlige lande"
    section.use_denominator.setChecked(True)
    _tick(section.denominator, "HERKOMST", "TOT")

    with qtbot.waitSignal(section.call_done, timeout=10000):
        qtbot.mouseClick(section.preview_button, Qt.MouseButton.LeftButton)
    # København 2022 by hand: (100 + 3 x 10 + 101 mod 7) / (1000 + 101) x 100 = 12,08 (Danish decimal comma).
    assert "København  2022: 12,08" in section.message.text()
    assert _count(db, indicator.id) == _count(db, indicator.id)  # the preview stores nothing
    assert indicator_sources.for_indicator(db, indicator.id) is None

    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    stored = indicator_sources.for_indicator(db, indicator.id)
    assert stored is not None and stored.table_id == "FOLK1E"
    assert stored.selection == {"HERKOMST": ["5"]} and stored.denominator == {"HERKOMST": ["TOT"]}
    assert section.remove_button.isEnabled()


def _in_view(widget, area) -> bool:
    """Whether `widget` lies wholly in the visible part of the scroll area."""
    top_left = widget.mapTo(area.viewport(), QPoint(0, 0))
    return area.viewport().rect().contains(QRect(top_left, widget.size()))


def test_a_failure_is_one_line_beside_the_button_pressed_and_in_view(main_window, qtbot, stub):
    main_window.resize(1366, 740)  # a 1366x768 screen
    main_window.show_screen("indicators")
    screen = main_window.page("indicators")
    screen.select_indicator(_indicator(screen.state.db, "1.2").id)
    screen.tabs.setCurrentWidget(screen.form_tab)
    section = screen.source_section
    area = screen.findChild(QScrollArea, "definition_scroll")
    area.ensureWidgetVisible(section.read_button)  # the user scrolled to the button
    qtbot.waitUntil(lambda: _in_view(section.read_button, area))
    assert not _in_view(section.message, area)  # the section's bottom is below the fold

    section.table_id.setText("NIX99")
    with qtbot.waitSignal(section.call_done, timeout=10000):
        qtbot.mouseClick(section.read_button, Qt.MouseButton.LeftButton)
    line = section.lookup_message
    assert "NIX99" in line.text() and "\n" not in line.text() and line.kind == "error"
    qtbot.waitUntil(lambda: _in_view(line, area))
    assert _in_view(section.read_button, area)

    # The preview's failure: under its button at the bottom, scrolled into view.
    area.verticalScrollBar().setValue(0)
    with qtbot.waitSignal(section.call_done, timeout=10000):
        section.preview_button.click()
    assert "NIX99" in section.message.text() and section.message.kind == "error"
    qtbot.waitUntil(lambda: _in_view(section.message, area))


def _save_source(db, code="1.2"):
    indicator = _indicator(db, code)
    indicator_sources.save(db, IndicatorSourceRecord(indicator.id, code, "FOLK1E", {"HERKOMST": ["5"]},
                                                     {"HERKOMST": ["TOT"]}))
    return indicator


def test_the_fetch_dialog_checks_first_and_imports_on_request(app_state, qtbot):
    from barometer_desktop.ui.screens.statbank.fetch_dialog import StatBankFetchDialog

    indicator = _save_source(app_state.db)
    before = _count(app_state.db, indicator.id)
    dialog = StatBankFetchDialog(app_state)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finished_run, timeout=10000):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
    report = dialog.report.toPlainText()
    assert "FOLK1E" in report and "11.02.2026 08:00" in report
    assert _count(app_state.db, indicator.id) == before
    with qtbot.waitSignal(app_state.data_changed, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert _count(app_state.db, indicator.id) == before + 19


def test_missing_data_offers_statbank_and_shows_the_update_time_on_request(main_window, qtbot, stub):
    main_window.show_screen("missing")  # a hidden screen reads a new year when it is shown
    screen = main_window.page("missing")
    assert not screen.statbank_fetch.isVisibleTo(screen)  # no indicator has a source yet
    _save_source(screen.state.db, "7.1")
    screen.state.set_report_year(2014)  # the demo's 7.1 is missing for 2014
    assert screen._with_source == ["7.1"]
    assert screen.statbank_check.isVisibleTo(screen)
    assert stub.requests == []  # only on request
    with qtbot.waitSignal(screen.source_updates_shown, timeout=10000):
        qtbot.mouseClick(screen.statbank_check, Qt.MouseButton.LeftButton)
        assert not screen.statbank_check.isEnabled()  # asked in a worker; the click returned at once
    assert screen.statbank_check.isEnabled()
    assert "7.1" in screen.statbank_updates.text() and "11.02.2026 08:00" in screen.statbank_updates.text()
    from PySide6.QtCore import QCoreApplication

    def line(template):
        return QCoreApplication.translate("StatBank", template).format(
            indicator="7.1", table="FOLK1E", updated="11.02.2026 08:00", year=2014)

    # The stub's table has 2019-2022 only: nothing for the report year 2014 yet.
    assert screen.statbank_updates.text() == line("{indicator}: table {table} updated {updated}; no figures for {year} yet.")
    stub.tables["FOLK1E"] = make_table(years=["2013", "2014"])
    with qtbot.waitSignal(screen.source_updates_shown, timeout=10000):
        qtbot.mouseClick(screen.statbank_check, Qt.MouseButton.LeftButton)
    assert screen.statbank_updates.text() == line("{indicator}: table {table} updated {updated}; it has figures for {year}.")
    assert "2014" in screen.statbank_updates.text() and len(stub.requests) == 2


def test_a_fetched_values_history_names_its_source(main_window, qtbot):
    from barometer_desktop.ui.screens.statbank.fetch_dialog import StatBankFetchDialog

    main_window.show_screen("indicators")
    screen = main_window.page("indicators")
    indicator = _save_source(screen.state.db)
    dialog = StatBankFetchDialog(screen.state)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finished_run, timeout=10000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    screen.select_indicator(indicator.id)
    history = screen.history
    qtbot.waitUntil(lambda: history.rowCount() >= 19)
    sources = {history.item(r, 6).text() for r in range(history.rowCount())}
    assert any(s.startswith("Statistikbanken FOLK1E (opdateret 2026-02-11 08:00; hentet ") for s in sources)


def test_the_window_stays_responsive_while_statbank_is_slow(app_state, qtbot, stub):
    from barometer_desktop.ui.screens.statbank.fetch_dialog import StatBankFetchDialog

    _save_source(app_state.db)
    stub.delay = 0.3
    dialog = StatBankFetchDialog(app_state)
    qtbot.addWidget(dialog)
    with qtbot.waitSignal(dialog.finished_run, timeout=10000):
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
        # The click returned at once: the worker asks while the buttons wait.
        assert not dialog.check_button.isEnabled() and not dialog.import_button.isEnabled()
    assert dialog.check_button.isEnabled() and "FOLK1E" in dialog.report.toPlainText()


def _section(main_window, code="1.2"):
    main_window.show_screen("indicators")
    screen = main_window.page("indicators")
    screen.select_indicator(_indicator(screen.state.db, code).id)
    return screen.source_section


def test_a_table_is_found_by_words_from_its_title_and_picked(main_window, qtbot, stub):
    section = _section(main_window)
    section.search_text.setText("befolkningen herkomst")
    with qtbot.waitSignal(section.call_done, timeout=10000):
        qtbot.mouseClick(section.search_button, Qt.MouseButton.LeftButton)
    assert [f for f, _ in stub.requests] == ["tables"]
    assert section.results.isVisibleTo(section) and section.results.count() == 1
    assert section.results.item(0).text().startswith("FOLK1E: Befolkningen den 1. i kvartalet")
    section.search_text.setText("indkomst")  # the list is searched here, not asked again
    qtbot.mouseClick(section.search_button, Qt.MouseButton.LeftButton)
    assert section.results.count() == 0 and len(stub.requests) == 1
    section.search_text.setText("folk1e")
    qtbot.mouseClick(section.search_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(section.call_done, timeout=10000):
        section.pick_table(section.results.item(0))
    assert section.table_id.text() == "FOLK1E" and section.selection.topLevelItemCount() == 1
    assert [f for f, _ in stub.requests] == ["tables", "tableinfo"]


def test_reading_a_table_leaves_the_window_responsive(main_window, qtbot, stub):
    from PySide6.QtCore import QTimer

    section = _section(main_window)
    stub.delay = 0.6
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    section.table_id.setText("FOLK1E")
    with qtbot.waitSignal(section.call_done, timeout=10000):
        qtbot.mouseClick(section.read_button, Qt.MouseButton.LeftButton)
        # The click returned at once: the worker asks while the buttons wait.
        assert not section.read_button.isEnabled() and section.cancel_button.isEnabled()
    timer.stop()
    # The event loop ran while Statistikbanken was slow: the timer fired many times.
    assert len(ticks) >= 10
    assert section.read_button.isEnabled() and not section.cancel_button.isEnabled()
    assert "11.02.2026 08:00" in section.table_text.text()


def test_stop_waiting_drops_the_answer_and_changes_nothing(main_window, qtbot, stub):
    from barometer_desktop.ui.screens.statbank.calls import StatBankCall

    section = _section(main_window)
    stub.delay = 0.8
    section.table_id.setText("FOLK1E")
    qtbot.mouseClick(section.read_button, Qt.MouseButton.LeftButton)
    call = section.call
    assert isinstance(call, StatBankCall)
    with qtbot.waitSignal(call.answered, timeout=10000):
        with qtbot.waitSignal(section.call_done, timeout=2000):
            qtbot.mouseClick(section.cancel_button, Qt.MouseButton.LeftButton)
        assert section.read_button.isEnabled() and not section.cancel_button.isEnabled()
        assert section.lookup_message.text() == _tr(
            "StatBankSourceSection", "Stopped waiting for Statistikbanken; nothing was changed.")
    # The worker ended on its own; its late answer is not shown.
    assert section.table_text.text() == "" and section.selection.topLevelItemCount() == 0
    assert indicator_sources.for_indicator(section.state.db, section.indicator_id) is None


def _tr(context, text):
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(context, text)


def test_a_source_without_a_value_for_every_variable_is_not_saved(main_window, qtbot, stub):
    section = _section(main_window)
    section.table_id.setText("FOLK1E")
    with qtbot.waitSignal(section.call_done, timeout=10000):
        qtbot.mouseClick(section.read_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)  # nothing ticked for HERKOMST
    assert section.message.text() == (
        "Tabel FOLK1E: vælg værdi(er) for variablen HERKOMST (herkomst); Statistikbanken skal have en værdi for hver "
        "variabel (totalen hedder som regel \"I alt\").")
    assert indicator_sources.for_indicator(section.state.db, section.indicator_id) is None
    _tick(section.selection, "HERKOMST", "TOT")
    qtbot.mouseClick(section.save_button, Qt.MouseButton.LeftButton)
    assert indicator_sources.for_indicator(section.state.db, section.indicator_id).selection == {"HERKOMST": ["TOT"]}
