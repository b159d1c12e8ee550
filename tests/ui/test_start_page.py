"""Årshjulet, the start page: what is due now, each line a link to where to act;
an empty database says what to do first."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from barometer_desktop.ui.screens.start.screen import StartPage


@pytest.fixture
def page(main_window):
    main_window.show_screen("start")
    return main_window.page("start")


def test_the_start_page_comes_first_and_lists_what_is_due(main_window, page):
    assert main_window.navigation.item(0).data(Qt.ItemDataRole.UserRole) == "start"
    assert main_window.navigation.item(0).text() == "Årshjulet"
    assert page.heading.text() == "Årshjulet: hvad der skal gøres nu for 2013"
    due = page.due
    # Demo 2013: SOU's and TMU's reports are missing, one SUU goal not recorded, no final edition.
    assert due.missing_reports == ("SOU", "TMU") and due.not_recorded == 1 and due.final_languages == ()
    text = page.lines.text()
    assert "href='committees/missing'" in text and "SOU, TMU" in text
    assert "1 opfølgning på et handleplansmål er endnu ikke registreret" in text
    assert "Rapporten for 2013 har endnu ingen endelig udgave." in text


def test_each_line_is_a_link_to_the_place_to_act(main_window, page):
    committees = main_window.page("committees")
    page.lines.linkActivated.emit("committees/missing")
    assert main_window.current_screen_key() == "committees"
    assert committees.tabs.currentWidget() is committees.missing
    main_window.show_screen("start")
    page.lines.linkActivated.emit("report")
    assert main_window.current_screen_key() == "report"


def test_overdue_and_this_months_data_follow_the_missing_data_rule(main_window, qtbot):
    main_window.year_box.setValue(2014)
    page = StartPage(main_window.state, today=date(2015, 12, 3))
    qtbot.addWidget(page)
    main_window.show_screen("missing")  # a hidden screen reads the new year when it is shown
    missing = main_window.page("missing")
    assert {(i.code, i.area) for i in page.due.overdue} == {(i.code, i.area) for i in missing.items if i.overdue}
    assert "værdier for 2014 er forsinkede" in page.lines.text()


def test_an_empty_database_says_what_to_do_first(qtbot, app_state, policy_db):
    from barometer_desktop.ui.state import AppState

    page = StartPage(AppState(policy_db, 2013))
    qtbot.addWidget(page)
    text = page.lines.text()
    assert page.due.empty and "Databasen har endnu ingen værdier. Begynd her:" in text
    assert "href='import'" in text and "href='entry'" in text


def test_ctrl_and_a_number_opens_every_screen(main_window, qtbot):
    from PySide6.QtGui import QKeySequence

    keys = [main_window.navigation.item(row).data(Qt.ItemDataRole.UserRole) for row in range(main_window.navigation.count())]
    shortcuts = {
        action.shortcut().toString(): action for action in main_window.actions() if action.shortcut().toString()
    }
    for number, key in enumerate(keys, start=1):
        shortcuts[QKeySequence(f"Ctrl+{number}").toString()].trigger()
        assert main_window.current_screen_key() == key
