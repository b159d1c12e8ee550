"""What every screen shares: the open database, the report year, the undo stack.

Screens listen to the signals instead of talking to each other, so a value
entered on one screen shows on the others without them knowing each other.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from barometer_desktop.storage.database import Database


class AppState(QObject):
    report_year_changed = Signal(int)
    # Emitted after any stored change, so screens can refresh what they show.
    data_changed = Signal()
    database_changed = Signal()

    def __init__(self, db: Database, report_year: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._db = db
        self._report_year = report_year
        self.undo_stack = QUndoStack(self)

    @property
    def db(self) -> Database:
        return self._db

    def replace_database(self, db: Database) -> None:
        old = self._db
        self._db = db
        self.undo_stack.clear()
        old.close()
        self.database_changed.emit()
        self.data_changed.emit()

    @property
    def report_year(self) -> int:
        return self._report_year

    def set_report_year(self, year: int) -> None:
        if year != self._report_year:
            self._report_year = year
            self.report_year_changed.emit(year)
