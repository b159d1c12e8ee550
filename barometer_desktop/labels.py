"""The words of the barometer's vocabulary, in one translation context ("Labels").

Every enum the user reads (development, goal status, significance, units,
directions, frequencies) has its words here, and the sentences that state the
verdict rule the settings apply. The screens, the PDF report, the web pages
and the e-mail all take their words from this module, so one verdict is worded
one way everywhere (in the spirit of novelWriter's nwLabels/trConst).

`i18n.translate` answers in the output language of a report or web export
being built, else in the application's language (which the GUI sets when it
installs its translators), so the same call serves Qt and non-Qt paths.
"""

from __future__ import annotations

from typing import Protocol

from barometer_desktop.domain.development import Development
from barometer_desktop.domain.formatting import Lang, format_value
from barometer_desktop.domain.periods import Period
from barometer_desktop.domain.types import (
    TREND_SYMBOLS,
    ComparisonBasis,
    DecisionReason,
    DecisionStatus,
    Direction,
    FollowUpStatus,
    Frequency,
    GoalStatus,
    SignificancePolicy,
    Trend,
    Unit,
)
from barometer_desktop.i18n import translate

# The order summaries list the goal statuses in.
STATUS_ORDER = (
    GoalStatus.IMPROVED,
    GoalStatus.UNCHANGED,
    GoalStatus.WORSENED,
    GoalStatus.MIXED,
    GoalStatus.NO_DIRECTION,
    GoalStatus.NO_DATA,
)


def verdict_word(verdict: Trend | GoalStatus | str) -> str:
    """The word of a development or a goal status (the two share their values)."""
    words = {
        "improved": translate("Labels", "Improved"),
        "worsened": translate("Labels", "Worsened"),
        "unchanged": translate("Labels", "Unchanged"),
        "mixed": translate("Labels", "Mixed"),
        "no_direction": translate("Labels", "No direction (context indicator)"),
        "no_data": translate("Labels", "No data"),
    }
    return words[str(verdict)]


def verdict_mark(verdict: Trend | GoalStatus | str) -> str:
    """Symbol and word, e.g. "▲ Forbedret": reads without colour too."""
    return f"{TREND_SYMBOLS[str(verdict)]} {verdict_word(verdict)}"


def not_measured_mark(year: int) -> str:
    """The development of an indicator with no value in the status window."""
    return f"{TREND_SYMBOLS['no_data']} " + translate("Labels", "Not measured in {year}").format(year=year)


def not_significant() -> str:
    return translate("Labels", "not significant")


def significance_unknown() -> str:
    return translate("Labels", "significance unknown")


def provisional() -> str:
    return translate("Labels", "provisional")


def development_notes(development: Development) -> list[str]:
    """The qualifiers a verdict carries: not significant / significance unknown, provisional."""
    notes = []
    if development.within_uncertainty:
        notes.append(not_significant())
    elif development.significance_unknown:
        notes.append(significance_unknown())
    if development.provisional and development.current is not None:
        notes.append(provisional())
    return notes


def development_text(development: Development) -> str:
    """A verdict with its qualifiers, e.g. "● Uændret (ikke signifikant, foreløbig)"."""
    notes = development_notes(development)
    text = verdict_mark(development.trend)
    return f"{text} ({', '.join(notes)})" if notes else text


class DatedValue(Protocol):
    """A Measurement or a snapshot SeriesPoint: a value of one period, maybe provisional."""

    @property
    def period(self) -> Period: ...
    @property
    def value(self) -> float: ...
    @property
    def provisional(self) -> bool: ...


def value_with_year(point: DatedValue | None, unit: Unit | str, decimals: int, report_year: int, lang: Lang) -> str:
    """"60,0 %", or "60,0 % (2012)" when the value is not the report year's; "–" for none.

    A provisional value gets "*" (explained beside every table that shows one).
    """
    if point is None:
        return "–"
    text = format_value(point.value, Unit(unit), decimals, lang)
    if point.provisional:
        text += "*"
    year = point.period.year
    return text if year == report_year else f"{text} ({year})"


def unit_name(unit: Unit | str) -> str:
    return {
        Unit.PERCENT: translate("Labels", "Percent"),
        Unit.PERCENTAGE_POINTS: translate("Labels", "Percentage points"),
        Unit.GRADE: translate("Labels", "Grade (7-point scale)"),
        Unit.INDEX: translate("Labels", "Index"),
        Unit.COUNT: translate("Labels", "Count"),
    }[Unit(unit)]


def direction_name(direction: Direction | str) -> str:
    return {
        Direction.HIGHER: translate("Labels", "Higher is better"),
        Direction.LOWER: translate("Labels", "Lower is better"),
        Direction.NONE: translate("Labels", "No direction (context indicator)"),
    }[Direction(direction)]


def frequency_name(frequency: Frequency | str) -> str:
    return {
        Frequency.MONTHLY: translate("Labels", "Monthly"),
        Frequency.QUARTERLY: translate("Labels", "Quarterly"),
        Frequency.YEARLY: translate("Labels", "Yearly"),
        Frequency.BIENNIAL: translate("Labels", "Every second year"),
    }[Frequency(frequency)]


def area_name(name: str, is_country: bool) -> str:
    """An area's name as the window, the report and the web show it.

    Area names are data, in Danish ("København"); only the whole country has
    a word in each language, so an English window or output never says
    "Hele landet".
    """
    return translate("Labels", "Whole country") if is_country else name


def user_name(name: str) -> str:
    """Who made a change or holds a database open, as stored ("" when the
    workstation gave no login name)."""
    return name or translate("Labels", "unknown user")


def significance_policy_name(policy: SignificancePolicy | str) -> str:
    return {
        SignificancePolicy.AS_UNCHANGED: translate("Labels", "Counts as unchanged"),
        SignificancePolicy.MARKED: translate("Labels", "Keeps its direction, marked not significant"),
    }[SignificancePolicy(policy)]


def follow_up_status_name(status: FollowUpStatus | None) -> str:
    """Whether a committee followed up on an action-plan goal (None: nothing recorded yet)."""
    if status is None:
        return translate("Labels", "Not recorded")
    return {
        FollowUpStatus.FOLLOWED_UP: translate("Labels", "Followed up"),
        FollowUpStatus.PARTLY: translate("Labels", "Partly followed up"),
        FollowUpStatus.NOT_FOLLOWED_UP: translate("Labels", "Not followed up"),
    }[FollowUpStatus(status)]


# Shapes that read without colour, beside the follow-up status's word.
FOLLOW_UP_SYMBOLS: dict[FollowUpStatus | None, str] = {
    None: "—",
    FollowUpStatus.FOLLOWED_UP: "✔",
    FollowUpStatus.PARTLY: "◐",
    FollowUpStatus.NOT_FOLLOWED_UP: "✘",
}


def follow_up_status_mark(status: FollowUpStatus | None) -> str:
    """Symbol and word, e.g. "◐ Delvist fulgt op"."""
    return f"{FOLLOW_UP_SYMBOLS[status]} {follow_up_status_name(status)}"


def decision_reason_name(reason: DecisionReason | str) -> str:
    """Why BIU asks a committee for more."""
    return {
        DecisionReason.MISSING_FOLLOW_UP: translate("Labels", "Missing follow-up"),
        DecisionReason.INDICATOR_WORSENED: translate("Labels", "An indicator going the wrong way"),
        DecisionReason.OTHER: translate("Labels", "Other reason"),
    }[DecisionReason(reason)]


def decision_status_name(status: DecisionStatus | str) -> str:
    """Whether the secretariat confirmed BIU's decision or dismissed the proposal."""
    return {
        DecisionStatus.CONFIRMED: translate("Labels", "Confirmed"),
        DecisionStatus.DISMISSED: translate("Labels", "Proposal dismissed"),
    }[DecisionStatus(status)]


def status_counts_text(counts: dict[GoalStatus, int]) -> str:
    """"3 forbedret, 1 uændret, ..." in STATUS_ORDER, leaving out statuses no goal has."""
    parts = [f"{counts[s]} {verdict_word(s).lower()}" for s in STATUS_ORDER if counts.get(s)]
    return ", ".join(parts) if parts else "0"


def basis_sentence(basis: ComparisonBasis, baseline_year: int | None) -> str:
    if basis == ComparisonBasis.BASELINE and baseline_year:
        return translate("Labels", "Each indicator's status value is compared with its value in the baseline "
                                   "year {year}.").format(year=baseline_year)
    return translate("Labels", "Each indicator's status value is compared with the previous measurement.")


def change_heading(basis: ComparisonBasis, baseline_year: int | None) -> str:
    """The heading of a change figure: since the previous measurement, or since the baseline year."""
    if basis == ComparisonBasis.BASELINE and baseline_year:
        return translate("Labels", "Change since {year}").format(year=baseline_year)
    return translate("Labels", "Change since the previous measurement")


def rule_sentences(
    basis: ComparisonBasis,
    baseline_year: int | None,
    policy: SignificancePolicy,
    window: int,
) -> list[str]:
    """The verdict rule as the settings apply it, one sentence each.

    The report's appendix, the web's "About the barometer" and the help show
    these; domain.development.assess_development and goal_status are the rule.
    """
    if window == 0:
        status = translate("Labels", "Each indicator is judged on its value for the report year.")
    elif window == 1:
        status = translate(
            "Labels",
            "Each indicator is judged on its latest yearly value up to the report year, at most 1 "
            "year old: its status year, shown beside the value, since register data arrive a year or "
            "two late. With no value that recent it is not measured.",
        )
    else:
        status = translate(
            "Labels",
            "Each indicator is judged on its latest yearly value up to the report year, at most {years} "
            "years old: its status year, shown beside the value, since register data arrive a year or "
            "two late. With no value that recent it is not measured.",
        ).format(years=window)
    rounding = translate(
        "Labels",
        "Changes are computed on the published, rounded figures (half away from zero): a value published "
        "without decimals that goes from 50.6 to 50.2 is 51 to 50, worsened; from 50.2 to 49.8 it is 50 to "
        "50, unchanged.",
    )
    if SignificancePolicy(policy) == SignificancePolicy.MARKED:
        significance = translate(
            "Labels",
            "For survey indicators, a change within the 95 % margin of error keeps its direction and is "
            "marked not significant.",
        )
    else:
        significance = translate(
            "Labels",
            "For survey indicators, a change within the 95 % margin of error is not statistically "
            "significant and counts as unchanged.",
        )
    unknown = translate(
        "Labels",
        "When a survey value lacks its sample size, significance cannot be tested: the change is marked "
        "significance unknown.",
    )
    majority = translate(
        "Labels",
        "A goal's status combines its indicators that have a desired direction and data: a strict majority "
        "decides; otherwise the status is mixed. Context indicators and indicators without data do not vote.",
    )
    areas = translate(
        "Labels",
        "The same rule gives the verdicts of the municipality, the whole country and each comparison "
        "municipality. A verdict on a provisional figure is marked provisional.",
    )
    return [status, basis_sentence(basis, baseline_year), rounding, significance, unknown, majority, areas]


def indicator_detail(name: str) -> tuple[str, str]:
    """An indicator's free-text detail (domain.indicators.DETAIL_FIELDS): its label and
    the form's tooltip, the same words in the form, the report and the web."""
    details: dict[str, tuple[str, str]] = {
        "responsible": (
            translate("Labels", "Responsible"),
            translate("Labels", "Who answers for the indicator's figures: a person or an administration's unit."),
        ),
    }
    return details[name]
