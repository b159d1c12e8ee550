"""About dialog and the Danish user guide, reached from the Help menu."""

from __future__ import annotations

from barometer_desktop import __version__
from barometer_desktop.ui.about_dialog import AboutDialog
from barometer_desktop.ui.help_dialog import HelpDialog


def _action(menu, name):
    return next(a for a in menu.actions() if a.objectName() == name)


def test_about_shows_version_database_schema_and_log_folder(main_window, qtbot, monkeypatch, isolated_environment):
    opened = []
    monkeypatch.setattr(AboutDialog, "exec", lambda self: opened.append(self) or 0)
    _action(main_window.help_menu, "action_about").trigger()
    dialog = opened[0]
    qtbot.addWidget(dialog)
    db = main_window.state.db
    assert dialog.values["version"].text() == __version__
    assert dialog.values["database"].text() == db.location.display()
    assert dialog.values["schema"].text() == db.schema_revision()
    assert dialog.values["logs"].text() == str(isolated_environment / "logs")


def test_user_guide_opens_in_danish_from_the_help_menu(main_window, qtbot):
    _action(main_window.help_menu, "action_user_guide").trigger()
    guides = [w for w in main_window.findChildren(HelpDialog)]
    assert len(guides) == 1
    guide = guides[0]
    qtbot.waitExposed(guide)
    text = guide.browser.toPlainText()
    assert "Årets gang i programmet" in text
    assert "statusrapporten" in text
    # The rule as the shared settings apply it now, from the labels' sentences.
    assert "Sådan vurderes udviklingen med de nuværende indstillinger" in text
    assert "højst 2 år gammel" in text and "regnes som uændret" in text and "forrige måling" in text
    guide.close()

    from barometer_desktop.storage import settings_store

    settings_store.save(main_window.state.db, {settings_store.SIGNIFICANCE_POLICY: "marked",
                                               settings_store.COMPARISON_BASIS: "baseline",
                                               settings_store.BASELINE_YEAR: "2011"})
    _action(main_window.help_menu, "action_user_guide").trigger()
    guide = [w for w in main_window.findChildren(HelpDialog) if w.isVisible()][-1]
    text = guide.browser.toPlainText()
    assert "basisåret 2011" in text and "markeres ikke signifikant" in text
    guide.close()


def test_pages_by_key_leave_qwidget_screen_alone(main_window):
    # page(key) gives a screen of the app; screen() stays Qt's: the monitor,
    # which dialogs and the first-start size use.
    from PySide6.QtGui import QScreen

    main_window.show_screen("indicators")
    assert main_window.stack.currentWidget() is main_window.page("indicators")
    assert isinstance(main_window.screen(), QScreen)
