from datetime import date

from barometer_desktop.domain.follow_up_rules import (
    CommitteeMissing,
    CommitteeReportState,
    DecisionCandidate,
    PlanGoalState,
    committees_missing_report,
    follow_up_deadline,
    goals_partly_followed_up,
    is_late,
    missing_follow_up,
    notice_for,
    propose_decision_candidates,
)
from barometer_desktop.domain.types import FollowUpStatus
from barometer_desktop.i18n import catalog


def danish(context: str, text: str) -> str:
    """The Danish catalogue as the window's translator would give it."""
    return catalog("da").get((context, text), text)

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


def test_partly_followed_up_goals_are_active_partly_ones() -> None:
    goals = [
        goal(1, "BUU", FollowUpStatus.PARTLY),
        goal(2, "BUU", FollowUpStatus.PARTLY, ended=date(2010, 12, 31)),
        goal(3, "BUU", None),
    ]
    assert [g.goal_id for g in goals_partly_followed_up(goals, 2011)] == [1]


def _group(committee: str, report_missing: bool = False, not_followed=(), not_recorded=()) -> CommitteeMissing:
    return CommitteeMissing(committee, NAMES[committee], report_missing, tuple(not_followed), tuple(not_recorded))


def test_propose_decision_candidates() -> None:
    groups = [
        _group("BUU", not_followed=[goal(2, "BUU", FollowUpStatus.NOT_FOLLOWED_UP, numbers=(1, 4))]),
        _group("KFU", report_missing=True),
    ]
    goals_by_committee = {"BUU": {1, 4}, "KFU": {4}, "SUU": {6, 7}, "TMU": {5}}
    candidates = propose_decision_candidates(groups, goals_by_committee, {7, 8})
    assert candidates == [
        DecisionCandidate("BUU", ("missing_follow_up",), (1, 4)),
        DecisionCandidate("KFU", ("missing_follow_up",), ()),
        DecisionCandidate("SUU", ("indicator_worsened",), (7,)),
    ]


def test_decision_candidate_with_both_reasons() -> None:
    groups = [_group("TMU", not_followed=[goal(2, "TMU", FollowUpStatus.NOT_FOLLOWED_UP, numbers=(5,))])]
    candidates = propose_decision_candidates(groups, {"TMU": {5, 8}}, [8])
    assert candidates == [
        DecisionCandidate("TMU", ("missing_follow_up", "indicator_worsened"), (5, 8))
    ]


def test_no_candidates_when_all_is_well() -> None:
    assert propose_decision_candidates([], {"BUU": {1}}, set()) == []


def test_goals_not_recorded_never_make_a_committee_a_candidate() -> None:
    groups = [_group("BUU", not_recorded=[goal(3, "BUU", None)])]
    assert propose_decision_candidates(groups, {"BUU": {1}}, set()) == []


def test_notice_names_exactly_the_right_committees_and_goals() -> None:
    groups = [
        _group("BUU", not_followed=[goal(2, "BUU", FollowUpStatus.NOT_FOLLOWED_UP)]),
        _group("TMU", not_followed=[goal(9, "TMU", FollowUpStatus.NOT_FOLLOWED_UP)]),
        _group("KFU", report_missing=True),
    ]
    text = notice_for(2011, groups, danish)
    lines = text.splitlines()

    assert "Børne- og Ungdomsudvalget (BUU):" in lines
    assert "Teknik- og Miljøudvalget (TMU):" in lines
    assert "- Kultur- og Fritidsudvalget (KFU)" in lines
    assert [line for line in lines if line.startswith("- ")] == [
        "- Mål 2 for BUU",
        "- Mål 9 for TMU",
        "- Kultur- og Fritidsudvalget (KFU)",
    ]
    assert "SUU" not in text and "Sundheds" not in text
    assert "2011" in lines[2]
    assert text.startswith("Til Beskæftigelses- og Integrationsudvalget (BIU)")
    # Goals are listed under their own committee.
    assert lines.index("Teknik- og Miljøudvalget (TMU):") == lines.index("- Mål 9 for TMU") - 1
    assert text.endswith("\n") and not text.endswith("\n\n")


def test_notice_keeps_not_recorded_apart_from_not_followed_up() -> None:
    """A gap in the secretariat's records is never worded as the committee's failure."""
    text = notice_for(2011, [_group("BUU", not_recorded=[goal(3, "BUU", None)])], danish)
    assert "ikke fulgt op" not in text
    assert "endnu ikke registreret" in text and "- Mål 3 for BUU" in text
    assert "Alle udvalg" not in text  # nor is it "everything followed up"


def test_notice_when_nothing_is_missing() -> None:
    text = notice_for(2011, [], danish)
    assert "Alle udvalg har indsendt deres integrationsredegørelse for 2011" in text
    assert not [line for line in text.splitlines() if line.startswith("- ")]
    assert "Mål" not in text


def test_notice_in_english() -> None:
    text = notice_for(2011, [_group("KFU", report_missing=True)])  # no translator: the English source
    assert text.startswith("To the Employment and Integration Committee (BIU)")
    assert "- Kultur- og Fritidsudvalget (KFU)" in text


def test_late_report_is_received_but_late() -> None:
    deadline = date(2016, 3, 1)
    assert is_late(date(2016, 3, 2), deadline)
    assert not is_late(date(2016, 3, 1), deadline)
    assert not is_late(None, deadline)


def test_missing_follow_up_groups_by_committee_and_counts() -> None:
    from barometer_desktop.domain.follow_up_rules import missing_count, notice_for

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
    assert [
        (g.committee, g.report_missing, [x.goal_id for x in g.not_followed_up], [x.goal_id for x in g.not_recorded])
        for g in groups
    ] == [
        ("BUU", False, [], [2]),
        ("KFU", True, [], []),
        ("TMU", False, [6], []),
    ]
    assert missing_count(groups) == 3
    assert [g.committee for g in groups if g.is_missing_follow_up] == ["KFU", "TMU"]
    text = notice_for(2011, groups, danish)
    assert [line for line in text.splitlines() if line.startswith("- ")] == [
        "- Mål 6 for TMU",
        "- Kultur- og Fritidsudvalget (KFU)",
        "- Mål 2 for BUU",
    ]


def test_awaited_report_before_deadline_is_not_missing_yet() -> None:

    reports = [report("BUU", None)]
    goals = [goal(1, "BUU", None), goal(2, "BUU", FollowUpStatus.NOT_FOLLOWED_UP)]
    groups = missing_follow_up(reports, goals, 2011, date(2012, 2, 1), date(2012, 3, 1))
    assert [(g.report_missing, [x.goal_id for x in g.not_followed_up], g.not_recorded) for g in groups] == [
        (False, [2], ())
    ]


def test_draft_recommendation_names_requests_and_reasons() -> None:
    from barometer_desktop.domain.follow_up_rules import draft_recommendation

    text = draft_recommendation(
        "Teknik- og Miljøudvalget", 2013, supplementary_report=True, plan_revision=True,
        reasons=("missing_follow_up", "indicator_worsened"), translator=danish,
    )
    assert text.startswith("Beskæftigelses- og Integrationsudvalget indstiller til Borgerrepræsentationen, at Teknik- og Miljøudvalget")
    assert "en supplerende redegørelse og en revision af udvalgets handleplan" in text
    assert "manglende opfølgning" in text and "forkerte retning" in text and text.endswith("i 2013.")
    english = draft_recommendation("TMU", 2013, supplementary_report=False, plan_revision=True, reasons=())
    assert "a revision of its integration action plan" in english and "supplementary" not in english
