"""Årshjulet: what is due now in the yearly cycle, read from the assembled year.

The start page shows it; every line names the screen where the user acts.
Plain data from the same snapshot the other screens and outputs read, so the
start page never counts differently from "Mangler data" or the committees.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from barometer_desktop.assembly.snapshot import BarometerSnapshot
from barometer_desktop.domain.missing_data import MissingItem


@dataclass(frozen=True)
class DueNow:
    year: int
    empty: bool  # no value at all in the database: say what to do first
    overdue: tuple[MissingItem, ...]
    expected_this_month: tuple[MissingItem, ...]
    deadline: date
    awaited_reports: tuple[str, ...]  # committees whose report is due by the deadline, not yet here
    missing_reports: tuple[str, ...]  # not received although the deadline has passed
    not_recorded: int  # goals whose follow-up the secretariat has not yet recorded
    final_languages: tuple[str, ...]  # the report year's final editions


def due_now(
    snapshot: BarometerSnapshot, today: date, final_languages: Collection[str], has_values: bool
) -> DueNow:
    this_month = (today.year, today.month)
    return DueNow(
        year=snapshot.report_year,
        empty=not has_values,
        overdue=tuple(item for item in snapshot.missing_data if item.overdue),
        expected_this_month=tuple(
            item
            for item in snapshot.missing_data
            if not item.overdue and item.expected is not None
            and (item.expected.year, item.expected.month) == this_month
        ),
        deadline=snapshot.follow_up_deadline,
        awaited_reports=tuple(
            c.short_name for c in snapshot.committees if c.report_received is None and not c.report_missing
        ),
        missing_reports=tuple(c.short_name for c in snapshot.committees if c.report_missing),
        not_recorded=sum(len(c.not_recorded) for c in snapshot.committees),
        final_languages=tuple(sorted(final_languages)),
    )
