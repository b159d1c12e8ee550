"""Opening links to documents with the system's handler, after checking them.

``launch`` is the only place that hands anything to the operating system;
tests patch it to prove that a refused link is never launched.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox, QWidget

from barometer_desktop.domain.document_links import LinkKind
from barometer_desktop.errors import ValidationError
from barometer_desktop.storage.link_refusals import link_or_error


def launch(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


def open_link(parent: QWidget | None, text: str) -> bool:
    """Open a web address or local document; refuse anything else with a message."""
    if not (text or "").strip():
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Links", "No link"),
            QCoreApplication.translate("Links", "There is no link to open."),
        )
        return False
    try:
        link = link_or_error(text)
    except ValidationError as error:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Links", "Link not opened"),
            error.user_message(QCoreApplication.translate),
        )
        return False
    url = QUrl(link.text) if link.kind is LinkKind.WEB else QUrl.fromLocalFile(str(link.path))
    if not launch(url):
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Links", "Link not opened"),
            QCoreApplication.translate("Links", "No program on this computer could open {link}.").format(
                link=link.text
            ),
        )
        return False
    return True
