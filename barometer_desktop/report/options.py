"""How a report is to be produced. Its own module so that code which only
describes a report (the Rapport screen, the self-test) does not load ReportLab."""

from __future__ import annotations

from dataclasses import dataclass

from barometer_desktop.domain.formatting import Lang
from barometer_desktop.errors import QT_TRANSLATE_NOOP, ValidationError

# The case number sits on the cover and in the running header: a longer one
# would not fit the page (the screen's field holds no more either).
CASE_NUMBER_LIMIT = 60


@dataclass(frozen=True)
class ReportOptions:
    final: bool = False
    case_number: str = ""
    lang: Lang = "da"


def checked_case_number(text: str) -> str:
    """The case number as it is printed, or ValidationError when it cannot fit the page."""
    text = text.strip()
    if len(text) > CASE_NUMBER_LIMIT or any(not char.isprintable() for char in text):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The case number can be at most {limit} characters of plain text."),
            field="case_number", limit=CASE_NUMBER_LIMIT,
        )
    return text
