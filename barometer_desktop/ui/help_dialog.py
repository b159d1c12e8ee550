"""The short user guide, in the window's language, shown from the Help menu (F1)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from barometer_desktop import i18n, labels
from barometer_desktop.resources import shipped_path
from barometer_desktop.storage import settings_store

GUIDES = {"da": ("resources", "help", "brugervejledning.html"), "en": ("resources", "help", "user-guide.html")}
GUIDE = GUIDES["da"]


def guide_path():  # a Path
    """The guide in the window's language; Danish when there is none in it."""
    return shipped_path(*GUIDES.get(i18n.current_language(), GUIDE))


def rules_html(db) -> str:  # a storage Database
    """The verdict rule as the shared settings apply it now (labels.rule_sentences), as HTML."""
    shared = settings_store.load(db)
    sentences = labels.rule_sentences(
        shared.basis, shared.baseline_year, shared.significance_policy, shared.status_window
    )
    heading = QCoreApplication.translate("HelpDialog", "How development is judged with the current settings")
    return f"<h2>{escape(heading)}</h2>" + "".join(f"<p>{escape(s)}</p>" for s in sentences)


class HelpDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, db=None) -> None:  # a storage Database
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
            if db is not None:
                # The rule applied, from the shared settings, so the guide never states another one.
                self.browser.append(rules_html(db))
        else:
            self.browser.setPlainText(self.tr("The user guide is missing from this installation."))
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
