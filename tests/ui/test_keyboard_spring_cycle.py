"""One spring cycle with the keyboard alone (issue 20): no mouse, no widget set
from the test. Keys go to whatever has the focus, as they would for a user.

1. Data entry: move to a survey value with the arrow keys, type it, Tab on to
   its sample size and store that too.
2. Committees: pick TMU by its mnemonic and first letters, type the date received,
   type the date and link, a status and note per goal, Ctrl+S.
3. Report: export the PDF with its mnemonic.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QFileDialog

from barometer_desktop.domain.periods import Period
from barometer_desktop.domain.types import FollowUpStatus
from barometer_desktop.storage import committees, follow_up, observations
from barometer_desktop.ui.accessibility import announcer

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


def focused():
    return QApplication.focusWidget()


def press(key, modifiers=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(focused(), key, modifiers)
        QApplication.processEvents()


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)
    QApplication.processEvents()


def tab_to(widget, limit: int = 60) -> None:
    for _ in range(limit):
        if focused() is widget:
            return
        press(Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName() or widget}")


@pytest.fixture
def window(main_window, qtbot):
    main_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is main_window)
    main_window.navigation.setFocus()
    return main_window


def _stored(db, code, area_name, year):
    from barometer_desktop.storage import catalog

    indicator = next(i for i in catalog.indicators(db) if i.code == code)
    area = next(a for a in catalog.areas(db) if a.name == area_name)
    records = observations.records(db, [indicator.id], [area.id])
    return next((r for r in records if r.period == Period.year_of(year)), None)


def test_a_spring_cycle_with_the_keyboard_alone(window, qtbot, monkeypatch, tmp_path: Path):
    db = window.state.db

    # -- 1. a survey value and its sample size ----------------------------------
    press(Qt.Key.Key_4, CTRL)  # Ctrl+1 is the start page
    entry = window.page("entry")
    assert window.current_screen_key() == "entry" and focused() is entry.view
    model = entry.model
    row = next(r for r in range(model.rowCount()) if model.indicator(r).code == "7.1")
    column = next(c for c in range(model.columnCount()) if model.area(c).name == "København")
    press(Qt.Key.Key_Home, CTRL)  # the first cell
    press(Qt.Key.Key_Down, times=row)
    press(Qt.Key.Key_Right, times=column)
    assert (entry.view.currentIndex().row(), entry.view.currentIndex().column()) == (row, column)
    press(Qt.Key.Key_Delete)  # the demo's value goes: entered afresh, as a new figure would be
    type_text("12,5")
    press(Qt.Key.Key_Return)  # stored; the cursor moves down
    press(Qt.Key.Key_Up)
    # The grid speaks the state with the value: a survey value without its sample size.
    index = model.index(row, column)
    assert "stikprøvestørrelse mangler" in index.data(Qt.ItemDataRole.AccessibleTextRole)
    tab_to(entry.details.sample_size)  # Tab leaves the grid for the details beside it
    type_text("850")
    press(Qt.Key.Key_Return)
    record = _stored(db, "7.1", "København", 2013)
    assert record.value == 12.5 and record.sample_size == 850
    assert "gemt" in announcer().last  # the status line was announced

    # -- 2. a committee's year ------------------------------------------------------
    press(Qt.Key.Key_6, CTRL)
    screen = window.page("committees")
    tab = screen.follow_up
    assert screen.tabs.currentWidget() is tab
    press(Qt.Key.Key_U, ALT)  # "&Udvalg:"
    assert focused() is tab.committee_box
    type_text("TMU")
    assert tab.committee_box.currentText().startswith("TMU")
    tab_to(tab.received)  # a typed date: no default, nothing to tick
    type_text("20.03.2014")
    assert tab.received.value() == date(2014, 3, 20)
    tab_to(tab.report_link.edit)
    type_text("https://www.example.kk.dk/redegoerelser/tmu-2013.pdf")
    tab_to(tab.status_boxes[0])
    press(Qt.Key.Key_Down)  # followed up
    press(Qt.Key.Key_Tab)
    assert focused() is tab.note_edits[0]
    type_text("Belysning i tre områder")
    press(Qt.Key.Key_Tab)
    assert focused() is tab.status_boxes[1]
    press(Qt.Key.Key_Down, times=3)  # not followed up
    press(Qt.Key.Key_Tab)
    type_text("Ikke omtalt")
    with qtbot.waitSignal(window.state.data_changed):
        press(Qt.Key.Key_S, CTRL)
    tmu = next(c.id for c in committees.committees(db) if c.short_name == "TMU")
    stored = follow_up.committee_year(db, tmu, 2013)
    assert stored.report.received_on == date(2014, 3, 20)
    assert [(line.status, line.note) for line in stored.lines] == [
        (FollowUpStatus.FOLLOWED_UP, "Belysning i tre områder"),
        (FollowUpStatus.NOT_FOLLOWED_UP, "Ikke omtalt"),
    ]
    # The reload rebuilt the fields; the keyboard is back on the same note, not lost.
    assert focused() is tab.note_edits[1]
    # Tab goes on to Save and back round, never stuck in the table.
    tab_to(tab.save_button)
    tab_to(tab.save_next_button)

    # -- 3. the report ----------------------------------------------------------------
    target = tmp_path / "statusrapport-2013.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), "")))
    press(Qt.Key.Key_7, CTRL)
    report = window.page("report")
    report.open_file = lambda path: True
    assert window.current_screen_key() == "report"
    with qtbot.waitSignal(report.export_finished, timeout=60_000):
        press(Qt.Key.Key_E, ALT)  # "&Eksportér PDF…"
    assert target.is_file() and target.stat().st_size > 0
    assert str(target) in report.message_label.text()
