"""What the user typed or pasted into the entry grid, turned into checked changes.

The rules of one edit, without widgets: a text is read as a number (either
decimal mark), checked by storage's one rule for its unit and for sample
sizes, and becomes a CellChange (before and after) for ui.undo.store_changes.
Any problem raises ValidationError; the model names the cell and stores nothing.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Literal

from barometer_desktop.domain.formatting import NumberFormatError, parse_number
from barometer_desktop.domain.periods import Period
from barometer_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from barometer_desktop.storage.observations import (
    ObservationInput,
    checked_sample_size,
    validate_input,
    validate_value,
)
from barometer_desktop.storage.records import IndicatorRecord, ObservationRecord
from barometer_desktop.ui.screens.entry.texts import as_read, edit_text, other_reading, quoted_text
from barometer_desktop.ui.undo import CellChange, as_input

# A value's details that a pasted column can hold, beside the values themselves.
DetailField = Literal["sample_size", "std_error"]
PasteField = Literal["value", "sample_size", "std_error"]


def typed_number(text: str) -> float:
    """A typed number in either style ("12,5", "12.5"); ValidationError when it is none."""
    try:
        return parse_number(text)
    except NumberFormatError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "\"{text}\" is not a number."), field="value", text=quoted_text(text)
        ) from None


def typed_or_kept(text: str, stored: float | None) -> float:
    """The typed number, or the stored one when `text` is just how the editor
    showed it: the editor (and a copy) shows at most 6 decimals, so opening a
    cell holding 100/3 and pressing Enter must not round the value to 33.333333."""
    if stored is not None and text.strip() == edit_text(stored):
        return stored
    return typed_number(text)


def typed_sample_size(text: str) -> int | None:
    """A typed or pasted sample size, by storage's one rule (a positive whole number); None when blank."""
    return checked_sample_size(typed_number(text)) if text.strip() else None


def typed_std_error(text: str, stored: float | None) -> float | None:
    """A typed standard error (None when blank); the stored one when the text is how it was shown."""
    return typed_or_kept(text, stored) if text.strip() else None


def value_change(
    indicator: IndicatorRecord, area_id: int, year: int, record: ObservationRecord | None, text: str
) -> CellChange | None:
    """The change a typed value makes to a cell of the year (`record` is what it holds);
    None when it changes nothing. An empty text clears the cell."""
    period = Period.year_of(year)
    before = as_input(record) if record is not None else None
    if not text.strip():
        return CellChange(indicator.id, area_id, period, before, None) if before is not None else None
    value = typed_or_kept(text, before.value if before is not None else None)
    try:
        validate_value(indicator.unit, value)
    except ValidationError as error:
        if other_reading(text) is not None:
            # "1.234" in a percent cell: say how it was read, or the range alone puzzles.
            error.add_line(QT_TRANSLATE_NOOP("Errors", "{text} was read as {value}."),
                           text=text.strip(), value=as_read(value))
        raise
    if before is not None and before.value == value:
        return None
    after = replace(before, value=value) if before is not None else ObservationInput(indicator.id, area_id, period, value)
    return CellChange(indicator.id, area_id, period, before, after)


def details_change(
    indicator: IndicatorRecord,
    record: ObservationRecord,
    sample_size: str,
    std_error: str,
    provisional: bool,
    note: str,
    note_is_public: bool,
) -> CellChange | None:
    """The change the details panel makes to a stored value; None when it changes nothing."""
    before = as_input(record)
    after = replace(
        before, sample_size=typed_sample_size(sample_size), std_error=typed_std_error(std_error, before.std_error),
        is_provisional=provisional, note=note.strip(), note_is_public=note_is_public,
    )
    validate_input(after, indicator.unit)
    return None if after == before else CellChange(indicator.id, record.area_id, record.period, before, after)


def detail_change(
    indicator: IndicatorRecord, record: ObservationRecord | None, field: DetailField, text: str
) -> CellChange | None:
    """The change a pasted sample size or standard error makes to the value in its cell."""
    if record is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no value here yet; enter the value first."), field=field
        )
    before = as_input(record)
    if field == "sample_size":
        after = replace(before, sample_size=typed_sample_size(text))
    else:
        after = replace(before, std_error=typed_std_error(text, before.std_error))
    validate_input(after, indicator.unit)
    return None if after == before else CellChange(indicator.id, record.area_id, record.period, before, after)
