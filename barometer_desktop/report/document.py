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


class Cancelled(Exception):
    """The user cancelled the export; the caller removes the temporary file."""


class PageDecoration:
    """What goes around every page's content."""

    def __init__(self, header: str, footer_left: str, page_text: str, demo_text: str | None) -> None:
        self.header = header
        self.footer_left = footer_left
        self.page_text = page_text  # "Page {page} of {pages}", translated
        self.demo_text = demo_text  # None unless the demo data are used


def numbered_canvas(decoration: PageDecoration) -> type[Canvas]:
    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs) -> None:
            super().__init__(*args, **kwargs)
            self._held_pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 - ReportLab API
            self._held_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._held_pages)
            for state in self._held_pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = self._pagesize
            page = self._pageNumber
            self.saveState()
            if decoration.demo_text:
                self._demo_mark(width, height)
            if page > 1:
                self.setFont(FONT, 7.5)
                self.setFillColor(MUTED)
                self.drawString(PAGE_MARGIN, height - 12 * mm, decoration.header)
                self.setStrokeColor(RULE)
                self.setLineWidth(0.5)
                self.line(PAGE_MARGIN, height - 13.5 * mm, width - PAGE_MARGIN, height - 13.5 * mm)
            self.setFont(FONT, 7.5)
            self.setFillColor(MUTED)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.5)
            self.line(PAGE_MARGIN, 14 * mm, width - PAGE_MARGIN, 14 * mm)
            self.drawString(PAGE_MARGIN, 10 * mm, decoration.footer_left)
            self.drawRightString(
                width - PAGE_MARGIN, 10 * mm, decoration.page_text.format(page=page, pages=total)
            )
            self.restoreState()

        def _demo_mark(self, width: float, height: float) -> None:
            # A stamp in the top corner, and a faint diagonal word across the page.
            self.setFont(FONT_BOLD, 9)
            self.setFillColor(DEMO_INK)
            text = decoration.demo_text
            text_width = self.stringWidth(text, FONT_BOLD, 9)
            self.roundRect(width - PAGE_MARGIN - text_width - 8, height - 13 * mm, text_width + 8, 5.5 * mm, 1.5,
                           stroke=0, fill=1)
            self.setFillColorRGB(1, 1, 1)
            self.drawString(width - PAGE_MARGIN - text_width - 4, height - 13 * mm + 4.6, text)
            self.saveState()
            self.setFillColor(DEMO_INK, alpha=0.07)
            self.setFont(FONT_BOLD, 110)
            self.translate(width / 2, height / 2)
            self.rotate(45)
            self.drawCentredString(0, -40, text)
            self.restoreState()

    return NumberedCanvas


class ReportTemplate(BaseDocTemplate):
    def __init__(
        self,
        target,
        *,
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
        self.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        self._progress = progress
        self._placed = 0
        self._total = 1
        self._heading_keys: dict[int, str] = {}

    def set_total(self, flowables: int) -> None:
        self._total = max(flowables, 1)

    def handle_documentBegin(self) -> None:  # noqa: N802 - ReportLab API
        self._placed = 0
        self._heading_keys.clear()
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
        key = f"h{id(flowable)}"
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(text, key, level=level, closed=level > 0)
        self.notify("TOCEntry", (level, text, self.page, key))

    _pass = 1

    def multiBuild(self, story, **kwargs):  # noqa: N802 - ReportLab API
        def on_pass(kind: str, value: int) -> None:
            if kind == "PASS":
                self._pass = value

        self.setProgressCallBack(on_pass)
        return super().multiBuild(story, **kwargs)
