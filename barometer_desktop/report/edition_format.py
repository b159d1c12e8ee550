"""The file format of a final edition's snapshot, version 2, written down.

Each `Shape` lists an object's keys as they stand in the file, each with the
Python attribute it holds and how the value is written. The keys are the
file's own: when an attribute is renamed, its `Key` here names the new
attribute and the file stays as it was. A snapshot field that is not listed
here is not stored; tests/report/test_edition_format.py fails until it is
(and a changed key fails the committed format-2 fixture). Changing what a
key means or removing one needs a new format version and an upgrade step in
report/snapshot_codec.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Any

from barometer_desktop.assembly.snapshot import (
    AreaSeries,
    AreaStatus,
    AreaVerdict,
    BarometerSnapshot,
    ChecklistItem,
    CommitteeView,
    DecisionLine,
    GoalView,
    IndicatorView,
    PlanGoalLine,
    SeriesPoint,
)
from barometer_desktop.domain.development import Development, Measurement
from barometer_desktop.domain.follow_up_rules import DecisionCandidate
from barometer_desktop.domain.indicators import IndicatorDefinition
from barometer_desktop.domain.missing_data import MissingItem
from barometer_desktop.domain.periods import Period
from barometer_desktop.domain.significance import SignificanceTest
from barometer_desktop.domain.types import (
    ComparisonBasis,
    DecisionReason,
    DecisionStatus,
    Direction,
    FollowUpStatus,
    Frequency,
    GoalStatus,
    SignificancePolicy,
    Trend,
    Unit,
)

FORMAT_VERSION = 2


@dataclass(frozen=True)
class Kind:
    """How one value is written in the file and read back."""

    encode: Callable[[Any], Any]
    decode: Callable[[Any], Any]


def _checked(kind: type) -> Callable[[Any], Any]:
    def read(value: Any) -> Any:
        if kind is float and type(value) is int:
            return float(value)
        if type(value) is not kind:  # bool is not an int here, nor an int a bool
            raise ValueError(f"expected {kind.__name__}, found {value!r}")
        return value

    return read


TEXT = Kind(str, _checked(str))
INT = Kind(int, _checked(int))
FLOAT = Kind(float, _checked(float))
BOOL = Kind(bool, _checked(bool))
DATE = Kind(date.isoformat, date.fromisoformat)
PERIOD = Kind(str, Period.parse)  # canonical period text: "2011", "2011K1", "2011M03"


def enum(cls: type[Enum]) -> Kind:
    return Kind(lambda member: member.value, cls)


def optional(kind: Kind) -> Kind:
    return Kind(
        lambda value: None if value is None else kind.encode(value),
        lambda value: None if value is None else kind.decode(value),
    )


def listed(kind: Kind) -> Kind:
    def read(values: Any) -> tuple:
        if not isinstance(values, list):
            raise ValueError(f"expected a list, found {values!r}")
        return tuple(kind.decode(value) for value in values)

    return Kind(lambda values: [kind.encode(value) for value in values], read)


_REQUIRED = object()


@dataclass(frozen=True)
class Key:
    name: str  # the key in the file
    attribute: str  # the Python attribute it holds; "part.field" for a field of a held object
    kind: Kind
    # A key added to this format version after editions of it were stored: what
    # those editions, which lack it, read as. Every other key must be present.
    absent: Any = _REQUIRED

    @property
    def added_later(self) -> bool:
        return self.absent is not _REQUIRED


def key(name: str, kind: Kind, attribute: str | None = None, *, absent: Any = _REQUIRED) -> Key:
    return Key(name, attribute or name, kind, absent)


def _get(value: Any, attribute: str) -> Any:
    for name in attribute.split("."):
        value = getattr(value, name)
    return value


@dataclass(frozen=True)
class Shape:
    """One object of the file: its keys, and the class it is read into.

    `parts` are objects the class holds whose fields the file keeps in this
    object's own keys (an indicator's definition sits beside its verdict).
    """

    cls: type
    keys: tuple[Key, ...]
    parts: tuple[tuple[str, type], ...] = ()

    def encode(self, value: Any) -> dict[str, Any]:
        return {k.name: k.kind.encode(_get(value, k.attribute)) for k in self.keys}

    def decode(self, obj: Any) -> Any:
        if not isinstance(obj, dict):
            raise ValueError(f"{self.cls.__name__}: expected an object, found {obj!r}")
        names = {k.name for k in self.keys}
        missing = sorted(k.name for k in self.keys if k.absent is _REQUIRED and k.name not in obj)
        unknown = sorted(obj.keys() - names)
        if missing or unknown:
            raise ValueError(f"{self.cls.__name__}: missing keys {missing}, unknown keys {unknown}")
        values = {k.attribute: k.kind.decode(obj[k.name]) if k.name in obj else k.absent for k in self.keys}
        for part, part_cls in self.parts:
            prefix = part + "."
            held = {name[len(prefix):]: values.pop(name) for name in list(values) if name.startswith(prefix)}
            values[part] = part_cls(**held)
        return self.cls(**values)

    @property
    def kind(self) -> Kind:
        return Kind(self.encode, self.decode)


# Every object of the format (the test checks each against its dataclass).
SHAPES: list[Shape] = []


def shape(cls: type, *keys: Key, parts: tuple[tuple[str, type], ...] = ()) -> Kind:
    SHAPES.append(Shape(cls, keys, parts))
    return SHAPES[-1].kind


_MEASUREMENT = shape(
    Measurement,
    key("period", PERIOD),
    key("value", FLOAT),
    key("sample_size", optional(INT)),
    key("std_error", optional(FLOAT)),
    key("provisional", BOOL),
)

_SIGNIFICANCE = shape(SignificanceTest, key("z", FLOAT), key("p_value", FLOAT), key("significant", BOOL))

_DEVELOPMENT = shape(
    Development,
    key("current", optional(_MEASUREMENT)),
    key("reference", optional(_MEASUREMENT)),
    key("change", optional(FLOAT)),
    key("trend", enum(Trend)),
    key("significance", optional(_SIGNIFICANCE)),
    key("within_uncertainty", BOOL),
    key("significance_unknown", BOOL),
)

_POINT = shape(
    SeriesPoint,
    key("period", PERIOD),
    key("position", FLOAT),
    key("value", FLOAT),
    key("sample_size", optional(INT)),
    key("std_error", optional(FLOAT)),
    key("ci_low", optional(FLOAT)),
    key("ci_high", optional(FLOAT)),
    key("provisional", BOOL),
    key("note", TEXT),
    key("note_is_public", BOOL),
    key("changed_on", optional(DATE), absent=None),  # added in December 2026
)

_SERIES = shape(
    AreaSeries,
    key("area_code", TEXT),
    key("area_name", TEXT),
    key("is_main", BOOL),
    key("points", listed(_POINT)),
    key("is_country", BOOL),
)

_VERDICT = shape(
    AreaVerdict,
    key("area_code", TEXT),
    key("area_name", TEXT),
    key("is_main", BOOL),
    key("is_country", BOOL),
    key("development", _DEVELOPMENT),
)

def _definition(name: str, kind: Kind, **options: Any) -> Key:
    return key(name, kind, "indicator." + name, **options)


_INDICATOR = shape(
    IndicatorView,
    key("id", INT),
    # What the indicator is (IndicatorView.indicator), beside what the year's assessment computed.
    _definition("code", TEXT),
    _definition("name", TEXT),
    _definition("definition", TEXT),
    _definition("unit", enum(Unit)),
    _definition("decimals", INT),
    _definition("direction", enum(Direction)),
    _definition("is_headline", BOOL),
    _definition("is_active", BOOL),
    _definition("is_survey", BOOL),
    _definition("data_source", TEXT),
    _definition("provider", TEXT),
    _definition("frequency", enum(Frequency)),
    _definition("release_month", optional(INT)),
    _definition("release_year_offset", INT),
    _definition("population_note", TEXT),
    _definition("comparison_available", BOOL),
    _definition("responsible", TEXT, absent=""),  # added in December 2026
    key("development", _DEVELOPMENT),
    key("national_value", optional(FLOAT)),
    key("national_trend", enum(Trend)),
    key("series", listed(_SERIES)),
    key("assessment", TEXT),
    key("assessment_is_public", BOOL),
    key("latest", optional(_POINT)),
    key("due_in_report_year", BOOL),
    key("verdicts", listed(_VERDICT)),
    key("published", optional(_DEVELOPMENT)),
    parts=(("indicator", IndicatorDefinition),),
)

_AREA_STATUS = shape(
    AreaStatus, key("area_name", TEXT), key("is_main", BOOL), key("is_country", BOOL),
    key("status", enum(GoalStatus)),
)

_GOAL = shape(
    GoalView,
    key("number", INT),
    key("title", TEXT),
    key("focus_area_title", TEXT),
    key("status", enum(GoalStatus)),
    key("indicators", listed(_INDICATOR)),
    key("published_status", optional(enum(GoalStatus))),
    key("area_statuses", listed(_AREA_STATUS)),
)

_PLAN_GOAL = shape(
    PlanGoalLine, key("text", TEXT), key("status", optional(enum(FollowUpStatus))), key("note", TEXT)
)

_DECISION = shape(
    DecisionLine,
    key("supplementary_report", BOOL),
    key("plan_revision", BOOL),
    key("reason", enum(DecisionReason)),
    key("status", enum(DecisionStatus)),
    key("decided_on", optional(DATE)),
    key("recommendation", TEXT),
)

_CANDIDATE = shape(
    DecisionCandidate, key("committee", TEXT), key("reasons", listed(enum(DecisionReason))), key("goal_numbers", listed(INT)),
)

_COMMITTEE = shape(
    CommitteeView,
    key("short_name", TEXT),
    key("name", TEXT),
    key("report_received", optional(DATE)),
    key("report_link", TEXT),
    key("report_missing", BOOL),
    key("lacking", listed(_PLAN_GOAL)),
    key("partly", listed(_PLAN_GOAL)),
    key("decision", optional(_DECISION)),
    key("candidate", optional(_CANDIDATE)),
    key("not_recorded", listed(_PLAN_GOAL)),
    key("report_late", BOOL),
)

_MISSING = shape(
    MissingItem,
    key("code", TEXT),
    key("name", TEXT),
    key("provider", TEXT),
    key("area", TEXT),
    key("expected", optional(DATE)),
    key("overdue", BOOL),
)

_CHECKLIST_ITEM = shape(ChecklistItem, key("kind", TEXT), key("details", listed(TEXT)))

SNAPSHOT = Shape(
    BarometerSnapshot,
    (
        key("report_year", INT),
        key("prepared_on", DATE),
        key("organisation", TEXT),
        key("is_demo", BOOL),
        key("basis", enum(ComparisonBasis)),
        key("baseline_year", optional(INT)),
        key("follow_up_deadline", DATE),
        key("goals", listed(_GOAL)),
        key("committees", listed(_COMMITTEE)),
        key("missing_data", listed(_MISSING)),
        key("areas", listed(TEXT)),
        key("data_status", optional(listed(_CHECKLIST_ITEM))),
        key("significance_policy", enum(SignificancePolicy)),
        key("status_window", INT),
        key("main_area_name", TEXT),
    ),
)
SHAPES.append(SNAPSHOT)
