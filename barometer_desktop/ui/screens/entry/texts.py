"""How the entry grid and the history write a stored value: exactly, and
against the figure published (rounded to the indicator's decimals)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from barometer_desktop.domain.formatting import (
    format_number,
    format_trimmed,
    format_value,
    number_readings,
    parse_number,
    rounded,
)
from barometer_desktop.domain.types import Unit


def row_label(code: str, name: str, unit: str) -> str:
    """The row header; the unit is left out when the name already ends with it."""
    unit_part = f"({unit})"
    if name.rstrip().casefold().endswith(unit_part.casefold()):
        return f"{code}  {name}"
    return f"{code}  {name}  {unit_part}"


def edit_text(value: float) -> str:
    """The stored value in full precision, in the window's number style, for the editor."""
    return format_trimmed(value, 6, editable=True)


def stored_text(value: float, decimals: int) -> str:
    """The stored value exactly: the indicator's decimals, more when it has more (12,5 where 13 is published)."""
    if rounded(value, decimals) == value:
        return format_number(value, decimals)
    return format_trimmed(value, 6)


def published_note(value: float, unit: str, decimals: int) -> str:
    """Why the published figure differs from the stored one ("published without decimals: 13 %"), or ""."""
    if rounded(value, decimals) == value:
        return ""
    published = format_value(value, Unit(unit), decimals)
    if decimals == 0:
        return QCoreApplication.translate("EntryModel", "published without decimals: {published}").format(published=published)
    if decimals == 1:
        return QCoreApplication.translate("EntryModel", "published with 1 decimal: {published}").format(published=published)
    return QCoreApplication.translate("EntryModel", "published with {decimals} decimals: {published}").format(
        decimals=decimals, published=published
    )


def other_reading(text: str) -> float | None:
    """The value `text` has with the other decimal mark, when it reads two ways ("1.234"); else None."""
    comma, point = number_readings(text.strip())
    if comma is None or point is None or comma == point:
        return None
    return point if parse_number(text) == comma else comma


def as_read(value: float) -> str:
    """A value as it was read: a whole number without grouping marks, so "read as 1234" cannot be misread again."""
    return str(int(value)) if value.is_integer() else edit_text(value)
