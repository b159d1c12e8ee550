"""What every screen of the main window is: the one refresh policy.

A screen hears every stored change (AppState.changed, a Change saying what
was stored), a new report year and another database. It reloads only when
the change touches what it shows (`touches`), and only while it is seen: a
hidden screen remembers what it missed (merged into one Change) and reloads
once when it is shown again. Before closing, opening another database or
changing the year, the main window asks every screen `confirm_leave()`;
screens holding unsaved input override it (and `has_unsaved_changes`).

`reloads` counts the reloads that really ran, so tests can measure that one
stored value costs one reload of what changed and nothing on hidden screens.
"""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from barometer_desktop.ui.changes import EVERYTHING, Change
from barometer_desktop.ui.state import AppState


class Screen(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.reloads = 0
        self._missed: Change | None = None
        state.changed.connect(self.request_reload)
        state.report_year_changed.connect(self._year_switched)
        state.database_changed.connect(self.database_switched)

    # -- what subclasses provide -----------------------------------------------

    def reload(self, change: Change) -> None:
        """Show the stored data again; `change` says what changed since the last load."""
        raise NotImplementedError

    def touches(self, change: Change) -> bool:
        """Whether `change` can alter what this screen shows (default: any change does)."""
        return True

    def changed_while_hidden(self, change: Change) -> None:
        """A change the hidden screen will reload on its next show; a cheap badge
        (a count in the navigation) can be brought up to date here."""

    def year_switched(self, year: int) -> None:
        """Before the reload for a new report year: drop what belonged to the old one."""

    def database_switched(self) -> None:
        """Another database was opened (its reload follows as a change of everything):
        forget ids and marks that meant something in the old one."""

    def has_unsaved_changes(self) -> bool:
        return False

    def confirm_leave(self) -> bool:
        """Unsaved input asks Save / Discard / Cancel; False means stay."""
        return True

    # -- the policy, in one place ------------------------------------------------

    @property
    def reload_pending(self) -> bool:
        return self._missed is not None

    def request_reload(self, change: Change) -> None:
        if not self.touches(change):
            return
        if self.isVisible():
            self._run_reload(change)
        else:
            self._missed = change.merged(self._missed)
            self.changed_while_hidden(change)

    def _year_switched(self, year: int) -> None:
        self.year_switched(year)
        self.request_reload(EVERYTHING)

    def _run_reload(self, change: Change) -> None:
        self._missed = None
        self.reloads += 1
        self.reload(change)

    def load_when_shown(self) -> None:
        """For a constructor: the first load waits until the screen is first seen."""
        self._missed = EVERYTHING

    def reloaded_by_itself(self) -> None:
        """The screen just read everything again on its own (to show a chosen
        item): what it missed while hidden is shown, no reload is due."""
        self._missed = None

    def showEvent(self, event: QShowEvent) -> None:
        if self._missed is not None:
            self._run_reload(self._missed)
        super().showEvent(event)
