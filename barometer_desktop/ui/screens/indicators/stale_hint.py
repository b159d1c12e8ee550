"""A small, non-modal bar saying that the stored version changed while the
user was editing: their text stays on screen, and one button fetches the
stored version instead (throwing the local edits away)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from barometer_desktop.ui import theme


class StaleHint(QFrame):
    reload_requested = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stale_hint")

        palette = theme.current()
        self.setStyleSheet(
            f"QFrame#stale_hint {{ background: {palette.fill('warning_fill').name()};"
            f" border: 1px solid {palette.line('warning_border').name()}; border-radius: 3px; }}"
            f"QFrame#stale_hint QLabel {{ color: {palette.text_on('warning_fill').name()}; }}"
        )
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.reload_button = QPushButton(self.tr("Load stored version"))
        self.reload_button.setObjectName("load_stored_version")
        self.reload_button.setToolTip(self.tr("Throw away your changes here and show what is stored now."))
        self.reload_button.clicked.connect(self.reload_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reload_button)
        self.hide()
