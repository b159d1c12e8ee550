"""About: version, database, schema and where the logs are (what IT support asks for)."""

from __future__ import annotations

import platform

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from barometer_desktop import APP_NAME, __version__, paths
from barometer_desktop.resources import shipped_path
from barometer_desktop.ui.state import AppState


class AboutDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowTitle(self.tr("About {app}").format(app=APP_NAME))
        layout = QVBoxLayout(self)

        header = QHBoxLayout()
        icon = QLabel()
        pixmap = QPixmap(str(shipped_path("resources", "icons", "app.png")))
        if not pixmap.isNull():
            icon.setPixmap(pixmap.scaled(64, 64, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        header.addWidget(icon)
        title = QLabel(
            "<b style='font-size:x-large'>{app}</b><br>{text}".format(
                app=APP_NAME,
                text=self.tr("The committee secretariat's tool for Copenhagen's integration barometer."),
            )
        )
        title.setWordWrap(True)
        header.addWidget(title, 1)
        layout.addLayout(header)

        form = QFormLayout()
        db = state.db
        self.values: dict[str, QLabel] = {}
        rows = [
            ("version", self.tr("Version:"), __version__),
            ("database", self.tr("Database:"), db.location.display()),
            ("schema", self.tr("Schema version:"), db.schema_revision() or self.tr("unknown")),
            ("logs", self.tr("Log folder:"), str(paths.log_dir())),
            ("data", self.tr("Data folder:"), str(paths.app_data_dir())),
            ("platform", self.tr("Platform:"), f"Python {platform.python_version()}, Qt/PySide {pyside_version}, {platform.platform(terse=True)}"),
        ]
        for key, label, value in rows:
            field = QLabel(value)
            field.setObjectName(f"about_{key}")
            # Selectable with the keyboard too: IT support asks for these, and Tab reaches them.
            field.setTextInteractionFlags(
                Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
            )
            field.setAccessibleName(f"{label} {value}")
            field.setWordWrap(True)
            self.values[key] = field
            form.addRow(label, field)
        layout.addLayout(form)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
