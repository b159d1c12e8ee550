"""Udvalg › Årlig opfølgning with the keyboard alone, and follow-up that is fair:
the received date is typed (never "today" by default), a late report is marked,
and goals with nothing recorded are never called "not followed up".
Demo database, report year 2013 (deadline 01.03.2014), Danish."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from barometer_desktop.domain.types import FollowUpStatus
from barometer_desktop.storage import committees, follow_up


@pytest.fixture
def screen(main_window):
    main_window.show_screen("committees")
    screen = main_window.page("committees")
    screen.show_tab(screen.follow_up)
    main_window.activateWindow()
    return screen


def _choose(tab, short):
    committee_id = next(c.id for c in committees.committees(tab.state.db) if c.short_name == short)
    tab.committee_box.setCurrentIndex(tab.committee_box.findData(committee_id))
    return committee_id


def _tab(qtbot, times=1, backwards=False):
    for _ in range(times):
        widget = QApplication.focusWidget()
        key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
        qtbot.keyClick(widget, key, Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier)
    return QApplication.focusWidget()


def test_a_committee_year_completed_with_the_keyboard_alone(screen, qtbot):
    tab = screen.follow_up
    tmu = _choose(tab, "TMU")  # report not received, two goals, nothing recorded
    tab.received.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.received)
    qtbot.keyClicks(QApplication.focusWidget(), "20.02.2014")
    assert _tab(qtbot) is tab.report_link.edit
    qtbot.keyClicks(QApplication.focusWidget(), "https://www.example.kk.dk/tmu-2013.pdf")
    _tab(qtbot)  # the link's Open button
    # Tab goes from editor to editor; the read-only goal texts are never a stop.
    assert _tab(qtbot) is tab.status_boxes[0]
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # followed up
    assert _tab(qtbot) is tab.note_edits[0]
    qtbot.keyClicks(QApplication.focusWidget(), "Omtalt i afsnit 2")
    assert _tab(qtbot) is tab.status_boxes[1]
    for _ in range(2):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Down)  # partly
    assert _tab(qtbot) is tab.note_edits[1]
    qtbot.keyClicks(QApplication.focusWidget(), "Kun belysning")
    # Typed text stays where it was typed while moving back and forth.
    assert _tab(qtbot, backwards=True) is tab.status_boxes[1]
    assert tab.note_edits[1].text() == "Kun belysning" and tab.note_edits[0].text() == "Omtalt i afsnit 2"

    with qtbot.waitSignal(tab.state.data_changed):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = follow_up.committee_year(tab.state.db, tmu, 2013)
    assert stored.report.received_on == date(2014, 2, 20)
    assert [(line.status, line.note) for line in stored.lines] == [
        (FollowUpStatus.FOLLOWED_UP, "Omtalt i afsnit 2"),
        (FollowUpStatus.PARTLY, "Kun belysning"),
    ]


def test_tabbing_through_the_date_field_leaves_the_date_as_it_was(screen, qtbot):
    tab = screen.follow_up
    _choose(tab, "BUU")  # received 12.02.2014
    assert tab.received.text() == "12.02.2014"
    tab.committee_box.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.committee_box)
    widget = tab.committee_box
    while widget is not tab.received:
        widget = _tab(qtbot)
    assert tab.received.selectedText() == "12.02.2014"  # typing would replace it whole
    _tab(qtbot)
    assert tab.received.value() == date(2014, 2, 12) and not tab.is_dirty


def test_the_received_date_must_be_typed_and_a_bad_one_stores_nothing(screen, qtbot, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    tab = screen.follow_up
    tmu = _choose(tab, "TMU")
    before = follow_up.committee_year(tab.state.db, tmu, 2013)
    assert tab.received.text() == "" and tab.received.value() is None  # nothing filled in for the user
    qtbot.keyClicks(tab.received, "31.02.2014")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert len(shown) == 1 and shown[0].startswith("Modtaget den:") and "31.02.2014" in shown[0]
    assert follow_up.committee_year(tab.state.db, tmu, 2013) == before
    assert tab.is_dirty


def test_a_late_report_is_marked_on_screen_and_in_the_report(screen, main_window, qtbot):
    from barometer_desktop.assembly.assemble_snapshot import assemble

    tab = screen.follow_up
    _choose(tab, "TMU")
    qtbot.keyClicks(tab.received, "01.03.2014")  # on the deadline day: in time
    assert tab.late_label.text() == ""
    tab.received.clear()
    qtbot.keyClicks(tab.received, "03.12.2014")
    assert tab.late_label.text() == "▼ For sent: modtaget efter fristen 01.03.2014"
    with qtbot.waitSignal(tab.state.data_changed):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    view = next(c for c in assemble(main_window.state.db, 2013).committees if c.short_name == "TMU")
    assert view.report_received == date(2014, 12, 3) and view.report_late and not view.report_missing


def test_goals_not_recorded_are_kept_apart_everywhere(screen, main_window):
    """SUU's report arrived; SUU-2 has nothing recorded (demo data). That is the
    secretariat's gap: listed as "not yet recorded", never as "not followed up"."""
    missing = screen.missing
    screen.show_tab(missing)
    suu = next(g for g in missing.groups if g.committee == "SUU")
    assert suu.not_followed_up == () and len(suu.not_recorded) == 1
    listing = missing.missing_list.toPlainText()
    assert "Endnu ikke registreret (redegørelsen er modtaget)" in listing
    notice = missing.notice.toPlainText()
    suu_goal = suu.not_recorded[0].text
    followed_part = notice.split("Sekretariatet har endnu ikke registreret")[0]
    assert suu_goal not in followed_part and suu_goal in notice
