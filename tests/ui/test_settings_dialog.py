"""Settings: per-user ones survive a restart (QSettings), shared ones go to the database."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox

from barometer_desktop.domain.types import ComparisonBasis
from barometer_desktop.storage import settings_store
from barometer_desktop.ui import settings_dialog
from barometer_desktop.ui.settings_dialog import SettingsDialog

# A PNG's signature and header chunk (1 x 1 pixel): check_logo now reads the size there.
PNG = b"\x89PNG\r\n\x1a\n" + b"\0\0\0\rIHDR" + (1).to_bytes(4, "big") * 2 + b"\x08\x02\0\0\0" + b"\0" * 16


def _open(qtbot, app_state) -> SettingsDialog:
    dialog = SettingsDialog(app_state)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _press_ok(qtbot, dialog: SettingsDialog) -> None:
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)


def _replace_text(qtbot, edit, text: str) -> None:
    edit.selectAll()
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    qtbot.keyClicks(edit, text)


def test_settings_persist_across_restarts(qtbot, app_state, tmp_path, monkeypatch):
    informed = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *args: informed.append(args) or QMessageBox.StandardButton.No
    )
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    database = tmp_path / "elsewhere" / "barometer.sqlite"
    database.parent.mkdir()

    dialog = _open(qtbot, app_state)
    _replace_text(qtbot, dialog.database_edit, str(database))
    dialog.year_spin.setValue(2012)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    _replace_text(qtbot, dialog.organisation_edit, "Beskæftigelses- og Integrationsforvaltningen")
    _replace_text(qtbot, dialog.logo_edit, str(logo))
    dialog.deadline_edit.setDate(QDate(2001, 4, 15))
    dialog.basis_combo.setCurrentIndex(dialog.basis_combo.findData(ComparisonBasis.BASELINE.value))
    assert dialog.baseline_spin.isEnabled()
    dialog.baseline_spin.setValue(2010)
    with qtbot.waitSignal(app_state.data_changed):
        _press_ok(qtbot, dialog)
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert informed, "changing the language tells the user when it takes effect"
    assert "restart" in informed[0][2].lower() and not dialog.restart_requested  # said in the new language

    # Shared settings are in the database, for everyone who opens it.
    shared = settings_store.load(app_state.db)
    assert shared.organisation == "Beskæftigelses- og Integrationsforvaltningen"
    assert (shared.deadline_month, shared.deadline_day) == (4, 15)
    assert shared.basis is ComparisonBasis.BASELINE
    assert shared.baseline_year == 2010
    assert app_state.db.setting(settings_store.LOGO_PATH) == str(logo)

    # Per-user settings: a new QSettings (as after a restart) reads them back.
    settings = QSettings()
    settings.sync()
    assert QSettings().value(settings_dialog.LANGUAGE_KEY) == "en"
    assert settings_dialog.configured_database_path() == database
    assert settings_dialog.configured_report_year() == 2012

    again = _open(qtbot, app_state)
    assert again.database_edit.text() == str(database)
    assert again.year_spin.value() == 2012
    assert again.language_combo.currentData() == "en"
    assert again.organisation_edit.text() == "Beskæftigelses- og Integrationsforvaltningen"
    assert again.logo_edit.text() == str(logo)
    assert again.deadline_edit.date().month() == 4 and again.deadline_edit.date().day() == 15
    assert again.basis_combo.currentData() == ComparisonBasis.BASELINE.value
    assert again.baseline_spin.value() == 2010
    again.reject()

    from PySide6.QtWidgets import QApplication

    from barometer_desktop.ui.translation import install_translators

    install_translators(QApplication.instance(), "da")  # leave Danish for the next test


def test_a_logo_that_is_not_an_image_is_refused_and_nothing_is_stored(qtbot, app_state, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    before = settings_store.load(app_state.db)
    not_an_image = tmp_path / "logo.png"
    not_an_image.write_text("this is text", encoding="utf-8")

    dialog = _open(qtbot, app_state)
    _replace_text(qtbot, dialog.organisation_edit, "Changed organisation")
    _replace_text(qtbot, dialog.logo_edit, str(not_an_image))
    _press_ok(qtbot, dialog)

    assert dialog.isVisible(), "the dialog stays open so the user can correct the field"
    assert len(warnings) == 1 and str(not_an_image) in warnings[0]
    assert dialog.focusWidget() is dialog.logo_edit
    assert settings_store.load(app_state.db) == before
    assert app_state.db.setting(settings_store.LOGO_PATH) == ""
    dialog.reject()


def test_a_missing_logo_file_is_refused(qtbot, app_state, tmp_path, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    dialog = _open(qtbot, app_state)
    _replace_text(qtbot, dialog.logo_edit, str(tmp_path / "nowhere.jpg"))
    _press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "nowhere.jpg" in warnings[0]
    dialog.reject()


def test_every_settings_field_has_a_tooltip(qtbot, app_state):
    dialog = _open(qtbot, app_state)
    fields = [
        dialog.database_edit, dialog.year_spin, dialog.language_combo, dialog.organisation_edit,
        dialog.logo_edit, dialog.deadline_edit, dialog.basis_combo, dialog.baseline_spin,
    ]
    assert all(field.toolTip().strip() for field in fields)
    dialog.reject()


def test_settings_menu_opens_the_dialog(main_window, monkeypatch):
    opened = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: opened.append(self) or 0)
    action = next(a for a in main_window.file_menu.actions() if a.objectName() == "action_settings")
    action.trigger()
    assert len(opened) == 1 and opened[0].state is main_window.state
    # Quit stays the last entry of the File menu.
    assert main_window.file_menu.actions()[-1].text() == main_window.tr("&Quit")


def test_launch_opens_the_database_chosen_in_the_settings(qapp, demo_db_path, monkeypatch):
    import argparse

    from barometer_desktop.ui import launch

    monkeypatch.setattr(launch, "_ask_first_start", lambda _default: pytest.fail("must not ask: a database is configured"))
    QSettings().setValue(settings_dialog.DATABASE_PATH_KEY, str(demo_db_path))
    location, demo = launch.choose_location(argparse.Namespace(db=None, demo=False))
    assert location.path == demo_db_path
    assert demo is False


def test_a_setting_someone_else_changed_meanwhile_is_not_overwritten(qtbot, app_state, monkeypatch):
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warnings.append(text))
    dialog = _open(qtbot, app_state)
    # Another workstation renames the organisation while this dialog is open.
    settings_store.save(app_state.db, {settings_store.ORGANISATION: "Kollegaens navn"})
    _replace_text(qtbot, dialog.organisation_edit, "Mit navn")
    _press_ok(qtbot, dialog)
    assert dialog.isVisible() and len(warnings) == 1 and "Kollegaens navn" in warnings[0]
    assert "(tester, " in warnings[0], "who changed it, and when"
    assert settings_store.load(app_state.db).organisation == "Kollegaens navn"
    dialog.reject()


def test_saving_other_settings_keeps_what_someone_else_changed(qtbot, app_state):
    dialog = _open(qtbot, app_state)
    settings_store.save(app_state.db, {settings_store.ORGANISATION: "Kollegaens navn"})
    dialog.deadline_edit.setDate(QDate(2001, 4, 15))
    _press_ok(qtbot, dialog)
    shared = settings_store.load(app_state.db)
    assert (shared.deadline_month, shared.deadline_day) == (4, 15)
    assert shared.organisation == "Kollegaens navn"


def test_a_new_language_offers_a_restart_that_closes_and_starts_again(main_window, qtbot, monkeypatch):
    """The open screens keep their words until a restart: the program says so and does it on request."""
    import sys

    from barometer_desktop.ui import app_menus, launch

    monkeypatch.setattr(QMessageBox, "question", lambda *args: QMessageBox.StandardButton.Yes)

    def choose_english(dialog):
        dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(SettingsDialog, "exec", choose_english)
    closed = []
    monkeypatch.setattr(main_window, "close", lambda: closed.append(True) or True)
    app_menus.open_settings(main_window)
    assert closed == [True] and main_window.restart_requested
    command = launch.restart_command()
    assert command[0] == sys.executable and command[1:3] == ["-m", "barometer_desktop"]


def test_verdict_settings_are_shared_and_change_every_screen(qtbot, app_state):
    from barometer_desktop.assembly.assemble_snapshot import assemble
    from barometer_desktop.storage import catalog

    dialog = _open(qtbot, app_state)
    # Shown as in force: København is the barometer's area, the defaults for the rest.
    assert dialog.main_area_combo.currentText() == "København"
    assert dialog.significance_combo.currentData() == "unchanged" and dialog.window_spin.value() == 2
    dialog.main_area_combo.setCurrentIndex(dialog.main_area_combo.findText("Aarhus"))
    dialog.significance_combo.setCurrentIndex(dialog.significance_combo.findData("marked"))
    dialog.window_spin.setValue(1)
    with qtbot.waitSignal(app_state.database_changed):
        _press_ok(qtbot, dialog)
    shared = settings_store.load(app_state.db)
    assert (shared.main_area_code, shared.significance_policy.value, shared.status_window) == ("751", "marked", 1)
    # Aarhus is now the main area everywhere the areas are read, first in their order.
    areas = catalog.areas(app_state.db)
    assert areas[0].name == "Aarhus" and [a.name for a in areas if a.is_main] == ["Aarhus"]
    snapshot = assemble(app_state.db, 2013)
    assert snapshot.main_area_name == "Aarhus" and snapshot.status_window == 1
    assert all(s.area_name == "Aarhus" for g in snapshot.goals for i in g.indicators for s in i.series if s.is_main)


def test_an_unknown_main_area_is_refused_and_names_the_field(app_state):
    from barometer_desktop.errors import ValidationError

    with pytest.raises(ValidationError) as refused:
        settings_store.save(app_state.db, {settings_store.MAIN_AREA: "999"})
    assert refused.value.field == settings_store.MAIN_AREA
    for bad in ("-1", "6", "to"):
        with pytest.raises(ValidationError):
            settings_store.save(app_state.db, {settings_store.STATUS_WINDOW: bad})
    assert settings_store.load(app_state.db).main_area_code == ""  # nothing was stored
