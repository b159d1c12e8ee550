"""Starting the windowed app: application object, database choice, main window."""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from barometer_desktop import i18n, paths
from barometer_desktop.errors import BarometerError
from barometer_desktop.logs import configure_logging
from barometer_desktop.storage.database import Database, open_database
from barometer_desktop.storage.engine import DatabaseLocation

LANGUAGE_KEY = "language"


def create_application(lang: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    paths.set_application_identity()
    from barometer_desktop.ui.translation import install_translators

    from PySide6.QtGui import QIcon

    from barometer_desktop.resources import shipped_path

    app.setWindowIcon(QIcon(str(shipped_path("resources", "icons", "app.png"))))
    chosen = lang or QSettings().value(LANGUAGE_KEY, i18n.DEFAULT_LANGUAGE, type=str)
    install_translators(app, chosen if chosen in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE)
    return app  # type: ignore[return-value]


def default_report_year(db: Database) -> int:
    from barometer_desktop.storage.observations import latest_year

    latest = latest_year(db)
    last_complete = date.today().year - 1
    return min(latest, last_complete) if latest else last_complete


def _ask_first_start() -> str | None:
    """No database yet: offer an empty one or the demo. Returns 'empty', 'demo' or None."""
    box = QMessageBox()
    box.setObjectName("first_start_dialog")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QApplication.translate("Launch", "Welcome to Integrationsbarometer"))
    box.setText(
        QApplication.translate(
            "Launch",
            "There is no barometer database on this computer yet.\n\n"
            "Create an empty database with the 2011 policy's goals and indicators, "
            "or open the demo database with made-up values to try the program?",
        )
    )
    empty = box.addButton(QApplication.translate("Launch", "Create empty database"), QMessageBox.ButtonRole.AcceptRole)
    demo = box.addButton(QApplication.translate("Launch", "Open demo database"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    clicked = box.clickedButton()
    return "empty" if clicked is empty else "demo" if clicked is demo else None


def open_or_create(location: DatabaseLocation, *, demo: bool) -> Database:
    """Open the database, creating it first when it is the demo or a new default file."""
    from barometer_desktop.storage.seed import initialize_database

    if location.path is not None and not location.path.exists():
        return initialize_database(location, demo=demo)
    return open_database(location)


def choose_location(args: argparse.Namespace) -> tuple[DatabaseLocation, bool] | None:
    """The database to open and whether it is the demo; None when the user cancelled."""
    if args.db:
        return DatabaseLocation.parse(args.db), False
    if args.demo:
        return DatabaseLocation.parse(paths.demo_database_path()), True
    if os.environ.get(paths.DATABASE_ENV):
        return DatabaseLocation.parse(os.environ[paths.DATABASE_ENV]), False
    from barometer_desktop.ui.settings_dialog import configured_database_path

    chosen = configured_database_path()  # Settings → Database
    default = chosen or paths.default_database_path()
    if default.exists():
        return DatabaseLocation.parse(default), False
    answer = _ask_first_start()
    if answer == "empty":
        return DatabaseLocation.parse(default), False
    if answer == "demo":
        return DatabaseLocation.parse(paths.demo_database_path()), True
    return None


def show_error(error: BarometerError) -> None:
    QMessageBox.critical(
        None,
        QApplication.translate("Launch", "Integrationsbarometer"),
        error.user_message(QApplication.translate),
    )


def run_gui(args: argparse.Namespace) -> int:
    configure_logging()
    app = create_application(getattr(args, "lang", None))
    from barometer_desktop.ui.crash_dialog import install_exception_hook
    from barometer_desktop.ui.main_window import MainWindow
    from barometer_desktop.ui.state import AppState

    install_exception_hook()
    choice = choose_location(args)
    if choice is None:
        return 0
    location, demo = choice
    try:
        db = open_or_create(location, demo=demo)
    except BarometerError as error:
        show_error(error)
        return 1
    from barometer_desktop.ui.settings_dialog import configured_report_year

    window = MainWindow(AppState(db, configured_report_year() or default_report_year(db)))
    window.show()
    code = app.exec()
    window.state.db.close()
    return code


