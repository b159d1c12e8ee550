"""A committee's action plan for a new policy period, and the goals dialog's new period, through the widgets."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from barometer_desktop.storage import action_plans, committees, policies
from barometer_desktop.ui.screens.indicators.goals_dialog import GoalsDialog


@pytest.fixture
def goals_dialog(main_window, qtbot):
    dialog = GoalsDialog(main_window.state, main_window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _answer(monkeypatch, answer) -> list[str]:
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or answer)
    return asked


def _start_2015(goals_dialog, qtbot) -> None:
    goals_dialog.first_year.setValue(2015)
    goals_dialog.period_name.setText("Integrationspolitik 2015-2018")
    qtbot.mouseClick(goals_dialog.start_button, Qt.MouseButton.LeftButton)


def test_starting_a_period_asks_first_and_cancel_stores_nothing(goals_dialog, qtbot, monkeypatch):
    db = goals_dialog.state.db
    before = policies.all_policies(db)
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    _start_2015(goals_dialog, qtbot)
    assert len(asked) == 1 and "Integrationspolitik 2015-2018" in asked[0] and "2015" in asked[0]
    assert policies.all_policies(db) == before
    assert goals_dialog.period_name.text() == "Integrationspolitik 2015-2018"  # kept to try again


def test_after_a_period_starts_a_second_click_cannot_repeat_it(goals_dialog, qtbot, monkeypatch):
    db = goals_dialog.state.db
    count = len(policies.all_policies(db))
    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    _start_2015(goals_dialog, qtbot)
    assert policies.current(db).name == "Integrationspolitik 2015-2018"
    assert goals_dialog.period_name.text() == ""
    assert not goals_dialog.start_button.isEnabled()
    qtbot.mouseClick(goals_dialog.start_button, Qt.MouseButton.LeftButton)
    assert len(asked) == 1 and len(policies.all_policies(db)) == count + 1
    # The header names the period once (the name already says its years).
    header = goals_dialog.policy_label.text()
    assert header.count("2015") == 1 and "Integrationspolitik 2015-2018" in header


def test_a_committee_with_a_plan_gets_one_for_the_new_period(main_window, goals_dialog, qtbot, monkeypatch):
    db = main_window.state.db
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    _start_2015(goals_dialog, qtbot)
    committee_id = next(c.id for c in committees.committees(db) if c.short_name == "SUU")
    (old_plan,) = action_plans.action_plans(db, committee_id)

    main_window.show_screen("committees")
    screen = main_window.page("committees")
    plans = screen.plans
    screen.show_tab(plans)
    plans.select_committee("SUU")
    # The old plan stays readable, marked as an earlier period's; the button offers the new one.
    assert plans.new_plan_button.isVisibleTo(plans) and plans.no_plan_label.isVisibleTo(plans)
    assert plans.plan is not None and plans.plan.id == old_plan.id
    assert "2011-2014" in plans.period_label.text() and "tidligere periode" in plans.period_label.text()
    assert plans.goal_table.rowCount() == len(old_plan.goals)

    qtbot.mouseClick(plans.new_plan_button, Qt.MouseButton.LeftButton)
    stored = action_plans.action_plans(db, committee_id)
    assert [p.period_from for p in stored] == [2015, 2011]
    assert plans.plan is not None and plans.plan.policy_name == "Integrationspolitik 2015-2018"
    assert not plans.new_plan_button.isVisibleTo(plans)
    assert plans.plan_choice.isVisibleTo(plans) and plans.plan_choice.count() == 2
    assert "tidligere periode" not in plans.period_label.text()
    # The earlier plan is one choice away, with its goals.
    plans.plan_choice.setCurrentIndex(1)
    assert plans.plan.id == old_plan.id and plans.goal_table.rowCount() == len(old_plan.goals)
