"""Filling a new database: the 2011 policy, and optionally the demo data.

The policy lives in database/seed/policy_2011.toml and the demo data in
database/demo/ (demo.toml and observations.csv), readable files a
secretariat member can review. Loading is one transaction each.
"""

from __future__ import annotations

import csv
import tomllib
from collections.abc import Mapping
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from barometer_desktop import municipalities
from barometer_desktop.domain.periods import Period
from barometer_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from barometer_desktop.policy_file.fields import MAX_BYTES
from barometer_desktop.policy_file.own_municipality import find_municipality, with_main_area
from barometer_desktop.policy_file.reading import parse as parse_policy_file
from barometer_desktop.resources import shipped_path
from barometer_desktop.storage import policy_definition
from barometer_desktop.storage.database import DEMO_SETTING, Database, create_database
from barometer_desktop.storage.models import (
    ActionPlan,
    ActionPlanGoal,
    Area,
    Assessment,
    Committee,
    CommitteeDecision,
    Goal,
    GoalFollowUp,
    Indicator,
    IntegrationReport,
    Observation,
    Policy,
    Setting,
)
from barometer_desktop.storage.settings_store import ORGANISATION
from barometer_desktop.storage.sql_engine import DatabaseLocation

SEED_FILE = ("database", "seed", "policy_2011.toml")
DEMO_FILE = ("database", "demo", "demo.toml")
DEMO_OBSERVATIONS = ("database", "demo", "observations.csv")


def _read_toml(path: Path) -> dict[str, Any]:
    with path.open("rb") as handle:
        return tomllib.load(handle)


def read_policy_file(path: Path) -> dict[str, Any]:
    """A policy file's checked definition; ValidationError names the file, line and field."""

    if not path.is_file():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{file} is not a file."), file=str(path))
    with path.open("rb") as handle:  # bounded: a policy file is a few kilobytes, /dev/zero is endless
        data = handle.read(MAX_BYTES + 1)
    if len(data) > MAX_BYTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} is larger than {size} MB; a policy file is a few kilobytes."),
            file=path.name, size=MAX_BYTES // 1_000_000,
        )
    try:
        text = data.decode("utf-8-sig")  # a byte-order mark (Notepad) is no part of the text
    except UnicodeDecodeError as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a text file in UTF-8."), file=path.name
        ) from error
    return parse_policy_file(text)


def seed_policy(
    db: Database, path: Path | None = None, *, definition: Mapping[str, Any] | None = None,
    municipality: str | None = None,
) -> None:
    """Fill an empty database from a definition (default: the shipped 2011 policy).

    `municipality` (a name or code from the official list) becomes the
    barometer's own area in place of the file's.
    """

    data = dict(definition) if definition is not None else read_policy_file(path or shipped_path(*SEED_FILE))
    if municipality:
        place = find_municipality(municipality)
        data = with_main_area(data, place.code, place.name)
    # The report names the organisation: the barometer's own municipality.
    own = next((a for a in data.get("areas", []) if a.get("main")), None)
    if own is None:
        # Every verdict compares the own municipality with the country: without one there is no barometer.
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The policy names no area as the barometer's own: give the municipality "
                                        "(--municipality NAME), or write main = true on its area in the file."),
            field="municipality",
        )
    own_place = municipalities.find(own["code"])
    organisation = (
        municipalities.authority_name(own_place) if own_place and own_place.kind == "municipality" else None
    )
    with db.transaction() as session:
        policy_definition.load(session, data)
        if organisation:
            session.merge(Setting(key=ORGANISATION, value=organisation))


def load_demo(db: Database, folder: Path | None = None) -> None:
    """Add the demo data set to a freshly seeded database, marked as demo."""
    demo_toml = folder / "demo.toml" if folder else shipped_path(*DEMO_FILE)
    observations_csv = folder / "observations.csv" if folder else shipped_path(*DEMO_OBSERVATIONS)
    data = _read_toml(demo_toml)
    with db.transaction() as session:
        _add_demo_records(session, data)
        _add_observations(session, observations_csv, db.user_name)
        session.merge(Setting(key=DEMO_SETTING, value="1"))


def _add_demo_records(session: Session, data: Mapping[str, Any]) -> None:
    policy = session.scalars(select(Policy)).one()
    committees = {c.short_name: c for c in session.scalars(select(Committee))}
    goals = {g.number: g for g in session.scalars(select(Goal))}
    indicators = {i.code: i for i in session.scalars(select(Indicator))}
    plan_goals: dict[str, ActionPlanGoal] = {}
    for plan_data in data.get("action_plans", []):
        plan = ActionPlan(
            committee=committees[plan_data["committee"]],
            policy_id=policy.id,
            adopted_on=plan_data.get("adopted_on"),
            document_link=plan_data.get("document_link", ""),
        )
        session.add(plan)
        for order, g in enumerate(plan_data.get("goals", [])):
            plan_goal = ActionPlanGoal(
                action_plan=plan,
                text=g["text"],
                sort_order=order,
                ended_on=g.get("ended_on"),
                policy_goals=[goals[n] for n in g.get("policy_goals", [])],
            )
            plan_goals[g["key"]] = plan_goal
            session.add(plan_goal)
    session.flush()
    for r in data.get("integration_reports", []):
        session.add(
            IntegrationReport(
                committee_id=committees[r["committee"]].id,
                year=r["year"],
                received_on=r.get("received_on"),
                document_link=r.get("document_link", ""),
            )
        )
    for f in data.get("follow_ups", []):
        session.add(
            GoalFollowUp(
                action_plan_goal_id=plan_goals[f["goal"]].id,
                year=f["year"],
                status=f["status"],
                note=f.get("note", ""),
            )
        )
    for d in data.get("decisions", []):
        session.add(
            CommitteeDecision(
                committee_id=committees[d["committee"]].id,
                year=d["year"],
                supplementary_report_requested=d.get("supplementary_report", False),
                plan_revision_requested=d.get("plan_revision", False),
                reason=d["reason"],
                reason_text=d.get("reason_text", ""),
                decided_on=d.get("decided_on"),
                recommendation=d.get("recommendation", ""),
                status=d.get("status", "confirmed"),
            )
        )
    for a in data.get("assessments", []):
        session.add(
            Assessment(
                indicator_id=indicators[a["indicator"]].id,
                year=a["year"],
                text=a["text"],
                is_public=a.get("public", True),
            )
        )
    for key, value in data.get("settings", {}).items():
        session.merge(Setting(key=key, value=str(value)))


def _add_observations(session: Session, path: Path, user_name: str) -> None:
    indicators = dict(session.execute(select(Indicator.code, Indicator.id)).all())
    areas = dict(session.execute(select(Area.name, Area.id)).all())
    now = datetime.now()
    rows = []
    with path.open(newline="", encoding="utf-8") as handle:
        for line_no, record in enumerate(csv.DictReader(handle), start=2):
            try:
                period = Period.parse(record["period"])
                rows.append(
                    {
                        "indicator_id": indicators[record["indicator"]],
                        "area_id": areas[record["area"]],
                        "year": period.year,
                        "period_kind": str(period.kind.value),
                        "period_no": period.number,
                        "value": float(record["value"]),
                        "sample_size": int(record["sample_size"]) if record["sample_size"] else None,
                        "std_error": float(record["std_error"]) if record["std_error"] else None,
                        "is_provisional": record["provisional"] == "1",
                        "note": record["note"] or "",
                        "note_is_public": False,
                        "entered_by": user_name,
                        "entered_at": now,
                        "version": 1,
                    }
                )
            except (KeyError, ValueError) as error:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "Demo data line {line}: {reason}"),
                    line=line_no,
                    reason=str(error),
                ) from error
    # Bulk insert: the demo set is data we ship, not a user's edit, so it
    # gets no per-row audit entries.
    session.execute(insert(Observation), rows)


def initialize_database(
    location: DatabaseLocation | str | Path, *, demo: bool = False, user_name: str = "",
    definition: Mapping[str, Any] | None = None,
    municipality: str | None = None,
) -> Database:
    """`db init`: schema, the policy (`definition`, default the 2011 policy), and with `demo` the demo data set.

    If seeding fails, a SQLite file this call created is removed again, so a
    failed init never leaves a half-filled database behind.
    """

    if not isinstance(location, DatabaseLocation):
        location = DatabaseLocation.parse(location)
    created_file = location.path is not None and not location.path.exists()
    db = create_database(location, user_name=user_name)
    try:
        seed_policy(db, definition=definition, municipality=municipality)
        if demo:
            load_demo(db)
    except BaseException:
        db.close()
        if created_file and location.path is not None:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{location.path}{suffix}").unlink(missing_ok=True)
        raise
    return db
