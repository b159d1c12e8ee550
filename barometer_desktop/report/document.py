"""The page frame of the status report: header, "Side X af Y" footer, DEMO mark,
table of contents and PDF bookmarks.

Headings are ordinary paragraphs carrying a `toc_level`; after each one is
placed, the template adds an outline entry (the reader's bookmark panel) and
tells the table of contents where it landed, with a link key so the contents
are clickable. The page total is only known at the end, so the canvas holds
the pages back and writes the footers when the document is saved.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, PageTemplate
from reportlab.platypus.doctemplate import BaseDocTemplate
from reportlab.platypus.flowables import Flowable

from barometer_desktop.report.styles import DEMO_INK, FONT, FONT_BOLD, MUTED, PAGE_MARGIN, RULE


class PageDecoration:
    """What goes around every page's content."""

    def __init__(self, header: str, footer_left: str, page_text: str, demo_text: str | None) -> None:
        self.header = header
        self.footer_left = footer_left
        self.page_text = page_text  # "Page {page} of {pages}", translated
        self.demo_text = demo_text  # None unless the demo data are used


def decorate_page(canvas: Canvas, decoration: PageDecoration, page: int, total: int | None) -> None:
    """Header, footer and DEMO mark; drawn before the page's content, so it stays behind."""
    width, height = canvas._pagesize
    canvas.saveState()
    if decoration.demo_text:
        _demo_mark(canvas, decoration.demo_text, width, height)
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    if page > 1:
        canvas.drawString(PAGE_MARGIN, height - 12 * mm, decoration.header)
        canvas.line(PAGE_MARGIN, height - 13.5 * mm, width - PAGE_MARGIN, height - 13.5 * mm)
    canvas.line(PAGE_MARGIN, 14 * mm, width - PAGE_MARGIN, 14 * mm)
    canvas.drawString(PAGE_MARGIN, 10 * mm, decoration.footer_left)
    pages = str(total) if total else "?"
    canvas.drawRightString(width - PAGE_MARGIN, 10 * mm, decoration.page_text.format(page=page, pages=pages))
    canvas.restoreState()


def _demo_mark(canvas: Canvas, text: str, width: float, height: float) -> None:
    # A stamp in the top corner, and a faint diagonal word across the page.
    canvas.setFont(FONT_BOLD, 9)
    canvas.setFillColor(DEMO_INK)
    text_width = canvas.stringWidth(text, FONT_BOLD, 9)
    canvas.roundRect(width - PAGE_MARGIN - text_width - 8, height - 13 * mm, text_width + 8, 5.5 * mm, 1.5,
                     stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.drawString(width - PAGE_MARGIN - text_width - 4, height - 13 * mm + 4.6, text)
    canvas.saveState()
    canvas.setFillColor(DEMO_INK, alpha=0.07)
    canvas.setFont(FONT_BOLD, 110)
    canvas.translate(width / 2, height / 2)
    canvas.rotate(45)
    canvas.drawCentredString(0, -40, text)
    canvas.restoreState()


def _skip_draw(*args, **kwargs) -> None:
    return None


class ReportTemplate(BaseDocTemplate):
    def __init__(
        self,
        target,
        *,
        decoration: PageDecoration,
        progress: Callable[[float], None] | None = None,
        **metadata,
    ) -> None:
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=PAGE_MARGIN,
            rightMargin=PAGE_MARGIN,
            topMargin=PAGE_MARGIN,
            bottomMargin=PAGE_MARGIN,
            **metadata,
        )
        frame = Frame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])
        self._decoration = decoration
        # "Page X of Y": Y is the page count of the previous layout pass. The
        # contents need two passes anyway, and the footer never moves content.
        self.pages_in_last_pass: int | None = None
        self._total_used: int | None = None
        self._progress = progress
        self._placed = 0
        self._total = 1

    def set_total(self, flowables: int) -> None:
        self._total = max(flowables, 1)

    def handle_documentBegin(self) -> None:  # noqa: N802 - ReportLab API
        self._placed = 0
        # The first pass only learns where the headings land (for the contents); its output is discarded.
        self.canv.layout_only = self._pass == 1
        super().handle_documentBegin()

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - ReportLab API
        self._placed += 1
        if self._progress is not None:
            # Two passes (the contents need the page numbers): each is half the work.
            done = (self._placed / self._total + (self._pass - 1)) / 2
            self._progress(min(done, 1.0))
        level = getattr(flowable, "toc_level", None)
        if level is None:
            return
        text = flowable.getPlainText()
        key = flowable.toc_key
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        self.notify("TOCEntry", (level, text, self.page, key))

    _pass = 1

    def handle_flowable(self, flowables) -> None:  # noqa: N802 - ReportLab API
        # In the layout pass nothing needs drawing: the flowable is measured and
        # placed (which is what the contents need), but its drawOn does nothing.
        # Split parts come back through here, so they are covered too.
        if not (self.canv.layout_only and flowables):
            super().handle_flowable(flowables)
            return
        flowable = flowables[0]
        flowable.drawOn = _skip_draw
        try:
            super().handle_flowable(flowables)
        finally:
            del flowable.drawOn

    def _decorate(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self._total_used = self.pages_in_last_pass
        decorate_page(canvas, self._decoration, canvas.getPageNumber(), self.pages_in_last_pass)

    def build(self, flowables, **kwargs):
        super().build(flowables, **kwargs)
        self.pages_in_last_pass = self.page

    def multiBuild(self, story, **kwargs):  # noqa: N802 - ReportLab API
        def on_pass(kind: str, value: int) -> None:
            if kind == "PASS":
                self._pass = value

        self.setProgressCallBack(on_pass)
        result = super().multiBuild(story, **kwargs)
        if self._total_used != self.page:
            # The last pass printed a stale total (rare): lay out once more with the right one.
            result = super().multiBuild(story, **kwargs)
        return result
