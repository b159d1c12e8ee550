"""The first start, driven through the widgets: a non-Copenhagen municipality with
an empty policy, goals and indicators added on the screens, then the report."""

from __future__ import annotations

import argparse
from datetime import date

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from barometer_desktop import paths
from barometer_desktop.domain.periods import Period
from barometer_desktop.publishing.status_report import produce_report
from barometer_desktop.storage import catalog, committees, observations
from barometer_desktop.storage.database import open_database
from barometer_desktop.ui import launch
from barometer_desktop.ui.first_start import FirstStartDialog
from barometer_desktop.ui.screens.indicators.goals_dialog import GoalsDialog
from tests import stored_values


def _args(**overrides):
    values = {"db": None, "demo": False, "lang": None}
    values.update(overrides)
    return argparse.Namespace(**values)


def _click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _set_up_aarhus(qtbot, default):
    dialog = FirstStartDialog(default)
    qtbot.addWidget(dialog)
    dialog.show()
    _click(qtbot, dialog.setup_button)
    assert dialog.pages.currentIndex() == 1
    _click(qtbot, dialog.create_button)  # no municipality yet: refused, says why
    assert dialog.result_choice is None and dialog.message.text()
    qtbot.keyClicks(dialog.municipality, "Aarhus")
    qtbot.keyClicks(dialog.comparison, "461")
    qtbot.keyClick(dialog.comparison, Qt.Key.Key_Return)
    qtbot.keyClicks(dialog.comparison, "Atlantis")
    qtbot.keyClick(dialog.comparison, Qt.Key.Key_Return)
    assert "Atlantis" in dialog.message.text()
    assert [dialog.comparisons.item(i).text() for i in range(dialog.comparisons.count())] == ["461 Odense"]
    assert dialog.empty_radio.isChecked()
    _click(qtbot, dialog.create_button)
    assert dialog.result_choice is not None and dialog.result_choice.kind == "create"
    return dialog.result_choice


def test_first_start_for_aarhus_ends_with_a_report_of_only_its_goals(qapp, qtbot, monkeypatch, tmp_path):
    default = paths.default_database_path()
    choice = _set_up_aarhus(qtbot, default)
    monkeypatch.setattr(launch, "_ask_first_start", lambda _default: choice)
    location, demo = launch.choose_location(_args())
    assert location.path == default and not demo and default.exists()

    db = open_database(default, user_name="tester")
    try:
        assert [(a.name, a.is_main) for a in catalog.areas(db)] == [
            ("Aarhus", True), ("Hele landet", False), ("Odense", False)
        ]
        assert catalog.goals_with_indicators(db) == [] and committees.committees(db) == []

        from barometer_desktop.ui.main_window import MainWindow
        from barometer_desktop.ui.state import AppState
        from barometer_desktop.ui.translation import install_translators

        install_translators(qapp, "da")
        window = MainWindow(AppState(db, 2013))
        qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "confirm_leave_all", lambda: True))
        window.show()
        window.show_screen("indicators")
        screen = window.page("indicators")
        qtbot.waitUntil(lambda: screen.chart is not None)

        goals = GoalsDialog(window.state, screen)
        qtbot.addWidget(goals)
        goals.title.setText("Flere i beskæftigelse")
        _click(qtbot, goals.add_button)
        goals.title.setText("Flere unge i uddannelse")
        _click(qtbot, goals.add_button)
        goals.close()
        screen.refresh()

        for code, goal_number, name in (("1.1", 0, "Beskæftigelsesfrekvens, indvandrere"),
                                        ("2.1", 1, "Unge i ungdomsuddannelse")):
            screen.start_new()
            form = screen.form
            form.goal.setCurrentIndex(goal_number)
            qtbot.keyClicks(form.code, code)
            qtbot.keyClicks(form.name, name)
            form.unit.setCurrentIndex(form.unit.findData("percent"))
            form.direction.setCurrentIndex(form.direction.findData("higher"))
            form.is_headline.setChecked(True)
            _click(qtbot, screen.save_form_button)
            assert any(i.code == code for i in catalog.indicators(db)), form.message.text()

        aarhus = next(a for a in catalog.areas(db) if a.name == "Aarhus")
        for indicator in catalog.indicators(db):
            stored_values.save(db, [
                observations.ObservationInput(indicator.id, aarhus.id, Period.year_of(year), value)
                for year, value in ((2012, 50.0), (2013, 52.0))
            ])
        monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)
        report = produce_report(db, 2013, tmp_path / "aarhus.pdf", today=date(2014, 4, 2))
        text = " ".join(" ".join((p.extract_text() or "") for p in PdfReader(report.path).pages).split())
        assert "Aarhus" in text and "Aarhus Kommune" in text
        assert "Flere i beskæftigelse" in text and "Flere unge i uddannelse" in text
        assert "København" not in text and "Flere i arbejde" not in text
        assert "følger 2 af integrationspolitikkens mål" in text
        assert "Udvalgenes opfølgning" not in text, "no committees, no committees section"
    finally:
        db.close()


def test_a_mistyped_db_path_asks_instead_of_creating_a_file(qapp, monkeypatch, tmp_path):
    typo = tmp_path / "barometr.sqlite"
    asked = []
    monkeypatch.setattr(launch, "_ask_first_start", lambda default: asked.append(default) or None)
    assert launch.choose_location(_args(db=str(typo))) is None
    assert asked == [typo] and not typo.exists()


def test_cancel_in_the_open_dialog_returns_to_the_choice(qtbot, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog

    dialog = FirstStartDialog(tmp_path / "barometer.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: ("", ""))
    _click(qtbot, dialog.open_button)
    assert dialog.isVisible() and dialog.result_choice is None
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(tmp_path / "x.sqlite"), ""))
    _click(qtbot, dialog.open_button)
    assert dialog.result_choice.kind == "open" and not dialog.isVisible()


def test_escape_on_the_setup_page_goes_back_and_on_the_choice_asks_before_quitting(main_window, qtbot, tmp_path, monkeypatch):
    asked = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", lambda _parent, _title, text, *a: asked.append(text) or answers.pop(0))
    dialog = FirstStartDialog(tmp_path / "barometer.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    _click(qtbot, dialog.setup_button)
    qtbot.keyClicks(dialog.municipality, "Aarhus")
    qtbot.keyClick(dialog.municipality, Qt.Key.Key_Escape)
    # Back on the choice, nothing asked, the dialog (and the program) still there.
    assert dialog.isVisible() and dialog.pages.currentIndex() == 0 and asked == []
    assert dialog.municipality.text() == "Aarhus"  # going forward again finds what was typed
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 1 and "Intet er sat op" in asked[0]
    assert dialog.isVisible() and dialog.pages.currentIndex() == 0  # "No": it stays
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not dialog.isVisible() and dialog.result_choice is None


def test_cancel_and_the_close_box_close_the_first_start_at_once(qtbot, tmp_path, monkeypatch):
    """Deliberate: no question (and no dialog left waiting for an answer)."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("Cancel must not ask"))
    dialog = FirstStartDialog(tmp_path / "barometer.sqlite")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.close()
    assert not dialog.isVisible() and dialog.result_choice is None
