"""Follow-up on the committees' action plans (handleplaner).

Each year every standing committee reports on its action-plan goals in its
integration report (integrationsredegørelse). When follow-up is missing, BIF
must alert BIU, which may ask the committee for a supplementary report or a
revision of its plan. This module decides who is missing what; it never
stores anything.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from .types import FollowUpStatus

REASON_MISSING_FOLLOW_UP = "missing_follow_up"
REASON_INDICATOR_WORSENED = "indicator_worsened"

# All wording of the BIU notice in one place, so a translation is one edit.
NOTICE_PHRASES: dict[str, dict[str, str]] = {
    "da": {
        "title": "Manglende opfølgning på handleplaner for integration {year}",
        "greeting": "Til Beskæftigelses- og Integrationsudvalget (BIU)",
        "goals_intro": (
            "Følgende udvalg har i deres integrationsredegørelse for {year} "
            "ikke fulgt op på disse mål i deres handleplan:"
        ),
        "reports_intro": (
            "Følgende udvalg har endnu ikke indsendt deres integrationsredegørelse for {year}:"
        ),
        "nothing_missing": (
            "Alle udvalg har indsendt deres integrationsredegørelse for {year} "
            "og fulgt op på målene i deres handleplan."
        ),
    },
    "en": {
        "title": "Missing follow-up on integration action plans {year}",
        "greeting": "To the Employment and Integration Committee (BIU)",
        "goals_intro": (
            "In their integration report for {year}, the following committees "
            "did not follow up on these goals of their action plan:"
        ),
        "reports_intro": (
            "The following committees have not yet submitted their integration report for {year}:"
        ),
        "nothing_missing": (
            "All committees have submitted their integration report for {year} "
            "and followed up on the goals of their action plan."
        ),
    },
}


@dataclass(frozen=True)
class PlanGoalState:
    """An action-plan goal with its follow-up status for one year."""

    goal_id: int
    committee: str  # short name, e.g. "BUU"
    text: str
    policy_goal_numbers: tuple[int, ...]
    started: date | None
    ended: date | None
    # None: nothing recorded for the year yet.
    status: FollowUpStatus | None


@dataclass(frozen=True)
class CommitteeReportState:
    committee: str  # short name
    name: str  # full name
    report_received: date | None


@dataclass(frozen=True)
class DecisionCandidate:
    """A committee BIU may ask for a supplementary report or plan revision."""

    committee: str
    reasons: tuple[str, ...]  # REASON_* constants, in that order
    goal_numbers: tuple[int, ...]


def follow_up_deadline(report_year: int, month: int = 3, day: int = 1) -> date:
    """Integration reports about a year are due in the following spring."""
    return date(report_year + 1, month, day)


def committees_missing_report(
    states: Iterable[CommitteeReportState],
    report_year: int,
    today: date,
    deadline: date,
) -> list[CommitteeReportState]:
    """Committees without a received report once ``today`` is past the deadline.

    A report received late still counts as received. ``states`` are assumed
    to describe ``report_year``; input order is kept.
    """
    if today <= deadline:
        return []
    return [state for state in states if state.report_received is None]


def is_active_in(goal: PlanGoalState, year: int) -> bool:
    """Whether the goal was in force at some point during ``year``."""
    started_in_time = goal.started is None or goal.started <= date(year, 12, 31)
    not_ended_before = goal.ended is None or goal.ended >= date(year, 1, 1)
    return started_in_time and not_ended_before


def goals_lacking_follow_up(
    goals: Iterable[PlanGoalState], report_year: int
) -> list[PlanGoalState]:
    """Active goals not followed up, or with nothing recorded (input order kept).

    Partly followed-up goals are not lacking; see goals_partly_followed_up.
    """
    return [
        goal
        for goal in goals
        if is_active_in(goal, report_year)
        and goal.status in (None, FollowUpStatus.NOT_FOLLOWED_UP)
    ]


def goals_partly_followed_up(
    goals: Iterable[PlanGoalState], report_year: int
) -> list[PlanGoalState]:
    return [
        goal
        for goal in goals
        if is_active_in(goal, report_year) and goal.status == FollowUpStatus.PARTLY
    ]


def propose_decision_candidates(
    lacking: Sequence[PlanGoalState],
    missing_reports: Sequence[CommitteeReportState],
    goals_by_committee: Mapping[str, Collection[int]],
    worsened_goal_numbers: Collection[int],
) -> list[DecisionCandidate]:
    """Committees BIU could ask to act, with why; sorted by committee.

    "missing_follow_up": the committee has lacking goals or its report has
    not arrived. "indicator_worsened": a policy goal its action plan serves
    has a worsened status. ``goal_numbers`` are the policy goals behind the
    reasons: those of its lacking plan goals plus the worsened ones it serves.
    """
    worsened = set(worsened_goal_numbers)
    committees = (
        {goal.committee for goal in lacking}
        | {state.committee for state in missing_reports}
        | set(goals_by_committee)
    )
    missing_report_committees = {state.committee for state in missing_reports}
    candidates: list[DecisionCandidate] = []
    for committee in sorted(committees):
        lacking_numbers = {
            number
            for goal in lacking
            if goal.committee == committee
            for number in goal.policy_goal_numbers
        }
        has_lacking = any(goal.committee == committee for goal in lacking)
        worsened_served = worsened & set(goals_by_committee.get(committee, ()))
        reasons: list[str] = []
        if has_lacking or committee in missing_report_committees:
            reasons.append(REASON_MISSING_FOLLOW_UP)
        if worsened_served:
            reasons.append(REASON_INDICATOR_WORSENED)
        if reasons:
            candidates.append(
                DecisionCandidate(
                    committee=committee,
                    reasons=tuple(reasons),
                    goal_numbers=tuple(sorted(lacking_numbers | worsened_served)),
                )
            )
    return candidates


def _committee_label(short: str, committee_names: Mapping[str, str]) -> str:
    full = committee_names.get(short)
    return f"{full} ({short})" if full and full != short else short


def biu_notice_text(
    report_year: int,
    missing_reports: Sequence[CommitteeReportState],
    lacking: Sequence[PlanGoalState],
    committee_names: Mapping[str, str],
    lang: str = "da",
) -> str:
    """A ready notice to BIU about missing follow-up and missing reports.

    Committees appear in the order first met in the input. A committee whose
    report has not arrived is only listed among the missing reports: without
    a report, its goals cannot have been followed up, and listing each goal
    would only repeat that.
    """
    phrases = NOTICE_PHRASES[lang]
    names = dict(committee_names)
    # The report state carries the full name too; use it when the map lacks one.
    for state in missing_reports:
        names.setdefault(state.committee, state.name)

    missing_committees = list(dict.fromkeys(state.committee for state in missing_reports))
    goals_per_committee: dict[str, list[str]] = {}
    for goal in lacking:
        if goal.committee not in missing_committees:
            goals_per_committee.setdefault(goal.committee, []).append(goal.text)

    lines = [phrases["greeting"], "", phrases["title"].format(year=report_year), ""]
    if not goals_per_committee and not missing_committees:
        lines.append(phrases["nothing_missing"].format(year=report_year))
        return "\n".join(lines) + "\n"

    if goals_per_committee:
        lines += [phrases["goals_intro"].format(year=report_year), ""]
        for committee, texts in goals_per_committee.items():
            lines.append(_committee_label(committee, names) + ":")
            lines += [f"- {text}" for text in texts]
            lines.append("")
    if missing_committees:
        lines += [phrases["reports_intro"].format(year=report_year), ""]
        lines += [f"- {_committee_label(c, names)}" for c in missing_committees]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


@dataclass(frozen=True)
class CommitteeMissing:
    """What one committee has not delivered for a report year."""

    committee: str
    name: str
    report_missing: bool  # the integration report has not arrived by the deadline
    goals: tuple[PlanGoalState, ...]  # active goals without follow-up

    @property
    def count(self) -> int:
        return int(self.report_missing) + len(self.goals)


def missing_follow_up(
    reports: Sequence[CommitteeReportState],
    goals: Iterable[PlanGoalState],
    report_year: int,
    today: date,
    deadline: date,
) -> list[CommitteeMissing]:
    """The "Manglende opfølgning" list, grouped by committee in report order.

    A committee whose report is missing after the deadline is listed once, as
    a missing report (as in the BIU notice: without a report no goal can have
    been followed up). While a report is still awaited before the deadline,
    its goals with nothing recorded are not missing yet; a goal explicitly
    marked "not followed up" always is.
    """
    missing_reports = {
        state.committee for state in committees_missing_report(reports, report_year, today, deadline)
    }
    received = {state.committee for state in reports if state.report_received is not None}
    lacking = goals_lacking_follow_up(goals, report_year)
    groups: list[CommitteeMissing] = []
    for state in reports:
        own = tuple(
            goal
            for goal in lacking
            if goal.committee == state.committee
            and state.committee not in missing_reports
            and (state.committee in received or goal.status is FollowUpStatus.NOT_FOLLOWED_UP)
        )
        if state.committee in missing_reports or own:
            groups.append(
                CommitteeMissing(state.committee, state.name, state.committee in missing_reports, own)
            )
    return groups


def missing_count(groups: Iterable[CommitteeMissing]) -> int:
    """The navigation badge: missing reports plus goals without follow-up."""
    return sum(group.count for group in groups)


def notice_for(report_year: int, groups: Sequence[CommitteeMissing], lang: str = "da") -> str:
    """The BIU notice for exactly the committees and goals in ``groups``."""
    return biu_notice_text(
        report_year,
        [CommitteeReportState(g.committee, g.name, None) for g in groups if g.report_missing],
        [goal for g in groups for goal in g.goals],
        {g.committee: g.name for g in groups},
        lang,
    )


RECOMMENDATION_PHRASES: dict[str, dict[str, str]] = {
    "da": {
        "sentence": (
            "Beskæftigelses- og Integrationsudvalget indstiller til Borgerrepræsentationen, at {committee} "
            "anmodes om {requests} på grund af {reasons} i {year}."
        ),
        "supplementary": "en supplerende redegørelse",
        "revision": "en revision af udvalgets handleplan for integration",
        "and": " og ",
        REASON_MISSING_FOLLOW_UP: "manglende opfølgning på handleplanens mål",
        REASON_INDICATOR_WORSENED: (
            "en udvikling i den forkerte retning for de mål i integrationspolitikken, som handleplanen understøtter"
        ),
        "other": "sekretariatets vurdering af udviklingen",
    },
    "en": {
        "sentence": (
            "The Employment and Integration Committee recommends to the City Council that {committee} "
            "be asked for {requests} because of {reasons} in {year}."
        ),
        "supplementary": "a supplementary report",
        "revision": "a revision of its integration action plan",
        "and": " and ",
        REASON_MISSING_FOLLOW_UP: "missing follow-up on the goals of its action plan",
        REASON_INDICATOR_WORSENED: "indicators going the wrong way for the policy goals its action plan serves",
        "other": "the secretariat's assessment of the development",
    },
}


def draft_recommendation(
    committee_name: str,
    report_year: int,
    *,
    supplementary_report: bool,
    plan_revision: bool,
    reasons: Sequence[str],
    lang: str = "da",
) -> str:
    """A first draft of BIU's recommendation for the city council; the secretariat edits it."""
    phrases = RECOMMENDATION_PHRASES[lang]
    requests = [phrases[key] for key, wanted in (("supplementary", supplementary_report), ("revision", plan_revision)) if wanted]
    reason_texts = [phrases.get(reason, phrases["other"]) for reason in reasons] or [phrases["other"]]
    return phrases["sentence"].format(
        committee=committee_name,
        requests=phrases["and"].join(requests or [phrases["supplementary"]]),
        reasons=phrases["and"].join(dict.fromkeys(reason_texts)),
        year=report_year,
    )
