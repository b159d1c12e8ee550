"""Follow-up on the committees' action plans (handleplaner).

Each year every standing committee reports on its action-plan goals in its
integration report (integrationsredegørelse). When follow-up is missing, BIF
must alert BIU, which may ask the committee for a supplementary report or a
revision of its plan. This module decides who is missing what; it never
stores anything.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from .types import DecisionReason, FollowUpStatus

Translator = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    """Mark a text for the catalogues; the caller's translator translates it."""
    return text


def _source_text(_context: str, text: str) -> str:
    """No translator given: the English source text."""
    return text


# All wording of the BIU notice, as English source text in the translation
# catalogues (context "FollowUp"); the caller passes its translator.
_NOTICE = {
    "title": QT_TRANSLATE_NOOP("FollowUp", "Missing follow-up on integration action plans {year}"),
    "greeting": QT_TRANSLATE_NOOP("FollowUp", "To the Employment and Integration Committee (BIU)"),
    "goals_intro": QT_TRANSLATE_NOOP(
        "FollowUp",
        "In their integration report for {year}, the following committees did not follow up on these goals "
        "of their action plan:",
    ),
    "reports_intro": QT_TRANSLATE_NOOP(
        "FollowUp", "The following committees have not yet submitted their integration report for {year}:"
    ),
    "not_recorded_intro": QT_TRANSLATE_NOOP(
        "FollowUp",
        "The secretariat has not yet recorded the follow-up on these goals. They are not counted as missing "
        "follow-up by the committee:",
    ),
    "nothing_missing": QT_TRANSLATE_NOOP(
        "FollowUp",
        "All committees have submitted their integration report for {year} and followed up on the goals of "
        "their action plan.",
    ),
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
    reasons: tuple[DecisionReason, ...]  # missing follow-up before a worsened indicator
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


def goals_partly_followed_up(
    goals: Iterable[PlanGoalState], report_year: int
) -> list[PlanGoalState]:
    return [
        goal
        for goal in goals
        if is_active_in(goal, report_year) and goal.status == FollowUpStatus.PARTLY
    ]


def propose_decision_candidates(
    groups: Sequence[CommitteeMissing],
    goals_by_committee: Mapping[str, Collection[int]],
    worsened_goal_numbers: Collection[int],
) -> list[DecisionCandidate]:
    """Committees BIU could ask to act, with why; sorted by committee.

    "missing_follow_up": by the one rule of missing_follow_up, the committee's
    report is missing after the deadline or a goal is marked "not followed
    up". A goal with nothing recorded is the secretariat's gap, never a
    reason to ask a committee for more. "indicator_worsened": a policy goal
    its action plan serves has a worsened status. ``goal_numbers`` are the
    policy goals behind the reasons: those of its goals not followed up plus
    the worsened ones it serves.
    """
    worsened = set(worsened_goal_numbers)
    accused = {group.committee: group for group in groups if group.is_missing_follow_up}
    candidates: list[DecisionCandidate] = []
    for committee in sorted(set(accused) | set(goals_by_committee)):
        group = accused.get(committee)
        lacking_numbers = {
            number for goal in (group.not_followed_up if group else ()) for number in goal.policy_goal_numbers
        }
        worsened_served = worsened & set(goals_by_committee.get(committee, ()))
        reasons: list[DecisionReason] = []
        if group is not None:
            reasons.append(DecisionReason.MISSING_FOLLOW_UP)
        if worsened_served:
            reasons.append(DecisionReason.INDICATOR_WORSENED)
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


@dataclass(frozen=True)
class CommitteeMissing:
    """What one committee has not delivered for a report year, kept apart from
    what the secretariat has not yet recorded."""

    committee: str
    name: str
    report_missing: bool  # the integration report has not arrived by the deadline
    not_followed_up: tuple[PlanGoalState, ...]  # active goals marked "not followed up"
    # Active goals with nothing recorded although the report has arrived: the
    # secretariat's own gap, never presented as the committee's.
    not_recorded: tuple[PlanGoalState, ...] = ()

    @property
    def is_missing_follow_up(self) -> bool:
        """Whether the committee itself lacks follow-up (report or goals)."""
        return self.report_missing or bool(self.not_followed_up)

    @property
    def count(self) -> int:
        return int(self.report_missing) + len(self.not_followed_up) + len(self.not_recorded)


def is_late(received: date | None, deadline: date) -> bool:
    """A report received after the deadline (it still counts as received)."""
    return received is not None and received > deadline


def missing_follow_up(
    reports: Sequence[CommitteeReportState],
    goals: Iterable[PlanGoalState],
    report_year: int,
    today: date,
    deadline: date,
) -> list[CommitteeMissing]:
    """The ONE rule for missing follow-up, grouped by committee in report order.

    The Missing tab, the BIU notice, the proposed decisions and the report all
    read it. A committee whose report is missing after the deadline is listed
    once, as a missing report (without a report no goal can have been
    followed up). A goal explicitly marked "not followed up" is always
    missing. A goal with nothing recorded is not the committee's fault: while
    the report is awaited it is simply not due; once the report has arrived
    it is listed apart, as "not recorded", for the secretariat to complete.
    """
    missing_reports = {
        state.committee for state in committees_missing_report(reports, report_year, today, deadline)
    }
    active = [goal for goal in goals if is_active_in(goal, report_year)]
    groups: list[CommitteeMissing] = []
    for state in reports:
        own = [goal for goal in active if goal.committee == state.committee]
        if state.committee in missing_reports:
            groups.append(CommitteeMissing(state.committee, state.name, True, ()))
            continue
        not_followed = tuple(goal for goal in own if goal.status is FollowUpStatus.NOT_FOLLOWED_UP)
        unrecorded = (
            tuple(goal for goal in own if goal.status is None) if state.report_received is not None else ()
        )
        if not_followed or unrecorded:
            groups.append(CommitteeMissing(state.committee, state.name, False, not_followed, unrecorded))
    return groups


def missing_count(groups: Iterable[CommitteeMissing]) -> int:
    """The navigation badge: missing reports, goals not followed up and goals not recorded."""
    return sum(group.count for group in groups)


def notice_for(
    report_year: int, groups: Sequence[CommitteeMissing], translator: Translator = _source_text
) -> str:
    """A ready notice to BIU about exactly the committees and goals in ``groups``.

    Goals not followed up and missing reports are the committees'; goals with
    nothing recorded get their own paragraph that says so, and never make the
    notice say "did not follow up".
    """
    phrases = {key: translator("FollowUp", text) for key, text in _NOTICE.items()}
    lines = [phrases["greeting"], "", phrases["title"].format(year=report_year), ""]
    if not groups:
        lines.append(phrases["nothing_missing"].format(year=report_year))
        return "\n".join(lines) + "\n"

    def goal_paragraph(intro: str, goals_of: Callable[[CommitteeMissing], Sequence[PlanGoalState]]) -> None:
        listed = [group for group in groups if goals_of(group)]
        if not listed:
            return
        lines.extend([intro, ""])
        for group in listed:
            lines.append(_committee_label(group.committee, {group.committee: group.name}) + ":")
            lines.extend(f"- {goal.text}" for goal in goals_of(group))
            lines.append("")

    goal_paragraph(phrases["goals_intro"].format(year=report_year), lambda g: g.not_followed_up)
    missing = [group for group in groups if group.report_missing]
    if missing:
        lines += [phrases["reports_intro"].format(year=report_year), ""]
        lines += [f"- {_committee_label(g.committee, {g.committee: g.name})}" for g in missing]
        lines.append("")
    goal_paragraph(phrases["not_recorded_intro"], lambda g: g.not_recorded)
    return "\n".join(lines).rstrip("\n") + "\n"


_RECOMMENDATION = {
    "sentence": QT_TRANSLATE_NOOP(
        "FollowUp",
        "The Employment and Integration Committee recommends to the City Council that {committee} be asked "
        "for {requests} because of {reasons} in {year}.",
    ),
    "supplementary": QT_TRANSLATE_NOOP("FollowUp", "a supplementary report"),
    "revision": QT_TRANSLATE_NOOP("FollowUp", "a revision of its integration action plan"),
    "and": QT_TRANSLATE_NOOP("FollowUp", "{first} and {second}"),
    DecisionReason.MISSING_FOLLOW_UP: QT_TRANSLATE_NOOP("FollowUp", "missing follow-up on the goals of its action plan"),
    DecisionReason.INDICATOR_WORSENED: QT_TRANSLATE_NOOP(
        "FollowUp", "indicators going the wrong way for the policy goals its action plan serves"
    ),
    DecisionReason.OTHER: QT_TRANSLATE_NOOP("FollowUp", "the secretariat's assessment of the development"),
}


def draft_recommendation(
    committee_name: str,
    report_year: int,
    *,
    supplementary_report: bool,
    plan_revision: bool,
    reasons: Sequence[DecisionReason],
    translator: Translator = _source_text,
) -> str:
    """A first draft of BIU's recommendation for the city council; the secretariat edits it."""
    phrases = {key: translator("FollowUp", text) for key, text in _RECOMMENDATION.items()}

    def joined(parts: list[str]) -> str:
        text = parts[0]
        for part in parts[1:]:
            text = phrases["and"].format(first=text, second=part)
        return text

    requests = [phrases[key] for key, wanted in (("supplementary", supplementary_report), ("revision", plan_revision)) if wanted]
    reason_texts = [phrases.get(reason, phrases["other"]) for reason in reasons] or [phrases["other"]]
    return phrases["sentence"].format(
        committee=committee_name,
        requests=joined(requests or [phrases["supplementary"]]),
        reasons=joined(list(dict.fromkeys(reason_texts))),
        year=report_year,
    )
