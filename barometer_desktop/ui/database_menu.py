"""File menu: open or create a database, and the recently used files.

Recent files are a per-user preference (QSettings), at most eight, and files
that no longer exist are dropped when the menu is shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from barometer_desktop.errors import BarometerError
from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.sql_engine import DatabaseLocation
from barometer_desktop.ui import first_start
from barometer_desktop.ui.settings_values import setting_texts
from barometer_desktop.ui.shared_use import LockKeeper, OpenedDatabase, open_for_this_copy
from barometer_desktop.ui.state import AppState

if TYPE_CHECKING:  # the main window builds this menu, so it cannot be imported here at run time
    from barometer_desktop.ui.main_window import MainWindow

RECENT_KEY = "files/recent"
MAX_RECENT = 8


def recent_files() -> list[str]:
    stored = setting_texts(RECENT_KEY)
    existing = [path for path in stored if Path(path).is_file()]
    if existing != stored:
        QSettings().setValue(RECENT_KEY, existing)
    return existing


def remember(path: str | Path) -> None:
    text = str(Path(path).resolve())
    files = [f for f in recent_files() if Path(f).resolve() != Path(text)]
    QSettings().setValue(RECENT_KEY, [text, *files][:MAX_RECENT])


class DatabaseMenu(QObject):
    """Adds Open, New and Recent to `menu` and swaps the database in `state`."""

    def __init__(self, window: MainWindow, state: AppState, menu: QMenu) -> None:
        super().__init__(window)
        self.window = window
        self.state = state
        self.open_action = QAction(self.tr("&Open database…"), window)
        self.open_action.setShortcut(QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_and_open)
        self.new_action = QAction(self.tr("&New database…"), window)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.choose_and_create)
        self.recent_menu = QMenu(self.tr("&Recent files"), window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        # Above what the menu holds already (Quit).
        first = menu.actions()[0] if menu.actions() else None
        if first is None:
            menu.addActions([self.open_action, self.new_action])
            menu.addMenu(self.recent_menu)
            menu.addSeparator()
        else:
            menu.insertActions(first, [self.open_action, self.new_action])
            menu.insertMenu(first, self.recent_menu)
            menu.insertSeparator(first)
        location = state.db.location
        if location.path is not None and Path(location.path).is_file():
            remember(location.path)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        for number, path in enumerate(files, start=1):
            action = self.recent_menu.addAction(f"&{number} {path}")
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
        if not files:
            empty = self.recent_menu.addAction(self.tr("(none)"))
            empty.setEnabled(False)

    def choose_and_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open barometer database"),
            "",
            self.tr("Barometer database (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open_path(path)

    def choose_and_create(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            self.tr("New barometer database"),
            "barometer.sqlite",
            self.tr("Barometer database (*.sqlite)"),
        )
        if not path:
            return
        if not path.lower().endswith((".sqlite", ".db")):
            path += ".sqlite"
        from barometer_desktop.storage.seed import initialize_database  # noqa: PLC0415 - lazy: loads the ORM, which only edits need (reading goes through Core)

        if Path(path).exists():
            # The save dialog asked about overwriting; we never overwrite a database.
            self._refuse(self.tr("{path} already exists. Choose a new file name.").format(path=path))
            return
        if not self._may_leave():
            return

        # Which municipality, from which policy, compared with whom.
        choice = first_start.ask_new_barometer(self.window, Path(path))
        if choice is None:
            return
        user = self.state.db.user_name
        try:
            opened = open_for_this_copy(
                DatabaseLocation.parse(path),
                lambda loc: initialize_database(
                    loc, user_name=user, definition=choice.definition, municipality=choice.municipality
                ),
            )
        except BarometerError as error:
            self._refuse(error.user_message(QCoreApplication.translate))
            return
        self._switch(opened, path)

    def open_path(self, path: str) -> bool:
        """Open `path`; on any problem say so and keep the current database.

        Like at start-up, the file's lock is taken first: when another copy of
        the app has it open, it opens read-only with the banner saying so.
        """

        if not self._may_leave():
            return False
        user = self.state.db.user_name
        try:
            opened = open_for_this_copy(
                DatabaseLocation.parse(path), lambda loc: open_database(loc, user_name=user)
            )
        except BarometerError as error:
            self._refuse(error.user_message(QCoreApplication.translate))
            return False
        except Exception as error:  # a foreign file can fail in the driver
            self._refuse(
                self.tr("{path} could not be opened as a barometer database: {reason}").format(
                    path=path, reason=str(error).splitlines()[0] if str(error) else type(error).__name__
                )
            )
            return False
        self._switch(opened, path)
        return True

    def _may_leave(self) -> bool:
        """Unsaved edits on the screens are saved or discarded first (or the user stays)."""
        return self.window.confirm_leave_all()

    def _switch(self, opened: OpenedDatabase, path: str) -> None:
        db, lock, banner = opened
        old_keeper = self.window.lock_keeper
        self.state.replace_database(db)
        if old_keeper is not None:
            old_keeper.release()  # after the old database is closed
        keeper = None
        if lock is not None:
            keeper = LockKeeper(lock, db, parent=self.window)
            keeper.lost.connect(self.window.show_banner)
        self.window.lock_keeper = keeper
        self.window.show_banner(banner)
        remember(path)

    def _refuse(self, message: str) -> None:
        QMessageBox.warning(
            self.window,
            self.tr("Database not opened"),
            message + "\n\n" + self.tr("The current database is still open."),
        )
