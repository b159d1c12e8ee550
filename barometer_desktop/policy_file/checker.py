"""Checking a policy file's fields, each problem named by line and field."""

from __future__ import annotations

from datetime import date
from typing import Any, NoReturn

from barometer_desktop.domain.periods import TIME_MAPPINGS
from barometer_desktop.domain.statbank_ids import is_table_id
from barometer_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from barometer_desktop.policy_file.field_lines import FieldLines
from barometer_desktop.policy_file.fields import (
    DAY,
    FLAG,
    NAME_KEYS,
    NAME_LIMIT,
    NUMBER,
    NUMBERS,
    PLAN_GOAL_FIELDS,
    PLAN_GOALS,
    REQUIRED,
    STATBANK,
    STATBANK_CODE_LIMIT,
    STATBANK_FIELDS,
    TEXT,
    TEXT_LIMIT,
    TEXTS,
    Fields,
)

# A field inside a sub-table: (the sub-table's key, its index), e.g. ("goals", 2).
Sub = tuple[str, int] | None

_KIND_PROBLEMS = {
    TEXT: QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: expected a text in quotes."),
    NUMBER: QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: expected a whole number."),
    FLAG: QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: expected true or false."),
    DAY: QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: expected a date such as 2011-06-20."),
    TEXTS: QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: expected a list of texts."),
    NUMBERS: QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: expected a list of whole numbers."),
}


class Checker:
    """Checks of a policy file's fields; a problem raises ValidationError naming the line and the field."""

    def __init__(self, text: str) -> None:
        self.where = FieldLines(text)

    def fail(
        self, template: str, section: str | None, index: int, key: str | None, sub: Sub = None, **params: object
    ) -> NoReturn:
        field = ".".join(part for part in (section, sub[0] if sub else None, key) if part)
        raise ValidationError(
            template, field=field or None, key=field, line=self.where.find(section, index, key, sub), **params
        )

    def entry(self, raw: object, fields: Fields, section: str | None, index: int, sub: Sub = None) -> dict[str, Any]:
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
            if kind == STATBANK:
                result[key] = self.statbank(value, raw, index)
                continue
            if kind == PLAN_GOALS:
                if not isinstance(value, list):
                    self.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: expected a table of fields."),
                              section, index, key, sub)
                result[key] = [self.entry(g, PLAN_GOAL_FIELDS, section, index, (key, n)) for n, g in enumerate(value)]
                continue
            if not is_kind(value, kind):
                self.fail(_KIND_PROBLEMS[kind], section, index, key, sub)
            if kind == TEXT:
                value = value.strip()
                if default is REQUIRED and not value:
                    self.fail(QT_TRANSLATE_NOOP("Errors", "Line {line}, field {key}: a value is required."),
                              section, index, key, sub)
                self.printable(value, section, index, key, sub)
            result[key] = value
        return result

    def statbank(self, raw: object, indicator: dict[str, object], index: int) -> dict[str, Any]:
        """An indicator's [indicators.statbank]; a problem names the line, the indicator and the field."""
        code = indicator.get("code", "?")

        def fail(template: str, key: str | None, **params: object) -> NoReturn:
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

    def printable(self, value: str, section: str | None, index: int, key: str, sub: Sub = None) -> None:
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

    def unique(self, entries: list[dict[str, Any]], section: str, key: str) -> None:
        seen: set[object] = set()
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


def is_kind(value: object, kind: str) -> bool:
    """Whether a TOML value is of a field's kind (TEXT, NUMBER, ...)."""
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
