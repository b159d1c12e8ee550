"""Reading the policy's goals, indicators and areas (Core queries: no ORM)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from sqlalchemy import select

from barometer_desktop.storage.database import Database
from barometer_desktop.storage.records import AreaRecord, GoalRecord, IndicatorRecord
from barometer_desktop.storage.schema import area, focus_area, goal, indicator, setting
from barometer_desktop.storage.settings_store import MAIN_AREA


def indicator_record(row, goal_number: int) -> IndicatorRecord:
    """From a row of the indicator table or an ORM Indicator (same attribute names)."""
    return IndicatorRecord(
        id=row.id,
        code=row.code,
        goal_id=row.goal_id,
        goal_number=goal_number,
        name=row.name,
        definition=row.definition,
        unit=row.unit,
        decimals=row.decimals,
        direction=row.direction,
        is_headline=row.is_headline,
        is_active=row.is_active,
        is_survey=row.is_survey,
        data_source=row.data_source,
        provider=row.provider,
        frequency=row.frequency,
        release_month=row.release_month,
        release_year_offset=row.release_year_offset,
        population_note=row.population_note,
        comparison_available=row.comparison_available,
        version=row.version,
    )


def goals_with_indicators(db: Database, *, include_retired: bool = True) -> list[GoalRecord]:
    """Goals in number order, each with its indicators (headline first, then by code)."""
    goals_query = (
        select(goal.c.id, goal.c.number, goal.c.title, focus_area.c.number.label("focus_number"),
               focus_area.c.title.label("focus_title"))
        .select_from(goal.outerjoin(focus_area, goal.c.focus_area_id == focus_area.c.id))
        .order_by(goal.c.number)
    )
    indicators_query = select(indicator)
    if not include_retired:
        indicators_query = indicators_query.where(indicator.c.is_active)
    with db.reading_rows() as connection:
        goal_rows = connection.execute(goals_query).all()
        by_goal = defaultdict(list)
        for row in connection.execute(indicators_query):
            by_goal[row.goal_id].append(row)
    records = []
    for row in goal_rows:
        # Sorted here, not in SQL: text order must not depend on the server's collation.
        members = sorted(by_goal[row.id], key=lambda i: (not i.is_headline, i.code))
        records.append(
            GoalRecord(
                id=row.id,
                number=row.number,
                title=row.title,
                focus_area_number=row.focus_number,
                focus_area_title=row.focus_title or "",
                indicators=tuple(indicator_record(i, row.number) for i in members),
            )
        )
    return records


def indicators(db: Database, *, include_retired: bool = True) -> list[IndicatorRecord]:
    return [i for goal in goals_with_indicators(db, include_retired=include_retired) for i in goal.indicators]


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
        rows = [AreaRecord(a.id, a.code, a.name, a.kind, bool(a.is_main)) for a in connection.execute(query)]
        chosen = connection.execute(select(setting.c.value).where(setting.c.key == MAIN_AREA)).scalar()
    if chosen and any(a.code == chosen for a in rows):
        rows = [replace(a, is_main=a.code == chosen) for a in rows]
        rows.sort(key=lambda a: not a.is_main)  # stable: the rest keep their order
    return rows
