"""Udvalg › Årlig opfølgning: a refused document link says what to do and loses nothing;
ticking "Received on" starts from today. Demo database, report year 2013, Danish."""


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from barometer_desktop.domain.types import FollowUpStatus
from barometer_desktop.storage import committees, follow_up


@pytest.fixture
def tab(main_window):
    main_window.show_screen("committees")
    screen = main_window.page("committees")
    screen.show_tab(screen.follow_up)
    return screen.follow_up


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    return shown


def _choose(tab, short):
    committee_id = next(c.id for c in committees.committees(tab.state.db) if c.short_name == short)
    tab.committee_box.setCurrentIndex(tab.committee_box.findData(committee_id))
    return committee_id


def _enter_follow_ups(qtbot, tab):
    qtbot.keyClick(tab.status_boxes[0], Qt.Key.Key_Down)  # followed up
    for _ in range(3):
        qtbot.keyClick(tab.status_boxes[1], Qt.Key.Key_Down)  # not followed up
    tab.note_edits[0].clear()
    qtbot.keyClicks(tab.note_edits[0], "Omtalt i afsnit 3")
    tab.note_edits[1].clear()
    qtbot.keyClicks(tab.note_edits[1], "Ikke omtalt")


def _form(tab):
    return [(box.currentData(), note.text()) for box, note in zip(tab.status_boxes, tab.note_edits)]


def test_a_refused_document_says_what_to_do_marks_the_field_and_keeps_the_form(main_window, tab, qtbot, warnings):
    db = main_window.state.db
    committee_id = _choose(tab, "TMU")
    before = follow_up.committee_year(db, committee_id, 2013)
    _enter_follow_ups(qtbot, tab)
    entered = _form(tab)
    missing = r"K:\Udvalg\BUU\redegørelse 2014.exe%20.docx"
    qtbot.keyClicks(tab.report_link.edit, missing)

    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    assert len(warnings) == 1
    assert warnings[0] == (
        f'Dokument: Linket "{missing}" indeholder procentkoder (som %20) eller skjulte tegn, der får filnavnet '
        "til at ligne noget andet. Angiv dokumentets almindelige sti.\n\n"
        "Ret linket, eller lad feltet stå tomt og tilføj linket senere. Intet blev gemt."
    )
    assert follow_up.committee_year(db, committee_id, 2013) == before  # nothing stored
    # Everything entered is still there, and the refused field is framed and has the cursor.
    assert _form(tab) == entered and tab.is_dirty
    assert tab.report_link.text() == missing
    assert "border" in tab.report_link.edit.styleSheet() and missing in tab.report_link.edit.toolTip()
    assert tab.report_link.edit.hasFocus() and tab.report_link.edit.selectedText() == missing

    # The user takes the advice: clears the field (the mark goes) and saves again.
    qtbot.keyClick(tab.report_link.edit, Qt.Key.Key_Delete)
    assert tab.report_link.text() == "" and tab.report_link.edit.styleSheet() == ""
    with qtbot.waitSignal(main_window.state.data_changed):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert len(warnings) == 1
    stored = follow_up.committee_year(db, committee_id, 2013)
    assert [(line.status, line.note) for line in stored.lines] == [
        (FollowUpStatus.FOLLOWED_UP, "Omtalt i afsnit 3"),
        (FollowUpStatus.NOT_FOLLOWED_UP, "Ikke omtalt"),
    ]
    assert not tab.is_dirty


def test_a_document_on_a_drive_that_does_not_answer_is_saved_with_a_warning(main_window, tab, qtbot, warnings,
                                                                         monkeypatch):
    """Issue 12: saving a committee-year must not fail because a network path is unreachable right now."""
    db = main_window.state.db
    committee_id = _choose(tab, "TMU")
    _enter_follow_ups(qtbot, tab)
    share = r"K:\Udvalg\BUU\redegørelse 2014.docx"  # a mapped drive that is offline today
    qtbot.keyClicks(tab.report_link.edit, share)

    with qtbot.waitSignal(main_window.state.data_changed):
        qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)

    stored = follow_up.committee_year(db, committee_id, 2013)
    assert stored.report.document_link == share
    assert [line.status for line in stored.lines][:2] == [FollowUpStatus.FOLLOWED_UP, FollowUpStatus.NOT_FOLLOWED_UP]
    assert not tab.is_dirty
    assert warnings == [
        f'Dokument: Dokumentet "{share}" kan ikke nås lige nu (drevet eller serveren er måske ikke tilgængelig). '
        "Linket er gemt og kontrolleres igen, før det åbnes."
    ]

    # Before opening, the link is checked again: still unreachable, so nothing is launched.
    launched = []
    monkeypatch.setattr("barometer_desktop.ui.open_document.launch", lambda url: launched.append(url) or True)
    qtbot.mouseClick(tab.report_link.open_button, Qt.MouseButton.LeftButton)
    assert launched == [] and share in warnings[-1] and "kan ikke nås" in warnings[-1]


def test_a_link_refused_for_another_reason_gets_its_own_advice(tab, qtbot, warnings):
    _choose(tab, "TMU")
    qtbot.keyClicks(tab.report_link.edit, "javascript:alert(1)")
    qtbot.mouseClick(tab.save_button, Qt.MouseButton.LeftButton)
    assert warnings[0].endswith("Ret linket, eller lad feltet stå tomt og tilføj linket senere. Intet blev gemt.")
    assert tab.report_link.edit.hasFocus()


def test_the_received_date_is_never_filled_in_for_the_user(tab, qtbot):
    _choose(tab, "TMU")  # TMU's 2013 report has not arrived
    assert tab.received.text() == "" and tab.received.value() is None
    qtbot.keyClick(tab.received, Qt.Key.Key_Space)
    assert tab.received.value() is None  # blank stays "not received", never today
