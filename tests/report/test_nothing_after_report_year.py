"""The barometer of a year shows nothing from after that year: not in the snapshot, the PDF or the web."""

from __future__ import annotations

import re
from pathlib import Path

from barometer_desktop.assembly.assemble_snapshot import assemble
from barometer_desktop.storage import observations
from barometer_desktop.web.publish import publish_site

# Dates such as the follow-up deadline (01.03.2014) and the reports' receipt
# dates legitimately fall after the report year; figures never do.
DATE = re.compile(r"\d\d\.\d\d\.\d{4}")
# So do the appendix's "next expected data" ("oktober 2014": when 2014's figure comes out).
RELEASE = re.compile(r"(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\s+\d{4}")


def test_snapshot_series_end_at_the_report_year(demo_db):
    later = [r for r in observations.records(demo_db) if r.period.year > 2013]
    # The demo holds 2014 values, also monthly or quarterly ones: the test cuts something.
    assert any(r.period.is_year for r in later) and any(not r.period.is_year for r in later)
    snapshot = assemble(demo_db, 2013)
    periods = [p.period for g in snapshot.goals for i in g.indicators for s in i.series for p in s.points]
    assert periods and all(p.year <= 2013 for p in periods)
    assert any(not p.is_year for p in periods)  # earlier months/quarters are kept
    # The overview's trend line (the main area's yearly points) therefore ends in 2013.
    for goal in snapshot.goals:
        for indicator in goal.indicators:
            main = next((s for s in indicator.series if s.is_main), None)
            if main and main.yearly():
                assert main.yearly()[-1].period.year <= 2013


def test_the_2013_report_prints_no_2014_figure_or_note(demo_snapshot, demo_pdf, read_text):
    text = RELEASE.sub("", DATE.sub("", read_text(demo_pdf.path))).replace("2014-0042", "")  # the case number
    assert "2013" in text
    assert "2014" not in text


def test_the_2013_web_barometer_has_no_2014(demo_db, tmp_path: Path):
    site = publish_site(assemble(demo_db, 2013), tmp_path / "web")
    for page in site.iterdir():
        text = DATE.sub("", page.read_text(encoding="utf-8"))
        assert "2014" not in text, page.name
