"""Reading a policy file: `parse` checks the syntax, every field and the references between sections."""

from __future__ import annotations

import re
import tomllib
from typing import Any

from barometer_desktop.domain.indicators import DETAIL_FIELDS, DETAIL_LENGTH
from barometer_desktop.errors import QT_TRANSLATE_NOOP, Phrase, ValidationError
from barometer_desktop.policy_file.checker import Checker
from barometer_desktop.policy_file.fields import (
    AREA_KINDS,
    DIRECTIONS,
    FORMAT_VERSION,
    FREQUENCIES,
    POLICY_FIELDS,
    SECTIONS,
    UNITS,
    VERSION_KEY,
)

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
    check = Checker(text)
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


def _check_references(check: Checker, data: dict[str, Any]) -> None:
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
