"""The details a reader of the status report notices (issue 16): the minus sign and no-break
spaces, provisional figures in the summary, pages that are not half empty, and Danish names
marked as Danish in the English report.

Read back with independent tools: pypdf and poppler's pdftotext for the text, pikepdf for the
content streams and the structure tree.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pikepdf
import pytest
from pypdf import PdfReader

from barometer_desktop.report.front import ReportOptions
from barometer_desktop.report.render_pdf import export_pdf

MINUS, NO_BREAK_SPACE = "\u2212", "\u00a0"


def _write(snapshot, folder: Path, lang: str = "da", name: str = "report.pdf") -> Path:
    path = folder / name
    export_pdf(snapshot, path, ReportOptions(final=False, lang=lang, case_number="2014-0042"))
    return path


# -- the minus sign and the no-break space ---------------------------------------------


def test_negative_figures_have_the_minus_sign_and_units_a_no_break_space(demo_pdf, demo_snapshot):
    text = "\n".join(page.extract_text() for page in PdfReader(demo_pdf.path).pages)
    overledighed = next(i for g in demo_snapshot.goals for i in g.indicators if i.unit == "percentage_points")
    assert overledighed.development.change < 0
    assert f"{MINUS}1,0{NO_BREAK_SPACE}pct.-point" in text  # its change, 2012 to 2013
    assert f"4,9{NO_BREAK_SPACE}%" in text
    # No hyphen-minus before a figure anywhere (the appendix's ranges use an en dash).
    assert not re.search(r"(?<![\w.])-\d", text)
    assert not re.search(r"\d %", text.replace("\n", " ")), "a plain space between a figure and its unit"


def test_the_embedded_font_maps_both_characters_so_readers_copy_them(demo_pdf):
    mapped = set()
    with pikepdf.open(demo_pdf.path) as pdf:
        for page in pdf.pages:
            for font in page.Resources.Font.values():
                if "/ToUnicode" in font:
                    mapped |= set(re.findall(rb"<[0-9A-F]{2}> <([0-9A-F]{4})>", font.ToUnicode.read_bytes()))
    assert {b"00A0", b"2212"} <= mapped


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_pdftotext_extracts_the_minus_sign(demo_pdf):
    # (poppler writes U+00A0 as a plain space in its text output; pypdf keeps it, see above.)
    text = subprocess.run(["pdftotext", str(demo_pdf.path), "-"], capture_output=True, text=True, check=True).stdout
    assert f"{MINUS}1,0 pct.-point" in text


# -- provisional figures in the summary --------------------------------------------------


def test_the_summary_marks_provisional_values_and_explains_the_mark(demo_snapshot, tmp_path):
    goal = demo_snapshot.goals[0]
    headline = goal.headline
    development = replace(headline.development, current=replace(headline.development.current, provisional=True))
    goals = (replace(goal, indicators=(replace(headline, development=development), *goal.indicators[1:])),
             *demo_snapshot.goals[1:])
    path = _write(replace(demo_snapshot, goals=goals), tmp_path)
    summary = next(page.extract_text() for page in PdfReader(path).pages if "Barometret følger" in page.extract_text())
    assert "6,3*" in summary  # the headline value of goal 1, marked
    assert "Blandet (foreløbig)" in " ".join(summary.split())  # the goal status resting on it
    assert "* foreløbigt tal" in " ".join(summary.split())  # the legend under the table


# -- pages -------------------------------------------------------------------------------


def _page_fill(path: Path) -> list[float]:
    """How far down each page its body text reaches (0 = top, 1 = bottom), header and footer left out."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    fills = []
    for page in re.findall(r"<page (.*?)</page>", html, re.S):
        height = float(re.search(r'height="([\d.]+)"', page).group(1))
        words = re.findall(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"', page)
        bottoms = [float(bottom) for top, bottom in words if 0.06 * height < float(top) < 0.94 * height]
        fills.append(max(bottoms, default=0) / height)
    return fills


def _part_ends(path: Path) -> set[int]:
    """Pages (0-based) after which a part of the report begins on a new page: the summary, the
    goals (the first goal), the committees' follow-up and the appendix; and the last page."""
    reader = PdfReader(path)
    top = [entry for entry in reader.outline if not isinstance(entry, list)]
    assert len(top) == 1 + 8 + 2  # summary, the eight goals, committees, appendix
    starts = [reader.get_destination_page_number(entry) for entry in (top[0], top[1], top[-2], top[-1])]
    return {start - 1 for start in starts} | {len(reader.pages) - 1}


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
@pytest.mark.parametrize("lang", ["da", "en"])
def test_no_page_is_half_empty_except_before_a_new_part(demo_snapshot, tmp_path, lang):
    # The demo report had pages 60-90 % empty: each goal started a new page, so the last
    # lines of a goal (often just its assessment) stood alone before the next one.
    path = _write(demo_snapshot, tmp_path, lang)
    fills = _page_fill(path)
    ends = _part_ends(path)
    half_empty = [number + 1 for number, fill in enumerate(fills) if fill < 0.55 and number not in ends | {0}]
    assert half_empty == [], [f"{fill:.2f}" for fill in fills]


def test_a_table_split_across_pages_leaves_at_least_three_rows_on_each(tmp_path):
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate, Spacer

    from barometer_desktop.report.styles import register_fonts
    from barometer_desktop.report.tables import MIN_ROWS_PER_PAGE, data_table

    register_fonts()
    path = tmp_path / "table.pdf"
    doc = SimpleDocTemplate(str(path))
    rows = [[f"Række {n}", str(n)] for n in range(1, 11)]
    for room_left in (1.5, 2.5, 8.5):  # the page has room for the header and this many rows
        spacer = Spacer(1, doc.height - (1 + room_left) * 16)
        doc.build([spacer, data_table(["Navn", "Tal"], rows, [40 * mm, 20 * mm], plain=True)])
        pages = [page.extract_text() for page in PdfReader(path).pages]
        counts = [len(re.findall(r"Række \d+", text)) for text in pages]
        assert sum(counts) == len(rows)
        assert all(count == 0 or count >= MIN_ROWS_PER_PAGE for count in counts), (room_left, counts)
        assert all(text.count("Navn") == 1 for text, count in zip(pages, counts) if count), "header repeated"


# -- Danish names in the English report --------------------------------------------------


def _to_unicode(font) -> dict[int, str]:
    table = {}
    for code, character in re.findall(rb"<([0-9A-F]{2})> <([0-9A-F]{4})>", font.ToUnicode.read_bytes()):
        table[int(code, 16)] = chr(int(character, 16))
    return table


def _danish_spans(pdf: pikepdf.Pdf) -> list[str]:
    """The text inside each marked-content sequence with /Lang (da), decoded with the fonts' ToUnicode."""
    spans: list[str] = []
    for page in pdf.pages:
        fonts = {name: _to_unicode(font) for name, font in page.Resources.Font.items() if "/ToUnicode" in font}
        table: dict[int, str] = {}
        danish: list[bool] = []
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op == "Tf":
                table = fonts.get(str(operands[0]), {})
            elif op == "BDC":
                properties = operands[1]
                danish.append(isinstance(properties, pikepdf.Dictionary) and str(properties.get("/Lang", "")) == "da")
                if danish[-1]:
                    spans.append("")
            elif op == "BMC":
                danish.append(False)
            elif op == "EMC":
                danish.pop()
            elif op in ("Tj", "TJ") and danish and danish[-1]:
                for item in operands[0] if op == "TJ" else [operands[0]]:
                    if isinstance(item, pikepdf.String):
                        spans[-1] += "".join(table.get(code, "?") for code in bytes(item))
    # Without spaces: a line break inside a span leaves no space character to compare.
    return [_squashed(span) for span in spans]


def _squashed(text: str) -> str:
    return "".join(text.split())


def _cells_in_danish(pdf: pikepdf.Pdf) -> int:
    def walk(element):
        yield element
        kids = element.get("/K")
        for kid in (kids if isinstance(kids, pikepdf.Array) else [kids] if kids is not None else []):
            if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
                yield from walk(kid)

    root = pdf.Root.StructTreeRoot.K
    document = root[0] if isinstance(root, pikepdf.Array) else root
    return sum(1 for element in walk(document) if element.S == "/TD" and str(element.get("/Lang", "")) == "da")


def test_danish_names_in_the_english_report_are_marked_danish(demo_snapshot, tmp_path):
    path = _write(demo_snapshot, tmp_path, "en")
    with pikepdf.open(path) as pdf:
        assert str(pdf.Root.Lang) == "en"
        spans = _danish_spans(pdf)
        danish_cells = _cells_in_danish(pdf)
    flat = "|".join(spans)
    for goal in demo_snapshot.goals:
        assert _squashed(goal.title) in spans, goal.title  # the heading's name, without "Goal 1:"
        assert _squashed(goal.focus_area_title) in spans
        for indicator in goal.indicators:
            assert _squashed(indicator.name) in flat
    for committee in demo_snapshot.committees:
        assert _squashed(committee.name) in flat
    assert _squashed(demo_snapshot.organisation) in spans
    # The whole country has an English name (the window's word), so it is not marked Danish.
    assert "Helelandet" not in flat and not [span for span in spans if "Wholecountry" in span]
    # The English words around them are not marked.
    assert not [span for span in spans if re.search(r"\b(Goal|Focus area|Headline indicator|National)\b", span)]
    # The area names in the development-by-area tables are cells drawn as plain strings: their TD says da.
    assert danish_cells >= len([i for g in demo_snapshot.goals for i in g.indicators if len(i.verdicts) > 1])


def test_the_danish_report_needs_no_language_marks(demo_pdf):
    with pikepdf.open(demo_pdf.path) as pdf:
        assert _danish_spans(pdf) == [] and _cells_in_danish(pdf) == 0


def test_a_language_span_a_page_break_cuts_is_closed_on_its_page(tmp_path):
    """A Danish name wrapped over a page break: every page's marked content stays balanced."""
    from reportlab.platypus import Spacer

    from barometer_desktop.report.document import PageDecoration, ReportCanvas, ReportTemplate
    from barometer_desktop.report.styles import FONT, register_fonts
    from barometer_desktop.report.tables import p
    from barometer_desktop.report.text import danish, report_language

    register_fonts()
    path = tmp_path / "cut.pdf"
    with report_language("en"):
        doc = ReportTemplate(str(path), decoration=PageDecoration("Head", "Foot", "Page {page} of {pages}", None),
                             initialFontName=FONT)
        name = danish("Beskæftigelses- og Integrationsudvalget " * 12)
        doc.build([Spacer(1, doc.height - 30), p(f"The committee {name} reported.")], canvasmaker=ReportCanvas)
    with pikepdf.open(path) as pdf:
        assert len(pdf.pages) == 2
        for page in pdf.pages:
            depth = 0
            for _operands, operator in pikepdf.parse_content_stream(page):
                depth += {"BDC": 1, "BMC": 1, "EMC": -1}.get(str(operator), 0)
                assert depth >= 0
            assert depth == 0
