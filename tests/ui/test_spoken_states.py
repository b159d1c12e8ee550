"""What a screen reader hears, and a keyboard user sees, beyond colour (issue 20):
the entry grid's cell states in words and marks, the chart's description and
its points by the arrow keys, the navigation's focus ring."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from barometer_desktop.domain.chart_text import describe_series
from barometer_desktop.ui import theme
from barometer_desktop.ui.accessibility import announcer
from barometer_desktop.ui.screens.entry.delegate import cell_marks


def _cell(entry, code, area):
    model = entry.model
    row = next(r for r in range(model.rowCount()) if model.indicator(r).code == code)
    column = next(c for c in range(model.columnCount()) if model.area(c).name == area)
    return row, column


def test_grid_states_are_spoken_and_marked(main_window, qtbot):
    main_window.show_screen("entry")
    entry = main_window.page("entry")
    model = entry.model
    spoken = lambda row, column: model.index(row, column).data(Qt.ItemDataRole.AccessibleTextRole)  # noqa: E731
    # Missing: a due value taken out again (Delete).
    missing = _cell(entry, "1.2", "København")
    entry.select_cell(*missing)
    QTest.keyClick(entry.view, Qt.Key.Key_Delete)
    assert spoken(*missing) == "mangler"
    assert "mangler" in cell_marks(model.index(*missing))
    # Rejected: the old value stays, the reason is spoken with it and marked ✘.
    row, column = _cell(entry, "1.2", "Aarhus")
    entry.select_cell(row, column)
    entry.view.setFocus()
    QTest.keyClicks(entry.view, "abc")
    QTest.keyClick(entry.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: model.rejection(row, column) is not None)
    assert spoken(row, column).startswith("69,1, afvist: ")
    assert cell_marks(model.index(row, column)).startswith("✘")
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    # Provisional: in words and with a star, not only in italics.
    row, column = _cell(entry, "1.1", "København")
    assert model.store_details(row, column, "", "0,15", True, "", False)
    assert "foreløbig" in spoken(row, column) and "*" in cell_marks(model.index(row, column))
    entry.select_cell(row, column)
    assert "foreløbig" in entry.details.value_label.text()


def test_the_chart_is_described_and_read_with_the_arrow_keys(main_window, qtbot):
    main_window.show_screen("indicators")
    screen = main_window.page("indicators")
    screen.select_indicator(next(i for i, r in screen._records.items() if r.code == "1.1"))
    chart = screen.chart
    # The same words as the web export's chart (one function for both).
    assert chart.accessibleName() == "Diagram: 1.1 Karaktergennemsnit, tosprogede (svageste 20 %)"
    assert chart.accessibleDescription().startswith("København: 2007 5,6")
    assert "Hele landet: 2007 6,3" in chart.accessibleDescription()
    assert describe_series([("A", [("2013", "1 %")]), ("B", [])]) == "A: 2013 1 %."
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    chart.setFocus(Qt.FocusReason.TabFocusReason)
    assert chart.hasFocus(), (screen.tabs.currentIndex(), chart.isVisible(), QApplication.focusWidget())
    area, point = chart.current_point()
    assert (area, str(point.period)) == ("København", "2014")
    QTest.keyClick(chart, Qt.Key.Key_Left)
    area, point = chart.current_point()
    assert (area, str(point.period)) == ("København", "2013")
    # What the tooltip would say, on screen and spoken: value and confidence interval.
    assert "København, 2013" in chart.readout.text() and "konfidensinterval" in chart.readout.text()
    assert announcer().last == chart.readout.text()
    QTest.keyClick(chart, Qt.Key.Key_Down)
    assert chart.current_point()[0] == "Hele landet"


def test_the_navigation_shows_where_the_keyboard_is(main_window, qtbot):
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    navigation = main_window.navigation
    navigation.setFocus()
    qtbot.waitUntil(navigation.hasFocus)
    rect = navigation.visualItemRect(navigation.currentItem())
    image = navigation.viewport().grab().toImage()
    ring = theme.NAVIGATION_FOCUS.name()
    # The ring is drawn 2 px inside the item, 3 px wide.
    assert image.pixelColor(rect.left() + 3, rect.center().y()).name() == ring
