"""The committees' follow-up and the appendix (indicator metadata, data quality)."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, PageBreak, Spacer

from barometer_desktop import labels
from barometer_desktop.assembly.snapshot import BarometerSnapshot, CommitteeView, IndicatorView
from barometer_desktop.domain.formatting import format_date, format_number, format_period
from barometer_desktop.domain.indicators import DETAIL_FIELDS
from barometer_desktop.domain.missing_data import next_release
from barometer_desktop.domain.periods import Period
from barometer_desktop.domain.types import DecisionStatus, FollowUpStatus
from barometer_desktop.labels import decision_reason_name, follow_up_status_name, indicator_detail, rule_sentences
from barometer_desktop.report.front import heading
from barometer_desktop.report.tables import cell, data_table, p
from barometer_desktop.report.text import (
    danish,
    frequency_name,
    language,
    translate,
    unit_name,
)


def _scaled(widths_mm: tuple[float, ...], width: float) -> list[float]:
    total = sum(widths_mm)
    return [w / total * width for w in widths_mm]


def _report_cell(committee: CommitteeView) -> str:
    if committee.report_received is not None:
        received = format_date(committee.report_received, language())
        if committee.report_late:
            return "▼ " + translate("Report", "Received late, {date}").format(date=received)
        return translate("Report", "Received {date}").format(date=received)
    if committee.report_missing:
        return "▼ " + translate("Report", "Missing")
    return translate("Report", "Not yet due")


def _decision_cell(committee: CommitteeView) -> str:
    decision = committee.decision
    if decision is not None:
        asked = []
        if decision.supplementary_report:
            asked.append(translate("Report", "supplementary report"))
        if decision.plan_revision:
            asked.append(translate("Report", "action-plan revision"))
        if decision.status == DecisionStatus.DISMISSED:
            text = translate("Report", "BIU decided not to ask for more")
        else:
            text = translate("Report", "BIU asks for: {what}").format(
                what=", ".join(asked) or translate("Report", "nothing"))
        if decision.decided_on:
            text += f" ({format_date(decision.decided_on, language())})"
        return text
    candidate = committee.candidate
    if candidate is not None:
        reasons = ", ".join(decision_reason_name(r).lower() for r in candidate.reasons)
        text = translate("Report", "Proposed: supplementary report or action-plan revision ({reasons})").format(
            reasons=reasons)
        if candidate.goal_numbers:
            numbers = ", ".join(str(n) for n in candidate.goal_numbers)
            if len(candidate.goal_numbers) == 1:
                text += " " + translate("Report", "— goal {numbers}").format(numbers=numbers)
            else:
                text += " " + translate("Report", "— goals {numbers}").format(numbers=numbers)
        return text
    return "–"


def committees_section(snapshot: BarometerSnapshot, width: float) -> list:
    year = snapshot.report_year
    story: list = [
        PageBreak(),
        heading(translate("Report", "Committees' follow-up"), "h1", 0),
        p(translate(
            "Report",
            "Every standing committee reports each year on the integration goals of its action plan. "
            "The integration reports for {year} were due on {deadline}.",
        ).format(year=year, deadline=format_date(snapshot.follow_up_deadline, language()))),
    ]
    rows = [
        [
            f"{c.short_name} — {danish(c.name)}",
            _report_cell(c),
            str(len(c.lacking)),
            str(len(c.partly)),
            str(len(c.not_recorded)),
            _decision_cell(c),
        ]
        for c in snapshot.committees
    ]
    missing = [c for c in snapshot.committees if c.report_missing]
    story.append(data_table(
        [
            translate("Report", "Committee"),
            translate("Report", "Integration report {year}").format(year=year),
            translate("Report", "Goals not followed up"),
            follow_up_status_name(FollowUpStatus.PARTLY),
            # The secretariat's own gap, kept apart from the committee's missing follow-up.
            translate("Report", "Not yet recorded"),
            translate("Report", "BIU's decision or proposal"),
        ],
        rows,
        _scaled((40, 36, 17, 17, 17, 50), width),
        right_columns=(2, 3, 4),
    ))
    if missing:
        story.append(Spacer(1, 2 * mm))
        story.append(p(translate("Report", "Integration report missing: {committees}.").format(
            committees=", ".join(f"{danish(c.name)} ({c.short_name})" for c in missing))))

    # Headings before long tables: a page break only if little room is left
    # (keeping the heading "with" a long table would push all of it onward).
    story.append(CondPageBreak(45 * mm))
    # Goals not followed up, and those only partly followed up (the table's third column says which).
    story.append(heading(translate("Report", "Action-plan goals without full follow-up"), "h2", 1))
    # Each list says its status (an edition stored before statuses were kept per line may lack one).
    not_followed_up = follow_up_status_name(FollowUpStatus.NOT_FOLLOWED_UP)
    partly = follow_up_status_name(FollowUpStatus.PARTLY)
    lines = [
        [c.short_name, danish(line.text), not_followed_up, danish(line.note)]
        for c in snapshot.committees for line in c.lacking
    ] + [
        [c.short_name, danish(line.text), partly, danish(line.note)]
        for c in snapshot.committees for line in c.partly
    ] + [
        [c.short_name, danish(line.text), translate("Report", "Not yet recorded by the secretariat"),
         danish(line.note)]
        for c in snapshot.committees for line in c.not_recorded
    ]
    if lines:
        header = [translate("Report", "Committee"), translate("Report", "Action-plan goal"),
                  translate("Report", "Follow-up"), translate("Report", "Note")]
        widths: tuple[int, ...] = (21, 72, 24, 53)
        if not any(line[3] for line in lines):  # an empty column says nothing: leave it out
            header, lines, widths = header[:3], [line[:3] for line in lines], (21, 110, 39)
        story.append(data_table(header, lines, _scaled(widths, width)))
    elif any(c.report_received is None for c in snapshot.committees):
        # Goals of a committee whose report has not come are not followed up yet, not followed up fully.
        waiting = sum(1 for c in snapshot.committees if c.report_received is None)
        story.append(p(translate(
            "Report", "No follow-up is recorded yet for the committees whose integration report has not "
            "arrived ({count} of {total}).").format(count=waiting, total=len(snapshot.committees))))
    else:
        story.append(p(translate("Report", "All action-plan goals were followed up.")))
    return story


def _next_data(snapshot: BarometerSnapshot, indicator: IndicatorView) -> str:
    """When the next figures are expected, as "month year" (or "Not agreed"): the
    report year's own when they are still missing, else the next ones by the
    domain's rule (missing_data.next_release), as the Missing data screen says."""
    for item in snapshot.missing_data:
        if item.code == indicator.code and item.expected is not None:
            return _month_and_year(item.expected.month, item.expected.year)
    main = next((s for s in indicator.series if s.is_main), None)
    years = {point.period.year for point in main.yearly()} if main is not None else set()
    release = next_release(indicator.indicator.as_due(), snapshot.report_year, years)
    if release is None:
        return translate("Report", "Not agreed")
    return _month_and_year(release.month, release.year)


def _month_and_year(month: int, year: int) -> str:
    return format_period(Period.month(year, month), language())


def _code_order(code: str) -> tuple:
    """"6.1" before "7.1" before "10.2": indicator codes sorted as numbers where they are numbers."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part) for part in code.split("."))


def _detail_cells(indicator, width: float) -> list:
    """The indicator's free-text details (domain.indicators.DETAIL_FIELDS) under its definition."""
    return [
        cell(f"{indicator_detail(name)[0]}: {danish(getattr(indicator, name))}", width)
        for name in DETAIL_FIELDS
        if getattr(indicator, name)
    ]


def appendix(snapshot: BarometerSnapshot, width: float) -> list:
    lang = language()
    story: list = [
        PageBreak(),
        heading(translate("Report", "Appendix: indicators and data quality"), "h1", 0),
        heading(translate("Report", "How development is judged"), "h2", 1),
        *(p(sentence) for sentence in rule_sentences(
            snapshot.basis, snapshot.baseline_year, snapshot.significance_policy, snapshot.status_window)),
        heading(translate("Report", "Indicator metadata"), "h2", 1),
    ]
    rows = []
    indicators = [i for goal in snapshot.goals for i in goal.indicators]
    # Room for "(7-trinsskala)", "Leverandør" and "november 2016" at 9 pt; long words in the
    # source are hyphenated.
    widths = _scaled((8, 44, 20, 28, 23, 19, 25), width)
    for indicator in indicators:
        rows.append([
            indicator.code,
            [cell(danish(indicator.name), widths[1], "cell_bold"), cell(danish(indicator.definition), widths[1]),
             *_detail_cells(indicator, widths[1])],
            unit_name(indicator.unit),
            danish(indicator.data_source),
            danish(indicator.provider),
            frequency_name(indicator.frequency),
            _next_data(snapshot, indicator),
        ])
    story.append(data_table(
        [
            translate("Report", "No."), translate("Report", "Indicator and definition"),
            translate("Report", "Unit"), translate("Report", "Source"), translate("Report", "Provider"),
            translate("Report", "Frequency"), translate("Report", "Next expected data"),
        ],
        rows,
        widths,
    ))

    story.append(CondPageBreak(45 * mm))
    story.append(heading(translate("Report", "Notes on data quality"), "h2", 1))
    notes: list[tuple[str, str]] = []  # (indicator code, note): listed in code order
    for indicator in indicators:
        main = next((s for s in indicator.series if s.is_main), None)
        points = main.yearly() if main else ()
        if indicator.is_survey:
            samples = [(pt.period, pt.sample_size) for pt in points if pt.sample_size]
            if samples:
                period, size = samples[-1]
                notes.append((indicator.code, translate(
                    "Report",
                    "{code}: survey-based. Values carry sampling uncertainty; the charts show 95 % "
                    "confidence intervals (latest sample: {n} respondents in {year}).",
                ).format(code=indicator.code, n=format_number(size, 0, lang), year=period)))
            else:
                notes.append((indicator.code, translate(
                    "Report", "{code}: survey-based; values carry sampling uncertainty.").format(
                    code=indicator.code)))
        provisional = [str(pt.period) for pt in points if pt.provisional]
        if provisional:
            notes.append((indicator.code, translate("Report", "{code}: provisional figures for {periods}.").format(
                code=indicator.code, periods=", ".join(provisional))))
        for pt in points:
            if pt.note and pt.note_is_public:
                notes.append((indicator.code, f"{indicator.code} ({pt.period}): {pt.note}"))
    # Missing data name their area by name only: the country is the one the series call so.
    countries = {s.area_name for i in indicators for s in i.series if s.is_country}
    for item in snapshot.missing_data:
        expected = format_date(item.expected, lang) if item.expected else translate("Report", "no agreed date")
        notes.append((item.code, translate(
            "Report", "{code}: no value yet for {year} for {area} (from {provider}, expected {expected})."
        ).format(code=item.code, year=snapshot.report_year, area=labels.area_name(item.area, item.area in countries),
                 provider=item.provider, expected=expected)))
    notes.sort(key=lambda note: _code_order(note[0]))  # stable: an indicator's notes keep their order
    if not notes:
        notes.append(("", translate("Report", "No remarks on data quality.")))
    story += [p("• " + note) for _, note in notes]
    story.append(Spacer(1, 3 * mm))
    story.append(p(translate(
        "Report",
        "Statistical significance of survey changes: two-sided z-test at the 5 % level (the 95 % margin of "
        "error), on the unrounded values.",
    ), "small"))
    return story
