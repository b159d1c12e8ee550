"""Warnings, never refusals, about values the entry grid has just stored.

A value can pass every rule and still be a typing slip: "1.234" read with the
window's thousands mark, or a figure far from its own series. The grid stores
it and says so in the line under the grid, naming the cell.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from barometer_desktop.domain.formatting import parse_number
from barometer_desktop.domain.plausibility import Jump, implausible_jump
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.observations import series
from barometer_desktop.ui.screens.entry.texts import as_read, edit_text, other_reading
from barometer_desktop.ui.undo import CellChange

Cell = tuple[int, int]  # (row, column)
# Names a cell for a message ("row 1.1 ..., column København"), by (indicator_id, area_id).
CellNamer = Callable[[int, int], str]


def reading_warning(texts: Mapping[Cell, str], name_of_cell: Callable[[int, int], str]) -> str:
    """A warning for "1.234" in Danish or "1,234" in English: read with the
    window's thousands mark as 1234 (so the app's own "1.234" reads back),
    though it may have been meant as 1.234. The import refuses the same shape;
    the grid reads it and tells the user, who sees the cell.

    `name_of_cell` names a cell by (row, column)."""
    for (row, column), text in sorted(texts.items()):
        other = other_reading(text)
        value = parse_number(text) if other is not None else None
        if other is None or value is None or not value.is_integer():
            continue  # one reading, or the window's own decimal mark: read as most people mean it
        meant = edit_text(other)
        return QCoreApplication.translate(
            "EntryModel", "⚠ {cell}: {text} was read as {value}; if you meant {other}, type {other_text}."
        ).format(cell=name_of_cell(row, column), text=text.strip(), value=as_read(value), other=meant, other_text=meant)
    return ""


def jump_warning(db: Database, changes: Iterable[CellChange], name_of: CellNamer) -> str:
    """A warning for values far from their own series (domain.plausibility)."""
    found: list[tuple[CellChange, float, Jump]] = []
    for change in changes:
        if change.after is None:
            continue
        history = [
            r.value
            for r in series(db, change.indicator_id, [change.area_id])
            if r.period.is_year and r.period.year < change.period.year
        ]
        jump = implausible_jump(history, change.after.value)
        if jump is not None:
            found.append((change, change.after.value, jump))
    if not found:
        return ""
    change, value, jump = found[0]
    text = QCoreApplication.translate(
        "EntryModel",
        "⚠ Check {cell}: {value} is far from the previous value {previous}; a change up to "
        "±{threshold} would fit this series. It was stored.",
    ).format(
        cell=name_of(change.indicator_id, change.area_id), value=edit_text(value),
        previous=edit_text(jump.previous), threshold=edit_text(round(jump.threshold, 2)),
    )
    if len(found) > 1:
        text += " " + QCoreApplication.translate("EntryModel", "{count} more values are far from their series.").format(
            count=len(found) - 1
        )
    return text
