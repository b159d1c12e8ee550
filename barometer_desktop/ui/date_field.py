"""A date the user must type: empty means "no date", nothing is filled in for them.

QDateEdit always holds some date (so an untouched field silently means
"today") and, entered with Tab, overwrites one section per typed digit. This
field is a plain line: Tab selects its text, typing replaces it, and what was
typed is read by domain.formatting.parse_date only when the form is saved.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from barometer_desktop import i18n
from barometer_desktop.domain.formatting import DateFormatError, format_date, parse_date
from barometer_desktop.errors import QT_TRANSLATE_NOOP, ValidationError


def date_edit_format(with_year: bool = True) -> str:
    """A QDateEdit's display format in the window's language: 24.11.2026 or 24 Nov 2026
    (as domain.formatting.format_date writes them)."""
    if i18n.current_language() == "da":
        return "dd.MM.yyyy" if with_year else "dd.MM"
    return "d MMM yyyy" if with_year else "d MMM"


class DateField(QLineEdit):
    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field  # the name a ValidationError carries, so errors point here
        self.setPlaceholderText(QCoreApplication.translate("DateField", "dd.mm.yyyy"))
        self.setToolTip(QCoreApplication.translate("DateField", "Type the date, e.g. 01.03.2016; leave empty if none"))
        self.setMaxLength(24)  # room for "1. september 2016"; never cut what format_date wrote

    def set_value(self, value: date | None) -> None:
        self.setText(format_date(value) if value else "")

    def peek(self) -> date | None:
        """The typed date, or None while the text is empty or not (yet) a date."""
        try:
            return self.value()
        except ValidationError:
            return None

    def value(self) -> date | None:
        """The typed date, None when empty; a ValidationError names the field otherwise."""
        text = self.text().strip()
        if not text:
            return None
        try:
            return parse_date(text)
        except DateFormatError:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{text}” is not a date. Type it as dd.mm.yyyy, e.g. 01.03.2016."),
                field=self.field,
                text=text,
            ) from None
