"""What an indicator is: the one declaration of its fields, typed.

Storage's record (`storage.records.IndicatorRecord`) is this plus where the
row sits (id, goal, version); the snapshot's `IndicatorView` holds it plus
what the year's assessment computed; the public web shows it. Each of them
reads the fields from here instead of copying them one by one, so a new
field is declared here once (and as a column in storage/schema.py; see
docs/ARCHITECTURE.md, "How to add an indicator field").
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from .development import IndicatorRule
from .missing_data import DueIndicator
from .types import Direction, Frequency, Unit


@dataclass(frozen=True, kw_only=True)
class IndicatorDefinition:
    code: str
    name: str
    definition: str = ""
    unit: Unit
    decimals: int = 1
    direction: Direction
    is_headline: bool = False
    is_active: bool = True
    is_survey: bool = False
    data_source: str = ""
    provider: str = ""
    frequency: Frequency = Frequency.YEARLY
    release_month: int | None = None
    release_year_offset: int = 1
    population_note: str = ""
    comparison_available: bool = True
    # Who answers for the indicator's figures: a person or an administration's unit.
    responsible: str = ""

    @property
    def definition_only(self) -> IndicatorDefinition:
        """Just the definition, without what a subclass adds (storage's id, goal and version)."""
        if type(self) is IndicatorDefinition:
            return self
        return IndicatorDefinition(**{name: getattr(self, name) for name in DEFINITION_FIELDS})

    def rule(self) -> IndicatorRule:
        """What the development rule needs to know about this indicator."""
        return IndicatorRule(
            code=self.code, direction=self.direction, decimals=self.decimals, unit=self.unit, survey=self.is_survey
        )

    def as_due(self) -> DueIndicator:
        """What the missing-data rules need to know about this indicator."""
        return DueIndicator(
            code=self.code,
            name=self.name,
            provider=self.provider,
            frequency=self.frequency,
            release_month=self.release_month,
            release_year_offset=self.release_year_offset,
            active=self.is_active,
        )


DEFINITION_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(IndicatorDefinition))

# The indicator's free-text details: text fields of IndicatorDefinition (a column of
# at most DETAIL_LENGTH characters each) that the indicator form edits, the report
# prints (the indicator's facts and the appendix), the web shows and the policy
# file carries, each under its label in labels.indicator_detail, all by this list.
DETAIL_FIELDS: tuple[str, ...] = ("responsible",)
DETAIL_LENGTH = 200
_DEFINITION_FIELD_SET = frozenset(DEFINITION_FIELDS)


class ReadsDefinition:
    """Mixin for a view that holds `indicator: IndicatorDefinition` and adds what was
    computed: the definition's fields read through the view (`view.unit`), so the
    view holds the definition instead of copying its fields one by one."""

    def __getattr__(self, name: str) -> Any:
        # Called only for names the view itself lacks.
        if name in _DEFINITION_FIELD_SET:
            return getattr(object.__getattribute__(self, "indicator"), name)
        raise AttributeError(f"{type(self).__name__!r} object has no attribute {name!r}")

# Enum-typed fields: storage keeps their value text, records carry the enum.
ENUM_FIELDS = {"unit": Unit, "direction": Direction, "frequency": Frequency}
