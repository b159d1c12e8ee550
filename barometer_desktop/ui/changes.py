"""What a stored change touched, so each screen reloads only what it shows of it.

The storage-facing code the screens call (undo.store_changes for values, the
screens' own save actions for the rest) says what it stored by handing a
`Change` to AppState.notify; screens ask `touches_values()`,
`touches_committees()` ... instead of reloading on every change. Anything
that may have changed the whole database (an import, a restore, another
database opened, a policy or settings change, someone else's change seen by
the refresher) is `EVERYTHING`.

Plain Python (no Qt): the rules of which change a screen cares about are
tested without widgets.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from enum import Enum


class ChangeKind(Enum):
    VALUES = "values"  # stored values of some indicators, areas and years
    INDICATOR = "indicator"  # an indicator's definition, state or assessment text
    COMMITTEES = "committees"  # action plans, follow-ups, BIU's decisions, the follow-up deadline
    EDITION = "edition"  # a final edition of the status report was stored
    EVERYTHING = "everything"  # import, restore, policy or settings, another workstation


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
        kinds = self.kinds | other.kinds
        # An empty set means "not limited": limited only when both are.
        ids = self.indicator_ids | other.indicator_ids if self.indicator_ids and other.indicator_ids else frozenset()
        years = self.years | other.years if self.years and other.years else frozenset()
        return Change(kinds, ids, years)

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

    def touches_committees(self) -> bool:
        return self.everything or ChangeKind.COMMITTEES in self.kinds


EVERYTHING = Change(frozenset({ChangeKind.EVERYTHING}))
