"""Which policy a year is reported under."""

from dataclasses import dataclass

from barometer_desktop.domain.policies import current_policy, policy_in_force


@dataclass(frozen=True)
class P:
    name: str
    period_from: int
    period_to: int


P2011, P2015, P2019 = P("2011", 2011, 2014), P("2015", 2015, 2018), P("2019", 2019, 2022)


def test_the_policy_covering_the_year():
    policies = [P2015, P2011, P2019]
    assert [policy_in_force(policies, y).name for y in (2011, 2014, 2015, 2018, 2019)] == [
        "2011", "2011", "2015", "2015", "2019"
    ]


def test_a_new_policy_replaces_an_overlapping_one_from_its_first_year():
    long = P("2011-2020", 2011, 2020)
    assert policy_in_force([long, P2015], 2014) is long
    assert policy_in_force([long, P2015], 2016) is P2015


def test_years_outside_every_period():
    assert policy_in_force([P2011, P2015], 2025) is P2015, "in force until replaced"
    assert policy_in_force([P2011, P2015], 2005) is P2011
    assert policy_in_force([], 2013) is None


def test_the_current_policy_is_the_newest():
    assert current_policy([P2015, P2019, P2011]) is P2019
    assert current_policy([]) is None
