from datetime import date

import pytest

from barometer_desktop.domain.followup import (
    CommitteeReportState,
    DecisionCandidate,
    PlanGoalState,
    biu_notice_text,
    committees_missing_report,
    follow_up_deadline,
    goals_lacking_follow_up,
    goals_partly_followed_up,
    propose_decision_candidates,
)
from barometer_desktop.domain.types import FollowUpStatus

NAMES = {
    "BUU": "Børne- og Ungdomsudvalget",
    "KFU": "Kultur- og Fritidsudvalget",
    "SUU": "Sundheds- og Omsorgsudvalget",
    "TMU": "Teknik- og Miljøudvalget",
}


def goal(
    goal_id: int,
    committee: str,
    status: FollowUpStatus | None,
    numbers: tuple[int, ...] = (1,),
    started: date | None = date(2011, 1, 1),
    ended: date | None = None,
) -> PlanGoalState:
    return PlanGoalState(goal_id, committee, f"Mål {goal_id} for {committee}", numbers, started, ended, status)


def report(committee: str, received: date | None) -> CommitteeReportState:
    return CommitteeReportState(committee, NAMES[committee], received)


def test_follow_up_deadline_is_next_spring() -> None:
    assert follow_up_deadline(2011) == date(2012, 3, 1)
    assert follow_up_deadline(2011, month=4, day=15) == date(2012, 4, 15)


def test_committees_missing_report_only_after_deadline() -> None:
    deadline = date(2012, 3, 1)
    states = [
        report("BUU", date(2012, 2, 1)),
        report("KFU", None),
        report("SUU", date(2012, 3, 20)),  # late, but received
        report("TMU", None),
    ]
    assert committees_missing_report(states, 2011, date(2012, 3, 1), deadline) == []
    missing = committees_missing_report(states, 2011, date(2012, 3, 2), deadline)
    assert [state.committee for state in missing] == ["KFU", "TMU"]


def test_goals_lacking_follow_up() -> None:
    goals = [
        goal(1, "BUU", FollowUpStatus.FOLLOWED_UP),
        goal(2, "BUU", FollowUpStatus.NOT_FOLLOWED_UP),
        goal(3, "BUU", None),
        goal(4, "KFU", FollowUpStatus.PARTLY),
        goal(5, "KFU", None, ended=date(2010, 12, 31)),  # ended before the year
        goal(6, "KFU", None, started=date(2012, 1, 1)),  # starts after the year
        goal(7, "TMU", None, started=date(2011, 12, 31), ended=None),  # active on last day
        goal(8, "TMU", None, started=None, ended=date(2011, 1, 1)),  # active on first day
    ]
    lacking = goals_lacking_follow_up(goals, 2011)
    assert [g.goal_id for g in lacking] == [2, 3, 7, 8]
    assert [g.goal_id for g in goals_partly_followed_up(goals, 2011)] == [4]
    assert goals_partly_followed_up(goals, 2010) == []  # goal 4 starts in 2011


def test_propose_decision_candidates() -> None:
    lacking = [goal(2, "BUU", None, numbers=(1, 4)), goal(3, "BUU", None, numbers=(1,))]
    missing_reports = [report("KFU", None)]
    goals_by_committee = {"BUU": {1, 4}, "KFU": {4}, "SUU": {6, 7}, "TMU": {5}}
    candidates = propose_decision_candidates(lacking, missing_reports, goals_by_committee, {7, 8})
    assert candidates == [
        DecisionCandidate("BUU", ("missing_follow_up",), (1, 4)),
        DecisionCandidate("KFU", ("missing_follow_up",), ()),
        DecisionCandidate("SUU", ("indicator_worsened",), (7,)),
    ]


def test_decision_candidate_with_both_reasons() -> None:
    lacking = [goal(2, "TMU", FollowUpStatus.NOT_FOLLOWED_UP, numbers=(5,))]
    candidates = propose_decision_candidates(lacking, [], {"TMU": {5, 8}}, [8])
    assert candidates == [
        DecisionCandidate("TMU", ("missing_follow_up", "indicator_worsened"), (5, 8))
    ]


def test_no_candidates_when_all_is_well() -> None:
    assert propose_decision_candidates([], [], {"BUU": {1}}, set()) == []


def test_notice_names_exactly_the_right_committees_and_goals() -> None:
    lacking = [
        goal(2, "BUU", FollowUpStatus.NOT_FOLLOWED_UP),
        goal(3, "BUU", None),
        goal(9, "TMU", None),
        goal(11, "KFU", None),  # KFU's report is missing: listed there only
    ]
    text = biu_notice_text(2011, [report("KFU", None)], lacking, NAMES)
    lines = text.splitlines()

    assert "Børne- og Ungdomsudvalget (BUU):" in lines
    assert "Teknik- og Miljøudvalget (TMU):" in lines
    assert "- Kultur- og Fritidsudvalget (KFU)" in lines
    assert [line for line in lines if line.startswith("- ")] == [
        "- Mål 2 for BUU",
        "- Mål 3 for BUU",
        "- Mål 9 for TMU",
        "- Kultur- og Fritidsudvalget (KFU)",
    ]
    assert "SUU" not in text and "Sundheds" not in text
    assert "Mål 11" not in text
    assert "2011" in lines[2]
    assert text.startswith("Til Beskæftigelses- og Integrationsudvalget (BIU)")
    # Goals are listed under their own committee.
    assert lines.index("Teknik- og Miljøudvalget (TMU):") == lines.index("- Mål 9 for TMU") - 1
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_notice_when_nothing_is_missing() -> None:
    text = biu_notice_text(2011, [], [], NAMES)
    assert "Alle udvalg har indsendt deres integrationsredegørelse for 2011" in text
    assert not [line for line in text.splitlines() if line.startswith("- ")]
    assert "Mål" not in text


def test_notice_falls_back_to_short_name_or_report_name() -> None:
    text = biu_notice_text(
        2011,
        [CommitteeReportState("SOU", "Socialudvalget", None)],
        [goal(1, "ØU", None)],
        committee_names={},
    )
    assert "ØU:" in text.splitlines()
    assert "- Socialudvalget (SOU)" in text.splitlines()


def test_notice_in_english() -> None:
    text = biu_notice_text(2011, [report("KFU", None)], [], NAMES, lang="en")
    assert text.startswith("To the Employment and Integration Committee (BIU)")
    assert "- Kultur- og Fritidsudvalget (KFU)" in text
    with pytest.raises(KeyError):
        biu_notice_text(2011, [], [], NAMES, lang="de")


def test_missing_follow_up_groups_by_committee_and_counts() -> None:
    from barometer_desktop.domain.followup import missing_count, missing_follow_up, notice_for

    reports = [
        report("BUU", date(2012, 2, 1)),
        report("KFU", None),  # missing after the deadline
        report("SUU", date(2012, 2, 3)),  # everything followed up
        report("TMU", date(2012, 2, 4)),
    ]
    goals = [
        goal(1, "BUU", FollowUpStatus.FOLLOWED_UP),
        goal(2, "BUU", None),
        goal(3, "BUU", FollowUpStatus.PARTLY),
        goal(4, "KFU", None),
        goal(5, "SUU", FollowUpStatus.FOLLOWED_UP),
        goal(6, "TMU", FollowUpStatus.NOT_FOLLOWED_UP),
        goal(7, "TMU", None, ended=date(2010, 12, 31)),  # ended: keeps history, not missing
    ]
    groups = missing_follow_up(reports, goals, 2011, date(2012, 4, 1), date(2012, 3, 1))
    assert [(g.committee, g.report_missing, [x.goal_id for x in g.goals]) for g in groups] == [
        ("BUU", False, [2]),
        ("KFU", True, []),
        ("TMU", False, [6]),
    ]
    assert missing_count(groups) == 3
    text = notice_for(2011, groups)
    assert [line for line in text.splitlines() if line.startswith("- ")] == [
        "- Mål 2 for BUU",
        "- Mål 6 for TMU",
        "- Kultur- og Fritidsudvalget (KFU)",
    ]


def test_awaited_report_before_deadline_is_not_missing_yet() -> None:
    from barometer_desktop.domain.followup import missing_follow_up

    reports = [report("BUU", None)]
    goals = [goal(1, "BUU", None), goal(2, "BUU", FollowUpStatus.NOT_FOLLOWED_UP)]
    groups = missing_follow_up(reports, goals, 2011, date(2012, 2, 1), date(2012, 3, 1))
    assert [(g.report_missing, [x.goal_id for x in g.goals]) for g in groups] == [(False, [2])]


def test_draft_recommendation_names_requests_and_reasons() -> None:
    from barometer_desktop.domain.followup import draft_recommendation

    text = draft_recommendation(
        "Teknik- og Miljøudvalget", 2013, supplementary_report=True, plan_revision=True,
        reasons=("missing_follow_up", "indicator_worsened"),
    )
    assert text.startswith("Beskæftigelses- og Integrationsudvalget indstiller til Borgerrepræsentationen, at Teknik- og Miljøudvalget")
    assert "en supplerende redegørelse og en revision af udvalgets handleplan" in text
    assert "manglende opfølgning" in text and "forkerte retning" in text and text.endswith("i 2013.")
    english = draft_recommendation("TMU", 2013, supplementary_report=False, plan_revision=True, reasons=(), lang="en")
    assert "a revision of its integration action plan" in english and "supplementary" not in english
