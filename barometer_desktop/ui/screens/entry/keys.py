"""The entry grid's keys: which press stores, clears, pastes, undoes and redoes."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent, QKeySequence

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
CLEAR_KEYS = (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
# Block pastes of the values' details (a column of n or SE copied from a spreadsheet).
PASTE_SAMPLE_SIZES = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
PASTE_STD_ERRORS = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


def is_undo(event: QKeyEvent) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo)


def is_redo(event: QKeyEvent) -> bool:
    # Ctrl+Y as on Windows and Ctrl+Shift+Z as elsewhere, whatever the platform says.
    combo = event.keyCombination()
    ctrl = Qt.KeyboardModifier.ControlModifier
    shift_ctrl = ctrl | Qt.KeyboardModifier.ShiftModifier
    return (
        event.matches(QKeySequence.StandardKey.Redo)
        or (combo.key() == Qt.Key.Key_Y and combo.keyboardModifiers() == ctrl)
        or (combo.key() == Qt.Key.Key_Z and combo.keyboardModifiers() == shift_ctrl)
    )
