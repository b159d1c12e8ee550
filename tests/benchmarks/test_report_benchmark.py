"""Benchmarks of the PDF status report (run on purpose: python -m pytest tests/benchmarks).

Targets (issue 5): the demo report builds in-process in under 0.3 s; the whole
`report` command runs within 2.5 times a bare ReportLab script that draws the
same number of pages, charts and tables; a 100-indicator report stays linear.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import textwrap
import time
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TODAY = date(2014, 4, 2)


def _best(function, runs: int = 5) -> float:
    """Best wall time of several runs: the least disturbed by other work on the machine."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


@pytest.fixture(scope="module")
def snapshot(_demo_template):
    from barometer_desktop.assembly.assemble_snapshot import assemble
    from barometer_desktop.storage.database import open_database

    db = open_database(_demo_template, read_only=True)
    try:
        yield assemble(db, 2013, today=TODAY)
    finally:
        db.close()


def _render(snapshot):
    from barometer_desktop.report.front import ReportOptions
    from barometer_desktop.report.render_pdf import render

    return render(snapshot, ReportOptions(final=True, case_number="2014-1"))


def test_demo_report_builds_in_process_under_0_3_s(snapshot):
    _render(snapshot)  # fonts registered, modules imported: what a second export costs
    seconds = _best(lambda: _render(snapshot))
    cpu_start = time.process_time()
    _render(snapshot)
    cpu = time.process_time() - cpu_start
    print(f"\ndemo report in-process: {seconds * 1000:.0f} ms wall (best of 5), {cpu * 1000:.0f} ms CPU")
    assert seconds < 0.3


def _document_shape(snapshot) -> dict:
    """How much the demo report draws: charts with their series, tables with their rows and columns."""
    indicators = [i for goal in snapshot.goals for i in goal.indicators]
    return {
        # The cover's facts (organisation, date, edition, case number, DEMO) and edition mark.
        "cover_rows": 4 + snapshot.is_demo,
        # The contents: summary, goals, indicators, and five sections of committees and appendix.
        "contents_rows": 1 + len(snapshot.goals) + len(indicators) + 5,
        "goals": [len(goal.indicators) for goal in snapshot.goals],
        "charts": [[len(s.yearly()) for s in i.series] for i in indicators],
        "value_tables": [(min(8, max(len(s.yearly()) for s in i.series)), len(i.series) + 1) for i in indicators],
        "summary_rows": len(snapshot.goals),
        "committee_rows": len(snapshot.committees),
        "follow_up_rows": sum(len(c.lacking) + len(c.partly) for c in snapshot.committees),
        "appendix_rows": len(indicators),
    }


def _bare_script(shape: dict, out: Path) -> str:
    """The same pages, charts and tables drawn by ReportLab alone: no database, one pass, the
    contents a plain table (no page numbers to find out), no header or footer."""
    fonts = ROOT / "resources" / "fonts"
    return textwrap.dedent(f"""
        from reportlab.graphics.charts.lineplots import LinePlot
        from reportlab.graphics.shapes import Drawing
        from reportlab.lib.pagesizes import A4
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Table

        shape = {shape!r}
        pdfmetrics.registerFont(TTFont("DejaVuSans", {str(fonts / "DejaVuSans.ttf")!r}))
        pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", {str(fonts / "DejaVuSans-Bold.ttf")!r}))
        body = ParagraphStyle("b", fontName="DejaVuSans", fontSize=9.5, leading=13)
        cell = ParagraphStyle("c", fontName="DejaVuSans", fontSize=8, leading=10)
        text = "Andelen af borgere, der oplever diskrimination, er steget fra 2012 til 2013. " * 2

        def table(rows, columns):
            return Table([[Paragraph(text[: 30 + 7 * c], cell) for c in range(columns)] for _ in range(rows)],
                         repeatRows=1)

        story = [Paragraph("Integrationsbarometer — Statusrapport 2013", body), table(shape["cover_rows"], 2),
                 Table([["ENDELIG UDGAVE"]]), PageBreak(),
                 Paragraph("Indhold", body), table(shape["contents_rows"], 2), PageBreak(),
                 table(shape["summary_rows"] + 1, 7), PageBreak()]
        charts = iter(shape["charts"])
        values = iter(shape["value_tables"])
        for indicators in shape["goals"]:
            story.append(Paragraph("Mål: Færre skal opleve diskrimination", body))
            for _ in range(indicators):
                story.append(table(7, 2))
                series = next(charts)
                drawing = Drawing(480, 175)
                plot = LinePlot()
                plot.x, plot.y, plot.width, plot.height = 48, 40, 420, 120
                plot.data = [[(2007 + y, 5 + y * 0.1 + k) for y in range(points)] for k, points in enumerate(series)]
                drawing.add(plot)
                story.append(drawing)
                story.append(Paragraph(text, body))
                rows, columns = next(values)
                story.append(Table([["6,3"] * columns for _ in range(rows + 1)], repeatRows=1))
                story.append(Paragraph(text, body))
            story.append(PageBreak())
        story += [table(shape["committee_rows"] + 1, 5), table(shape["follow_up_rows"] + 1, 4), PageBreak(),
                  table(shape["appendix_rows"] + 1, 7)]
        SimpleDocTemplate({str(out)!r}, pagesize=A4).build(story)
    """)


def _run(args: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of a child process (CPU time is steadier on a shared machine)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(args, cwd=ROOT, check=True, capture_output=True, env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"})
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def test_report_command_within_2_5_times_a_bare_reportlab_script(snapshot, demo_db_path, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "status.pdf"
    command = [sys.executable, "-m", "barometer_desktop", "--db", str(demo_db_path), "report", "--year", "2013",
               "--out", str(out)]
    _run(command)
    script = tmp_path / "bare.py"
    script.write_text(_bare_script(_document_shape(snapshot), tmp_path / "bare.pdf"), encoding="utf-8")
    bare_runs = [_run([sys.executable, str(script)]) for _ in range(3)]
    our_runs = [_run(command) for _ in range(3)]
    bare_wall, bare_cpu = min(r[0] for r in bare_runs), min(r[1] for r in bare_runs)
    our_wall, our_cpu = min(r[0] for r in our_runs), min(r[1] for r in our_runs)
    pages, bare_pages = len(PdfReader(out).pages), len(PdfReader(tmp_path / "bare.pdf").pages)
    print(f"\nreport command: {our_wall * 1000:.0f} ms wall, {our_cpu * 1000:.0f} ms CPU ({pages} pages); "
          f"bare ReportLab script: {bare_wall * 1000:.0f} ms wall, {bare_cpu * 1000:.0f} ms CPU ({bare_pages} pages); "
          f"ratio {our_wall / bare_wall:.2f} wall, {our_cpu / bare_cpu:.2f} CPU")
    assert our_cpu <= 2.5 * bare_cpu


def test_100_indicator_report_stays_linear(snapshot, scaled_snapshot):
    _render(snapshot)
    small = scaled_snapshot(snapshot, 10)
    large = scaled_snapshot(snapshot, 100)
    t10 = _best(lambda: _render(small), runs=3)
    t100 = _best(lambda: _render(large), runs=2)
    per10, per100 = t10 / 10, t100 / 100
    pages = _render(large)[1]
    print(f"\n10 indicators: {t10 * 1000:.0f} ms ({per10 * 1000:.1f} ms each); "
          f"100 indicators: {t100 * 1000:.0f} ms ({per100 * 1000:.1f} ms each, {pages} pages)")
    # Fixed parts (cover, committees, appendix) make the small report dearer per indicator;
    # anything worse than linear would make the large one dearer.
    assert per100 <= 1.25 * per10
