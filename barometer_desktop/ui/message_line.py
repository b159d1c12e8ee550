"""A status line under a form or grid: coloured by the theme, marked by a word or
symbol too, and spoken by a screen reader when it changes (the message
appears away from where the keyboard is)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from barometer_desktop.ui import theme
from barometer_desktop.ui.accessibility import announce

# kind -> the fill role of its box ("" = plain text, no box)
KINDS = {"error": "error_fill", "success": "success_fill", "warning": "warning_fill", "info": ""}


class MessageLine(QLabel):
    """Shows one message at a time; `show_message("", ...)` clears it."""

    def __init__(self, name: str = "", *, boxed: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if name:
            self.setObjectName(name)
        self.kind = ""
        self._boxed = boxed
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if boxed:
            self.setContentsMargins(8, 4, 8, 4)
        # Room for one line even when empty: a message appearing must not shift
        # the form above it (the field under the mouse or the keyboard stays put).
        self.setMinimumHeight(self.fontMetrics().lineSpacing() + (12 if boxed else 4))

    def show_message(self, text: str, kind: str = "info") -> None:
        self.kind = kind if text else ""
        self.setText(text)
        fill = KINDS.get(self.kind, "")
        if not text:
            self.setStyleSheet("")
        elif self._boxed and fill:
            self.setStyleSheet(f"QLabel {{ {theme.boxed_style(fill)} }}")
        elif fill:
            colour = theme.current().text(kind).name()
            weight = "font-weight: 600;" if kind == "error" else ""
            self.setStyleSheet(f"QLabel {{ color: {colour}; {weight} }}")
        else:
            self.setStyleSheet("")
        self.setAccessibleName(text)
        announce(self, text)

    def clear_message(self) -> None:
        self.show_message("", "")
