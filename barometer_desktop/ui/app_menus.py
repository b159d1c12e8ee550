"""Settings, user guide and About in the main window's menus."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from barometer_desktop.ui.about_dialog import AboutDialog
from barometer_desktop.ui.help_dialog import HelpDialog
from barometer_desktop.ui.settings_dialog import SettingsDialog

if TYPE_CHECKING:  # the main window adds these menus, so it cannot be imported here at run time
    from barometer_desktop.ui.main_window import MainWindow


def add_settings_and_help(window: MainWindow) -> None:
    """File → Settings…, Help → User guide and About."""
    settings_action = QAction(QCoreApplication.translate("AppMenus", "&Settings…"), window)
    settings_action.setObjectName("action_settings")
    settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
    settings_action.setShortcut(QKeySequence.StandardKey.Preferences)
    settings_action.triggered.connect(lambda: open_settings(window))
    # Before Quit, which stays last in the File menu.
    actions = window.file_menu.actions()
    if actions:
        window.file_menu.insertAction(actions[-1], settings_action)
        window.file_menu.insertSeparator(actions[-1])
    else:
        window.file_menu.addAction(settings_action)

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


def open_settings(window: MainWindow) -> int:
    dialog = SettingsDialog(window.state, window)
    result = dialog.exec()
    if dialog.restart_requested:
        window.restart()
    return result


def open_help(window: MainWindow) -> None:
    dialog = HelpDialog(window, window.state.db)
    dialog.show()  # not modal: the guide can stay open beside the work


def open_about(window: MainWindow) -> int:
    return AboutDialog(window.state, window).exec()
