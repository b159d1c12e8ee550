"""The policy file's format: its version, its sections and each section's fields.

Each field is declared once here, with its kind and default; reading
(policy_file.reading), checking (policy_file.checker) and writing
(policy_file.writing) all go by these declarations.
"""

from __future__ import annotations

from barometer_desktop.domain.indicators import DETAIL_FIELDS
from barometer_desktop.domain.types import Direction, Frequency, Unit

FORMAT_VERSION = 1
VERSION_KEY = "schema"  # the name the first files used for the format version

# The allowed values are the domain enums' (storage/schema.py takes them from there too).
UNITS = tuple(unit.value for unit in Unit)
DIRECTIONS = tuple(direction.value for direction in Direction)
FREQUENCIES = tuple(frequency.value for frequency in Frequency)
AREA_KINDS = ("municipality", "country")

# Each section's fields: name -> (kind, default). A default of REQUIRED
# means the field must be given.
REQUIRED = object()
TEXT, NUMBER, FLAG, DAY, TEXTS, NUMBERS = "text", "number", "flag", "date", "texts", "numbers"
# Kinds that are tables of their own: [indicators.statbank], its variable
# selections, and an action plan's [[action_plans.goals]].
STATBANK, SELECTION, PLAN_GOALS = "statbank", "selection", "plan_goals"
Fields = dict[str, tuple[str, object]]
# Names are printed in headings and table cells of the report: longer ones would not fit a page.
NAME_KEYS = frozenset({"name", "short_name", "title", "code", "committee", "administration"})
NAME_LIMIT = 200
TEXT_LIMIT = 5000

POLICY_FIELDS: Fields = {
    "name": (TEXT, REQUIRED),
    "period_from": (NUMBER, REQUIRED),
    "period_to": (NUMBER, REQUIRED),
    "adopted_on": (DAY, None),
}
AREA_FIELDS: Fields = {"code": (TEXT, REQUIRED), "name": (TEXT, REQUIRED), "kind": (TEXT, "municipality"), "main": (FLAG, False)}
FOCUS_AREA_FIELDS: Fields = {"number": (NUMBER, REQUIRED), "title": (TEXT, REQUIRED)}
GOAL_FIELDS: Fields = {"number": (NUMBER, REQUIRED), "focus_area": (NUMBER, None), "title": (TEXT, REQUIRED)}
INDICATOR_FIELDS: Fields = {
    "code": (TEXT, REQUIRED),
    "goal": (NUMBER, REQUIRED),
    "name": (TEXT, REQUIRED),
    "definition": (TEXT, ""),
    "unit": (TEXT, REQUIRED),
    "decimals": (NUMBER, 1),
    "direction": (TEXT, REQUIRED),
    "headline": (FLAG, False),
    "active": (FLAG, True),
    "survey": (FLAG, False),
    "source": (TEXT, ""),
    "provider": (TEXT, ""),
    "frequency": (TEXT, "yearly"),
    "release_month": (NUMBER, None),
    "release_year_offset": (NUMBER, 1),
    "population_note": (TEXT, ""),
    "comparison_available": (FLAG, True),
    # The free-text details, under their own names.
    **{name: (TEXT, "") for name in DETAIL_FIELDS},
    "statbank": (STATBANK, None),  # [indicators.statbank]: where the figures come from, optional
}
# An indicator's source in Statistics Denmark's StatBank (storage.indicator_sources).
STATBANK_FIELDS: Fields = {
    "table": (TEXT, REQUIRED),
    "selection": (SELECTION, {}),
    "denominator": (SELECTION, None),
    "area_variable": (TEXT, "OMRÅDE"),
    "time_variable": (TEXT, "TID"),
    "time_mapping": (TEXT, "as_is"),
}
STATBANK_CODE_LIMIT = 40
COMMITTEE_FIELDS: Fields = {
    "name": (TEXT, REQUIRED),
    "short_name": (TEXT, REQUIRED),
    "administration": (TEXT, ""),
    "contact_emails": (TEXTS, []),
}
PLAN_FIELDS: Fields = {
    "committee": (TEXT, REQUIRED),
    "adopted_on": (DAY, None),
    "document_link": (TEXT, ""),
    "goals": (PLAN_GOALS, []),
}
PLAN_GOAL_FIELDS: Fields = {"text": (TEXT, REQUIRED), "policy_goals": (NUMBERS, []), "ended_on": (DAY, None)}

SECTIONS: dict[str, Fields] = {
    "areas": AREA_FIELDS,
    "focus_areas": FOCUS_AREA_FIELDS,
    "goals": GOAL_FIELDS,
    "indicators": INDICATOR_FIELDS,
    "committees": COMMITTEE_FIELDS,
    "action_plans": PLAN_FIELDS,
}

# A whole barometer definition is a few kilobytes; 5 MB leaves room and bounds the work.
MAX_BYTES = 5_000_000
