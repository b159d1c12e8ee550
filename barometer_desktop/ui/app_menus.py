"""Settings, user guide and About in the main window's menus."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow

from barometer_desktop.ui.about_dialog import AboutDialog
from barometer_desktop.ui.help_dialog import HelpDialog
from barometer_desktop.ui.settings_dialog import SettingsDialog


def add_settings_and_help(window: QMainWindow) -> None:
    """File → Settings…, Help → User guide and About; needs window.state, file_menu, help_menu."""
    settings_action = QAction(QCoreApplication.translate("AppMenus", "&Settings…"), window)
    settings_action.setObjectName("action_settings")
    settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
    settings_action.triggered.connect(lambda: open_settings(window))
    # Before Quit, which stays last in the File menu.
    actions = window.file_menu.actions()
    window.file_menu.insertAction(actions[-1] if actions else None, settings_action)
    if actions:
        window.file_menu.insertSeparator(actions[-1])

    guide_action = QAction(QCoreApplication.translate("AppMenus", "&User guide"), window)
    guide_action.setObjectName("action_user_guide")
    guide_action.setShortcut(QKeySequence.StandardKey.HelpContents)
    guide_action.triggered.connect(lambda: open_help(window))
    window.help_menu.addAction(guide_action)

    about_action = QAction(QCoreApplication.translate("AppMenus", "&About Integrationsbarometer"), window)
    about_action.setObjectName("action_about")
    about_action.setMenuRole(QAction.MenuRole.AboutRole)
    about_action.triggered.connect(lambda: open_about(window))
    window.help_menu.addAction(about_action)


def open_settings(window) -> int:  # MainWindow

    dialog = SettingsDialog(window.state, window)
    result = dialog.exec()
    if dialog.restart_requested:
        window.restart()
    return result


def open_help(window) -> None:
    dialog = HelpDialog(window, window.state.db)
    dialog.show()  # not modal: the guide can stay open beside the work


def open_about(window) -> int:
    return AboutDialog(window.state, window).exec()
