"""A committee's year: its integration report and the follow-up on each goal.

The follow-up screen edits a whole committee-year at once; ``save_committee_year``
stores it as ONE transaction, so a rejected line leaves everything as it was.
BIU's decisions per committee and year are stored here too.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from barometer_desktop.domain.follow_up_rules import PlanGoalState, is_active_in
from barometer_desktop.domain.types import DecisionReason, DecisionStatus, FollowUpStatus
from barometer_desktop.errors import QT_TRANSLATE_NOOP, SaveNotice, ValidationError
from barometer_desktop.storage.concurrency import refuse_stale
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.link_refusals import checked_link
from barometer_desktop.storage.models import (
    ActionPlan,
    ActionPlanGoal,
    Committee,
    CommitteeDecision,
    GoalFollowUp,
    IntegrationReport,
)
from barometer_desktop.storage.row_records import from_table, record_from_row
from barometer_desktop.storage.schema import integration_report


@from_table(integration_report, omitted=("id", "committee_id", "year"))
@dataclass(frozen=True)
class ReportRecord:
    received_on: date | None
    document_link: str
    version: int | None  # None: nothing stored yet


NO_REPORT = ReportRecord(None, "", None)


@dataclass(frozen=True)
class FollowUpLine:
    goal_id: int
    text: str
    policy_goal_numbers: tuple[int, ...]
    ended_on: date | None  # the goal's (or its plan's) end
    status: FollowUpStatus | None
    note: str
    version: int | None  # of the stored follow-up; None: nothing stored


@dataclass(frozen=True)
class CommitteeYear:
    committee_id: int
    year: int
    report: ReportRecord
    lines: tuple[FollowUpLine, ...]


@dataclass(frozen=True)
class FollowUpEntry:
    """One goal's follow-up as the user wants it; status None clears it."""

    goal_id: int
    status: FollowUpStatus | None
    note: str
    expected_version: int | None


@dataclass(frozen=True)
class ReportEntry:
    received_on: date | None
    document_link: str
    expected_version: int | None


def committee_year(db: Database, committee_id: int, year: int) -> CommitteeYear:
    """The goals in force in ``year`` plus any ended goal with a follow-up stored for it."""
    with db.reading() as session:
        report = session.scalar(
            select(IntegrationReport).where(
                IntegrationReport.committee_id == committee_id, IntegrationReport.year == year
            )
        )
        goals = session.scalars(
            select(ActionPlanGoal)
            .join(ActionPlan)
            .where(ActionPlan.committee_id == committee_id)
            .options(selectinload(ActionPlanGoal.policy_goals), selectinload(ActionPlanGoal.action_plan))
            .order_by(ActionPlan.id, ActionPlanGoal.sort_order, ActionPlanGoal.id)
        ).all()
        stored = {
            f.action_plan_goal_id: f
            for f in session.scalars(
                select(GoalFollowUp).where(
                    GoalFollowUp.year == year, GoalFollowUp.action_plan_goal_id.in_([g.id for g in goals])
                )
            )
        }
        lines = []
        for g in goals:
            ended = g.ended_on or g.action_plan.ended_on
            state = PlanGoalState(g.id, "", g.text, (), g.action_plan.adopted_on, ended, None)
            if not is_active_in(state, year) and g.id not in stored:
                continue
            f = stored.get(g.id)
            lines.append(
                FollowUpLine(
                    g.id, g.text, tuple(sorted(p.number for p in g.policy_goals)), ended,
                    FollowUpStatus(f.status) if f else None, f.note if f else "", f.version if f else None,
                )
            )
        return CommitteeYear(
            committee_id,
            year,
            record_from_row(ReportRecord, report) if report else NO_REPORT,
            tuple(lines),
        )


def _validate(
    year: int, report: ReportEntry, entries: Sequence[FollowUpEntry], today: date
) -> tuple[str, SaveNotice | None]:
    if report.received_on is not None:
        if report.received_on < date(year, 1, 1):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A report about {year} cannot have been received before {year}."),
                field="received_on",
                year=year,
            )
        if report.received_on > today:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The received date cannot be in the future."), field="received_on"
            )
    link_and_notice = checked_link(report.document_link)
    for row, entry in enumerate(entries, start=1):
        if entry.status is not None and entry.status not in set(FollowUpStatus):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Row {row}: unknown follow-up status."), field="status", row=row
            )
        if entry.status is None and entry.note.strip():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Row {row}: choose whether the goal was followed up before adding a note."),
                field="status",
                row=row,
            )
    return link_and_notice


def save_committee_year(
    db: Database,
    committee_id: int,
    year: int,
    report: ReportEntry,
    entries: Sequence[FollowUpEntry],
    *,
    today: date | None = None,
) -> list[SaveNotice]:
    """Store the committee's report and every goal's follow-up as ONE action.

    Returns what the user should know about what was stored: a document link
    whose drive or server does not answer now is kept, with a notice.
    """
    link, link_notice = _validate(year, report, entries, today or date.today())
    with db.transaction() as session:
        if session.get(Committee, committee_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown committee."), field="committee")
        own_goals = set(
            session.scalars(
                select(ActionPlanGoal.id).join(ActionPlan).where(ActionPlan.committee_id == committee_id)
            )
        )
        _store_report(session, committee_id, year, report, link)
        stored = {
            f.action_plan_goal_id: f
            for f in session.scalars(select(GoalFollowUp).where(GoalFollowUp.year == year))
        }
        for row_number, entry in enumerate(entries, start=1):
            if entry.goal_id not in own_goals:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Row {row}: the goal is not in this committee's action plan."),
                    field="goal",
                    row=row_number,
                )
            row = stored.get(entry.goal_id)
            if row is None:
                if entry.expected_version is not None:
                    refuse_stale(session, None, entry.expected_version, gone=("goal_follow_up", f"{entry.goal_id}/{year}"))
                if entry.status is not None:
                    session.add(
                        GoalFollowUp(
                            action_plan_goal_id=entry.goal_id, year=year,
                            status=FollowUpStatus(entry.status).value, note=entry.note.strip(),
                        )
                    )
                continue
            if (row.status, row.note) == (FollowUpStatus(entry.status).value if entry.status else None, entry.note.strip()):
                continue  # unchanged: no new version, no audit row
            refuse_stale(session, row, entry.expected_version)
            if entry.status is None:
                session.delete(row)
            else:
                row.status = FollowUpStatus(entry.status).value
                row.note = entry.note.strip()
    return [link_notice] if link_notice else []


def _store_report(session: Session, committee_id: int, year: int, report: ReportEntry, link: str) -> None:
    row = session.scalar(
        select(IntegrationReport).where(
            IntegrationReport.committee_id == committee_id, IntegrationReport.year == year
        )
    )
    if row is None:
        if report.expected_version is not None:
            refuse_stale(session, None, report.expected_version, gone=("integration_report", f"{committee_id}/{year}"))
        if report.received_on is not None or link:
            session.add(
                IntegrationReport(
                    committee_id=committee_id, year=year, received_on=report.received_on, document_link=link
                )
            )
        return
    if (row.received_on, row.document_link) == (report.received_on, link):
        return
    refuse_stale(session, row, report.expected_version)
    if report.received_on is None and not link:
        session.delete(row)
    else:
        row.received_on = report.received_on
        row.document_link = link


# -- BIU's decisions ---------------------------------------------------------------------


@dataclass(frozen=True)
class DecisionEntry:
    committee_id: int
    year: int
    status: DecisionStatus
    reason: DecisionReason
    supplementary_report_requested: bool = False
    plan_revision_requested: bool = False
    reason_text: str = ""
    decided_on: date | None = None
    recommendation: str = ""
    expected_version: int | None = None


def save_decision(db: Database, entry: DecisionEntry) -> None:
    """Confirm or dismiss BIU's decision about a committee for a year."""
    if entry.status not in set(DecisionStatus):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown decision status."), field="status")
    if entry.reason not in set(DecisionReason):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the reason for the decision."), field="reason")
    if entry.status == DecisionStatus.CONFIRMED:
        if not (entry.supplementary_report_requested or entry.plan_revision_requested):
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "Choose what BIU asks for: a supplementary report, a revision of the action plan, or both."
                ),
                field="request",
            )
        if entry.decided_on is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Enter the date of BIU's decision."), field="decided_on"
            )
    with db.transaction() as session:
        if session.get(Committee, entry.committee_id) is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown committee."), field="committee")
        row = session.scalar(
            select(CommitteeDecision).where(
                CommitteeDecision.committee_id == entry.committee_id, CommitteeDecision.year == entry.year
            )
        )
        if row is None:
            if entry.expected_version is not None:
                refuse_stale(session, None, entry.expected_version)
            row = CommitteeDecision(committee_id=entry.committee_id, year=entry.year)
            session.add(row)
        else:
            refuse_stale(session, row, entry.expected_version)
        row.status = DecisionStatus(entry.status).value
        row.reason = DecisionReason(entry.reason).value
        row.supplementary_report_requested = entry.supplementary_report_requested
        row.plan_revision_requested = entry.plan_revision_requested
        row.reason_text = entry.reason_text.strip()
        row.decided_on = entry.decided_on
        row.recommendation = entry.recommendation.strip()
