"""The entry grid's words for values and units: how a stored value is written
(exactly, and against the figure published, rounded to the indicator's
decimals), what a unit is called in a row name and which values it accepts."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from barometer_desktop.domain.formatting import (
    Lang,
    format_number,
    format_trimmed,
    format_value,
    number_readings,
    parse_number,
    rounded,
)
from barometer_desktop.domain.types import Unit, value_range


def unit_label(unit: Unit | str) -> str:
    """The unit as a row name ends with it: "%", "grade" (short, unlike labels.unit_name's "Percent")."""
    labels = {
        Unit.PERCENT: QCoreApplication.translate("EntryModel", "%"),
        Unit.PERCENTAGE_POINTS: QCoreApplication.translate("EntryModel", "percentage points"),
        Unit.GRADE: QCoreApplication.translate("EntryModel", "grade"),
        Unit.INDEX: QCoreApplication.translate("EntryModel", "index"),
        Unit.COUNT: QCoreApplication.translate("EntryModel", "count"),
    }
    return labels[Unit(unit)]


def range_text(unit: Unit | str, lang: Lang | None = None) -> str:
    """The values accepted for a unit (domain.types.ValueRange), for tooltips."""
    accepted = value_range(unit)
    low = format_number(accepted.low, 0, lang) if accepted.low is not None else ""
    high = format_number(accepted.high, 0, lang) if accepted.high is not None else ""
    if accepted.whole:
        return QCoreApplication.translate("EntryModel", "Accepted: a whole number, {low} or more.").format(low=low)
    if low and high:
        return QCoreApplication.translate("EntryModel", "Accepted: {low} to {high}.").format(low=low, high=high)
    if low:
        return QCoreApplication.translate("EntryModel", "Accepted: {low} or more.").format(low=low)
    if high:
        return QCoreApplication.translate("EntryModel", "Accepted: {high} or less.").format(high=high)
    return QCoreApplication.translate("EntryModel", "Accepted: any number.")


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


# How much of a refused text a message repeats, and of a note a tooltip
# shows: a pasted page of text must not fill the window (or freeze it).
_QUOTED_LENGTH = 40
_TOOLTIP_NOTE_LENGTH = 300


def quoted_text(text: str) -> str:
    """A refused text as a message repeats it: on one line, cut after 40 characters ("…")."""
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= _QUOTED_LENGTH else one_line[:_QUOTED_LENGTH] + "…"


def note_excerpt(note: str) -> str:
    """A note as the grid's tooltip shows it: whole up to 300 characters, then cut ("…");
    the details beside the grid show it whole."""
    return note if len(note) <= _TOOLTIP_NOTE_LENGTH else note[:_TOOLTIP_NOTE_LENGTH].rstrip() + "…"
