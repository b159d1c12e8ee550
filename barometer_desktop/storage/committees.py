"""Committees and the read side of their yearly follow-up.

Reads are Core queries on storage.schema (the report reads them without
loading the ORM). Writes: ``update_committee`` here; action plans and their
goals in storage.action_plans; integration reports, follow-ups and BIU's
decisions in storage.follow_up. Every write is validated first,
version-checked, one transaction, and audited by storage.audit.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from sqlalchemy import Row, select

from barometer_desktop.domain.contacts import invalid_addresses, split_addresses
from barometer_desktop.domain.follow_up_rules import CommitteeReportState, PlanGoalState
from barometer_desktop.domain.types import DecisionReason, DecisionStatus, FollowUpStatus
from barometer_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.row_records import from_table, record_from_row
from barometer_desktop.storage.schema import (
    action_plan,
    action_plan_goal,
    action_plan_goal_link,
    committee,
    committee_decision,
    goal,
    goal_follow_up,
    integration_report,
)

if TYPE_CHECKING:  # edits load the ORM; reading goes through Core
    from barometer_desktop.storage.models import Committee


@from_table(committee, computed=("contact_emails",))
@dataclass(frozen=True)
class CommitteeRecord:
    id: int
    name: str
    short_name: str
    administration: str
    contact_emails: tuple[str, ...]
    version: int


@from_table(committee_decision, computed=("committee",), omitted=("committee_id",))
@dataclass(frozen=True)
class DecisionRecord:
    id: int
    committee: str  # short name
    year: int
    supplementary_report_requested: bool
    plan_revision_requested: bool
    reason: DecisionReason
    reason_text: str
    decided_on: date | None
    recommendation: str
    status: DecisionStatus
    version: int


@dataclass(frozen=True)
class FollowUpYear:
    """Everything the follow-up rules need about one year, as domain objects."""

    reports: tuple[CommitteeReportState, ...]
    report_links: dict[str, str]
    goals: tuple[PlanGoalState, ...]
    notes: dict[int, str]  # action-plan goal id -> follow-up note
    decisions: tuple[DecisionRecord, ...]


def committee_record(row: Row[Any] | Committee) -> CommitteeRecord:
    """From a row of the committee table, or the ORM Committee; the stored addresses as a list."""
    return record_from_row(CommitteeRecord, row, contact_emails=split_addresses(row.contact_emails))


def committees(db: Database) -> list[CommitteeRecord]:
    with db.reading_rows() as connection:
        return [committee_record(c) for c in connection.execute(select(committee).order_by(committee.c.id))]


def update_committee(
    db: Database,
    committee_id: int,
    *,
    name: str,
    short_name: str,
    administration: str,
    contact_emails: str,
    expected_version: int,
) -> CommitteeRecord:
    """Store a committee's details as one action, after validating them all."""
    from barometer_desktop.storage.concurrency import refuse_stale  # noqa: PLC0415 - lazy: loads the ORM, which only edits need (reading goes through Core)
    from barometer_desktop.storage.editing import required_text  # noqa: PLC0415 - lazy: loads the ORM, which only edits need (reading goes through Core)
    from barometer_desktop.storage.models import Committee  # noqa: PLC0415 - edits go through the ORM (version, audit)

    name = required_text(name, "name", QT_TRANSLATE_NOOP("Errors", "The committee needs a name."))
    short_name = required_text(
        short_name, "short_name", QT_TRANSLATE_NOOP("Errors", "The committee needs a short name, e.g. BUU.")
    )
    if len(short_name) > 20:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The short name can be at most 20 characters."), field="short_name"
        )
    addresses = split_addresses(contact_emails)
    bad = invalid_addresses(addresses)
    if bad:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "\"{address}\" is not a valid e-mail address."),
            field="contact_emails",
            address=bad[0],
        )
    with db.transaction() as session:
        row = session.get(Committee, committee_id)
        if row is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown committee."), field="committee")
        refuse_stale(session, row, expected_version)
        for column, value, template in (
            (Committee.name, name, QT_TRANSLATE_NOOP("Errors", "Another committee is already called {value}.")),
            (
                Committee.short_name,
                short_name,
                QT_TRANSLATE_NOOP("Errors", "Another committee already has the short name {value}."),
            ),
        ):
            clash = session.scalar(select(Committee.id).where(column == value, Committee.id != committee_id))
            if clash is not None:
                raise ValidationError(template, field=column.key, value=value)
        row.name = name
        row.short_name = short_name
        row.administration = administration.strip()
        row.contact_emails = ", ".join(addresses)
        session.flush()
        return committee_record(row)


def follow_up_year(db: Database, year: int) -> FollowUpYear:
    plan_goals_query = (
        select(
            action_plan_goal.c.id, action_plan_goal.c.text, action_plan_goal.c.ended_on,
            action_plan.c.committee_id, action_plan.c.adopted_on, action_plan.c.ended_on.label("plan_ended_on"),
        )
        .join(action_plan, action_plan.c.id == action_plan_goal.c.action_plan_id)
        .order_by(action_plan.c.committee_id, action_plan_goal.c.sort_order, action_plan_goal.c.id)
    )
    served_query = select(action_plan_goal_link.c.action_plan_goal_id, goal.c.number).join(
        goal, goal.c.id == action_plan_goal_link.c.goal_id
    )
    with db.reading_rows() as connection:
        committee_rows = connection.execute(select(committee).order_by(committee.c.id)).all()
        reports = {
            r.committee_id: r
            for r in connection.execute(select(integration_report).where(integration_report.c.year == year))
        }
        follow_ups = {
            f.action_plan_goal_id: f
            for f in connection.execute(select(goal_follow_up).where(goal_follow_up.c.year == year))
        }
        plan_goals = connection.execute(plan_goals_query).all()
        policy_goal_numbers: dict[int, list[int]] = defaultdict(list)
        for link in connection.execute(served_query):
            policy_goal_numbers[link.action_plan_goal_id].append(link.number)
        decisions = connection.execute(
            select(committee_decision)
            .where(committee_decision.c.year == year)
            .order_by(committee_decision.c.committee_id)
        ).all()
    short = {c.id: c.short_name for c in committee_rows}
    goal_states = tuple(
        PlanGoalState(
            goal_id=g.id,
            committee=short[g.committee_id],
            text=g.text,
            policy_goal_numbers=tuple(sorted(policy_goal_numbers[g.id])),
            started=g.adopted_on,
            ended=g.ended_on or g.plan_ended_on,
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
        decisions=tuple(record_from_row(DecisionRecord, d, committee=short[d.committee_id]) for d in decisions),
    )
