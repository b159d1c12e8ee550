"""What a stored change touched, so each screen reloads only what it shows of it.

The storage-facing code the screens call (undo.store_changes for values, the
screens' own save actions for the rest) says what it stored by handing a
`Change` to AppState.notify; screens ask `touches_values()`,
`touches_indicator(id)`, `touches_committees()` ... instead of reloading on
every change. Anything
that may have changed the whole database (an import, a restore, another
database opened, a policy or settings change, someone else's change seen by
the refresher) is `EVERYTHING`.

Plain Python (no Qt): the rules of which change a screen cares about are
tested without widgets.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from enum import Enum


class ChangeKind(Enum):
    VALUES = "values"  # stored values of some indicators, areas and years
    INDICATOR = "indicator"  # an indicator's definition, state or assessment text
    COMMITTEES = "committees"  # action plans, follow-ups, BIU's decisions, the follow-up deadline
    EDITION = "edition"  # a final edition of the status report was stored
    EVERYTHING = "everything"  # import, restore, policy or settings, another workstation


# The kinds a change's indicator_ids and years narrow down: a change of
# another kind (committees, an edition) says nothing about indicators.
_ABOUT_INDICATORS = frozenset({ChangeKind.VALUES, ChangeKind.INDICATOR})


@dataclass(frozen=True)
class Change:
    kinds: frozenset[ChangeKind]
    # Empty: not limited to some (every indicator / area / year may be touched).
    indicator_ids: frozenset[int] = frozenset()
    years: frozenset[int] = frozenset()

    @classmethod
    def values(cls, cells: Iterable[tuple[int, int]]) -> Change:
        """Values stored for `(indicator_id, year)` pairs."""
        pairs = list(cells)
        return cls(
            frozenset({ChangeKind.VALUES}),
            frozenset(i for i, _ in pairs),
            frozenset(y for _, y in pairs),
        )

    @classmethod
    def indicator(cls, indicator_id: int | None = None) -> Change:
        """One indicator's definition, state or assessment; None: possibly several
        (e.g. another one made supplementary, or its code handed over)."""
        ids = frozenset() if indicator_id is None else frozenset({indicator_id})
        return cls(frozenset({ChangeKind.INDICATOR}), ids)

    @classmethod
    def committees(cls) -> Change:
        return cls(frozenset({ChangeKind.COMMITTEES}))

    @classmethod
    def edition(cls) -> Change:
        return cls(frozenset({ChangeKind.EDITION}))

    @property
    def everything(self) -> bool:
        return ChangeKind.EVERYTHING in self.kinds

    def merged(self, other: Change | None) -> Change:
        """One change that covers both (for a hidden screen collecting what it missed)."""
        if other is None:
            return self
        if self.everything or other.everything:
            return EVERYTHING
        return Change(
            self.kinds | other.kinds,
            _merged_limit(self, other, lambda c: c.indicator_ids),
            _merged_limit(self, other, lambda c: c.years),
        )

    def touches_values(self, first: int | None = None, last: int | None = None) -> bool:
        """Whether indicators' values or definitions may differ (for a year from
        `first` to `last`, when given: a screen of one report year does not
        reload for values of years it does not read)."""
        if self.everything or ChangeKind.INDICATOR in self.kinds:
            return True
        if ChangeKind.VALUES not in self.kinds:
            return False
        return not self.years or any(
            (first is None or year >= first) and (last is None or year <= last) for year in self.years
        )

    def touches_indicator(self, indicator_id: int) -> bool:
        """Whether this indicator's values or definition may differ (any year:
        a screen of one indicator shows all its years and its development)."""
        if self.everything:
            return True
        if not self.kinds & _ABOUT_INDICATORS:
            return False
        return not self.indicator_ids or indicator_id in self.indicator_ids

    def touches_definitions(self) -> bool:
        """Whether some indicator's definition or state (code, name, headline,
        retired) may differ: what a list of indicators shows."""
        return self.everything or ChangeKind.INDICATOR in self.kinds

    def touches_committees(self) -> bool:
        return self.everything or ChangeKind.COMMITTEES in self.kinds


EVERYTHING = Change(frozenset({ChangeKind.EVERYTHING}))


def _merged_limit(one: Change, other: Change, limit: Callable[[Change], frozenset[int]]) -> frozenset[int]:
    """The indicators (or years) two merged changes are limited to. Empty means
    "not limited" (all may be touched), so the merge is limited only when both
    are; a change with nothing about indicators does not widen the other's."""
    if not other.kinds & _ABOUT_INDICATORS:
        return limit(one)
    if not one.kinds & _ABOUT_INDICATORS:
        return limit(other)
    if limit(one) and limit(other):
        return limit(one) | limit(other)
    return frozenset()
