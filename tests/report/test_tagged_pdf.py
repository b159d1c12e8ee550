"""The status report is a tagged PDF (PDF/UA-1): structure tree, alternative texts, artifacts.

Checked with independent readers: the `pdfua` checker (the machine-checkable
PDF/UA-1 rules), pikepdf walking the structure tree and every page's content
stream, and poppler's pdftotext for the contents page.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import replace
from pathlib import Path

import pikepdf
import pytest

from barometer_desktop.report.front import ReportOptions
from barometer_desktop.report.render_pdf import export_pdf

# Operators that put ink on the page (text, paths, images and forms, shadings).
PAINTING = {"Tj", "TJ", "'", '"', "f", "F", "f*", "B", "B*", "b", "b*", "S", "s", "Do", "sh", "BI"}


def _write(snapshot, folder: Path, *, lang="da", final=False, name="report.pdf") -> Path:
    path = folder / name
    export_pdf(snapshot, path, ReportOptions(final=final, lang=lang, case_number="2014-0042"))
    return path


def _document(pdf: pikepdf.Pdf) -> pikepdf.Dictionary:
    kids = pdf.Root.StructTreeRoot.K
    return kids[0] if isinstance(kids, pikepdf.Array) else kids


def _kids(element) -> list:
    kids = element.get("/K")
    if kids is None:
        return []
    return list(kids) if isinstance(kids, pikepdf.Array) else [kids]


def _elements(element, depth=0):
    yield element, depth
    for kid in _kids(element):
        if isinstance(kid, pikepdf.Dictionary) and "/S" in kid:
            yield from _elements(kid, depth + 1)


def _marked_in_tree(pdf) -> set[tuple[int, int]]:
    """(page number, MCID) of every marked-content reference in the structure tree."""
    pages = {page.objgen: number for number, page in enumerate(pdf.pages)}
    found = set()
    for element, _ in _elements(_document(pdf)):
        for kid in _kids(element):
            if isinstance(kid, int):
                found.add((pages[element.Pg.objgen], int(kid)))
            elif isinstance(kid, pikepdf.Dictionary) and kid.get("/Type") == "/MCR":
                found.add((pages[kid.Pg.objgen], int(kid.MCID)))
    return found


def _marked_on_pages(pdf) -> tuple[set[tuple[int, int]], list[str]]:
    """MCIDs used in the page contents, and painting operators outside tagged content and artifacts."""
    used, untagged = set(), []
    for number, page in enumerate(pdf.pages):
        stack: list[str] = []
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op == "BDC":
                properties = operands[1]
                if str(operands[0]) == "/Artifact":
                    stack.append("artifact")
                elif isinstance(properties, pikepdf.Dictionary) and "/MCID" in properties:
                    used.add((number, int(properties.MCID)))
                    stack.append("tagged")
                else:
                    stack.append("other")
            elif op == "BMC":
                stack.append("artifact" if str(operands[0]) == "/Artifact" else "other")
            elif op == "EMC":
                stack.pop()
            elif op in PAINTING and not {"artifact", "tagged"} & set(stack):
                untagged.append(f"page {number + 1}: {op}")
        assert not stack, f"page {number + 1}: unbalanced marked content"
    return used, untagged


@pytest.fixture(scope="module")
def tagged(demo_pdf):
    with pikepdf.open(demo_pdf.path) as pdf:
        yield pdf


@pytest.mark.parametrize("lang", ["da", "en"])
@pytest.mark.parametrize("final", [False, True])
@pytest.mark.parametrize("demo", [True, False])
def test_pdfua_finds_nothing(demo_snapshot, tmp_path, lang, final, demo):
    import pdfua

    snapshot = demo_snapshot if demo else replace(demo_snapshot, is_demo=False)
    report = pdfua.validate(str(_write(snapshot, tmp_path, lang=lang, final=final)))
    assert report.findings == () and report.skipped == (), [f.message for f in report.findings]


@pytest.mark.parametrize("indicators", [10, 100])
def test_pdfua_finds_nothing_at_10_and_100_indicators(demo_snapshot, scaled_snapshot, tmp_path, indicators):
    import pdfua

    path = _write(scaled_snapshot(demo_snapshot, indicators), tmp_path)
    report = pdfua.validate(str(path))
    assert report.findings == () and report.skipped == (), [f.message for f in report.findings]
    with pikepdf.open(path) as pdf:
        used, untagged = _marked_on_pages(pdf)
        assert untagged == [] and used == _marked_in_tree(pdf)


def test_catalog_declares_a_tagged_titled_document(tagged, demo_snapshot):
    root = tagged.Root
    assert root.MarkInfo.Marked is True
    assert str(root.Lang) == "da"
    assert root.ViewerPreferences.DisplayDocTitle is True
    assert root.PageMode == "/UseOutlines"
    xmp = root.Metadata.read_bytes().decode("utf-8")
    assert "<pdfuaid:part>1</pdfuaid:part>" in xmp
    assert f"statusrapport {demo_snapshot.report_year}" in xmp
    assert all(page.Tabs == "/S" and "/StructParents" in page for page in tagged.pages)


def test_every_chart_is_a_figure_with_a_description_in_words_and_figures(tagged, demo_snapshot):
    from barometer_desktop.domain.formatting import format_value

    figures = [element for element, _ in _elements(_document(tagged)) if element.S == "/Figure"]
    charts = [i for goal in demo_snapshot.goals for i in goal.indicators]
    assert len(figures) == len(charts)
    for figure, indicator in zip(figures, charts, strict=True):
        alt = str(figure.Alt)
        assert alt.startswith(f"Kurvediagram over {indicator.name}"), alt
        for area in indicator.series[:2]:  # the main area and the country, first and last value
            first, last = area.yearly()[0], area.yearly()[-1]
            value = format_value(last.value, indicator.unit, indicator.decimals, "da")
            assert f"{area.area_name}: " in alt and f"{value} i {last.period}" in alt, alt
            assert str(first.period) in alt
        assert "Ændring fra " in alt


def test_every_table_has_header_cells(tagged):
    tables = [element for element, _ in _elements(_document(tagged)) if element.S == "/Table"]
    assert tables
    for table in tables:
        cells = [cell for row in _kids(table) for cell in _kids(row)]
        headers = [cell for cell in cells if cell.S == "/TH"]
        assert headers and all(cell.A.Scope in ("/Column", "/Row") for cell in headers)


def test_headings_come_in_order_without_gaps(tagged):
    levels = [int(str(element.S)[2:]) for element, _ in _elements(_document(tagged))
              if re.fullmatch(r"/H\d", str(element.S))]
    assert levels[0] == 1
    assert all(later <= earlier + 1 for earlier, later in zip(levels, levels[1:])), levels


def test_every_marked_content_is_in_the_tree_and_nothing_else_is_untagged(tagged):
    used, untagged = _marked_on_pages(tagged)
    assert untagged == []
    assert used == _marked_in_tree(tagged)


def test_links_have_descriptions_and_link_elements(tagged):
    links = [annot for page in tagged.pages for annot in page.get("/Annots", []) if annot.Subtype == "/Link"]
    assert links
    parent_tree = dict(pikepdf.NumberTree(tagged.Root.StructTreeRoot.ParentTree).items())
    for annot in links:
        assert str(annot.Contents).strip()
        element = parent_tree[int(annot.StructParent)]
        assert element.S == "/Link"
        assert any(kid.get("/Type") == "/OBJR" and kid.Obj.objgen == annot.objgen for kid in _kids(element))


def test_watermark_and_running_texts_are_not_document_text(tagged):
    """An artifact is skipped by screen readers; the watermark is no text at all."""
    for page in tagged.pages:
        depth, in_artifact_text = [], []
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op == "BDC":
                depth.append(str(operands[1].get("/Subtype", "")) if str(operands[0]) == "/Artifact" else "")
            elif op == "EMC":
                depth.pop()
            elif op in ("Tj", "TJ") and "/Watermark" in depth:
                in_artifact_text.append(op)
        assert in_artifact_text == []


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")
def test_contents_entries_keep_their_page_numbers_on_their_line(demo_pdf):
    text = subprocess.run(["pdftotext", "-f", "2", "-l", "2", "-layout", str(demo_pdf.path), "-"],
                          capture_output=True, text=True, check=True).stdout
    entries = [line for line in text.splitlines()
               if line.strip() and not line.startswith(("Integrationsbarometret", "Indhold", "Københavns"))
               and "Side " not in line]
    assert len(entries) > 20
    assert all(re.search(r"\S.*\s\d+$", line) for line in entries), entries


def test_a_real_draft_is_marked_udkast_on_every_page(demo_snapshot, tmp_path):
    path = _write(replace(demo_snapshot, is_demo=False), tmp_path)
    with pikepdf.open(path) as pdf:
        assert all("/FormXob.watermark" in page.Resources.XObject for page in pdf.pages)
    final = _write(replace(demo_snapshot, is_demo=False), tmp_path, final=True, name="final.pdf")
    with pikepdf.open(final) as pdf:
        assert not any("/FormXob.watermark" in page.Resources.XObject for page in pdf.pages)
