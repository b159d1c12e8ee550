"""Integration policies and their periods (Core reads; edits in policy_edits).

Every report year is assessed under the policy in force that year
(domain.policies.policy_in_force); screens edit the newest policy.
"""

from __future__ import annotations

from sqlalchemy import select

from barometer_desktop.domain import policies as rules
from barometer_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from barometer_desktop.storage import catalog
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.records import FocusAreaRecord, GoalRecord, IndicatorRecord, PolicyRecord
from barometer_desktop.storage.row_records import record_from_row
from barometer_desktop.storage.schema import focus_area, policy

NO_POLICY = QT_TRANSLATE_NOOP("Errors", "The database has no policy yet.")


def all_policies(db: Database) -> list[PolicyRecord]:
    """Every policy, oldest period first."""
    query = select(policy).order_by(policy.c.period_from, policy.c.id)
    with db.reading_rows() as connection:
        return [record_from_row(PolicyRecord, p) for p in connection.execute(query)]


def in_force(db: Database, year: int) -> PolicyRecord | None:
    return rules.policy_in_force(all_policies(db), year)


def current(db: Database) -> PolicyRecord | None:
    return rules.current_policy(all_policies(db))


def current_or_refuse(db: Database) -> PolicyRecord:
    """The newest policy, for an action that needs one: ValidationError when there is none."""
    newest = current(db)
    if newest is None:
        raise ValidationError(NO_POLICY, field="policy")
    return newest


def goals_in_force(db: Database, year: int, *, include_retired: bool = False) -> list[GoalRecord]:
    """The goals of the policy in force in `year`, each with the indicators it had under that policy."""

    in_year = in_force(db, year)
    if in_year is None:
        return []
    return catalog.goals_with_indicators(db, include_retired=include_retired, policy_id=in_year.id)


def focus_areas(db: Database, policy_id: int | None = None) -> list[FocusAreaRecord]:
    """The focus areas of a policy (None: the newest), in number order."""

    if policy_id is None:
        newest = current(db)
        if newest is None:
            return []
        policy_id = newest.id
    query = select(focus_area).where(focus_area.c.policy_id == policy_id).order_by(focus_area.c.number)
    with db.reading_rows() as connection:
        return [record_from_row(FocusAreaRecord, f) for f in connection.execute(query)]


def indicators_in_force(db: Database, year: int, *, include_retired: bool = False) -> list[IndicatorRecord]:
    """The indicators a year is assessed by: those of the policy in force, by goal."""
    return [i for g in goals_in_force(db, year, include_retired=include_retired) for i in g.indicators]
