"""Writing a barometer definition as a policy file (`policy export`)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from barometer_desktop.policy_file.fields import (
    FORMAT_VERSION,
    PLAN_GOAL_FIELDS,
    PLAN_GOALS,
    POLICY_FIELDS,
    SECTIONS,
    STATBANK,
    STATBANK_FIELDS,
    VERSION_KEY,
    Fields,
)

HEADER = """\
# Integrationsbarometer: definition af et barometer (politik, mål, indikatorer,
# områder, udvalg og handleplaner). Formatet er beskrevet i
# database/seed/policy_template.toml. Skrevet af `barometer-desktop policy export`.
"""


def _value(value: Any) -> str:
    if isinstance(value, dict):  # an inline table; keys quoted (variable codes such as "KØN")
        return "{ " + ", ".join(f"{json.dumps(k, ensure_ascii=False)} = {_value(v)}" for k, v in value.items()) + " }"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list):
        return "[" + ", ".join(_value(v) for v in value) + "]"
    # A JSON string is a valid TOML basic string (same escapes).
    return json.dumps(str(value), ensure_ascii=False)


def _fields(entry: dict[str, Any], fields: Fields, indent: str = "") -> list[str]:
    lines = []
    for key, (kind, _default) in fields.items():
        value = entry.get(key)
        if kind in (PLAN_GOALS, STATBANK) or value is None:
            continue  # a missing optional value is written as nothing; sub-tables after the fields
        lines.append(f"{indent}{key} = {_value(value)}")
    return lines


def to_toml(data: dict[str, Any]) -> str:
    """The definition as a policy file, fields in a fixed order, so exports compare line by line."""
    lines = [HEADER, f"{VERSION_KEY} = {FORMAT_VERSION}", "", "[policy]", *_fields(data["policy"], POLICY_FIELDS)]
    for section, fields in SECTIONS.items():
        for entry in data.get(section, []):
            lines += ["", f"[[{section}]]", *_fields(entry, fields)]
            if section == "indicators" and entry.get("statbank"):
                lines += ["", "  [indicators.statbank]", *_fields(entry["statbank"], STATBANK_FIELDS, "  ")]
            for goal in entry.get("goals", []) if section == "action_plans" else []:
                lines += ["", f"  [[{section}.goals]]", *_fields(goal, PLAN_GOAL_FIELDS, "  ")]
    return "\n".join(lines) + "\n"
