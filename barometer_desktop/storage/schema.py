"""The barometer's tables, as SQLAlchemy Core.

This is the schema: the migrations create it, `storage.health` compares a
database with it, and storage.models maps the ORM classes onto these very
tables. Reads that the report, the web export and the command line need
are Core queries on these tables, so those paths never load the ORM
(importing and configuring it costs more than drawing the report's charts).

Constraints live in the database (NOT NULL, CHECK, UNIQUE, foreign keys), so
a bad value is refused even when it does not come through a screen. Every
table of user data carries a `version` column that the ORM uses for
optimistic locking: an UPDATE names the version it read, and a stale edit
from another window or workstation fails instead of overwriting.

Only portable SQL here: the same schema must run on SQLite and PostgreSQL.
"""

from __future__ import annotations

from typing import Any

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

from barometer_desktop.domain.indicators import DETAIL_LENGTH
from barometer_desktop.domain.periods import TIME_MAPPINGS, PeriodKind  # TIME_MAPPINGS: the CheckConstraint's names
from barometer_desktop.domain.types import DecisionReason, DecisionStatus, Direction, FollowUpStatus, Frequency, Unit

# Named constraints make Alembic migrations reproducible on every engine.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

# The allowed values of the enum columns are the domain enums' values (one list each).
UNITS = tuple(unit.value for unit in Unit)
DIRECTIONS = tuple(direction.value for direction in Direction)
FREQUENCIES = tuple(frequency.value for frequency in Frequency)
PERIOD_KINDS = tuple(kind.value for kind in PeriodKind)
AREA_KINDS = ("municipality", "country")
FOLLOW_UP_STATUSES = tuple(status.value for status in FollowUpStatus)
DECISION_REASONS = tuple(reason.value for reason in DecisionReason)
DECISION_STATUSES = tuple(status.value for status in DecisionStatus)

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def _in(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{v}'" for v in values)
    return f"{column} IN ({quoted})"


def _id() -> Column[int]:
    return Column("id", Integer, primary_key=True)


def _version() -> Column[int]:
    # The optimistic-locking counter (see storage.concurrency).
    return Column("version", Integer, nullable=False, default=1)


def _required(name: str, type_: Any, *args: Any, **kwargs: Any) -> Column[Any]:
    return Column(name, type_, *args, nullable=False, **kwargs)


# --- Policy, goals, indicators ---------------------------------------------

policy = Table(
    "policy",
    metadata,
    _id(),
    _required("name", String(200), unique=True),
    _required("period_from", Integer),
    _required("period_to", Integer),
    _version(),
    # Added in schema 0004: the day the city council adopted the policy.
    Column("adopted_on", Date, nullable=True),
    CheckConstraint("period_to >= period_from", name="period_order"),
)

focus_area = Table(
    "focus_area",
    metadata,
    _id(),
    _required("policy_id", Integer, ForeignKey("policy.id", ondelete="CASCADE")),
    _required("number", Integer),
    _required("title", String(200)),
    _version(),
    UniqueConstraint("policy_id", "number"),
)

goal = Table(
    "goal",
    metadata,
    _id(),
    _required("policy_id", Integer, ForeignKey("policy.id", ondelete="CASCADE")),
    Column("focus_area_id", Integer, ForeignKey("focus_area.id", ondelete="SET NULL"), nullable=True),
    _required("number", Integer),
    _required("title", String(200)),
    _version(),
    UniqueConstraint("policy_id", "number"),
    CheckConstraint("number > 0", name="number_positive"),
)

indicator = Table(
    "indicator",
    metadata,
    _id(),
    _required("code", String(20), unique=True),
    _required("goal_id", Integer, ForeignKey("goal.id", ondelete="RESTRICT")),
    _required("name", String(200)),
    _required("definition", Text, default=""),
    _required("unit", String(20)),
    _required("decimals", Integer, default=1),
    _required("direction", String(10)),
    _required("is_headline", Boolean, default=False),
    _required("is_active", Boolean, default=True),
    _required("is_survey", Boolean, default=False),
    _required("data_source", String(300), default=""),
    _required("provider", String(50), default=""),
    _required("frequency", String(12), default="yearly"),
    Column("release_month", Integer, nullable=True),
    _required("release_year_offset", Integer, default=1),
    _required("population_note", Text, default=""),
    _required("comparison_available", Boolean, default=True),
    _version(),
    # Added in schema 0008: who answers for the figures (a free-text detail).
    _required("responsible", String(DETAIL_LENGTH), default=""),
    CheckConstraint(_in("unit", UNITS), name="unit_known"),
    CheckConstraint(_in("direction", DIRECTIONS), name="direction_known"),
    CheckConstraint(_in("frequency", FREQUENCIES), name="frequency_known"),
    CheckConstraint("decimals BETWEEN 0 AND 4", name="decimals_range"),
    CheckConstraint("release_month IS NULL OR release_month BETWEEN 1 AND 12", name="release_month_range"),
    CheckConstraint("release_year_offset BETWEEN 0 AND 2", name="release_offset_range"),
    CheckConstraint("length(code) > 0", name="code_not_empty"),
    CheckConstraint("length(name) > 0", name="name_not_empty"),
    # One active headline indicator per goal: a partial unique index, which
    # SQLite and PostgreSQL both have. The migrations are the DDL: 0001
    # creates it on both (tests/storage/test_constraints.py checks that a
    # retired headline does not block a new one on each engine). Only the
    # SQLite spelling is named here, because naming `postgresql_where` makes
    # SQLAlchemy import its whole PostgreSQL dialect whenever this module
    # loads, also on SQLite (15 ms of every start and report). So DDL made
    # from this metadata for PostgreSQL (create_all, autogenerate) would lack
    # the WHERE: write such an index into a migration by hand, as 0001 does.
    # Alembic's comparison (storage/health.py) does not compare where clauses.
    Index("uq_indicator_headline_per_goal", "goal_id", unique=True, sqlite_where=text("is_headline AND is_active")),
)

# An indicator's goal under an earlier policy (schema 0004). indicator.goal_id
# is the indicator's goal under the newest policy it belongs to; when a new
# policy period starts, the goal it had under the ending policy is written
# here, so a year of that policy is still reported under that policy's goals,
# while the indicator keeps its one series of observations.
indicator_goal_history = Table(
    "indicator_goal_history",
    metadata,
    _id(),
    _required("indicator_id", Integer, ForeignKey("indicator.id", ondelete="CASCADE")),
    _required("policy_id", Integer, ForeignKey("policy.id", ondelete="CASCADE")),
    _required("goal_id", Integer, ForeignKey("goal.id", ondelete="CASCADE")),
    _required("is_headline", Boolean, default=False),
    _required("is_active", Boolean, default=True),
    _version(),
    UniqueConstraint("indicator_id", "policy_id"),
)

area = Table(
    "area",
    metadata,
    _id(),
    _required("code", String(10), unique=True),
    _required("name", String(100), unique=True),
    _required("kind", String(20)),
    _required("is_main", Boolean, default=False),
    _required("sort_order", Integer, default=0),
    _version(),
    CheckConstraint(_in("kind", AREA_KINDS), name="kind_known"),
)

# One value of one indicator for one area and period. A period is a year
# (period_no 0), a quarter (1-4) or a month (1-12).
observation = Table(
    "observation",
    metadata,
    _id(),
    _required("indicator_id", Integer, ForeignKey("indicator.id", ondelete="RESTRICT")),
    _required("area_id", Integer, ForeignKey("area.id", ondelete="RESTRICT")),
    _required("year", Integer),
    _required("period_kind", String(8), default="year"),
    _required("period_no", Integer, default=0),
    _required("value", Float),
    Column("sample_size", Integer, nullable=True),
    Column("std_error", Float, nullable=True),
    _required("is_provisional", Boolean, default=False),
    _required("note", Text, default=""),
    _required("note_is_public", Boolean, default=False),
    _required("entered_by", String(100), default=""),
    _required("entered_at", DateTime),
    _version(),
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

# The secretariat's commentary on an indicator for a report year.
assessment = Table(
    "assessment",
    metadata,
    _id(),
    _required("indicator_id", Integer, ForeignKey("indicator.id", ondelete="CASCADE")),
    _required("year", Integer),
    _required("text", Text, default=""),
    _required("is_public", Boolean, default=True),
    _version(),
    UniqueConstraint("indicator_id", "year"),
)

# --- Committees, action plans, follow-up -----------------------------------

committee = Table(
    "committee",
    metadata,
    _id(),
    _required("name", String(200), unique=True),
    _required("short_name", String(20), unique=True),
    _required("administration", String(20), default=""),
    # Comma-separated addresses; validated by the storage layer on entry.
    _required("contact_emails", Text, default=""),
    _version(),
)

action_plan = Table(
    "action_plan",
    metadata,
    _id(),
    _required("committee_id", Integer, ForeignKey("committee.id", ondelete="RESTRICT")),
    _required("policy_id", Integer, ForeignKey("policy.id", ondelete="RESTRICT")),
    Column("adopted_on", Date, nullable=True),
    _required("document_link", Text, default=""),
    Column("ended_on", Date, nullable=True),
    _version(),
    UniqueConstraint("committee_id", "policy_id"),
)

action_plan_goal = Table(
    "action_plan_goal",
    metadata,
    _id(),
    _required("action_plan_id", Integer, ForeignKey("action_plan.id", ondelete="RESTRICT")),
    _required("text", Text),
    _required("sort_order", Integer, default=0),
    Column("ended_on", Date, nullable=True),
    _version(),
    CheckConstraint("length(text) > 0", name="text_not_empty"),
)

# Which of the policy's goals an action-plan goal serves.
action_plan_goal_link = Table(
    "action_plan_goal_link",
    metadata,
    Column("action_plan_goal_id", ForeignKey("action_plan_goal.id", ondelete="CASCADE"), primary_key=True),
    Column("goal_id", ForeignKey("goal.id", ondelete="CASCADE"), primary_key=True),
)

# A committee's yearly integration report (integrationsredegørelse).
integration_report = Table(
    "integration_report",
    metadata,
    _id(),
    _required("committee_id", Integer, ForeignKey("committee.id", ondelete="RESTRICT")),
    _required("year", Integer),
    Column("received_on", Date, nullable=True),
    _required("document_link", Text, default=""),
    _version(),
    UniqueConstraint("committee_id", "year"),
)

# Whether a committee followed up on one action-plan goal in a year.
goal_follow_up = Table(
    "goal_follow_up",
    metadata,
    _id(),
    _required("action_plan_goal_id", Integer, ForeignKey("action_plan_goal.id", ondelete="RESTRICT")),
    _required("year", Integer),
    _required("status", String(20)),
    _required("note", Text, default=""),
    _version(),
    UniqueConstraint("action_plan_goal_id", "year"),
    CheckConstraint(_in("status", FOLLOW_UP_STATUSES), name="status_known"),
)

# BIU's decision about one committee after a year's status report.
committee_decision = Table(
    "committee_decision",
    metadata,
    _id(),
    _required("committee_id", Integer, ForeignKey("committee.id", ondelete="RESTRICT")),
    _required("year", Integer),
    _required("supplementary_report_requested", Boolean, default=False),
    _required("plan_revision_requested", Boolean, default=False),
    _required("reason", String(30)),
    _required("reason_text", Text, default=""),
    Column("decided_on", Date, nullable=True),
    _required("recommendation", Text, default=""),
    _required("status", String(20), default=DecisionStatus.CONFIRMED.value),
    _version(),
    UniqueConstraint("committee_id", "year"),
    CheckConstraint(_in("reason", DECISION_REASONS), name="reason_known"),
    CheckConstraint(_in("status", DECISION_STATUSES), name="status_known"),
)

# --- Settings and audit ------------------------------------------------------

# Settings that shape shared output (report, web export), kept with the data.
# Per-user preferences (window geometry, language) live in QSettings instead.
setting = Table(
    "setting",
    metadata,
    Column("key", String(100), primary_key=True),
    _required("value", Text, default=""),
    _version(),
)

# One changed field of user data; written by storage.audit, never by screens.
audit_log = Table(
    "audit_log",
    metadata,
    _id(),
    _required("table_name", String(50)),
    _required("row_key", String(100)),
    _required("action", String(10)),
    Column("field", String(50), nullable=True),
    Column("old_value", Text, nullable=True),
    Column("new_value", Text, nullable=True),
    _required("user_name", String(100)),
    _required("changed_at", DateTime),
    CheckConstraint("action IN ('insert', 'update', 'delete')", name="action_known"),
    Index("ix_audit_log_table_row", "table_name", "row_key"),
)

# --- Added in schema 0002 -----------------------------------------------------

# A final edition of a year's status report, frozen for later re-issue.
# `snapshot` holds, as JSON, every value, text and setting the report used,
# so the edition can be produced again unchanged after data are revised.
report_edition = Table(
    "report_edition",
    metadata,
    _id(),
    _required("year", Integer),
    _required("language", String(2), default="da"),
    _required("case_number", String(50), default=""),
    _required("created_at", DateTime),
    _required("created_by", String(100), default=""),
    _required("snapshot", Text),
    _required("pdf_sha256", String(64), default=""),
    _version(),
    UniqueConstraint("year", "language"),
    CheckConstraint("language IN ('da', 'en')", name="language_known"),
)

# A remembered column mapping for statistics files of one shape.
import_mapping = Table(
    "import_mapping",
    metadata,
    _id(),
    # A fingerprint of the file's header row, so the next file of the same
    # shape gets the same mapping offered.
    _required("shape", String(200), unique=True),
    _required("name", String(200), default=""),
    _required("mapping", Text),
    _required("saved_at", DateTime),
    _version(),
)

# --- Added in schema 0003 -----------------------------------------------------

# The version a deleted row had reached, by its natural key (for an indicator
# value: indicator/area/year/kind/number, as in the audit log). A row created
# again under the same key continues from here (storage.row_versions), so a
# version number is never handed out twice for one cell: an edit based on
# the deleted row, or on anything before it, is refused instead of landing
# on a newer value that happens to carry the same number. Deleting a row
# still deletes it, so no reader has to skip tombstones.
row_version = Table(
    "row_version",
    metadata,
    Column("table_name", String(50), primary_key=True),
    Column("row_key", String(100), primary_key=True),
    _required("version", Integer),
)

# --- Added in schema 0007 -----------------------------------------------------

# Where an indicator's figures come from in Statistics Denmark's StatBank
# (issue 18): the table, the variable selections (JSON {variable: [codes]})
# that give the figure, optionally a denominator selection (the indicator is
# then share x 100), and which variables hold the area and the time.
# At most one source per indicator; without one, figures are entered or imported.
indicator_source = Table(
    "indicator_source",
    metadata,
    _id(),
    _required("indicator_id", Integer, ForeignKey("indicator.id", ondelete="CASCADE"), unique=True),
    _required("table_id", String(40)),
    _required("area_variable", String(40), default="OMRÅDE"),
    _required("time_variable", String(40), default="TID"),
    _required("selection", Text, default="{}"),
    Column("denominator", Text, nullable=True),
    # How a time code becomes a period: "as_is" (2021, 2021K1, 2021M03) or,
    # for a school-year code such as 2020/2021, its first or its last year.
    _required("time_mapping", String(20), default="as_is"),
    _version(),
    CheckConstraint(_in("time_mapping", TIME_MAPPINGS), name="time_mapping_known"),
)
