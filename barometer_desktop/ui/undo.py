"""Undo and redo for value edits, shared by every screen through AppState.undo_stack.

An edit is stored first (so a rejected value raises to the screen that made
it, with nothing stored) and only then pushed as an already-applied command.
Undo and redo store again through the same service, so they are audited and
version-checked like any edit: if someone else changed the value meanwhile,
the undo is refused with a message instead of overwriting their change.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QMessageBox

from barometer_desktop.domain.periods import Period
from barometer_desktop.errors import BarometerError
from barometer_desktop.storage import observation_edits
from barometer_desktop.storage.observation_edits import CellKey, Removal
from barometer_desktop.storage.observations import ObservationInput
from barometer_desktop.storage.records import ObservationRecord
from barometer_desktop.ui.changes import Change
from barometer_desktop.ui.state import AppState


@dataclass(frozen=True)
class CellChange:
    """One value before and after an edit; None means "no value"."""

    indicator_id: int
    area_id: int
    period: Period
    before: ObservationInput | None
    after: ObservationInput | None

    @property
    def key(self) -> CellKey:
        return (self.indicator_id, self.area_id, self.period)


def as_input(record: ObservationRecord) -> ObservationInput:
    return ObservationInput(
        indicator_id=record.indicator_id,
        area_id=record.area_id,
        period=record.period,
        value=record.value,
        sample_size=record.sample_size,
        std_error=record.std_error,
        is_provisional=record.is_provisional,
        note=record.note,
        note_is_public=record.note_is_public,
        expected_version=record.version,
    )


class ValueEditCommand(QUndoCommand):
    """Several cell changes made by one user action (a typed value, a paste)."""

    def __init__(self, state: AppState, changes: Sequence[CellChange], versions: dict, text: str) -> None:
        super().__init__(text)
        self._state = state
        self._changes = list(changes)
        # cell -> the version now stored (None: no value), named by the next undo/redo
        self._versions = dict(versions)
        self._skip_first_redo = True

    @property
    def years(self) -> frozenset[int]:
        """The years whose values the action changed (a screen says so when it shows another year)."""
        return frozenset(change.period.year for change in self._changes)

    def _apply(self, pick_after: bool) -> None:
        saves: list[ObservationInput] = []
        removals: list[Removal] = []
        for change in self._changes:
            wanted = change.after if pick_after else change.before
            version = self._versions.get(change.key)
            if wanted is None:
                if version is not None:
                    removals.append(Removal(change.indicator_id, change.area_id, change.period, version))
            else:
                saves.append(replace(wanted, expected_version=version))
        try:
            self._versions.update(observation_edits.store(self._state.db, saves, removals))
        except BarometerError as error:
            # Someone else changed a value since: this step can no longer be
            # replayed safely, so it leaves the stack.
            self.setObsolete(True)
            QMessageBox.warning(
                QApplication.activeWindow(),
                QApplication.translate("Undo", "Undo not possible"),
                error.user_message(QApplication.translate),
            )
            return
        self._state.notify(values_changed(self._changes))

    def redo(self) -> None:
        if self._skip_first_redo:
            self._skip_first_redo = False
            return
        self._apply(pick_after=True)

    def undo(self) -> None:
        self._apply(pick_after=False)


def store_changes(state: AppState, changes: Sequence[CellChange], text: str) -> None:
    """Store the changes as ONE action and make it undoable.

    Raises BarometerError (nothing stored) when any value is rejected.
    """
    saves = [c.after for c in changes if c.after is not None]
    removals = [
        Removal(c.indicator_id, c.area_id, c.period, c.before.expected_version)
        for c in changes
        if c.after is None and c.before is not None and c.before.expected_version is not None
    ]
    versions = observation_edits.store(state.db, saves, removals)
    state.undo_stack.push(ValueEditCommand(state, changes, versions, text))
    state.notify(values_changed(changes))


def values_changed(changes: Sequence[CellChange]) -> Change:
    """What the screens hear: which indicators' values of which years were stored."""
    return Change.values((c.indicator_id, c.period.year) for c in changes)
