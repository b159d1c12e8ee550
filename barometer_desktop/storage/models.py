"""The ORM classes that edits go through, mapped onto the tables in storage.schema.

The tables themselves (columns, constraints, indexes) are defined once, in
storage.schema; here each class names its table and adds what only the ORM
needs: typed attributes, relationships, and the version counter that makes
an UPDATE or DELETE of a row someone else changed meanwhile fail
(StaleDataError) instead of overwriting it. Importing this module loads the
ORM, so paths that only read (report, web export) use Core on the schema.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any, ClassVar

from sqlalchemy import FromClause, inspect
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, relationship

from barometer_desktop.storage import schema


class Base(DeclarativeBase):
    metadata = schema.metadata


class Versioned:
    """Mixin: optimistic locking through the table's version counter.

    SQLAlchemy adds "AND version = <the version read>" to every UPDATE and
    DELETE, and raises StaleDataError when no row matched.
    """

    __table__: ClassVar[FromClause]  # the mapped class's, from storage.schema
    version: Mapped[int]
    # The columns that name the row for the user, when a row can be deleted
    # and created again under them (a value's cell, a goal's follow-up in a
    # year); empty: the primary key. storage.row_versions keeps a deleted
    # row's version under this key, so the next row there continues from it.
    natural_key_columns: ClassVar[tuple[str, ...]] = ()

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.__table__.c.version}

    def version_key(self) -> str:
        if self.natural_key_columns:
            return "/".join(str(getattr(self, name)) for name in self.natural_key_columns)
        state = inspect(self)
        # A row just inserted has no identity until its flush completes.
        identity = state.identity or state.mapper.primary_key_from_instance(self)
        return "/".join(str(part) for part in identity)


# --- Policy, goals, indicators ---------------------------------------------


class Policy(Versioned, Base):
    __table__ = schema.policy

    id: Mapped[int]
    name: Mapped[str]
    period_from: Mapped[int]
    period_to: Mapped[int]
    adopted_on: Mapped[date | None]

    focus_areas: Mapped[list[FocusArea]] = relationship(back_populates="policy")
    goals: Mapped[list[Goal]] = relationship(back_populates="policy", order_by="Goal.number")


class FocusArea(Versioned, Base):
    __table__ = schema.focus_area

    id: Mapped[int]
    policy_id: Mapped[int]
    number: Mapped[int]
    title: Mapped[str]

    policy: Mapped[Policy] = relationship(back_populates="focus_areas")


class Goal(Versioned, Base):
    __table__ = schema.goal

    id: Mapped[int]
    policy_id: Mapped[int]
    focus_area_id: Mapped[int | None]
    number: Mapped[int]
    title: Mapped[str]

    policy: Mapped[Policy] = relationship(back_populates="goals")
    focus_area: Mapped[FocusArea | None] = relationship()
    indicators: Mapped[list[Indicator]] = relationship(back_populates="goal", order_by="Indicator.code")


class Indicator(Versioned, Base):
    # Every column of schema.indicator is mapped as it is (a new column needs
    # nothing here); the fields' meaning and Python types are declared once, in
    # domain.indicators.IndicatorDefinition. Listed: what queries here name.
    __table__ = schema.indicator

    id: Mapped[int]
    code: Mapped[str]
    goal_id: Mapped[int]
    name: Mapped[str]
    unit: Mapped[str]
    is_headline: Mapped[bool]
    is_active: Mapped[bool]

    goal: Mapped[Goal] = relationship(back_populates="indicators")


class IndicatorGoalHistory(Versioned, Base):
    """The goal an indicator had under an earlier policy (see schema.indicator_goal_history)."""

    __table__ = schema.indicator_goal_history

    id: Mapped[int]
    indicator_id: Mapped[int]
    policy_id: Mapped[int]
    goal_id: Mapped[int]
    is_headline: Mapped[bool]
    is_active: Mapped[bool]


class Area(Versioned, Base):
    __table__ = schema.area

    id: Mapped[int]
    code: Mapped[str]
    name: Mapped[str]
    kind: Mapped[str]
    is_main: Mapped[bool]
    sort_order: Mapped[int]


class Observation(Versioned, Base):
    """One value of one indicator for one area and period."""

    __table__ = schema.observation
    natural_key_columns = ("indicator_id", "area_id", "year", "period_kind", "period_no")

    id: Mapped[int]
    indicator_id: Mapped[int]
    area_id: Mapped[int]
    year: Mapped[int]
    period_kind: Mapped[str]
    period_no: Mapped[int]
    value: Mapped[float]
    sample_size: Mapped[int | None]
    std_error: Mapped[float | None]
    is_provisional: Mapped[bool]
    note: Mapped[str]
    note_is_public: Mapped[bool]
    entered_by: Mapped[str]
    entered_at: Mapped[datetime]

    indicator: Mapped[Indicator] = relationship()
    area: Mapped[Area] = relationship()

    def audit_key(self) -> str:
        # The natural key, so an indicator's history survives a delete and
        # re-insert of the same period, and can be found by indicator.
        return self.version_key()


class Assessment(Versioned, Base):
    __table__ = schema.assessment
    natural_key_columns = ("indicator_id", "year")

    id: Mapped[int]
    indicator_id: Mapped[int]
    year: Mapped[int]
    text: Mapped[str]
    is_public: Mapped[bool]


# --- Committees, action plans, follow-up -----------------------------------


class Committee(Versioned, Base):
    __table__ = schema.committee

    id: Mapped[int]
    name: Mapped[str]
    short_name: Mapped[str]
    administration: Mapped[str]
    contact_emails: Mapped[str]

    action_plans: Mapped[list[ActionPlan]] = relationship(back_populates="committee")


class ActionPlan(Versioned, Base):
    __table__ = schema.action_plan

    id: Mapped[int]
    committee_id: Mapped[int]
    policy_id: Mapped[int]
    adopted_on: Mapped[date | None]
    document_link: Mapped[str]
    ended_on: Mapped[date | None]

    committee: Mapped[Committee] = relationship(back_populates="action_plans")
    goals: Mapped[list[ActionPlanGoal]] = relationship(
        back_populates="action_plan", order_by="ActionPlanGoal.sort_order"
    )


class ActionPlanGoal(Versioned, Base):
    __table__ = schema.action_plan_goal

    id: Mapped[int]
    action_plan_id: Mapped[int]
    text: Mapped[str]
    sort_order: Mapped[int]
    ended_on: Mapped[date | None]

    action_plan: Mapped[ActionPlan] = relationship(back_populates="goals")
    policy_goals: Mapped[list[Goal]] = relationship(secondary=schema.action_plan_goal_link)


class IntegrationReport(Versioned, Base):
    __table__ = schema.integration_report
    natural_key_columns = ("committee_id", "year")

    id: Mapped[int]
    committee_id: Mapped[int]
    year: Mapped[int]
    received_on: Mapped[date | None]
    document_link: Mapped[str]


class GoalFollowUp(Versioned, Base):
    __table__ = schema.goal_follow_up
    natural_key_columns = ("action_plan_goal_id", "year")

    id: Mapped[int]
    action_plan_goal_id: Mapped[int]
    year: Mapped[int]
    status: Mapped[str]
    note: Mapped[str]


class CommitteeDecision(Versioned, Base):
    __table__ = schema.committee_decision
    natural_key_columns = ("committee_id", "year")

    id: Mapped[int]
    committee_id: Mapped[int]
    year: Mapped[int]
    supplementary_report_requested: Mapped[bool]
    plan_revision_requested: Mapped[bool]
    reason: Mapped[str]
    reason_text: Mapped[str]
    decided_on: Mapped[date | None]
    recommendation: Mapped[str]
    status: Mapped[str]


# --- Settings and audit ------------------------------------------------------


class Setting(Versioned, Base):
    __table__ = schema.setting

    key: Mapped[str]
    value: Mapped[str]


class AuditEntry(Base):
    """Not versioned: audit rows are only ever inserted (by storage.audit)."""

    __table__ = schema.audit_log

    id: Mapped[int]
    table_name: Mapped[str]
    row_key: Mapped[str]
    action: Mapped[str]
    field: Mapped[str | None]
    old_value: Mapped[str | None]
    new_value: Mapped[str | None]
    user_name: Mapped[str]
    changed_at: Mapped[datetime]


# --- Added in schema 0002 -----------------------------------------------------


class ReportEdition(Versioned, Base):
    __table__ = schema.report_edition
    natural_key_columns = ("year", "language")

    id: Mapped[int]
    year: Mapped[int]
    language: Mapped[str]
    case_number: Mapped[str]
    created_at: Mapped[datetime]
    created_by: Mapped[str]
    snapshot: Mapped[str]
    pdf_sha256: Mapped[str]


class ImportMapping(Versioned, Base):
    __table__ = schema.import_mapping

    id: Mapped[int]
    shape: Mapped[str]
    name: Mapped[str]
    mapping: Mapped[str]
    saved_at: Mapped[datetime]
