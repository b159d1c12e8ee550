"""Which integration policy a year is reported under.

Policies are revised every few years. A year is assessed and reported under
the policy in force that year, so a 2013 report re-issued after a 2015
policy change still shows the 2011 goals.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, TypeVar


class _Policy(Protocol):
    # Read-only: a frozen record (storage.records.PolicyRecord) is a policy too.
    @property
    def period_from(self) -> int: ...
    @property
    def period_to(self) -> int: ...


PolicyT = TypeVar("PolicyT", bound=_Policy)


def policy_in_force(policies: Sequence[PolicyT], year: int) -> PolicyT | None:
    """The policy in force in `year`.

    The policy whose period covers the year; when periods overlap, the one
    that started last (a new policy replaces the old one from its first
    year). A year after every period stays under the last policy that had
    started (it is in force until a new one is adopted); a year before every
    period falls under the first policy.
    """
    if not policies:
        return None
    started = [p for p in policies if p.period_from <= year]
    if not started:
        return min(policies, key=lambda p: p.period_from)
    covering = [p for p in started if year <= p.period_to]
    return max(covering or started, key=lambda p: p.period_from)


def current_policy(policies: Sequence[PolicyT]) -> PolicyT | None:
    """The newest policy: the one screens edit and a new period copies."""
    return max(policies, key=lambda p: p.period_from) if policies else None


def name_gives_years(name: str, period_from: int, period_to: int) -> bool:
    """Whether a policy's name already says its years ("Integrationspolitik 2011-2014"),
    so a heading shows them once, not "Integrationspolitik 2011-2014, 2011–2014"."""
    return any(f"{period_from}{dash}{period_to}" in name for dash in ("-", "–", "—"))
