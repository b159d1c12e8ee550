"""What every screen shares: the open database, the report year, the undo stack,
the change notifications and the cache of assembled years.

Screens listen to the signals instead of talking to each other, so a value
entered on one screen shows on the others without them knowing each other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from barometer_desktop.storage.database import Database
from barometer_desktop.ui.changes import EVERYTHING, Change
from barometer_desktop.ui.year_cache import YearCache


class AppState(QObject):
    report_year_changed = Signal(int)
    # What was stored (a Change): screens reload what it touches (ui/screens/base.Screen).
    changed = Signal(object)
    # After any stored change, for listeners that do not care what changed.
    # Code that emits it directly (without notify) is taken to have changed everything.
    data_changed = Signal()
    database_changed = Signal()

    def __init__(self, db: Database, report_year: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._report_year = report_year
        self.undo_stack = QUndoStack(self)
        self.years = YearCache(lambda: self._db)
        self._notifying = False
        self.data_changed.connect(self._changed_without_saying_what)

    @property
    def db(self) -> Database:
        return self._db

    def notify(self, change: Change) -> None:
        """Say what was just stored: the cache forgets, then the screens hear it."""
        self.years.invalidate()
        self._notifying = True
        try:
            self.changed.emit(change)
            self.data_changed.emit()
        finally:
            self._notifying = False

    def _changed_without_saying_what(self) -> None:
        if not self._notifying:
            self.notify(EVERYTHING)

    def replace_database(self, db: Database) -> None:
        old = self._db
        self._db = db
        self.undo_stack.clear()
        old.close()
        self.database_changed.emit()
        self.notify(EVERYTHING)

    @property
    def report_year(self) -> int:
        return self._report_year

    def set_report_year(self, year: int) -> None:
        if year != self._report_year:
            self._report_year = year
            self.report_year_changed.emit(year)
