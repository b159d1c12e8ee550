"""The one question before unsaved edits would be lost: Save, Discard or Cancel.

Every screen that holds typed, unsaved edits (a value's details, an indicator's
definition, a committee's follow-up) asks it the same way from its
`confirm_leave`; Save is the default, so Enter never throws work away.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def ask_to_save(
    parent: QWidget,
    title: str,
    question: str,
    *,
    can_cancel: bool,
    save: Callable[[], bool],
    discard: Callable[[], None],
) -> bool:
    """Ask; True when the caller may go on (saved or discarded), False to stay.

    `save` returns whether it stored the edits (a refusal shows its own message
    and keeps them); without `can_cancel` (the window is closing anyway) there
    is no Cancel."""
    buttons = QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
    if can_cancel:
        buttons |= QMessageBox.StandardButton.Cancel
    answer = QMessageBox.question(parent, title, question, buttons, QMessageBox.StandardButton.Save)
    if answer == QMessageBox.StandardButton.Save:
        return save()
    if answer == QMessageBox.StandardButton.Discard:
        discard()
        return True
    return False
