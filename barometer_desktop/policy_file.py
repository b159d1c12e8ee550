"""The policy file: a whole barometer definition as TOML, versioned and validated.

One file holds a policy (name, adoption date, first and last year), its
focus areas, goals and indicators with their metadata, the areas (the
municipality itself, the country and comparison municipalities), the
committees and their action plans. `db init --policy FILE` creates a
database from it and `policy export` writes one, so one municipality can
hand its setup to another. database/seed/policy_2011.toml (Copenhagen) and
database/seed/policy_template.toml (empty, with comments) are examples.

`parse` returns the file's data as plain dicts and lists, with every
default filled in, after checking every field; a problem raises
ValidationError naming the line and the field. `to_toml` writes such data
back; parse(to_toml(data)) == data.
"""

from __future__ import annotations

import json
import re
import tomllib
from datetime import date
from typing import Any

from barometer_desktop.domain.indicators import DETAIL_FIELDS, DETAIL_LENGTH
from barometer_desktop.domain.periods import TIME_MAPPINGS
from barometer_desktop.domain.statbank_ids import is_table_id
from barometer_desktop.domain.types import Direction, Frequency, Unit
from barometer_desktop.errors import QT_TRANSLATE_NOOP, Phrase, ValidationError
from barometer_desktop.municipalities import find

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
# Names are printed in headings and table cells of the report: longer ones would not fit a page.
NAME_KEYS = frozenset({"name", "short_name", "title", "code", "committee", "administration"})
NAME_LIMIT = 200
TEXT_LIMIT = 5000

POLICY_FIELDS = {
    "name": (TEXT, REQUIRED),
    "period_from": (NUMBER, REQUIRED),
    "period_to": (NUMBER, REQUIRED),
    "adopted_on": (DAY, None),
}
AREA_FIELDS = {"code": (TEXT, REQUIRED), "name": (TEXT, REQUIRED), "kind": (TEXT, "municipality"), "main": (FLAG, False)}
FOCUS_AREA_FIELDS = {"number": (NUMBER, REQUIRED), "title": (TEXT, REQUIRED)}
GOAL_FIELDS = {"number": (NUMBER, REQUIRED), "focus_area": (NUMBER, None), "title": (TEXT, REQUIRED)}
INDICATOR_FIELDS = {
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
    "statbank": ("statbank", None),  # [indicators.statbank]: where the figures come from, optional
}
# An indicator's source in Statistics Denmark's StatBank (storage.indicator_sources).
STATBANK_FIELDS = {
    "table": (TEXT, REQUIRED),
    "selection": ("selection", {}),
    "denominator": ("selection", None),
    "area_variable": (TEXT, "OMRÅDE"),
    "time_variable": (TEXT, "TID"),
    "time_mapping": (TEXT, "as_is"),
}
STATBANK_CODE_LIMIT = 40
COMMITTEE_FIELDS = {
    "name": (TEXT, REQUIRED),
    "short_name": (TEXT, REQUIRED),
    "administration": (TEXT, ""),
    "contact_emails": (TEXTS, []),
}
PLAN_FIELDS = {
    "committee": (TEXT, REQUIRED),
    "adopted_on": (DAY, None),
    "document_link": (TEXT, ""),
    "goals": ("plan_goals", []),
}
PLAN_GOAL_FIELDS = {"text": (TEXT, REQUIRED), "policy_goals": (NUMBERS, []), "ended_on": (DAY, None)}

SECTIONS = {
    "areas": AREA_FIELDS,
    "focus_areas": FOCUS_AREA_FIELDS,
    "goals": GOAL_FIELDS,
    "indicators": INDICATOR_FIELDS,
    "committees": COMMITTEE_FIELDS,
    "action_plans": PLAN_FIELDS,
}

_KIND_PROBLEMS = {
    TEXT: QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: expected a text in quotes."),
    NUMBER: QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: expected a whole number."),
    FLAG: QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: expected true or false."),
    DAY: QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: expected a date such as 2011-06-20."),
    TEXTS: QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: expected a list of texts."),
    NUMBERS: QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: expected a list of whole numbers."),
}


class _Lines:
    """Finds the line of a field in the file's text, for messages (tomllib gives none)."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def _header(self, section: str, index: int) -> int:
        pattern = re.compile(rf"^\s*\[\[?\s*{re.escape(section)}\s*\]\]?\s*(#.*)?$")
        seen = -1
        for number, line in enumerate(self.lines):
            if pattern.match(line):
                seen += 1
                if seen == index:
                    return number
        return 0

    def in_table(self, section: str, index: int, table: str, key: str | None) -> int:
        """1-based line of `key` in the [section.table] of the index-th [[section]] (else of its header)."""
        start = self._header(section, index)
        header = re.compile(rf"^\s*\[\s*{re.escape(section)}\.{re.escape(table)}\s*\]")
        key_pattern = re.compile(rf"^\s*\"?{re.escape(key or '')}\"?\s*=") if key else None
        found = start
        for number in range(start + 1, len(self.lines)):
            line = self.lines[number].lstrip()
            if line.startswith("[[") or (line.startswith("[") and found != start and not header.match(line)):
                break
            if header.match(line):
                found = number
            elif key_pattern and found != start and key_pattern.match(line):
                return number + 1
        return found + 1

    def find(self, section: str | None, index: int, key: str | None, sub: tuple[str, int] | None = None) -> int:
        """1-based line of `key` in the index-th [[section]] (or the top of the file); else of the header."""
        start = self._header(section, index) if section else -1
        if sub is not None:
            pattern = re.compile(rf"^\s*\[\[\s*{re.escape(section)}\.{re.escape(sub[0])}\s*\]\]")
            seen = -1
            for number in range(start + 1, len(self.lines)):
                if pattern.match(self.lines[number]):
                    seen += 1
                    if seen == sub[1]:
                        start = number
                        break
        if key is None:
            return start + 1
        key_pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for number in range(start + 1, len(self.lines)):
            line = self.lines[number]
            if line.lstrip().startswith("[") and number > start:
                break
            if key_pattern.match(line):
                return number + 1
        return max(start + 1, 1)


class _Checker:
    def __init__(self, text: str) -> None:
        self.where = _Lines(text)

    def fail(self, template: str, section: str | None, index: int, key: str | None, sub=None, **params) -> None:
        field = ".".join(part for part in (section, sub[0] if sub else None, key) if part)
        raise ValidationError(
            template, field=field or None, key=field, line=self.where.find(section, index, key, sub), **params
        )

    def entry(self, raw: Any, fields: dict, section: str | None, index: int, sub=None) -> dict[str, Any]:
        if not isinstance(raw, dict):
            self.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: expected a table of fields."),
                      section, index, None, sub)
        for key in raw:
            if key not in fields:
                self.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: unknown field (a typing error?)."),
                          section, index, key, sub)
        result: dict[str, Any] = {}
        for key, (kind, default) in fields.items():
            if key not in raw:
                if default is REQUIRED:
                    self.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: a value is required."),
                              section, index, key, sub)
                result[key] = list(default) if isinstance(default, list) else default
                continue
            value = raw[key]
            if kind == "statbank":
                result[key] = self.statbank(value, raw, index)
                continue
            if kind == "plan_goals":
                if not isinstance(value, list):
                    self.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: expected a table of fields."),
                              section, index, key, sub)
                result[key] = [self.entry(g, PLAN_GOAL_FIELDS, section, index, (key, n)) for n, g in enumerate(value)]
                continue
            if not _is_kind(value, kind):
                self.fail(_KIND_PROBLEMS[kind], section, index, key, sub)
            if kind == TEXT:
                value = value.strip()
                if default is REQUIRED and not value:
                    self.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: a value is required."),
                              section, index, key, sub)
                self.printable(value, section, index, key, sub)
            result[key] = value
        return result

    def statbank(self, raw: Any, indicator: dict, index: int) -> dict[str, Any]:
        """An indicator's [indicators.statbank]; a problem names the line, the indicator and the field."""
        code = indicator.get("code", "?")

        def fail(template: str, key: str | None, **params) -> None:
            field = "indicators.statbank" + (f".{key}" if key else "")
            raise ValidationError(template, field=field, key=field, code=code,
                                  line=self.where.in_table("indicators", index, "statbank", key), **params)

        if not isinstance(raw, dict):
            fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, indicator {code}, field {key}: expected a table of "
                                   "fields ([indicators.statbank])."), None)
        for key in raw:
            if key not in STATBANK_FIELDS:
                fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, indicator {code}, field {key}: unknown field (a "
                                       "typing error?)."), key)
        result: dict[str, Any] = {}
        for key, (kind, default) in STATBANK_FIELDS.items():
            value = raw.get(key, default)
            if value is REQUIRED:
                fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, indicator {code}, field {key}: a value is required."),
                     key)
            if kind == TEXT:
                if not isinstance(value, str) or not value.strip():
                    fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, indicator {code}, field {key}: expected a text "
                                           "in quotes, e.g. \"FOLK1E\"."), key)
                value = value.strip()
                if len(value) > STATBANK_CODE_LIMIT:  # the stored column's width (schema 0007)
                    fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, indicator {code}, field {key}: at most {limit} "
                                           "characters."), key, limit=STATBANK_CODE_LIMIT)
            elif value is not None and not (
                isinstance(value, dict)
                and all(isinstance(codes, list) and codes and all(isinstance(c, str) and c.strip() for c in codes)
                        for codes in value.values())
            ):
                fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, indicator {code}, field {key}: expected variables "
                                       "with lists of value codes, e.g. {{ \"HERKOMST\" = [\"5\"] }}."), key)
            elif value is not None:
                value = {str(k).strip(): [c.strip() for c in codes] for k, codes in value.items()}
            result[key] = value
        if result["time_mapping"] not in TIME_MAPPINGS:
            fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, indicator {code}, field {key}: {value} is not one of "
                                   "{choices}."), "time_mapping", value=result["time_mapping"],
                 choices=", ".join(TIME_MAPPINGS))
        if not is_table_id(result["table"]):
            fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, indicator {code}, field {key}: {value} is not a StatBank "
                                   "table id (letters and digits, e.g. FOLK1E)."), "table", value=result["table"])
        result["table"] = result["table"].upper()
        return result

    def printable(self, value: str, section: str | None, index: int, key: str, sub=None) -> None:
        """A text must fit on the report's page and survive a round trip through the file: a name at
        most NAME_LIMIT characters, any text at most TEXT_LIMIT, and no control characters."""
        limit = NAME_LIMIT if key in NAME_KEYS else TEXT_LIMIT
        if len(value) > limit:
            self.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: at most {limit} characters."),
                      section, index, key, sub, limit=limit)
        if any(ord(char) < 32 and char not in "\n\t" or 127 <= ord(char) < 160 for char in value):
            self.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: contains a control character "
                                        "(e.g. a NUL byte); write plain text."), section, index, key, sub)

    def choice(self, value: str, choices: tuple[str, ...], section: str, index: int, key: str) -> None:
        if value not in choices:
            self.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: {value} is not one of {choices}."),
                      section, index, key, value=value, choices=", ".join(choices))

    def unique(self, entries: list[dict], section: str, key: str) -> None:
        seen = set()
        for index, entry in enumerate(entries):
            value = entry[key]
            if value in seen:
                self.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: {value} appears twice."),
                          section, index, key, value=value)
            seen.add(value)

    def within(self, value: int | None, low: int, high: int, section: str | None, index: int, key: str) -> None:
        if value is not None and not low <= value <= high:
            self.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: must be between {low} and {high}."),
                      section, index, key, low=low, high=high)


def _is_kind(value: Any, kind: str) -> bool:
    if kind == TEXT:
        return isinstance(value, str)
    if kind == NUMBER:
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == FLAG:
        return isinstance(value, bool)
    if kind == DAY:
        return isinstance(value, date) and not hasattr(value, "hour")
    if kind == TEXTS:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)
    if kind == NUMBERS:
        return isinstance(value, list) and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    return False


# A whole barometer definition is a few kilobytes; 5 MB leaves room and bounds the work.
MAX_BYTES = 5_000_000


# tomllib's reasons are English: the common ones in our words (the rest keep its text).
_TOML_REASONS = (
    ("Unterminated string", QT_TRANSLATE_NOOP("Errors", "a text in quotes is not closed")),
    ("Illegal character", QT_TRANSLATE_NOOP("Errors", "a character that is not allowed (e.g. a control character)")),
    ("Invalid value", QT_TRANSLATE_NOOP("Errors", "a value that is not a text in quotes, a number, true/false, a "
                                                  "date or a list")),
    ("Expected '=' after a key", QT_TRANSLATE_NOOP("Errors", "a field name without = and a value")),
    ("Cannot overwrite a value", QT_TRANSLATE_NOOP("Errors", "a field given twice")),
    ("Cannot declare", QT_TRANSLATE_NOOP("Errors", "a section given twice")),
    ("Invalid statement", QT_TRANSLATE_NOOP("Errors", "a line that is neither a field nor a section")),
    ("Expected newline or end of document", QT_TRANSLATE_NOOP("Errors", "something after the value on the same "
                                                                        "line (one field per line; a date as "
                                                                        "2015-03-01)")),
    ("Invalid initial character for a key", QT_TRANSLATE_NOOP("Errors", "a field name with a character that is "
                                                                        "not allowed")),
)


def _syntax_error(error: tomllib.TOMLDecodeError, text: str) -> ValidationError:
    message = str(error)
    found = re.search(r"line (\d+)", message)
    # "at end of document": the problem shows where the file ends (an unclosed quote or list).
    line = int(found.group(1)) if found else max(1, len(text.splitlines()))
    reason: str = next((Phrase(ours) for theirs, ours in _TOML_REASONS if message.startswith(theirs)),
                       message.split(" (at ")[0])
    return ValidationError(
        QT_TRANSLATE_NOOP("Errors", "Line {line}: the file is not a valid policy file: {reason}."),
        line=line, reason=reason,
    )


def parse(text: str) -> dict[str, Any]:
    """The checked definition in `text`; ValidationError (line, field) on the first problem."""
    try:
        raw = tomllib.loads(text)
    except RecursionError as error:  # arrays nested thousands deep: no policy file looks like that
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The file is not a policy file: its values are nested too deeply."),
        ) from error
    except tomllib.TOMLDecodeError as error:
        raise _syntax_error(error, text) from error
    check = _Checker(text)
    version = raw.get(VERSION_KEY)
    if version is None:
        check.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: the file's format version is missing; "
                                     "write schema = 1 at the top."), None, 0, VERSION_KEY)
    if not isinstance(version, int) or isinstance(version, bool):
        check.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: the format version is a whole number "
                                     "without quotes, e.g. schema = 1."), None, 0, VERSION_KEY)
    if version > FORMAT_VERSION:
        check.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: the file has format version {found}; "
                                     "this program reads version {supported}. Use a newer program."),
                   None, 0, VERSION_KEY, found=version, supported=FORMAT_VERSION)
    for key in raw:
        if key not in SECTIONS and key not in (VERSION_KEY, "policy"):
            check.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: unknown field (a typing error?)."),
                       None, 0, key)
    if "policy" not in raw:
        check.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: a value is required."), None, 0, "policy")
    data: dict[str, Any] = {VERSION_KEY: FORMAT_VERSION, "policy": check.entry(raw["policy"], POLICY_FIELDS, "policy", 0)}
    policy = data["policy"]
    check.within(policy["period_from"], 1900, 2100, "policy", 0, "period_from")
    check.within(policy["period_to"], policy["period_from"], 2100, "policy", 0, "period_to")
    for section, fields in SECTIONS.items():
        entries = raw.get(section, [])
        if not isinstance(entries, list):
            check.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: expected a table of fields."),
                       None, 0, section)
        data[section] = [check.entry(entry, fields, section, index) for index, entry in enumerate(entries)]
    _check_references(check, data)
    return data


def _check_references(check: _Checker, data: dict[str, Any]) -> None:
    areas = data["areas"]
    check.unique(areas, "areas", "code")
    check.unique(areas, "areas", "name")
    for index, area in enumerate(areas):
        check.choice(area["kind"], AREA_KINDS, "areas", index, "kind")
    mains = [index for index, area in enumerate(areas) if area["main"]]
    if len(mains) > 1:
        check.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: only one area can be the barometer's own."),
                   "areas", mains[1], "main")
    check.unique(data["focus_areas"], "focus_areas", "number")
    focus_numbers = {f["number"] for f in data["focus_areas"]}
    check.unique(data["goals"], "goals", "number")
    for index, goal in enumerate(data["goals"]):
        check.within(goal["number"], 1, 999, "goals", index, "number")
        if goal["focus_area"] is not None and goal["focus_area"] not in focus_numbers:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: there is no {what} number {value}."),
                       "goals", index, "focus_area", what="focus_areas", value=goal["focus_area"])
    goal_numbers = {g["number"] for g in data["goals"]}
    check.unique(data["indicators"], "indicators", "code")
    headlines: dict[int, str] = {}
    for index, item in enumerate(data["indicators"]):
        if item["goal"] not in goal_numbers:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: there is no {what} number {value}."),
                       "indicators", index, "goal", what="goals", value=item["goal"])
        check.choice(item["unit"], UNITS, "indicators", index, "unit")
        check.choice(item["direction"], DIRECTIONS, "indicators", index, "direction")
        check.choice(item["frequency"], FREQUENCIES, "indicators", index, "frequency")
        check.within(item["decimals"], 0, 4, "indicators", index, "decimals")
        check.within(item["release_month"], 1, 12, "indicators", index, "release_month")
        check.within(item["release_year_offset"], 0, 2, "indicators", index, "release_year_offset")
        if len(item["code"]) > 20:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: at most {limit} characters."),
                       "indicators", index, "code", limit=20)
        for name in DETAIL_FIELDS:
            if len(item[name]) > DETAIL_LENGTH:
                check.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: at most {limit} characters."),
                           "indicators", index, name, limit=DETAIL_LENGTH)
        if item["headline"] and item["active"]:
            if item["goal"] in headlines:
                check.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: goal {goal} already has the "
                                             "headline indicator {code}."),
                           "indicators", index, "headline", goal=item["goal"], code=headlines[item["goal"]])
            headlines[item["goal"]] = item["code"]
    check.unique(data["committees"], "committees", "name")
    check.unique(data["committees"], "committees", "short_name")
    committees = {c["short_name"] for c in data["committees"]}
    check.unique(data["action_plans"], "action_plans", "committee")
    for index, plan in enumerate(data["action_plans"]):
        if plan["committee"] not in committees:
            check.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: there is no committee {value}."),
                       "action_plans", index, "committee", value=plan["committee"])
        for number, goal in enumerate(plan["goals"]):
            for served in goal["policy_goals"]:
                if served not in goal_numbers:
                    check.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: there is no {what} number {value}."),
                               "action_plans", index, "policy_goals", ("goals", number), what="goals", value=served)


# --- Writing -------------------------------------------------------------------

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


def _fields(entry: dict[str, Any], fields: dict, indent: str = "") -> list[str]:
    lines = []
    for key, (kind, _default) in fields.items():
        value = entry.get(key)
        if kind in ("plan_goals", "statbank") or value is None:
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


# --- The barometer's own municipality -------------------------------------------


def find_municipality(text: str):
    """The municipality `text` names (code, name or both), or ValidationError for the field 'municipality'."""

    if not text.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Write the municipality's name or its code, e.g. 751 or Aarhus."),
            field="municipality",
        )
    place = find(text)
    if place is None or place.kind != "municipality":
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{name} is not a Danish municipality; write its name or its code, e.g. 751 or Aarhus."),
            field="municipality",
            name=text,
        )
    return place


def with_main_area(data: dict[str, Any], code: str, name: str) -> dict[str, Any]:
    """The definition with this municipality as the barometer's own area, first in the list.

    The file's own main area goes (it was that municipality's, not a chosen
    comparison); the area already listed under the code becomes the main one.
    """
    areas = [dict(a) for a in data.get("areas", []) if not a.get("main") and a.get("code") != code]
    areas.insert(0, {"code": code, "name": name, "kind": "municipality", "main": True})
    return {**data, "areas": areas}


def starting_definition(
    source: dict[str, Any],
    municipality: str,
    comparisons: list[str],
    committees: list[dict[str, Any]] | None = None,
) -> dict[str, Any]:
    """What a first start creates: `source` (a parsed file, the 2011 example or the
    empty template) for `municipality`, compared with the whole country and
    `comparisons` (names or codes from the municipality list); `committees`
    (None: those of the source) replace the source's, and with them its plans.
    """

    own = find_municipality(municipality)
    areas = [{"code": own.code, "name": own.name, "kind": "municipality", "main": True}]
    country = find("000")
    areas.append({"code": country.code, "name": country.name, "kind": "country", "main": False})
    for text in comparisons:
        place = find_municipality(text)
        if all(a["code"] != place.code for a in areas):
            areas.append({"code": place.code, "name": place.name, "kind": "municipality", "main": False})
    data = {**source, "areas": areas}
    if committees is not None:
        data["committees"] = committees
        data["action_plans"] = []
    return data
