"""Reporting periods: a year, a quarter or a month.

Yearly values drive the barometer; monthly and quarterly values exist for
committees that want their own data more often (e.g. unemployment).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

# How a source's time code becomes a period (an indicator's StatBank source):
# "as_is" (2021, 2021K1, 2021M03) or, for a school-year code such as
# 2020/2021, its first or its last year. Stored (schema 0007) and written in
# the policy file under these names.
TIME_MAPPINGS = ("as_is", "first_year", "last_year")

MIN_YEAR = 1900
MAX_YEAR = 2100


class PeriodError(ValueError):
    """Raised for text that is not a period, or an impossible period."""


class PeriodKind(StrEnum):
    YEAR = "year"
    QUARTER = "quarter"
    MONTH = "month"
    # Short aliases, handy in code and matching the canonical text forms.
    Y = "year"
    Q = "quarter"
    M = "month"


# Months spanned by one period of each kind; used for chronological ordering.
_SPAN_MONTHS: dict[PeriodKind, int] = {
    PeriodKind.YEAR: 12,
    PeriodKind.QUARTER: 3,
    PeriodKind.MONTH: 1,
}

# Accepts "2011", "2011K1", "2011Q1", "2011k1", "2011M03", "2011M3", "2011-03".
# The number part is matched loosely so a wrong number gets a precise message.
_PERIOD_PATTERN = re.compile(
    r"(?P<year>[0-9]{4})(?:(?P<quarter_mark>[KkQq])(?P<quarter>[0-9]+)|(?P<month_mark>[Mm]|-)(?P<month>[0-9]+))?"
)


@dataclass(frozen=True)
class Period:
    """One reporting period.

    ``number`` is 0 for a year, 1-4 for a quarter and 1-12 for a month.

    Ordering is chronological by start, and a longer period sorts before the
    shorter periods it starts with (2011 < 2011K1 < 2011M01 < 2011M02 <
    2011M03 < 2011K2). That is why the comparison methods are written out
    instead of using ``order=True``, which would compare ``kind`` as text.
    """

    year: int
    kind: PeriodKind
    number: int

    def __post_init__(self) -> None:
        # Normalise a plain string kind ("year") to the enum; frozen, hence setattr.
        try:
            object.__setattr__(self, "kind", PeriodKind(self.kind))
        except ValueError:
            raise PeriodError(f"unknown period kind: {self.kind!r}") from None
        if not MIN_YEAR <= self.year <= MAX_YEAR:
            raise PeriodError(f"year must be between {MIN_YEAR} and {MAX_YEAR}, got {self.year}")
        if self.kind == PeriodKind.YEAR and self.number != 0:
            raise PeriodError(f"a year period has number 0, got {self.number}")
        if self.kind == PeriodKind.QUARTER and not 1 <= self.number <= 4:
            raise PeriodError(f"quarter must be between 1 and 4, got {self.number}")
        if self.kind == PeriodKind.MONTH and not 1 <= self.number <= 12:
            raise PeriodError(f"month must be between 1 and 12, got {self.number}")

    # --- constructors -------------------------------------------------------

    @classmethod
    def year_of(cls, year: int) -> Period:
        return cls(year, PeriodKind.YEAR, 0)

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        return cls(year, PeriodKind.QUARTER, quarter)

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        return cls(year, PeriodKind.MONTH, month)

    @classmethod
    def parse(cls, text: str) -> Period:
        """Read a period as users and statistics banks write it (see module pattern)."""
        stripped = text.strip() if isinstance(text, str) else ""
        match = _PERIOD_PATTERN.fullmatch(stripped)
        if match is None:
            raise PeriodError(
                f"not a period: {text!r} (expected e.g. 2011, 2011K1 or 2011M03)"
            )
        year = int(match["year"])
        if match["quarter"] is not None:
            return cls.quarter(year, int(match["quarter"]))
        if match["month"] is not None:
            return cls.month(year, int(match["month"]))
        return cls.year_of(year)

    # --- properties ---------------------------------------------------------

    @property
    def is_year(self) -> bool:
        return self.kind is PeriodKind.YEAR

    @property
    def first_month(self) -> int:
        """Calendar month (1-12) the period starts in."""
        if self.kind == PeriodKind.QUARTER:
            return (self.number - 1) * 3 + 1
        if self.kind == PeriodKind.MONTH:
            return self.number
        return 1

    def midpoint(self) -> float:
        """Decimal-year centre of the period, so all kinds share one time axis."""
        span = _SPAN_MONTHS[self.kind]
        return self.year + (self.first_month - 1 + span / 2) / 12

    def __str__(self) -> str:
        if self.kind == PeriodKind.QUARTER:
            return f"{self.year}K{self.number}"
        if self.kind == PeriodKind.MONTH:
            return f"{self.year}M{self.number:02d}"
        return str(self.year)

    # --- chronological ordering ---------------------------------------------

    def _sort_key(self) -> tuple[int, int, int]:
        # Longer spans first among periods starting together: negate the span.
        return (self.year, self.first_month, -_SPAN_MONTHS[self.kind])

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self._sort_key() < other._sort_key()

    def __le__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self._sort_key() <= other._sort_key()

    def __gt__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self._sort_key() > other._sort_key()

    def __ge__(self, other: object) -> bool:
        if not isinstance(other, Period):
            return NotImplemented
        return self._sort_key() >= other._sort_key()


@cache
def period_code(year: int, kind: str, number: int) -> str:
    """A stored period's code ("2021", "2021K1", "2021M03"), as files and reports write it:
    the one spelling (Period.__str__), cached because an import or export asks per row."""
    return str(Period(year, PeriodKind(kind), number))
