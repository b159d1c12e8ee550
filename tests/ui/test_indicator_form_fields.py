"""Indikatorer › Definition: release month by name, a self-explaining release-year field,
long texts shown from their beginning. Demo database, Danish."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout

from barometer_desktop.storage import catalog

DANISH_MONTHS = [
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
]


@pytest.fixture
def screen(main_window, qtbot):
    main_window.show_screen("indicators")
    screen = main_window.page("indicators")
    qtbot.waitUntil(lambda: screen.chart is not None)
    screen.tabs.setCurrentWidget(screen.form_tab)
    return screen


def _indicator(db, code):
    return next(i for i in catalog.indicators(db) if i.code == code)


def _select(screen, code):
    screen.select_indicator(_indicator(screen.state.db, code).id)
    assert screen.current.code == code


def _label(form, widget) -> str:
    layout = form.findChild(QFormLayout)
    return layout.labelForField(widget).text()


def test_release_month_is_chosen_by_name_and_stored_as_its_number(screen, qtbot):
    form = screen.form
    months = [form.release_month.itemText(i) for i in range(form.release_month.count())]
    assert months == ["ikke fastsat", *DANISH_MONTHS]
    _select(screen, "1.1")  # data published in October
    assert form.release_month.currentText() == "oktober"

    form.release_month.setFocus()
    qtbot.keyClick(form.release_month, Qt.Key.Key_Up)
    assert form.release_month.currentText() == "september"
    qtbot.mouseClick(screen.save_form_button, Qt.MouseButton.LeftButton)
    assert _indicator(screen.state.db, "1.1").release_month == 9

    qtbot.keyClick(form.release_month, Qt.Key.Key_Home)
    assert form.release_month.currentText() == "ikke fastsat"
    qtbot.mouseClick(screen.save_form_button, Qt.MouseButton.LeftButton)
    assert _indicator(screen.state.db, "1.1").release_month is None
    _select(screen, "1.2")
    _select(screen, "1.1")
    assert form.release_month.currentText() == "ikke fastsat"


def test_release_year_offset_says_what_it_means(screen, qtbot):
    form = screen.form
    assert _label(form, form.release_year_offset) == "Data for år X udkommer i år X +"
    assert form.release_year_offset.toolTip().startswith("0: samme år (fx karakterer om efteråret); 1: året efter")
    assert (form.release_year_offset.minimum(), form.release_year_offset.maximum()) == (0, 2)
    _select(screen, "1.2")
    assert form.release_year_offset.value() == 1
    form.release_year_offset.setFocus()
    qtbot.keyClick(form.release_year_offset, Qt.Key.Key_Down)
    qtbot.mouseClick(screen.save_form_button, Qt.MouseButton.LeftButton)
    assert _indicator(screen.state.db, "1.2").release_year_offset == 0


def test_long_data_source_opens_at_its_beginning(screen):
    _select(screen, "4.1")
    source = screen.form.data_source
    assert len(source.text()) > 100 and source.text() == _indicator(screen.state.db, "4.1").data_source
    assert source.cursorPosition() == 0
    assert screen.form.name.cursorPosition() == 0
