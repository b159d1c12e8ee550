"""Plain, immutable records that storage hands to screens, report and export.

They carry the row's `version`, which an edit hands back so a stale edit can
be detected. Each names its table (storage.row_records.from_table) and is
built from a row by `record_from_row`, never field by field.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from barometer_desktop.domain.indicators import IndicatorDefinition
from barometer_desktop.domain.periods import Period
from barometer_desktop.storage import schema
from barometer_desktop.storage.row_records import from_table


@from_table(schema.policy)
@dataclass(frozen=True)
class PolicyRecord:
    id: int
    name: str
    period_from: int
    period_to: int
    adopted_on: date | None = None
    version: int = 1


@from_table(schema.focus_area, omitted=("policy_id",))
@dataclass(frozen=True)
class FocusAreaRecord:
    id: int
    number: int
    title: str
    version: int


@from_table(schema.area, omitted=("sort_order", "version"))
@dataclass(frozen=True)
class AreaRecord:
    id: int
    code: str
    name: str
    kind: str
    is_main: bool


@from_table(schema.indicator, computed=("goal_number",))
@dataclass(frozen=True, kw_only=True)
class IndicatorRecord(IndicatorDefinition):
    """An indicator as stored: its definition (domain.indicators, the one list of its
    fields) plus where the row sits. The columns are storage/schema.py's `indicator`."""

    id: int
    goal_id: int
    goal_number: int
    version: int


@from_table(
    schema.goal,
    computed=("focus_area_number", "focus_area_title", "indicators"),
    omitted=("policy_id", "focus_area_id"),
)
@dataclass(frozen=True)
class GoalRecord:
    id: int
    number: int
    title: str
    focus_area_number: int | None
    focus_area_title: str
    indicators: tuple[IndicatorRecord, ...]
    version: int = 1


# The period is made of three columns (observations.stored_period).
@from_table(schema.observation, computed=("period",), omitted=("year", "period_kind", "period_no"))
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


@from_table(schema.audit_log, omitted=("id",))
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
