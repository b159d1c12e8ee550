"""Plain, immutable records that storage hands to screens, report and export.

They carry the row's `version`, which an edit hands back so a stale edit can
be detected.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from barometer_desktop.domain.indicators import IndicatorDefinition
from barometer_desktop.domain.periods import Period


@dataclass(frozen=True)
class PolicyRecord:
    id: int
    name: str
    period_from: int
    period_to: int
    adopted_on: date | None = None
    version: int = 1


@dataclass(frozen=True)
class FocusAreaRecord:
    id: int
    number: int
    title: str
    version: int


@dataclass(frozen=True)
class AreaRecord:
    id: int
    code: str
    name: str
    kind: str
    is_main: bool


@dataclass(frozen=True, kw_only=True)
class IndicatorRecord(IndicatorDefinition):
    """An indicator as stored: its definition (domain.indicators, the one list of its
    fields) plus where the row sits. The columns are storage/schema.py's `indicator`."""

    id: int
    goal_id: int
    goal_number: int
    version: int


@dataclass(frozen=True)
class GoalRecord:
    id: int
    number: int
    title: str
    focus_area_number: int | None
    focus_area_title: str
    indicators: tuple[IndicatorRecord, ...]
    version: int = 1


@dataclass(frozen=True)
class ObservationRecord:
    id: int
    indicator_id: int
    area_id: int
    period: Period
    value: float
    sample_size: int | None
    std_error: float | None
    is_provisional: bool
    note: str
    note_is_public: bool
    entered_by: str
    entered_at: datetime
    version: int


@dataclass(frozen=True)
class AuditRecord:
    table_name: str
    row_key: str
    action: str
    field: str | None
    old_value: str | None
    new_value: str | None
    user_name: str
    changed_at: datetime
