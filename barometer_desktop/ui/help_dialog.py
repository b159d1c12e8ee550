"""The short user guide, in the window's language, shown from the Help menu (F1)."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from barometer_desktop import i18n
from barometer_desktop.resources import shipped_path

GUIDES = {"da": ("resources", "help", "brugervejledning.html"), "en": ("resources", "help", "user-guide.html")}
GUIDE = GUIDES["da"]


def guide_path():  # noqa: ANN201 - a Path
    """The guide in the window's language; Danish when there is none in it."""
    return shipped_path(*GUIDES.get(i18n.current_language(), GUIDE))


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("help_dialog")
        self.setWindowTitle(self.tr("User guide"))
        self.resize(760, 680)
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setObjectName("help_browser")
        self.browser.setAccessibleName(self.tr("User guide"))
        self.browser.setOpenExternalLinks(True)
        guide = guide_path()
        if guide.is_file():
            self.browser.setSource(QUrl.fromLocalFile(str(guide)))
        else:
            self.browser.setPlainText(self.tr("The user guide is missing from this installation."))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
