"""Statistical uncertainty of survey-based indicators.

Survey values (e.g. the share who feel included) carry sampling error; the
barometer flags a change as significant only when it is unlikely to be noise.
Simple normal approximations are used: they are what the statistics
providers publish with, and they are transparent to the secretariat.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import NormalDist


@dataclass(frozen=True)
class SignificanceTest:
    """Result of a two-sided z-test. ``z`` > 0 means the second value is larger."""

    z: float
    p_value: float
    significant: bool


_NOT_TESTABLE = SignificanceTest(z=0.0, p_value=1.0, significant=False)


def _z_for_level(level: float) -> float:
    if not 0.0 < level < 1.0:
        raise ValueError(f"confidence level must be between 0 and 1, got {level}")
    return NormalDist().inv_cdf((1.0 + level) / 2.0)


def two_sided_p_value(z: float) -> float:
    """P(|Z| >= |z|) for a standard normal Z; erfc keeps precision in the tail."""
    return math.erfc(abs(z) / math.sqrt(2.0))


def _check_sample_size(n: int) -> None:
    if n <= 0:
        raise ValueError(f"sample size must be positive, got {n}")


def proportion_confidence_interval(
    percent: float, n: int, level: float = 0.95
) -> tuple[float, float]:
    """Wald interval for a share given in percent, clamped to 0..100."""
    _check_sample_size(n)
    p = percent / 100.0
    half_width = _z_for_level(level) * math.sqrt(max(p * (1.0 - p), 0.0) / n) * 100.0
    return (max(0.0, percent - half_width), min(100.0, percent + half_width))


def mean_confidence_interval(
    value: float, std_error: float, level: float = 0.95
) -> tuple[float, float]:
    """Symmetric normal interval around ``value``."""
    if std_error < 0:
        raise ValueError(f"standard error must not be negative, got {std_error}")
    half_width = _z_for_level(level) * std_error
    return (value - half_width, value + half_width)


def two_proportion_z_test(
    p1_percent: float, n1: int, p2_percent: float, n2: int, alpha: float = 0.05
) -> SignificanceTest:
    """Pooled two-proportion z-test of share 1 (of n1) against share 2 (of n2).

    When the pooled share is 0 or 1 there is no variance to test against, so
    the result is z = 0 and not significant.
    """
    _check_sample_size(n1)
    _check_sample_size(n2)
    p1, p2 = p1_percent / 100.0, p2_percent / 100.0
    pooled = (p1 * n1 + p2 * n2) / (n1 + n2)
    variance = pooled * (1.0 - pooled) * (1.0 / n1 + 1.0 / n2)
    if variance <= 0.0:
        return _NOT_TESTABLE
    z = (p2 - p1) / math.sqrt(variance)
    p_value = two_sided_p_value(z)
    return SignificanceTest(z=z, p_value=p_value, significant=p_value < alpha)


def difference_z_test(
    v1: float, se1: float, v2: float, se2: float, alpha: float = 0.05
) -> SignificanceTest:
    """z-test of v2 - v1 for two independent estimates with standard errors.

    Both standard errors zero means no sampling error is known, so nothing can
    be tested: not significant.
    """
    if se1 < 0 or se2 < 0:
        raise ValueError("standard errors must not be negative")
    combined = math.hypot(se1, se2)
    if combined == 0.0:
        return _NOT_TESTABLE
    z = (v2 - v1) / combined
    p_value = two_sided_p_value(z)
    return SignificanceTest(z=z, p_value=p_value, significant=p_value < alpha)
