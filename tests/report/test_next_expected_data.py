"""The appendix's "Next expected data" keeps the indicator's release rule (walkthrough:
it added a fixed year and printed October 2015 for data that come out in October 2014).

One rule (domain.missing_data.next_release) serves the report and the missing-data dates.
"""

from __future__ import annotations

from barometer_desktop.report.options import ReportOptions
from barometer_desktop.report.render_pdf import export_pdf


def _main_years(snapshot, code: str) -> set[int]:
    indicator = next(i for goal in snapshot.goals for i in goal.indicators if i.code == code)
    main = next(s for s in indicator.series if s.is_main)
    return {p.period.year for p in main.yearly()}


def test_the_appendix_dates_follow_the_release_rule(demo_snapshot, tmp_path, read_text):
    assert demo_snapshot.report_year == 2013
    pdf_text = read_text(export_pdf(demo_snapshot, tmp_path / "report.pdf", ReportOptions(lang="da")).path)
    text = " ".join(pdf_text.split())  # a table cell may wrap between month and year
    # 1.1: data for year X in October of year X (policy_2011.toml), so 2014's in October 2014.
    assert 2013 in _main_years(demo_snapshot, "1.1")
    assert "oktober 2014" in text and "oktober 2015" not in text
    # 3.1: a survey every second year, data for year X in November of year X.
    measured = _main_years(demo_snapshot, "3.1")
    expected = "november 2015" if 2013 in measured else "november 2014"
    assert expected in text and "november 2016" not in text
