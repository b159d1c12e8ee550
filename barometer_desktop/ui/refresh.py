"""Showing other people's changes: poll a cheap data version, and look on focus.

Another workstation (or another window) may store values while this one is
open. Every few seconds, and whenever the app becomes active again, the
refresher reads `Database.data_version()` (how many changes the audit log holds) and,
when it grew, notifies a change of everything (AppState.notify), so every
screen reloads when it is next seen. Our own changes are notified too; the
refresher then just notes the new version, so it never reports our own work
back to us.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

from barometer_desktop.errors import BarometerError
from barometer_desktop.ui.changes import EVERYTHING
from barometer_desktop.ui.state import AppState

POLL_MS = 4000
# After a failed poll (server unreachable) wait longer, so a connect timeout
# does not freeze the window every few seconds.
BACKOFF_MS = 60_000

log = logging.getLogger(__name__)


class DataRefresher(QObject):
    # Emitted (before the change is notified) when someone else changed the data.
    changed_elsewhere = Signal()

    def __init__(self, state: AppState, interval_ms: int = POLL_MS, parent: QObject | None = None) -> None:
        super().__init__(parent or state)
        self.state = state
        self._interval_ms = interval_ms
        self._emitting = False
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self._seen = self._read()
        self.timer.timeout.connect(self.check)
        self.timer.start()
        state.changed.connect(self._note_own_change)
        state.database_changed.connect(self._note_own_change)
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.applicationStateChanged.connect(self._on_application_state)

    def _read(self) -> int | None:
        try:
            version = self.state.db.data_version()
        except BarometerError as error:
            # A server that is unreachable for a while: try again later.
            log.info("data version not readable: %s", error)
            self.timer.setInterval(BACKOFF_MS)
            return None
        if self.timer.interval() != self._interval_ms:
            self.timer.setInterval(self._interval_ms)
        return version

    def _note_own_change(self, *_change: object) -> None:
        if not self._emitting:
            self._seen = self._read()

    def _on_application_state(self, app_state: Qt.ApplicationState) -> None:
        if app_state == Qt.ApplicationState.ApplicationActive:
            self.check()

    def check(self) -> bool:
        """Reload the screens if someone else stored something; True when they did."""
        version = self._read()
        if version is None or version == self._seen:
            return False
        self._seen = version
        self._emitting = True
        try:
            self.changed_elsewhere.emit()
            self.state.notify(EVERYTHING)
        finally:
            self._emitting = False
        return True
