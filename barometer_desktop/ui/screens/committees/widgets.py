"""Small widgets and helpers the committee screens share."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QWidget,
)

from barometer_desktop import labels
from barometer_desktop.domain.formatting import format_date
from barometer_desktop.domain.types import FollowUpStatus
from barometer_desktop.errors import BarometerError, SaveNotice, ValidationError
from barometer_desktop.ui import theme
from barometer_desktop.ui.accessibility import focus_proxy, named
from barometer_desktop.ui.open_document import open_link


def colour(role: str) -> str:
    """A theme role's text colour as #rrggbb (a word and a symbol always go with it)."""
    return theme.current().name(role)


def status_choices() -> list[tuple[FollowUpStatus | None, str]]:
    """The follow-up statuses a goal can be given (None clears it), each with its mark (labels.py)."""
    return [(status, labels.follow_up_status_mark(status)) for status in (None, *FollowUpStatus)]


def status_colour(status: FollowUpStatus | None) -> str:
    if status is None:
        return colour("not_recorded")
    role = {
        FollowUpStatus.FOLLOWED_UP: "followed_up",
        FollowUpStatus.PARTLY: "partly",
        FollowUpStatus.NOT_FOLLOWED_UP: "not_followed_up",
    }.get(status, "not_recorded")
    return colour(role)


def day(d: date | None) -> str:
    return format_date(d) if d else "—"


def heading(text: str, level: int = 1) -> QLabel:
    label = QLabel(text)
    label.setObjectName("screen_heading" if level == 1 else "section_heading")
    theme.style_heading(label, level)
    label.setContentsMargins(0, 4, 0, 0)
    label.setWordWrap(True)
    return label


def hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    theme.paint_text(label, "hint")
    return label


def show_error(
    parent: QWidget, error: BarometerError, labels: dict[str, str] | None = None, next_step: str = ""
) -> None:
    """Say what was wrong and where (and, if given, what to do next); nothing was stored."""
    message = error.user_message(QCoreApplication.translate)
    field = error.field if isinstance(error, ValidationError) else None
    if labels and field in labels:
        message = QCoreApplication.translate("Committees", "{field}: {message}").format(
            field=labels[field], message=message
        )
    if next_step:
        message = f"{message}\n\n{next_step}"
    QMessageBox.warning(parent, QCoreApplication.translate("Committees", "Not saved"), message)


def show_notices(parent: QWidget, notices: list[SaveNotice], labels: dict[str, str] | None = None) -> None:
    """Say what the user should know about what WAS stored (e.g. a link to an offline drive)."""
    if not notices:
        return
    lines = []
    for notice in notices:
        message = notice.user_message(QCoreApplication.translate)
        if labels and notice.field in labels:
            message = QCoreApplication.translate("Committees", "{field}: {message}").format(
                field=labels[notice.field], message=message
            )
        lines.append(message)
    QMessageBox.warning(parent, QCoreApplication.translate("Committees", "Saved with a warning"), "\n\n".join(lines))


class LinkField(QWidget):
    """A document link with an Open button that checks the link before opening it."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, name: str = "") -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        focus_proxy(self, self.edit)
        named(self.edit, name or QCoreApplication.translate("Committees", "Document link"))
        self.edit.setPlaceholderText(
            QCoreApplication.translate(
                "Committees", "https://... or the full path of a pdf, docx, doc, xlsx, odt or html file"
            )
        )
        self.open_button = QPushButton(QCoreApplication.translate("Committees", "Open"))
        self.open_button.setToolTip(
            QCoreApplication.translate("Committees", "Open the document with the program the computer uses for it")
        )
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.open_button)
        self.open_button.clicked.connect(lambda: open_link(self, self.edit.text()))
        self.edit.textEdited.connect(self.changed)
        self.edit.textEdited.connect(self.clear_mark)
        self.is_marked = False

    def text(self) -> str:
        return self.edit.text()

    def set_text(self, text: str) -> None:
        self.clear_mark()
        self.edit.setText(text)
        self.edit.setCursorPosition(0)

    def mark_invalid(self, message: str) -> None:
        """Frame the link that was refused and put the cursor in it, ready to correct or clear."""
        self.is_marked = True
        self.edit.setStyleSheet(f"QLineEdit {{ {theme.refused_field_style()} }}")
        self.edit.setToolTip(message)
        self.edit.setFocus()
        self.edit.selectAll()

    def clear_mark(self) -> None:
        if self.is_marked:
            self.is_marked = False
            self.edit.setStyleSheet("")
            self.edit.setToolTip("")


def fit_rows(table: QTableWidget, minimum: int = 32, extra: int = 10) -> None:
    """Row heights for wrapped text plus breathing room."""
    table.resizeRowsToContents()
    for row in range(table.rowCount()):
        table.setRowHeight(row, max(minimum, table.rowHeight(row) + extra))
