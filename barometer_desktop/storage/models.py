"""The barometer's tables as a SQLAlchemy 2 typed ORM.

Constraints live in the database (NOT NULL, CHECK, UNIQUE, foreign keys), so
a bad value is refused even when it does not come through a screen. Every
table of user data carries a `version` column that SQLAlchemy uses for
optimistic locking: an UPDATE names the version it read, and a stale edit
from another window or workstation fails instead of overwriting.

Only portable SQL here: the same schema must run on SQLite and PostgreSQL.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, declared_attr, mapped_column, relationship

# Named constraints make Alembic migrations reproducible on every engine.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

UNITS = ("percent", "percentage_points", "grade", "index", "count")
DIRECTIONS = ("higher", "lower", "none")
FREQUENCIES = ("monthly", "quarterly", "yearly", "biennial")
PERIOD_KINDS = ("year", "quarter", "month")
AREA_KINDS = ("municipality", "country")
FOLLOW_UP_STATUSES = ("followed_up", "partly", "not_followed_up")
DECISION_REASONS = ("missing_follow_up", "indicator_worsened", "other")
DECISION_STATUSES = ("confirmed", "dismissed")


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Versioned:
    """Mixin: optimistic locking through a version counter.

    SQLAlchemy adds "AND version = <the version read>" to every UPDATE and
    DELETE, and raises StaleDataError when no row matched.
    """

    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)

    @declared_attr.directive
    def __mapper_args__(cls) -> dict:
        return {"version_id_col": cls.__table__.c.version}


# --- Policy, goals, indicators ---------------------------------------------


class Policy(Versioned, Base):
    __tablename__ = "policy"
    __table_args__ = (CheckConstraint("period_to >= period_from", name="period_order"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    period_from: Mapped[int]
    period_to: Mapped[int]

    focus_areas: Mapped[list[FocusArea]] = relationship(back_populates="policy")
    goals: Mapped[list[Goal]] = relationship(back_populates="policy", order_by="Goal.number")


class FocusArea(Versioned, Base):
    __tablename__ = "focus_area"
    __table_args__ = (UniqueConstraint("policy_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policy.id", ondelete="CASCADE"))
    number: Mapped[int]
    title: Mapped[str] = mapped_column(String(200))

    policy: Mapped[Policy] = relationship(back_populates="focus_areas")


class Goal(Versioned, Base):
    __tablename__ = "goal"
    __table_args__ = (
        UniqueConstraint("policy_id", "number"),
        CheckConstraint("number > 0", name="number_positive"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("policy.id", ondelete="CASCADE"))
    focus_area_id: Mapped[int | None] = mapped_column(
        ForeignKey("focus_area.id", ondelete="SET NULL")
    )
    number: Mapped[int]
    title: Mapped[str] = mapped_column(String(200))

    policy: Mapped[Policy] = relationship(back_populates="goals")
    focus_area: Mapped[FocusArea | None] = relationship()
    indicators: Mapped[list[Indicator]] = relationship(
        back_populates="goal", order_by="Indicator.code"
    )


class Indicator(Versioned, Base):
    __tablename__ = "indicator"
    __table_args__ = (
        CheckConstraint(_in("unit", UNITS), name="unit_known"),
        CheckConstraint(_in("direction", DIRECTIONS), name="direction_known"),
        CheckConstraint(_in("frequency", FREQUENCIES), name="frequency_known"),
        CheckConstraint("decimals BETWEEN 0 AND 4", name="decimals_range"),
        CheckConstraint(
            "release_month IS NULL OR release_month BETWEEN 1 AND 12", name="release_month_range"
        ),
        CheckConstraint("release_year_offset BETWEEN 0 AND 2", name="release_offset_range"),
        CheckConstraint("length(code) > 0", name="code_not_empty"),
        CheckConstraint("length(name) > 0", name="name_not_empty"),
        # One active headline indicator per goal: a partial unique index,
        # which SQLite and PostgreSQL both have. Migration 0001 creates it
        # on both. Only the SQLite spelling is named here: naming
        # `postgresql_where` makes SQLAlchemy import its whole PostgreSQL
        # dialect (and asyncio) whenever this module loads, ~30 ms of every
        # start, also on SQLite; and Alembic's schema comparison
        # (storage/health.py) does not compare where clauses either way.
        Index(
            "uq_indicator_headline_per_goal",
            "goal_id",
            unique=True,
            sqlite_where=text("is_headline AND is_active"),
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    goal_id: Mapped[int] = mapped_column(ForeignKey("goal.id", ondelete="RESTRICT"))
    name: Mapped[str] = mapped_column(String(200))
    definition: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str] = mapped_column(String(20))
    decimals: Mapped[int] = mapped_column(default=1)
    direction: Mapped[str] = mapped_column(String(10))
    is_headline: Mapped[bool] = mapped_column(Boolean, default=False)
    is_active: Mapped[bool] = mapped_column(Boolean, default=True)
    is_survey: Mapped[bool] = mapped_column(Boolean, default=False)
    data_source: Mapped[str] = mapped_column(String(300), default="")
    provider: Mapped[str] = mapped_column(String(50), default="")
    frequency: Mapped[str] = mapped_column(String(12), default="yearly")
    release_month: Mapped[int | None]
    release_year_offset: Mapped[int] = mapped_column(default=1)
    population_note: Mapped[str] = mapped_column(Text, default="")
    comparison_available: Mapped[bool] = mapped_column(Boolean, default=True)

    goal: Mapped[Goal] = relationship(back_populates="indicators")


class Area(Versioned, Base):
    __tablename__ = "area"
    __table_args__ = (CheckConstraint(_in("kind", AREA_KINDS), name="kind_known"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(10), unique=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    kind: Mapped[str] = mapped_column(String(20))
    is_main: Mapped[bool] = mapped_column(Boolean, default=False)
    sort_order: Mapped[int] = mapped_column(default=0)


class Observation(Versioned, Base):
    """One value of one indicator for one area and period.

    A period is a year (period_no 0), a quarter (1-4) or a month (1-12).
    """

    __tablename__ = "observation"
    __table_args__ = (
        UniqueConstraint("indicator_id", "area_id", "year", "period_kind", "period_no"),
        CheckConstraint(_in("period_kind", PERIOD_KINDS), name="period_kind_known"),
        CheckConstraint(
            "(period_kind = 'year' AND period_no = 0)"
            " OR (period_kind = 'quarter' AND period_no BETWEEN 1 AND 4)"
            " OR (period_kind = 'month' AND period_no BETWEEN 1 AND 12)",
            name="period_no_range",
        ),
        CheckConstraint("year BETWEEN 1900 AND 2100", name="year_range"),
        CheckConstraint("sample_size IS NULL OR sample_size > 0", name="sample_size_positive"),
        CheckConstraint("std_error IS NULL OR std_error >= 0", name="std_error_not_negative"),
        Index("ix_observation_year_indicator", "year", "indicator_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="RESTRICT"))
    area_id: Mapped[int] = mapped_column(ForeignKey("area.id", ondelete="RESTRICT"))
    year: Mapped[int]
    period_kind: Mapped[str] = mapped_column(String(8), default="year")
    period_no: Mapped[int] = mapped_column(default=0)
    value: Mapped[float] = mapped_column(Float)
    sample_size: Mapped[int | None]
    std_error: Mapped[float | None] = mapped_column(Float)
    is_provisional: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str] = mapped_column(Text, default="")
    note_is_public: Mapped[bool] = mapped_column(Boolean, default=False)
    entered_by: Mapped[str] = mapped_column(String(100), default="")
    entered_at: Mapped[datetime] = mapped_column(DateTime)

    indicator: Mapped[Indicator] = relationship()
    area: Mapped[Area] = relationship()

    def audit_key(self) -> str:
        # The natural key, so an indicator's history survives a delete and
        # re-insert of the same period, and can be found by indicator.
        return f"{self.indicator_id}/{self.area_id}/{self.year}/{self.period_kind}/{self.period_no}"


class Assessment(Versioned, Base):
    """The secretariat's commentary on an indicator for a report year."""

    __tablename__ = "assessment"
    __table_args__ = (UniqueConstraint("indicator_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    indicator_id: Mapped[int] = mapped_column(ForeignKey("indicator.id", ondelete="CASCADE"))
    year: Mapped[int]
    text: Mapped[str] = mapped_column(Text, default="")
    is_public: Mapped[bool] = mapped_column(Boolean, default=True)


# --- Committees, action plans, follow-up -----------------------------------

action_plan_goal_link = Table(
    "action_plan_goal_link",
    Base.metadata,
    Column(
        "action_plan_goal_id",
        ForeignKey("action_plan_goal.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("goal_id", ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True),
)


class Committee(Versioned, Base):
    __tablename__ = "committee"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    short_name: Mapped[str] = mapped_column(String(20), unique=True)
    administration: Mapped[str] = mapped_column(String(20), default="")
    # Comma-separated addresses; validated by the storage layer on entry.
    contact_emails: Mapped[str] = mapped_column(Text, default="")

    action_plans: Mapped[list[ActionPlan]] = relationship(back_populates="committee")


class ActionPlan(Versioned, Base):
    __tablename__ = "action_plan"
    __table_args__ = (UniqueConstraint("committee_id", "policy_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id", ondelete="RESTRICT"))
    policy_id: Mapped[int] = mapped_column(ForeignKey("policy.id", ondelete="RESTRICT"))
    adopted_on: Mapped[date | None] = mapped_column(Date)
    document_link: Mapped[str] = mapped_column(Text, default="")
    ended_on: Mapped[date | None] = mapped_column(Date)

    committee: Mapped[Committee] = relationship(back_populates="action_plans")
    goals: Mapped[list[ActionPlanGoal]] = relationship(
        back_populates="action_plan", order_by="ActionPlanGoal.sort_order"
    )


class ActionPlanGoal(Versioned, Base):
    __tablename__ = "action_plan_goal"
    __table_args__ = (CheckConstraint("length(text) > 0", name="text_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    action_plan_id: Mapped[int] = mapped_column(
        ForeignKey("action_plan.id", ondelete="RESTRICT")
    )
    text: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(default=0)
    ended_on: Mapped[date | None] = mapped_column(Date)

    action_plan: Mapped[ActionPlan] = relationship(back_populates="goals")
    policy_goals: Mapped[list[Goal]] = relationship(secondary=action_plan_goal_link)


class IntegrationReport(Versioned, Base):
    """A committee's yearly integration report (integrationsredegørelse)."""

    __tablename__ = "integration_report"
    __table_args__ = (UniqueConstraint("committee_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id", ondelete="RESTRICT"))
    year: Mapped[int]
    received_on: Mapped[date | None] = mapped_column(Date)
    document_link: Mapped[str] = mapped_column(Text, default="")


class GoalFollowUp(Versioned, Base):
    """Whether a committee followed up on one action-plan goal in a year."""

    __tablename__ = "goal_follow_up"
    __table_args__ = (
        UniqueConstraint("action_plan_goal_id", "year"),
        CheckConstraint(_in("status", FOLLOW_UP_STATUSES), name="status_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    action_plan_goal_id: Mapped[int] = mapped_column(
        ForeignKey("action_plan_goal.id", ondelete="RESTRICT")
    )
    year: Mapped[int]
    status: Mapped[str] = mapped_column(String(20))
    note: Mapped[str] = mapped_column(Text, default="")


class CommitteeDecision(Versioned, Base):
    """BIU's decision about one committee after a year's status report."""

    __tablename__ = "committee_decision"
    __table_args__ = (
        UniqueConstraint("committee_id", "year"),
        CheckConstraint(_in("reason", DECISION_REASONS), name="reason_known"),
        CheckConstraint(_in("status", DECISION_STATUSES), name="status_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    committee_id: Mapped[int] = mapped_column(ForeignKey("committee.id", ondelete="RESTRICT"))
    year: Mapped[int]
    supplementary_report_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    plan_revision_requested: Mapped[bool] = mapped_column(Boolean, default=False)
    reason: Mapped[str] = mapped_column(String(30))
    reason_text: Mapped[str] = mapped_column(Text, default="")
    decided_on: Mapped[date | None] = mapped_column(Date)
    recommendation: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="confirmed")


# --- Settings and audit ------------------------------------------------------


class Setting(Versioned, Base):
    """Settings that shape shared output (report, web export), kept with the data.

    Per-user preferences (window geometry, language) live in QSettings instead.
    """

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[str] = mapped_column(Text, default="")


class AuditEntry(Base):
    """One changed field of user data; written by storage.audit, never by screens."""

    __tablename__ = "audit_log"
    __table_args__ = (
        CheckConstraint("action IN ('insert', 'update', 'delete')", name="action_known"),
        Index("ix_audit_log_table_row", "table_name", "row_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(50))
    row_key: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(10))
    field: Mapped[str | None] = mapped_column(String(50))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    user_name: Mapped[str] = mapped_column(String(100))
    changed_at: Mapped[datetime] = mapped_column(DateTime)


# --- Added in schema 0002 -----------------------------------------------------


class ReportEdition(Versioned, Base):
    """A final edition of a year's status report, frozen for later re-issue.

    `snapshot` holds, as JSON, every value, text and setting the report used,
    so the edition can be produced again unchanged after data are revised.
    """

    __tablename__ = "report_edition"
    __table_args__ = (
        UniqueConstraint("year", "language"),
        CheckConstraint("language IN ('da', 'en')", name="language_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int]
    language: Mapped[str] = mapped_column(String(2), default="da")
    case_number: Mapped[str] = mapped_column(String(50), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    snapshot: Mapped[str] = mapped_column(Text)
    pdf_sha256: Mapped[str] = mapped_column(String(64), default="")


class ImportMapping(Versioned, Base):
    """A remembered column mapping for statistics files of one shape."""

    __tablename__ = "import_mapping"

    id: Mapped[int] = mapped_column(primary_key=True)
    # A fingerprint of the file's header row, so the next file of the same
    # shape gets the same mapping offered.
    shape: Mapped[str] = mapped_column(String(200), unique=True)
    name: Mapped[str] = mapped_column(String(200), default="")
    mapping: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime] = mapped_column(DateTime)
