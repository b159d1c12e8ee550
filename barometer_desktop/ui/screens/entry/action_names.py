"""How an edit in the entry grid is named: on the undo stack ("Enter 1.1
København"), once stored in the line under the grid ("Stored 1.1
København: 12,5."), and there again when it is undone or redone."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from barometer_desktop.storage.records import AreaRecord, IndicatorRecord
from barometer_desktop.ui.screens.entry.texts import edit_text, published_note
from barometer_desktop.ui.undo import CellChange


@dataclass(frozen=True)
class ActionNames:
    label: str  # the undo stack's name for the action
    done: str  # what the user is told was stored


def action_names(
    changes: Sequence[CellChange], indicators: Sequence[IndicatorRecord], areas: Sequence[AreaRecord]
) -> ActionNames:
    """The names of one action made of `changes` (cells of the sheet's `indicators` and `areas`)."""
    if len(changes) == 1:
        only = changes[0]
        indicator = next(i for i in indicators if i.id == only.indicator_id)
        area = next(a for a in areas if a.id == only.area_id)
        code, name = indicator.code, area.name
        if only.after is None:
            return ActionNames(
                QCoreApplication.translate("EntryModel", "Clear {code} {area}").format(code=code, area=name),
                QCoreApplication.translate("EntryModel", "Cleared {code} {area}.").format(code=code, area=name),
            )
        label = QCoreApplication.translate("EntryModel", "Enter {code} {area}").format(code=code, area=name)
        value = only.after.value
        note = published_note(value, indicator.unit, indicator.decimals)
        if note:
            # Say why the grid will show another figure than the one typed.
            done = QCoreApplication.translate("EntryModel", "Stored {code} {area}: {value} ({published_note}).").format(
                code=code, area=name, value=edit_text(value), published_note=note
            )
        else:
            done = QCoreApplication.translate("EntryModel", "Stored {code} {area}: {value}.").format(
                code=code, area=name, value=edit_text(value)
            )
        return ActionNames(label, done)
    count = len(changes)
    if all(c.after is None for c in changes):
        return ActionNames(
            QCoreApplication.translate("EntryModel", "Clear {count} values").format(count=count),
            QCoreApplication.translate("EntryModel", "Cleared {count} values.").format(count=count),
        )
    return ActionNames(
        QCoreApplication.translate("EntryModel", "Enter {count} values").format(count=count),
        QCoreApplication.translate("EntryModel", "Stored {count} values.").format(count=count),
    )


def undo_report(undone: bool, action: str, years: frozenset[int], shown_year: int) -> str:
    """What the line under the grid says after Ctrl+Z (`undone`) or Ctrl+Y: the
    action, and its year when the grid shows another one (the change is not in view)."""
    other_years = sorted(years - {shown_year})
    if not other_years:
        if undone:
            return QCoreApplication.translate("EntryModel", "Undone: {action}.").format(action=action)
        return QCoreApplication.translate("EntryModel", "Redone: {action}.").format(action=action)
    year = ", ".join(str(y) for y in other_years)
    if undone:
        return QCoreApplication.translate(
            "EntryModel", "Undone in {year}: {action}. The grid shows {shown_year}."
        ).format(year=year, action=action, shown_year=shown_year)
    return QCoreApplication.translate(
        "EntryModel", "Redone in {year}: {action}. The grid shows {shown_year}."
    ).format(year=year, action=action, shown_year=shown_year)
