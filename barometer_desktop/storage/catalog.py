"""Reading the policy's goals, indicators and areas (Core queries: no ORM)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from sqlalchemy import select

from barometer_desktop.storage import policies
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.records import AreaRecord, GoalRecord, IndicatorRecord
from barometer_desktop.storage.row_records import record_from_row
from barometer_desktop.storage.schema import area, focus_area, goal, indicator, indicator_goal_history, setting
from barometer_desktop.storage.settings_store import MAIN_AREA


def indicator_record(row: object, goal_number: int) -> IndicatorRecord:
    """From a row of the indicator table or an ORM Indicator (same attribute names)."""
    return record_from_row(IndicatorRecord, row, goal_number=goal_number)


def goals_with_indicators(
    db: Database, *, include_retired: bool = True, policy_id: int | None = None
) -> list[GoalRecord]:
    """The goals of one policy (None: the newest) in number order, each with the
    indicators it had under that policy (headline first, then by code).

    An indicator's goal under the newest policy it belongs to is
    indicator.goal_id; under an earlier policy, its indicator_goal_history row.
    """
    if policy_id is None:
        newest = policies.current(db)
        if newest is None:
            return []
        policy_id = newest.id
    goals_query = (
        select(goal.c.id, goal.c.number, goal.c.title, goal.c.version, focus_area.c.number.label("focus_number"),
               focus_area.c.title.label("focus_title"))
        .select_from(goal.outerjoin(focus_area, goal.c.focus_area_id == focus_area.c.id))
        .where(goal.c.policy_id == policy_id)
        .order_by(goal.c.number)
    )
    history = indicator_goal_history
    moved_on = select(history.c.indicator_id).where(history.c.policy_id == policy_id)
    current_query = select(indicator).where(
        indicator.c.goal_id.in_(select(goal.c.id).where(goal.c.policy_id == policy_id)),
        indicator.c.id.not_in(moved_on),
    )
    earlier_query = (
        select(indicator, history.c.goal_id.label("goal_then"), history.c.is_headline.label("headline_then"),
               history.c.is_active.label("active_then"))
        .join(history, history.c.indicator_id == indicator.c.id)
        .where(history.c.policy_id == policy_id)
    )
    with db.reading_rows() as connection:
        goal_rows = connection.execute(goals_query).all()
        by_goal = defaultdict(list)
        for row in connection.execute(current_query):
            by_goal[row.goal_id].append(indicator_record(row, 0))
        for row in connection.execute(earlier_query):
            by_goal[row.goal_then].append(
                replace(indicator_record(row, 0), goal_id=row.goal_then, is_headline=bool(row.headline_then),
                        is_active=bool(row.active_then))
            )
    records = []
    for row in goal_rows:
        # Sorted here, not in SQL: text order must not depend on the server's collation.
        members = sorted(
            (i for i in by_goal[row.id] if include_retired or i.is_active),
            key=lambda i: (not i.is_headline, i.code),
        )
        records.append(
            record_from_row(
                GoalRecord, row, focus_area_number=row.focus_number, focus_area_title=row.focus_title or "",
                indicators=tuple(replace(i, goal_number=row.number) for i in members),
            )
        )
    return records


def indicators(db: Database, *, include_retired: bool = True) -> list[IndicatorRecord]:
    """The newest policy's indicators by goal, then any that only an earlier policy has, by code."""
    listed = [i for goal in goals_with_indicators(db, include_retired=include_retired) for i in goal.indicators]
    seen = {i.id for i in listed}
    query = select(indicator, goal.c.number.label("goal_number")).join(goal, goal.c.id == indicator.c.goal_id)
    if not include_retired:
        query = query.where(indicator.c.is_active)
    with db.reading_rows() as connection:
        rest = [indicator_record(row, row.goal_number) for row in connection.execute(query) if row.id not in seen]
    return listed + sorted(rest, key=lambda i: i.code)


def areas(db: Database) -> list[AreaRecord]:
    """Areas with the main area first, then as ordered in the seed.

    The main area is the one the shared setting `main_area` names (by code),
    else the one marked main in the data: every screen, the report and the
    web read the areas here, so they all agree on whose barometer it is.
    """
    query = select(area.c.id, area.c.code, area.c.name, area.c.kind, area.c.is_main).order_by(
        area.c.is_main.desc(), area.c.sort_order
    )
    with db.reading_rows() as connection:
        rows = [record_from_row(AreaRecord, a) for a in connection.execute(query)]
        chosen = connection.execute(select(setting.c.value).where(setting.c.key == MAIN_AREA)).scalar()
    if chosen and any(a.code == chosen for a in rows):
        rows = [replace(a, is_main=a.code == chosen) for a in rows]
        rows.sort(key=lambda a: not a.is_main)  # stable: the rest keep their order
    return rows
