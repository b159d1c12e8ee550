"""Editing the policy: a new policy period, and the newest policy's goals.

A new period copies the newest policy's focus areas and goals; the
secretariat then adds, renames, reorders and ends goals and moves
indicators between them (storage.indicators.update). An indicator keeps its
one series of observations across periods: what changes is its goal, and the
goal it had under the ending policy is kept in indicator_goal_history.
Every function is one transaction; ORM edits, so every change is audited.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from barometer_desktop.domain.policies import current_policy
from barometer_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from barometer_desktop.storage.concurrency import current_row
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.editing import required_text
from barometer_desktop.storage.models import FocusArea, Goal, Indicator, IndicatorGoalHistory, Policy
from barometer_desktop.storage.policies import NO_POLICY
from barometer_desktop.storage.records import PolicyRecord
from barometer_desktop.storage.row_records import record_from_row

TITLE_LENGTH = 200


def _newest(session: Session) -> Policy:
    newest = current_policy(session.scalars(select(Policy).order_by(Policy.id)).all())
    if newest is None:
        raise ValidationError(NO_POLICY, field="policy")
    return newest


def _policy_record(row: Policy) -> PolicyRecord:
    return record_from_row(PolicyRecord, row)


def _title(title: str, field: str = "title") -> str:
    text = required_text(title, field, QT_TRANSLATE_NOOP("Errors", "The title must not be empty."))
    if len(text) > TITLE_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The title can have at most {limit} characters."), field=field, limit=TITLE_LENGTH
        )
    return text


def start_period(
    db: Database, first_year: int, name: str, *, adopted_on: date | None = None, last_year: int | None = None
) -> PolicyRecord:
    """A new policy from `first_year`, a copy of the newest policy's focus areas and goals.

    The newest policy ends the year before; its indicators move to the copies
    of their goals and remember their goal under the ending policy.
    """
    name = _title(name, "name")
    with db.transaction() as session:
        old = _newest(session)
        if first_year <= old.period_from:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A new policy period must start after {year}, when the current one started."),
                field="first_year",
                year=old.period_from,
            )
        if session.scalars(select(Policy).where(Policy.name == name)).first() is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "There is already a policy named {name}."), field="name", name=name
            )
        length = old.period_to - old.period_from
        last_year = last_year if last_year is not None else first_year + length
        if last_year < first_year:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The last year cannot be before the first year."), field="last_year"
            )
        new = Policy(name=name, period_from=first_year, period_to=last_year, adopted_on=adopted_on)
        session.add(new)
        old.period_to = min(old.period_to, first_year - 1)
        old_focus = list(session.scalars(select(FocusArea).where(FocusArea.policy_id == old.id)))
        old_goals = list(session.scalars(select(Goal).where(Goal.policy_id == old.id)))
        with session.no_autoflush:
            focus_copies = {f.id: FocusArea(policy=new, number=f.number, title=f.title) for f in old_focus}
            goal_copies = {
                g.id: Goal(
                    policy=new, number=g.number, title=g.title,
                    focus_area=focus_copies.get(g.focus_area_id) if g.focus_area_id is not None else None,
                )
                for g in old_goals
            }
            session.add_all([*focus_copies.values(), *goal_copies.values()])
        session.flush()
        for indicator in session.scalars(select(Indicator).where(Indicator.goal_id.in_(list(goal_copies)))):
            session.add(
                IndicatorGoalHistory(
                    indicator_id=indicator.id,
                    policy_id=old.id,
                    goal_id=indicator.goal_id,
                    is_headline=indicator.is_headline,
                    is_active=indicator.is_active,
                )
            )
            indicator.goal_id = goal_copies[indicator.goal_id].id
        session.flush()
        return _policy_record(new)


def _newest_goal(session: Session, goal_id: int, expected_version: int) -> Goal:
    goal = current_row(session, session.get(Goal, goal_id), expected_version)
    if goal.policy_id != _newest(session).id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Only the goals of the newest policy can be changed; earlier reports keep theirs."),
            field="goal",
        )
    return goal


def add_goal(db: Database, title: str, *, focus_area_id: int | None = None) -> int:
    """A new goal at the end of the newest policy; its id."""
    title = _title(title)
    with db.transaction() as session:
        policy = _newest(session)
        last = session.scalar(select(func.max(Goal.number)).where(Goal.policy_id == policy.id)) or 0
        goal = Goal(policy_id=policy.id, number=last + 1, title=title, focus_area_id=focus_area_id)
        session.add(goal)
        session.flush()
        return goal.id


def rename_goal(db: Database, goal_id: int, title: str, expected_version: int) -> None:
    title = _title(title)
    with db.transaction() as session:
        _newest_goal(session, goal_id, expected_version).title = title


def move_goal(db: Database, goal_id: int, offset: int, expected_version: int) -> None:
    """Move a goal `offset` places up (negative) or down in the policy's order; numbers follow the order."""
    with db.transaction() as session:
        goal = _newest_goal(session, goal_id, expected_version)
        ordered = list(session.scalars(select(Goal).where(Goal.policy_id == goal.policy_id).order_by(Goal.number)))
        index = ordered.index(goal)
        target = max(0, min(len(ordered) - 1, index + offset))
        ordered.insert(target, ordered.pop(index))
        _renumber(session, ordered)


def _renumber(session: Session, ordered: list[Goal]) -> None:
    # (policy, number) is unique: park the goals on free numbers first.
    top = max((g.number for g in ordered), default=0)
    for step, goal in enumerate(ordered, start=1):
        goal.number = top + step
    session.flush()
    for number, goal in enumerate(ordered, start=1):
        goal.number = number
    session.flush()


def end_goal(db: Database, goal_id: int, expected_version: int) -> None:
    """Take a goal out of the newest policy; earlier policies keep theirs.

    Its indicators go back to the goal they had under the previous policy
    (they stay in that policy's reports) and leave the newest one. A goal new
    in this policy with indicators is refused: move them to another goal first.
    """
    with db.transaction() as session:
        goal = _newest_goal(session, goal_id, expected_version)
        members = list(session.scalars(select(Indicator).where(Indicator.goal_id == goal.id)))
        for indicator in members:
            earlier = session.scalars(
                select(IndicatorGoalHistory)
                .where(IndicatorGoalHistory.indicator_id == indicator.id)
                .join(Policy, Policy.id == IndicatorGoalHistory.policy_id)
                .order_by(Policy.period_from.desc())
            ).first()
            if earlier is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Goal {number} still has the indicator {code}: move it to another goal first."
                    ),
                    field="goal",
                    number=goal.number,
                    code=indicator.code,
                )
            indicator.goal_id = earlier.goal_id
            indicator.is_headline = earlier.is_headline
            indicator.is_active = earlier.is_active
            session.delete(earlier)
        session.flush()
        remaining = [
            g for g in session.scalars(select(Goal).where(Goal.policy_id == goal.policy_id).order_by(Goal.number))
            if g.id != goal.id
        ]
        session.delete(goal)
        session.flush()
        _renumber(session, remaining)


# --- Focus areas (indsatsområder) of the newest policy -------------------------------


def _newest_focus_area(session: Session, focus_area_id: int, expected_version: int) -> FocusArea:
    focus = current_row(session, session.get(FocusArea, focus_area_id), expected_version)
    if focus.policy_id != _newest(session).id:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Only the goals of the newest policy can be changed; earlier reports keep theirs."),
            field="focus_area",
        )
    return focus


def add_focus_area(db: Database, title: str) -> int:
    title = _title(title)
    with db.transaction() as session:
        policy = _newest(session)
        last = session.scalar(select(func.max(FocusArea.number)).where(FocusArea.policy_id == policy.id)) or 0
        focus = FocusArea(policy_id=policy.id, number=last + 1, title=title)
        session.add(focus)
        session.flush()
        return focus.id


def rename_focus_area(db: Database, focus_area_id: int, title: str, expected_version: int) -> None:
    title = _title(title)
    with db.transaction() as session:
        _newest_focus_area(session, focus_area_id, expected_version).title = title


def end_focus_area(db: Database, focus_area_id: int, expected_version: int) -> None:
    """Remove a focus area from the newest policy; its goals stay, without a focus area."""
    with db.transaction() as session:
        focus = _newest_focus_area(session, focus_area_id, expected_version)
        for goal in session.scalars(select(Goal).where(Goal.focus_area_id == focus.id)):
            goal.focus_area_id = None
        session.flush()
        session.delete(focus)


def set_goal_focus_area(db: Database, goal_id: int, focus_area_id: int | None, expected_version: int) -> None:
    with db.transaction() as session:
        goal = _newest_goal(session, goal_id, expected_version)
        if focus_area_id is not None:
            focus = session.get(FocusArea, focus_area_id)
            if focus is None or focus.policy_id != goal.policy_id:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Choose a focus area of the same policy."), field="focus_area"
                )
        goal.focus_area_id = focus_area_id
