"""Reading the policy's goals, indicators and areas."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from barometer_desktop.storage.database import Database
from barometer_desktop.storage.models import Area, Goal, Indicator
from barometer_desktop.storage.records import AreaRecord, GoalRecord, IndicatorRecord


def indicator_record(row: Indicator, goal_number: int) -> IndicatorRecord:
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
    with db.reading() as session:
        goals = session.scalars(
            select(Goal)
            .options(selectinload(Goal.indicators), selectinload(Goal.focus_area))
            .order_by(Goal.number)
        ).all()
        records = []
        for goal in goals:
            indicators = sorted(
                (i for i in goal.indicators if include_retired or i.is_active),
                key=lambda i: (not i.is_headline, i.code),
            )
            records.append(
                GoalRecord(
                    id=goal.id,
                    number=goal.number,
                    title=goal.title,
                    focus_area_number=goal.focus_area.number if goal.focus_area else None,
                    focus_area_title=goal.focus_area.title if goal.focus_area else "",
                    indicators=tuple(indicator_record(i, goal.number) for i in indicators),
                )
            )
        return records


def indicators(db: Database, *, include_retired: bool = True) -> list[IndicatorRecord]:
    return [i for goal in goals_with_indicators(db, include_retired=include_retired) for i in goal.indicators]


def areas(db: Database) -> list[AreaRecord]:
    """Areas with the main area first, then as ordered in the seed."""
    with db.reading() as session:
        rows = session.scalars(select(Area).order_by(Area.is_main.desc(), Area.sort_order)).all()
        return [AreaRecord(a.id, a.code, a.name, a.kind, a.is_main) for a in rows]
