"""A barometer definition (policy_file.reading.parse's data) into a new database, and out again.

`load` fills an empty database in the caller's transaction; `export` reads
the newest policy with its goals and indicators, the areas, the committees
and the action plans of that policy, in the shape `policy_file.writing.to_toml`
writes, so an exported file initialises a database with the same definition.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session, selectinload

from barometer_desktop.domain.indicators import DETAIL_FIELDS
from barometer_desktop.policy_file.fields import FORMAT_VERSION, VERSION_KEY
from barometer_desktop.storage import catalog, indicator_sources, policies
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.indicator_sources import StatbankSection, source_columns, source_section
from barometer_desktop.storage.models import (
    ActionPlan,
    ActionPlanGoal,
    Area,
    Committee,
    FocusArea,
    Goal,
    Indicator,
    Policy,
)
from barometer_desktop.storage.schema import indicator_source


def load(session: Session, data: Mapping[str, Any]) -> None:
    """Add the definition's policy, areas, goals, indicators, committees and plans."""
    p = data["policy"]
    policy = Policy(name=p["name"], period_from=p["period_from"], period_to=p["period_to"],
                    adopted_on=p.get("adopted_on"))
    session.add(policy)
    for order, a in enumerate(data.get("areas", [])):
        session.add(Area(code=a["code"], name=a["name"], kind=a.get("kind", "municipality"),
                         is_main=a.get("main", False), sort_order=order))
    focus_areas = {
        f["number"]: FocusArea(policy=policy, number=f["number"], title=f["title"])
        for f in data.get("focus_areas", [])
    }
    goals = {
        g["number"]: Goal(policy=policy, number=g["number"], title=g["title"],
                          focus_area=focus_areas.get(g.get("focus_area")))
        for g in data.get("goals", [])
    }
    session.add_all([*focus_areas.values(), *goals.values()])
    sources: list[tuple[Indicator, StatbankSection]] = []
    for i in data.get("indicators", []):
        item = Indicator(
            code=i["code"],
            goal=goals[i["goal"]],
            name=i["name"],
            definition=i.get("definition", ""),
            unit=i["unit"],
            decimals=i.get("decimals", 1),
            direction=i["direction"],
            is_headline=i.get("headline", False),
            is_active=i.get("active", True),
            is_survey=i.get("survey", False),
            data_source=i.get("source", ""),
            provider=i.get("provider", ""),
            frequency=i.get("frequency", "yearly"),
            release_month=i.get("release_month"),
            release_year_offset=i.get("release_year_offset", 1),
            population_note=i.get("population_note", ""),
            comparison_available=i.get("comparison_available", True),
            **{name: i.get(name, "") for name in DETAIL_FIELDS},
        )
        session.add(item)
        if i.get("statbank"):
            sources.append((item, i["statbank"]))
    committees = {}
    for c in data.get("committees", []):
        committees[c["short_name"]] = Committee(
            name=c["name"], short_name=c["short_name"], administration=c.get("administration", ""),
            contact_emails=", ".join(c.get("contact_emails", [])),
        )
    session.add_all(committees.values())
    session.flush()
    for plan_data in data.get("action_plans", []):
        plan = ActionPlan(committee=committees[plan_data["committee"]], policy_id=policy.id,
                          adopted_on=plan_data.get("adopted_on"), document_link=plan_data.get("document_link", ""))
        session.add(plan)
        for order, g in enumerate(plan_data.get("goals", [])):
            session.add(ActionPlanGoal(action_plan=plan, text=g["text"], sort_order=order, ended_on=g.get("ended_on"),
                                       policy_goals=[goals[n] for n in g.get("policy_goals", [])]))
    session.flush()
    for item, source in sources:
        session.execute(insert(indicator_source).values(indicator_id=item.id, version=1, **source_columns(source)))


def _emails(text: str) -> list[str]:
    return [e.strip() for e in text.split(",") if e.strip()]


def export(db: Database) -> dict[str, Any]:
    """The current definition: the newest policy and everything that belongs to it."""

    policy_id = policies.current_or_refuse(db).id
    sources = {s.indicator_id: s for s in indicator_sources.all_sources(db)}
    with db.reading() as session:
        policy = session.get_one(Policy, policy_id)
        data: dict[str, Any] = {
            VERSION_KEY: FORMAT_VERSION,
            "policy": {"name": policy.name, "period_from": policy.period_from, "period_to": policy.period_to,
                       "adopted_on": policy.adopted_on},
            "areas": [
                {"code": a.code, "name": a.name, "kind": a.kind, "main": a.is_main}
                for a in session.scalars(select(Area).order_by(Area.sort_order, Area.id))
            ],
            "focus_areas": [
                {"number": f.number, "title": f.title}
                for f in session.scalars(select(FocusArea).where(FocusArea.policy_id == policy.id).order_by(FocusArea.number))
            ],
        }
        focus_numbers = {f.id: f.number for f in session.scalars(select(FocusArea))}
        data["goals"] = [
            {"number": g.number, "title": g.title,
             "focus_area": focus_numbers[g.focus_area_id] if g.focus_area_id is not None else None}
            for g in session.scalars(select(Goal).where(Goal.policy_id == policy.id).order_by(Goal.number))
        ]
        committees = list(session.scalars(select(Committee).order_by(Committee.id)))
        data["committees"] = [
            {"name": c.name, "short_name": c.short_name, "administration": c.administration,
             "contact_emails": _emails(c.contact_emails)}
            for c in committees
        ]
        short_names = {c.id: c.short_name for c in committees}
        plans = session.scalars(
            select(ActionPlan).where(ActionPlan.policy_id == policy.id).order_by(ActionPlan.id)
            .options(selectinload(ActionPlan.goals).selectinload(ActionPlanGoal.policy_goals))
        )
        data["action_plans"] = [
            {
                "committee": short_names[plan.committee_id],
                "adopted_on": plan.adopted_on,
                "document_link": plan.document_link,
                "goals": [
                    {"text": g.text, "policy_goals": sorted(p.number for p in g.policy_goals), "ended_on": g.ended_on}
                    for g in sorted(plan.goals, key=lambda g: (g.sort_order, g.id))
                ],
            }
            for plan in plans
        ]
    data["indicators"] = [
        {
            "code": i.code, "goal": goal.number, "name": i.name, "definition": i.definition, "unit": i.unit,
            "decimals": i.decimals, "direction": i.direction, "headline": i.is_headline, "active": i.is_active,
            "survey": i.is_survey, "source": i.data_source, "provider": i.provider, "frequency": i.frequency,
            "release_month": i.release_month, "release_year_offset": i.release_year_offset,
            "population_note": i.population_note, "comparison_available": i.comparison_available,
            **{name: getattr(i, name) for name in DETAIL_FIELDS},
            "statbank": source_section(sources[i.id]) if i.id in sources else None,
        }
        for goal in catalog.goals_with_indicators(db, include_retired=True, policy_id=policy_id)
        for i in goal.indicators
    ]
    return data
