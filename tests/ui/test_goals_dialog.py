"""The goals dialog and deleting indicators, driven through the widgets."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from barometer_desktop.assembly.assemble_snapshot import assemble
from barometer_desktop.storage import catalog, indicators, policies, policy_edits
from barometer_desktop.storage.indicators import IndicatorInput
from barometer_desktop.ui.screens.indicators.goals_dialog import GoalsDialog


@pytest.fixture
def dialog(app_state, qtbot):
    dialog = GoalsDialog(app_state)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _click(qtbot, button) -> None:
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def _titles(db) -> list[str]:
    return [g.title for g in catalog.goals_with_indicators(db)]


def test_add_rename_reorder_and_end_goals(dialog, qtbot, monkeypatch):
    db = dialog.state.db
    changed = []
    dialog.state.data_changed.connect(lambda: changed.append(True))
    dialog.title.setText("Flere unge i ungdomsuddannelse")
    _click(qtbot, dialog.add_button)
    assert _titles(db)[-1] == "Flere unge i ungdomsuddannelse"
    assert dialog.goal_list.count() == 9 and dialog.selected().number == 9

    _click(qtbot, dialog.up_button)
    assert _titles(db)[7] == "Flere unge i ungdomsuddannelse"

    dialog.goal_list.setCurrentRow(1)
    dialog.title.setText("Flere i job")
    _click(qtbot, dialog.rename_button)
    assert _titles(db)[1] == "Flere i job"

    # A goal whose indicators came with the policy cannot end in the same
    # policy (they would have no goal); the message says which indicator.
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    dialog.goal_list.setCurrentRow(1)
    _click(qtbot, dialog.end_button)
    assert "2.1" in dialog.message.text()
    assert len(_titles(db)) == 9

    dialog.goal_list.setCurrentRow(7)
    _click(qtbot, dialog.end_button)
    assert "Flere unge i ungdomsuddannelse" not in _titles(db)
    assert dialog.message.text() == ""
    assert changed


def test_a_stale_rename_is_refused_with_the_newer_title(dialog, qtbot):
    db = dialog.state.db
    dialog.goal_list.setCurrentRow(0)
    seen = dialog.selected()
    policy_edits.rename_goal(db, seen.id, "Ændret af en anden", seen.version)
    dialog.title.setText("Mit navn")
    _click(qtbot, dialog.rename_button)
    assert dialog.message.text()
    assert _titles(db)[0] == "Ændret af en anden"


def test_a_new_period_from_the_dialog_leaves_2013_alone(dialog, qtbot, monkeypatch):
    db = dialog.state.db
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    before = assemble(db, 2013, today=date(2014, 4, 2)).goals
    dialog.first_year.setValue(2015)
    dialog.period_name.setText("Integrationspolitik 2015-2018")
    _click(qtbot, dialog.start_button)
    assert policies.current(db).name == "Integrationspolitik 2015-2018"
    assert "Integrationspolitik 2015-2018" in dialog.policy_label.text()
    dialog.goal_list.setCurrentRow(2)
    dialog.title.setText("Flere i job")
    _click(qtbot, dialog.rename_button)
    assert assemble(db, 2013, today=date(2014, 4, 2)).goals == before
    assert assemble(db, 2015, today=date(2016, 4, 2)).goals[2].title == "Flere i job"


def test_an_indicator_without_values_can_be_deleted_one_with_values_not(main_window, qtbot, monkeypatch):
    main_window.show_screen("indicators")
    screen = main_window.page("indicators")
    qtbot.waitUntil(lambda: screen.chart is not None)
    db = screen.state.db
    goal = catalog.goals_with_indicators(db)[0]
    created = indicators.create(db, IndicatorInput(code="1.9", goal_id=goal.id, name="Prøve", unit="percent",
                                                   direction="higher"))
    screen.refresh(select=created.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    _click(qtbot, screen.delete_button)
    assert all(i.code != "1.9" for i in catalog.indicators(db))
    assert not warnings

    screen.select_indicator(next(i for i in catalog.indicators(db) if i.code == "1.1").id)
    _click(qtbot, screen.delete_button)
    assert warnings and "1.1" in warnings[0]
    assert any(i.code == "1.1" for i in catalog.indicators(db))


def test_comparison_municipalities_are_chosen_from_the_official_list(app_state, qtbot):
    from barometer_desktop.ui.screens.indicators.areas_dialog import AreasDialog

    dialog = AreasDialog(app_state)
    qtbot.addWidget(dialog)
    dialog.show()
    db = app_state.db
    assert [dialog.area_list.item(i).text() for i in range(dialog.area_list.count())] == [
        "751 Aarhus", "461 Odense", "851 Aalborg"
    ]
    qtbot.keyClicks(dialog.search, "Gentofte")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert any(a.code == "157" and a.name == "Gentofte" for a in catalog.areas(db))
    assert dialog.area_list.item(3).text() == "157 Gentofte"

    qtbot.keyClicks(dialog.search, "Narnia")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert "Narnia" in dialog.message.text()

    dialog.area_list.setCurrentRow(0)  # Aarhus has values in the demo
    _click(qtbot, dialog.remove_button)
    assert "Aarhus" in dialog.message.text() and any(a.name == "Aarhus" for a in catalog.areas(db))
    dialog.area_list.setCurrentRow(3)
    _click(qtbot, dialog.remove_button)
    assert all(a.name != "Gentofte" for a in catalog.areas(db))


def test_reusing_a_retired_code_asks_first(main_window, qtbot, monkeypatch):
    main_window.show_screen("indicators")
    screen = main_window.page("indicators")
    qtbot.waitUntil(lambda: screen.chart is not None)
    db = screen.state.db
    old = next(i for i in catalog.indicators(db) if i.code == "1.3")
    indicators.retire(db, old.id, old.version)
    screen.refresh(select=old.id)
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda _p, _t, text, *a: asked.append(text) or answers.pop(0))
    screen.start_new()
    qtbot.keyClicks(screen.form.code, "1.3")
    qtbot.keyClicks(screen.form.name, "Ny indikator")
    _click(qtbot, screen.save_form_button)
    assert "1.3" in asked[0] and "1.3 (udgået)" in asked[0]
    assert [i.code for i in catalog.indicators(db) if i.id == old.id] == ["1.3"]
    assert "1.3" in screen.form.message.text()
    _click(qtbot, screen.save_form_button)
    codes = {i.code: i.name for i in catalog.indicators(db)}
    assert codes["1.3"] == "Ny indikator" and "1.3 (udgået)" in codes


def test_focus_areas_are_added_renamed_assigned_and_ended(dialog, qtbot, monkeypatch):
    db = dialog.state.db
    assert dialog.focus_list.count() == 4
    dialog.focus_title.setText("Sundhed")
    _click(qtbot, dialog.add_focus_button)
    assert [f.title for f in policies.focus_areas(db)][-1] == "Sundhed"

    dialog.goal_list.setCurrentRow(6)
    dialog.goal_focus.setCurrentIndex(dialog.goal_focus.findText("5. Sundhed"))
    _click(qtbot, dialog.set_focus_button)
    assert catalog.goals_with_indicators(db)[6].focus_area_title == "Sundhed"

    dialog.focus_list.setCurrentRow(4)
    dialog.focus_title.setText("Sundhed og trivsel")
    _click(qtbot, dialog.rename_focus_button)
    assert catalog.goals_with_indicators(db)[6].focus_area_title == "Sundhed og trivsel"

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
    dialog.focus_list.setCurrentRow(4)
    _click(qtbot, dialog.end_focus_button)
    assert len(policies.focus_areas(db)) == 4
    assert catalog.goals_with_indicators(db)[6].focus_area_title == ""
