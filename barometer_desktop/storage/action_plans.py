"""A committee's action plans (handleplaner) and their goals.

Plans and goals are never deleted: ending one sets ``ended_on``, so the
follow-ups recorded while it was in force stay with it and show in the
history. Links to policy goals (a many-to-many table the audit event cannot
see) are audited here explicitly.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.orm.attributes import flag_modified

from barometer_desktop.errors import QT_TRANSLATE_NOOP, SaveNotice, ValidationError
from barometer_desktop.storage import schema
from barometer_desktop.storage.concurrency import refuse_stale
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.editing import audit_link_change, required_text
from barometer_desktop.storage.link_refusals import checked_link
from barometer_desktop.storage.models import ActionPlan, ActionPlanGoal, Committee, Goal, Policy
from barometer_desktop.storage.row_records import from_table, record_from_row


@from_table(schema.action_plan_goal, computed=("policy_goal_ids", "policy_goal_numbers"))
@dataclass(frozen=True)
class PlanGoalRecord:
    id: int
    action_plan_id: int
    text: str
    sort_order: int
    ended_on: date | None
    policy_goal_ids: tuple[int, ...]
    policy_goal_numbers: tuple[int, ...]
    version: int


@from_table(schema.action_plan, computed=("policy_name", "period_from", "period_to", "goals"))
@dataclass(frozen=True)
class ActionPlanRecord:
    id: int
    committee_id: int
    policy_id: int
    policy_name: str
    period_from: int
    period_to: int
    adopted_on: date | None
    document_link: str
    ended_on: date | None
    goals: tuple[PlanGoalRecord, ...]
    version: int


def _goal_record(g: ActionPlanGoal) -> PlanGoalRecord:
    linked = sorted(g.policy_goals, key=lambda p: p.number)
    return record_from_row(
        PlanGoalRecord, g, policy_goal_ids=tuple(p.id for p in linked), policy_goal_numbers=tuple(p.number for p in linked)
    )


def _plan_record(p: ActionPlan, policy: Policy) -> ActionPlanRecord:
    goals = sorted(p.goals, key=lambda g: (g.sort_order, g.id))
    return record_from_row(
        ActionPlanRecord, p, policy_name=policy.name, period_from=policy.period_from, period_to=policy.period_to,
        goals=tuple(_goal_record(g) for g in goals),
    )


def action_plans(db: Database, committee_id: int) -> list[ActionPlanRecord]:
    """A committee's plans, newest policy period first."""
    with db.reading() as session:
        rows = session.execute(
            select(ActionPlan, Policy)
            .join(Policy, Policy.id == ActionPlan.policy_id)
            .where(ActionPlan.committee_id == committee_id)
            .options(selectinload(ActionPlan.goals).selectinload(ActionPlanGoal.policy_goals))
            .order_by(Policy.period_from.desc(), ActionPlan.id)
        ).all()
        return [_plan_record(plan, policy) for plan, policy in rows]


# -- validation ------------------------------------------------------------------


def _check_dates(adopted_on: date | None, ended_on: date | None) -> None:
    if adopted_on and ended_on and ended_on < adopted_on:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A plan cannot end before it was adopted."), field="ended_on"
        )


def _goal_text(text: str) -> str:
    return required_text(text, "text", QT_TRANSLATE_NOOP("Errors", "The goal needs a text."))


def _policy_goals(session: Session, plan: ActionPlan, ids: Collection[int]) -> list[Goal]:
    goals = session.scalars(select(Goal).where(Goal.id.in_(list(ids)))).all() if ids else []
    if len(goals) != len(set(ids)) or any(g.policy_id != plan.policy_id for g in goals):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A goal can only serve goals of the plan's own policy."),
            field="policy_goals",
        )
    return sorted(goals, key=lambda g: g.number)


def _numbers(goals: Collection[Goal]) -> str:
    return ",".join(str(g.number) for g in sorted(goals, key=lambda g: g.number))


def _plan(session: Session, plan_id: int) -> ActionPlan:
    plan = session.get(ActionPlan, plan_id)
    if plan is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown action plan."), field="action_plan")
    return plan


def _goal(session: Session, goal_id: int) -> ActionPlanGoal:
    goal = session.get(ActionPlanGoal, goal_id)
    if goal is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown action-plan goal."), field="goal")
    return goal


# -- plans -----------------------------------------------------------------------


def create_plan(
    db: Database, committee_id: int, policy_id: int, *, adopted_on: date | None, document_link: str
) -> int:
    link, _notice = checked_link(document_link)  # the screen makes a plan without a link, then edits it
    with db.transaction() as session:
        if session.get(Committee, committee_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown committee."), field="committee")
        if session.get(Policy, policy_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown policy."), field="policy")
        exists = session.scalar(
            select(ActionPlan.id).where(ActionPlan.committee_id == committee_id, ActionPlan.policy_id == policy_id)
        )
        if exists is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The committee already has an action plan for this policy."),
                field="policy",
            )
        plan = ActionPlan(committee_id=committee_id, policy_id=policy_id, adopted_on=adopted_on, document_link=link)
        session.add(plan)
        session.flush()
        return plan.id


def update_plan(
    db: Database,
    plan_id: int,
    *,
    adopted_on: date | None,
    document_link: str,
    ended_on: date | None,
    expected_version: int,
) -> list[SaveNotice]:
    """Store a plan's adopted date, link and end (None: in force).

    Returns what the user should know about what was stored (a document
    link whose drive or server does not answer now is kept, with a notice).
    """
    link, notice = checked_link(document_link)
    _check_dates(adopted_on, ended_on)
    with db.transaction() as session:
        plan = _plan(session, plan_id)
        refuse_stale(session, plan, expected_version)
        plan.adopted_on = adopted_on
        plan.document_link = link
        plan.ended_on = ended_on
    return [notice] if notice else []


# -- goals -----------------------------------------------------------------------


def create_goal(db: Database, plan_id: int, *, text: str, policy_goal_ids: Collection[int]) -> int:
    text = _goal_text(text)
    with db.transaction() as session:
        plan = _plan(session, plan_id)
        linked = _policy_goals(session, plan, policy_goal_ids)
        order = max((g.sort_order for g in plan.goals), default=-1) + 1
        goal = ActionPlanGoal(action_plan=plan, text=text, sort_order=order, policy_goals=linked)
        session.add(goal)
        session.flush()
        audit_link_change(
            session, db.user_name, "action_plan_goal_link", str(goal.id), "policy_goals", "", _numbers(linked)
        )
        return goal.id


def update_goal(
    db: Database, goal_id: int, *, text: str, policy_goal_ids: Collection[int], expected_version: int
) -> None:
    text = _goal_text(text)
    with db.transaction() as session:
        goal = _goal(session, goal_id)
        refuse_stale(session, goal, expected_version)
        linked = _policy_goals(session, goal.action_plan, policy_goal_ids)
        old_numbers, new_numbers = _numbers(goal.policy_goals), _numbers(linked)
        goal.text = text
        if old_numbers != new_numbers:
            goal.policy_goals = linked
            # A change of links alone must still bump the version, so a
            # concurrent edit of the same goal is refused.
            flag_modified(goal, "text")
        session.flush()
        audit_link_change(
            session, db.user_name, "action_plan_goal_link", str(goal.id), "policy_goals", old_numbers, new_numbers
        )


def end_goal(db: Database, goal_id: int, ended_on: date | None, *, expected_version: int) -> None:
    """End a goal on ``ended_on`` (None reopens it); its follow-ups are kept."""
    with db.transaction() as session:
        goal = _goal(session, goal_id)
        refuse_stale(session, goal, expected_version)
        adopted = goal.action_plan.adopted_on
        if ended_on is not None and adopted is not None and ended_on < adopted:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A goal cannot end before its plan was adopted."), field="ended_on"
            )
        goal.ended_on = ended_on
