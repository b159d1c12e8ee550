"""The report screen's "Send to the committee" box: the committees to write to, with their
addresses, and which exported PDF the e-mail will carry."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QListWidget, QPushButton, QVBoxLayout, QWidget

from barometer_desktop.storage.committees import CommitteeRecord
from barometer_desktop.ui.accessibility import buddy, leave_with_tab, named
from barometer_desktop.ui.screens.report.ticks import add_tickable, ticked

# The recipient list shows this many committees without scrolling; more scroll in the list.
MAX_RECIPIENT_ROWS = 10
# Ticked the first time the list is filled: the committee the report is for.
DEFAULT_RECIPIENT = "BIU"


class RecipientsBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Send to the committee"))
        column = QVBoxLayout(self)
        self.committees_list = QListWidget()
        self.committees_list.setObjectName("email_committees")
        named(self.committees_list, self.tr("Recipients"), self.tr("Space ticks or unticks a committee."))
        leave_with_tab(self.committees_list)
        recipients = buddy(QLabel(self.tr("Recipients (the committees' contact addresses):")), self.committees_list)
        recipients.setWordWrap(True)
        column.addWidget(recipients)
        # Long names and addresses wrap instead of hiding behind a horizontal scrollbar.
        self.committees_list.setWordWrap(True)
        self.committees_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.committees_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.committees_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.send_button = QPushButton(self.tr("&Send to the committee…"))
        self.send_button.setObjectName("send_button")
        self.send_button.setToolTip(self.tr("Writes an e-mail draft with the exported PDF attached and opens it."))
        # Which PDF goes with the e-mail: the last one exported, whatever the form says now.
        self.attachment_label = QLabel(self.tr("Attachment: none yet — export the report first."))
        self.attachment_label.setObjectName("email_attachment")
        self.attachment_label.setWordWrap(True)
        column.addWidget(self.committees_list)
        column.addWidget(self.attachment_label)
        # Names and addresses wrap by the list's width: fit its height again when that changes.
        self.committees_list.installEventFilter(self)
        self._recipients_width = -1

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.committees_list and event.type() == QEvent.Type.Resize:
            if self.committees_list.width() != self._recipients_width:
                self._recipients_width = self.committees_list.width()
                self._fit()
        return super().eventFilter(watched, event)

    def show_committees(self, committees: Sequence[CommitteeRecord]) -> None:
        """Every committee with its addresses; the ticks the user set are kept."""
        picked = set(self.chosen()) if self.committees_list.count() else {DEFAULT_RECIPIENT}
        self.committees_list.clear()
        for committee in committees:
            addresses = "\n".join(committee.contact_emails) or self.tr("no address recorded")
            # The addresses on their own line: the list stays narrow enough to need no scrollbar.
            add_tickable(self.committees_list, f"{committee.short_name} — {committee.name}\n{addresses}",
                         committee.short_name, committee.short_name in picked)
        self._fit()

    def chosen(self) -> list[str]:
        """The ticked committees' short names."""
        return ticked(self.committees_list)

    def show_attachment(self, file_name: str, final: bool, year: int, language: str) -> None:
        edition = self.tr("final edition") if final else self.tr("draft")
        self.attachment_label.setText(self.tr("Attachment: {file} ({edition} {year}, {language}).").format(
            file=file_name, edition=edition, year=year, language=language))

    def _fit(self) -> None:
        """Room for every committee in the recipient list (the seven of Copenhagen at 1366 x 768):
        a recipient hidden below the list's edge is easily forgotten. The page scrolls instead
        when the window is lower; a very long list scrolls itself."""
        rows = min(self.committees_list.count(), MAX_RECIPIENT_ROWS)
        height = sum(self.committees_list.sizeHintForRow(row) for row in range(rows))
        self.committees_list.setMinimumHeight(max(height + 2 * self.committees_list.frameWidth() + 4, 80))
