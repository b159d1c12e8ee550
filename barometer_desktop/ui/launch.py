"""Starting the windowed app: application object, database choice, main window."""

from __future__ import annotations

import argparse
import logging
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from barometer_desktop import i18n, paths
from barometer_desktop.errors import BarometerError, OSRefusal
from barometer_desktop.logs import configure_logging
from barometer_desktop.resources import shipped_path
from barometer_desktop.storage.backup import copy_for_opening, daily_backup, newest_automatic_backup
from barometer_desktop.storage.database import Database, open_database
from barometer_desktop.storage.instance_lock import InstanceLock
from barometer_desktop.storage.observations import latest_year
from barometer_desktop.storage.sql_engine import DatabaseLocation
from barometer_desktop.ui.crash_dialog import install_exception_hook
from barometer_desktop.ui.first_start import FirstStart, FirstStartDialog
from barometer_desktop.ui.main_window import MainWindow
from barometer_desktop.ui.refresh import DataRefresher
from barometer_desktop.ui.settings_dialog import configured_database_path, configured_report_year
from barometer_desktop.ui.settings_values import setting_text
from barometer_desktop.ui.shared_use import LockKeeper, OpenedDatabase, open_for_this_copy
from barometer_desktop.ui.state import AppState
from barometer_desktop.ui.translation import install_translators

LANGUAGE_KEY = "language"


def create_application(lang: str | None = None) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    paths.set_application_identity()
    app.setWindowIcon(QIcon(str(shipped_path("resources", "icons", "app.png"))))
    chosen = lang or setting_text(LANGUAGE_KEY, i18n.DEFAULT_LANGUAGE)
    install_translators(app, chosen if chosen in i18n.LANGUAGES else i18n.DEFAULT_LANGUAGE)
    return app


def default_report_year(db: Database) -> int:
    latest = latest_year(db)
    last_complete = date.today().year - 1
    return min(latest, last_complete) if latest else last_complete


def _ask_first_start(default: Path) -> FirstStart | None:
    """No database at `default`: the first-start dialog. Its FirstStart choice, or None (Cancel)."""

    dialog = FirstStartDialog(default)
    dialog.exec()
    return dialog.result_choice


def open_or_create(location: DatabaseLocation, *, demo: bool) -> Database:
    """Open the database, creating it first when it is the demo (the first start creates the others)."""
    from barometer_desktop.storage.seed import initialize_database  # noqa: PLC0415 - lazy: loads the ORM, which only edits need (reading goes through Core)

    if demo and location.path is not None and not location.path.exists():
        return initialize_database(location, demo=True)
    return open_database(location)  # refuses a damaged file: met now, the newest backup can be offered


def _first_start(default: Path) -> tuple[DatabaseLocation, bool] | None:
    """Ask until the user has a database to open, or cancels.

    A barometer set up in the dialog is created here; if that fails (a bad
    policy file, a folder that cannot be written), the user sees why and
    is back at the choice.
    """
    from barometer_desktop.storage.seed import initialize_database  # noqa: PLC0415 - lazy: loads the ORM, which only edits need (reading goes through Core)

    while True:
        choice = _ask_first_start(default)
        if choice is None:
            return None
        if choice.kind == "demo" or choice.path is None:  # only the demo comes without a file
            return DatabaseLocation.parse(paths.demo_database_path()), True
        if choice.kind == "open":
            return DatabaseLocation.parse(choice.path), False
        location = DatabaseLocation.parse(choice.path)
        try:
            choice.path.parent.mkdir(parents=True, exist_ok=True)
            initialize_database(location, definition=choice.definition, municipality=choice.municipality).close()
        except BarometerError as error:
            show_error(error)
            continue
        except OSError as error:
            show_error(OSRefusal(error))
            continue
        return location, False


def choose_location(args: argparse.Namespace) -> tuple[DatabaseLocation, bool] | None:
    """The database to open and whether it is the demo; None when the user cancelled."""
    if args.db:
        location = DatabaseLocation.parse(args.db)
        if location.path is not None and not location.path.exists():
            # A mistyped path must not silently become a new, empty database.
            return _first_start(location.path)
        return location, False
    if args.demo:
        return DatabaseLocation.parse(paths.demo_database_path()), True
    if os.environ.get(paths.DATABASE_ENV):
        return DatabaseLocation.from_setting(os.environ[paths.DATABASE_ENV]), False

    chosen = configured_database_path()  # Settings → Database
    default = chosen or paths.default_database_path()
    if default.exists():
        return DatabaseLocation.parse(default), False
    return _first_start(default)


def show_error(error: BarometerError) -> None:
    QMessageBox.critical(
        None,
        QApplication.translate("Launch", "Integrationsbarometer"),
        error.user_message(QApplication.translate),
    )


def open_failed_box(error: BarometerError, backup: Path) -> tuple[QMessageBox, QPushButton]:
    """The message for a database that cannot be opened, offering its newest backup."""
    box = QMessageBox()
    box.setObjectName("open_failed_dialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("Launch", "Integrationsbarometer"))
    box.setText(error.user_message(QApplication.translate))
    box.setInformativeText(
        QApplication.translate(
            "Launch",
            "The newest automatic backup is {backup}. Open a copy of it? The file that could not be opened is left as it is.",
        ).format(backup=backup.name)
    )
    open_backup = box.addButton(
        QApplication.translate("Launch", "Open newest backup"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(QMessageBox.StandardButton.Close)
    return box, open_backup


def ask_open_backup(error: BarometerError, backup: Path) -> bool:
    box, open_backup = open_failed_box(error, backup)
    box.exec()
    return box.clickedButton() is open_backup


def show_info(text: str) -> None:
    QMessageBox.information(None, QApplication.translate("Launch", "Integrationsbarometer"), text)


def open_with_recovery(location: DatabaseLocation, *, demo: bool) -> OpenedDatabase | None:
    """Open the database for this copy; on failure offer a copy of the newest backup.

    Returns (db, lock, banner text) or None when nothing could be opened.
    The file that failed is never written to.
    """

    try:
        return open_for_this_copy(location, lambda loc: open_or_create(loc, demo=demo))
    except BarometerError as error:
        failed_file = location.path
        # A server database has no backup files of ours (the server keeps its own).
        backup = newest_automatic_backup(failed_file, (paths.backup_dir(),)) if failed_file is not None else None
        if failed_file is None or backup is None:
            show_error(error)
            return None
        if not ask_open_backup(error, backup):
            return None
    try:
        copy = copy_for_opening(backup, failed_file)
        opened = open_for_this_copy(DatabaseLocation.parse(copy))
    except BarometerError as error:
        show_error(error)
        return None
    show_info(
        QApplication.translate(
            "Launch", "Opened a copy of the backup {backup} as {copy}. The file {original} was not changed."
        ).format(backup=backup.name, copy=copy, original=location.path)
    )
    return opened


def make_daily_backup(db: Database, lock: InstanceLock | None) -> None:
    """The day's first opening keeps a copy in the backups folder: what is offered
    when the file is ever found damaged. A failed copy never stops the program.
    No lock: the file is read-only for us, or a server's (which has its own backups)."""
    if lock is None or db.location.path is None:
        return
    try:
        daily_backup(db.location.path, paths.backup_dir())
    except (BarometerError, OSError):
        logging.getLogger(__name__).warning("daily backup of %s failed", db.location.path, exc_info=True)


def attach_shared_use(window: MainWindow, lock: InstanceLock | None, banner: str) -> LockKeeper | None:
    """Poll for others' changes; keep our lock alive; show the read-only banner."""

    window.refresher = DataRefresher(window.state, parent=window)
    keeper = None
    if lock is not None:
        keeper = LockKeeper(lock, window.state.db, parent=window)
        keeper.lost.connect(window.show_banner)
    # File > Open swaps it for the new file's lock (ui.database_menu).
    window.lock_keeper = keeper
    if banner:
        window.show_banner(banner)
    return keeper


def run_gui(args: argparse.Namespace) -> int:
    configure_logging()
    app = create_application(getattr(args, "lang", None))

    install_exception_hook()
    try:
        choice = choose_location(args)
    except BarometerError as error:
        show_error(error)
        return 1
    if choice is None:
        return 0
    location, demo = choice
    opened = open_with_recovery(location, demo=demo)
    while opened is None:
        # The file could not be opened (and no backup was taken): the user may still open
        # another, make a new one or look at the demo, rather than be left with no window.
        choice = _first_start(location.path or paths.default_database_path())
        if choice is None:
            return 1
        location, demo = choice
        opened = open_with_recovery(location, demo=demo)
    db, lock, banner = opened
    if not demo:
        make_daily_backup(db, lock)

    window = MainWindow(AppState(db, configured_report_year() or default_report_year(db)))
    keeper = attach_shared_use(window, lock, banner)
    window.show()
    code = app.exec()
    keeper = window.lock_keeper  # File › Open may have swapped it
    if keeper is not None:
        keeper.release()
    window.state.db.close()
    if window.restart_requested:
        # Only now, with the lock released and the database closed, so the new copy opens it for writing.

        subprocess.Popen(restart_command())  # our own program, as it was started
    return code


def restart_command() -> list[str]:
    """The command that starts this program again, with the arguments it was started with."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, "-m", "barometer_desktop", *sys.argv[1:]]
