"""An action plan's dates on the Udvalg screen: an empty adoption date is shown as
"not adopted", and a stored date is never removed without the user being asked."""

from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from barometer_desktop.storage import action_plans, committees
from barometer_desktop.ui.screens.committees import plans as plans_module


@pytest.fixture
def plans(main_window):
    main_window.show_screen("committees")
    screen = main_window.page("committees")
    screen.show_tab(screen.plans)
    return screen.plans


@pytest.fixture
def warnings(monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *a: shown.append(text))
    return shown


def _plan(db, short):
    committee_id = next(c.id for c in committees.committees(db) if c.short_name == short)
    return action_plans.action_plans(db, committee_id)[0]


def _store_dates(main_window, short, adopted, ended):
    db = main_window.state.db
    plan = _plan(db, short)
    action_plans.update_plan(
        db, plan.id, adopted_on=adopted, document_link=plan.document_link, ended_on=ended,
        expected_version=plan.version,
    )
    main_window.state.data_changed.emit()


def _answer_question(button_name: str) -> list[str]:
    """When the next modal box comes up, note its text and press the named button (or Cancel)."""
    asked: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and box.objectName() == "clear_plan_date_question"
        asked.append(box.text())
        if button_name == "cancel":
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            box.findChild(QPushButton, button_name).click()

    QTimer.singleShot(0, answer)
    return asked


def test_clearing_the_adoption_date_asks_first_and_cancel_stores_nothing(main_window, plans, qtbot, warnings):
    db = main_window.state.db
    _store_dates(main_window, "SUU", date(2011, 6, 15), None)
    plans.select_committee("SUU")
    assert plans.adopted.text() == "15.06.2011" and plans.adoption_state.text() == ""
    before = _plan(db, "SUU")

    plans.adopted.clear()
    assert plans.adoption_state.text() == "Ikke vedtaget endnu"  # said while the field is empty
    asked = _answer_question("cancel")
    qtbot.mouseClick(plans.save_plan_button, Qt.MouseButton.LeftButton)
    assert asked == ["Vedtagelsesdatoen 15.06.2011 slettes: handleplanen vises som ikke vedtaget."]
    assert _plan(db, "SUU") == before  # Cancel: the date is still stored
    assert plans.adopted.text() == ""  # and the form keeps what the user typed
    assert warnings == []


def test_removing_the_adoption_date_after_the_question_shows_the_plan_not_adopted(main_window, plans, qtbot, warnings):
    db = main_window.state.db
    _store_dates(main_window, "SUU", date(2011, 6, 15), None)
    plans.select_committee("SUU")
    plans.adopted.clear()
    asked = _answer_question("remove_date_and_save")
    with qtbot.waitSignal(main_window.state.data_changed):
        qtbot.mouseClick(plans.save_plan_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and "15.06.2011" in asked[0]
    assert _plan(db, "SUU").adopted_on is None
    # After the reload the saved plan says plainly that it is not adopted.
    assert plans.adopted.text() == "" and plans.adoption_state.text() == "Ikke vedtaget endnu"
    assert plans.adoption_state.isVisible()

    plans.adopted.setFocus()
    qtbot.keyClicks(plans.adopted, "01.09.2011")
    assert plans.adoption_state.text() == ""
    qtbot.mouseClick(plans.save_plan_button, Qt.MouseButton.LeftButton)  # a new date: nothing to ask
    assert _plan(db, "SUU").adopted_on == date(2011, 9, 1) and warnings == []


def test_clearing_the_end_date_asks_too_and_names_both_dates(main_window, plans, qtbot):
    db = main_window.state.db
    _store_dates(main_window, "BUU", date(2011, 3, 1), date(2014, 12, 31))
    plans.select_committee("BUU")
    plans.adopted.clear()
    plans.plan_ended.clear()
    asked = _answer_question("cancel")
    qtbot.mouseClick(plans.save_plan_button, Qt.MouseButton.LeftButton)
    assert asked == [
        "Vedtagelsesdatoen 01.03.2011 slettes: handleplanen vises som ikke vedtaget.\n"
        "Slutdatoen 31.12.2014 slettes: handleplanen vises som gældende igen."
    ]
    plan = _plan(db, "BUU")
    assert (plan.adopted_on, plan.ended_on) == (date(2011, 3, 1), date(2014, 12, 31))


def test_a_new_plan_without_any_policy_says_why_instead_of_failing(main_window, plans, qtbot, warnings, monkeypatch):
    """A database without an integration policy (policies.current() is None) used to end in an
    AttributeError traceback when New action plan was pressed."""
    db = main_window.state.db
    committee = next(c for c in committees.committees(db) if c.short_name == "ØU")
    plans.select_committee("ØU")
    before = action_plans.action_plans(db, committee.id)
    monkeypatch.setattr(plans_module.policies, "current", lambda _db: None)
    plans.new_plan()
    assert warnings == ["Databasen har endnu ingen integrationspolitik, og en handleplan hører til en politik."]
    assert action_plans.action_plans(db, committee.id) == before
