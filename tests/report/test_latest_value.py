"""Status years: each indicator is judged on its latest value within the window, shown with its year
the same in every output; "not measured" only when nothing falls in the window."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pypdf import PdfReader

from barometer_desktop.assembly.assemble_snapshot import assemble
from barometer_desktop.domain.types import Trend
from barometer_desktop.report.front import ReportOptions
from barometer_desktop.report.render_pdf import export_pdf
from barometer_desktop.report.snapshot_codec import from_json, to_json
from barometer_desktop.storage import settings_store
from barometer_desktop.web.publish import publish_site


def _indicator(snapshot, code):
    return next(i for g in snapshot.goals for i in g.indicators if i.code == code)


def test_snapshot_judges_each_indicator_on_its_status_year(demo_db):
    snapshot = assemble(demo_db, 2014, today=date(2015, 4, 2))
    biennial = _indicator(snapshot, "3.1")
    assert biennial.frequency == "biennial"
    assert biennial.latest is not None and str(biennial.latest.period) == "2013" and biennial.latest.value == 4.9
    # Not due in 2014, but its 2013 value lies in the (default, two-year) window: judged on 2013.
    assert not biennial.due_in_report_year and not biennial.not_measured
    assert biennial.development.status_year == 2013 and biennial.development.current.value == 4.9
    # A yearly indicator with a 2014 value: latest is that value, and it was due.
    yearly = _indicator(snapshot, "1.1")
    assert str(yearly.latest.period) == "2014" and yearly.latest.value == yearly.development.current.value
    assert yearly.due_in_report_year and yearly.development.status_year == 2014
    # A yearly indicator without its 2014 value is still missing, but judged on 2013 meanwhile.
    missing = _indicator(snapshot, "7.1")
    assert missing.due_in_report_year and missing.development.status_year == 2013
    assert missing.trend is not Trend.NO_DATA
    # A stored final edition keeps it.
    again = _indicator(from_json(to_json(snapshot)), "3.1")
    assert again.latest == biennial.latest and again.development == biennial.development


def test_without_a_window_an_older_value_is_not_measured(demo_db):
    settings_store.save(demo_db, {settings_store.STATUS_WINDOW: "0"})
    snapshot = assemble(demo_db, 2014, today=date(2015, 4, 2))
    biennial = _indicator(snapshot, "3.1")
    assert biennial.not_measured and biennial.trend is Trend.NO_DATA
    assert snapshot.status_window == 0


def test_report_and_web_show_the_status_year(demo_db, tmp_path: Path):
    snapshot = assemble(demo_db, 2014, today=date(2015, 4, 2))
    pdf = export_pdf(snapshot, tmp_path / "r.pdf", ReportOptions(final=False, lang="da"))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf.path).pages)
    assert "4,9 % (2013)" in text
    assert "Ikke målt" not in text

    site = publish_site(assemble(demo_db, 2014), tmp_path / "web")
    index = (site / "index.html").read_text(encoding="utf-8")
    card = index[index.index('href="maal-3.html"'):index.index('href="maal-4.html"')]
    assert "4,9\u00a0%" in card and ">2013<" in card  # the unit held to its figure by a no-break space


def test_not_measured_in_every_output_when_nothing_is_in_the_window(demo_db, tmp_path: Path):
    settings_store.save(demo_db, {settings_store.STATUS_WINDOW: "0"})
    snapshot = assemble(demo_db, 2014, today=date(2015, 4, 2))
    pdf = export_pdf(snapshot, tmp_path / "r.pdf", ReportOptions(final=False, lang="da"))
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(pdf.path).pages)
    assert "Ikke målt i 2014" in text
    assert "ny nok til at blive vurderet i 2014. Den seneste værdi er 4,9 % (2013)." in text
    site = publish_site(assemble(demo_db, 2014), tmp_path / "web")
    assert "Ikke målt i 2014" in (site / "maal-3.html").read_text(encoding="utf-8")
