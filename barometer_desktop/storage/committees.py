"""Committees, action plans and their yearly follow-up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from barometer_desktop.domain.followup import CommitteeReportState, PlanGoalState
from barometer_desktop.domain.types import FollowUpStatus
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.models import (
    ActionPlan,
    ActionPlanGoal,
    Committee,
    CommitteeDecision,
    GoalFollowUp,
    IntegrationReport,
)


@dataclass(frozen=True)
class CommitteeRecord:
    id: int
    name: str
    short_name: str
    administration: str
    contact_emails: tuple[str, ...]
    version: int


@dataclass(frozen=True)
class DecisionRecord:
    id: int
    committee: str  # short name
    year: int
    supplementary_report_requested: bool
    plan_revision_requested: bool
    reason: str
    reason_text: str
    decided_on: date | None
    recommendation: str
    status: str
    version: int


@dataclass(frozen=True)
class FollowUpYear:
    """Everything the follow-up rules need about one year, as domain objects."""

    reports: tuple[CommitteeReportState, ...]
    report_links: dict[str, str]
    goals: tuple[PlanGoalState, ...]
    notes: dict[int, str]  # action-plan goal id -> follow-up note
    decisions: tuple[DecisionRecord, ...]


def _emails(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(",") if part.strip())


def committees(db: Database) -> list[CommitteeRecord]:
    with db.reading() as session:
        rows = session.scalars(select(Committee).order_by(Committee.id)).all()
        return [
            CommitteeRecord(c.id, c.name, c.short_name, c.administration, _emails(c.contact_emails), c.version)
            for c in rows
        ]


def follow_up_year(db: Database, year: int) -> FollowUpYear:
    with db.reading() as session:
        committee_rows = session.scalars(select(Committee).order_by(Committee.id)).all()
        short = {c.id: c.short_name for c in committee_rows}
        reports = {
            r.committee_id: r
            for r in session.scalars(select(IntegrationReport).where(IntegrationReport.year == year))
        }
        follow_ups = {
            f.action_plan_goal_id: f
            for f in session.scalars(select(GoalFollowUp).where(GoalFollowUp.year == year))
        }
        plan_goals = session.scalars(
            select(ActionPlanGoal)
            .join(ActionPlan)
            .options(selectinload(ActionPlanGoal.policy_goals), selectinload(ActionPlanGoal.action_plan))
            .order_by(ActionPlan.committee_id, ActionPlanGoal.sort_order, ActionPlanGoal.id)
        ).all()
        decisions = session.scalars(
            select(CommitteeDecision).where(CommitteeDecision.year == year).order_by(CommitteeDecision.committee_id)
        ).all()
        goal_states = tuple(
            PlanGoalState(
                goal_id=g.id,
                committee=short[g.action_plan.committee_id],
                text=g.text,
                policy_goal_numbers=tuple(sorted(p.number for p in g.policy_goals)),
                started=g.action_plan.adopted_on,
                ended=g.ended_on or g.action_plan.ended_on,
                status=FollowUpStatus(follow_ups[g.id].status) if g.id in follow_ups else None,
            )
            for g in plan_goals
        )
        return FollowUpYear(
            reports=tuple(
                CommitteeReportState(
                    committee=c.short_name,
                    name=c.name,
                    report_received=reports[c.id].received_on if c.id in reports else None,
                )
                for c in committee_rows
            ),
            report_links={short[cid]: r.document_link for cid, r in reports.items() if r.document_link},
            goals=goal_states,
            notes={gid: f.note for gid, f in follow_ups.items() if f.note},
            decisions=tuple(
                DecisionRecord(
                    d.id, short[d.committee_id], d.year, d.supplementary_report_requested,
                    d.plan_revision_requested, d.reason, d.reason_text, d.decided_on,
                    d.recommendation, d.status, d.version,
                )
                for d in decisions
            ),
        )
