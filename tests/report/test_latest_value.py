"""A biennial indicator in its off year shows its latest value with the year, the same in every output."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from barometer_desktop.assembly.build import assemble
from barometer_desktop.domain.types import Trend
from barometer_desktop.report.build import export_pdf
from barometer_desktop.report.front import ReportOptions
from barometer_desktop.report.snapshot_codec import from_json, to_json
from barometer_desktop.web.publish import publish_from_database


def _indicator(snapshot, code):
    return next(i for g in snapshot.goals for i in g.indicators if i.code == code)


def test_snapshot_holds_the_latest_value_up_to_the_report_year(demo_db):
    snapshot = assemble(demo_db, 2014, today=date(2015, 4, 2))
    biennial = _indicator(snapshot, "3.1")
    assert biennial.frequency == "biennial"
    assert biennial.latest is not None and biennial.latest.period == "2013" and biennial.latest.value == 4.9
    assert not biennial.due_in_report_year and biennial.not_measured
    # The development itself is unchanged: no value for 2014, so no verdict.
    assert biennial.development.current is None and biennial.trend is Trend.NO_DATA
    # A yearly indicator with a 2014 value: latest is that value, and it was due.
    yearly = _indicator(snapshot, "1.1")
    assert yearly.latest.period == "2014" and yearly.latest.value == yearly.development.current.value
    assert yearly.due_in_report_year and not yearly.not_measured
    # A yearly indicator without its 2014 value is missing, not "not measured".
    missing = _indicator(snapshot, "7.1")
    assert missing.development.current is None and missing.due_in_report_year and not missing.not_measured
    # A stored final edition keeps it.
    assert _indicator(from_json(to_json(snapshot)), "3.1").latest == biennial.latest
    # In 2013, the biennial indicator was measured.
    assert _indicator(assemble(demo_db, 2013), "3.1").due_in_report_year


def test_report_and_web_show_the_latest_value_and_not_measured(demo_db, tmp_path: Path):
    snapshot = assemble(demo_db, 2014, today=date(2015, 4, 2))
    pdf = export_pdf(snapshot, tmp_path / "r.pdf", ReportOptions(final=False, lang="da"))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf.path).pages)
    assert "4,9 % (2013)" in text
    assert "Ikke målt i 2014" in text
    assert "blev ikke målt i 2014. Den seneste værdi er 4,9 % (2013)." in text

    site = publish_from_database(demo_db, 2014, tmp_path / "web")
    index = (site / "index.html").read_text(encoding="utf-8")
    card = index[index.index('href="maal-3.html"'):index.index('href="maal-4.html"')]
    assert "4,9 %" in card and ">2013<" in card and "Ikke målt i 2014" in card
    assert "Ikke målt i 2014" in (site / "maal-3.html").read_text(encoding="utf-8")
    assert index.count("Ikke målt i 2014") == 1  # only the biennial indicator
