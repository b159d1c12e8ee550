"""The page frame of the status report: header, "Side X af Y" footer, DEMO mark,
table of contents and PDF bookmarks.

Headings are ordinary paragraphs carrying a `toc_level` and a `toc_key`;
after each one is placed, the template adds an outline entry (the reader's
bookmark panel) and notes the page it landed on. The page total and the
headings' pages are only known at the end; the footers and the contents
draw them as deferred text that the canvas fills in when the document is
saved, so the report is laid out in a single pass.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime

from reportlab.lib.colors import Color
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFString
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageTemplate
from reportlab.platypus.doctemplate import BaseDocTemplate, LayoutError
from reportlab.platypus.flowables import Flowable

from barometer_desktop.domain.formatting import Lang
from barometer_desktop.report.glyph_outlines import word_path
from barometer_desktop.report.pdf_structure import mark_page, write_structure
from barometer_desktop.report.styles import DEMO_INK, FONT, FONT_BOLD, MUTED, PAGE_MARGIN, RULE
from barometer_desktop.report.tagging import LANGUAGE_CALLBACK, Tagger, TaggingFrame


class PageDecoration:
    """What goes around every page's content."""

    def __init__(self, header: str, footer_left: str, page_text: str, demo_text: str | None,
                 watermark: str | None = None) -> None:
        self.header = header
        self.footer_left = footer_left
        self.page_text = page_text  # "Page {page} of {pages}", translated
        self.demo_text = demo_text  # None unless the demo data are used
        self.watermark = watermark  # the diagonal word: "DEMO", or "UDKAST" on a real draft


def decorate_page(canvas: ReportCanvas, decoration: PageDecoration, page: int) -> None:
    """Header, footer and DEMO mark; drawn before the page's content, so it stays behind.

    All of it is a pagination artifact: a screen reader skips it, and it is
    not part of the document's text.
    """
    width, height = canvas._pagesize
    if decoration.watermark:
        with canvas.tagger.artifact(canvas, "Pagination", "Watermark"):
            canvas.draw_watermark(decoration.watermark, DEMO_INK if decoration.demo_text else MUTED)
    with canvas.tagger.artifact(canvas, "Pagination"):
        canvas.saveState()
        _header_and_footer(canvas, decoration, page, width, height)
        canvas.restoreState()


def _header_and_footer(canvas: ReportCanvas, decoration: PageDecoration, page: int, width: float,
                       height: float) -> None:
    if decoration.demo_text:
        _demo_stamp(canvas, decoration.demo_text, width, height)
    canvas.setFont(FONT, 7.5)
    canvas.setFillColor(MUTED)
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    if page > 1:
        canvas.drawString(PAGE_MARGIN, height - 12 * mm, decoration.header)
        canvas.line(PAGE_MARGIN, height - 13.5 * mm, width - PAGE_MARGIN, height - 13.5 * mm)
    canvas.line(PAGE_MARGIN, 14 * mm, width - PAGE_MARGIN, 14 * mm)
    canvas.drawString(PAGE_MARGIN, 10 * mm, decoration.footer_left)
    canvas.translate(width - PAGE_MARGIN, 10 * mm)
    canvas.draw_deferred(lambda: decoration.page_text.format(page=page, pages=canvas.page_count), FONT, 7.5, MUTED)


def _demo_stamp(canvas: Canvas, text: str, width: float, height: float) -> None:
    """A stamp in the top corner (the diagonal word is the watermark)."""
    canvas.saveState()
    canvas.setFont(FONT_BOLD, 9)
    canvas.setFillColor(DEMO_INK)
    text_width = canvas.stringWidth(text, FONT_BOLD, 9)
    canvas.roundRect(width - PAGE_MARGIN - text_width - 8, height - 13 * mm, text_width + 8, 5.5 * mm, 1.5,
                     stroke=0, fill=1)
    canvas.setFillColorRGB(1, 1, 1)
    canvas.drawString(width - PAGE_MARGIN - text_width - 4, height - 13 * mm + 4.6, text)
    canvas.restoreState()


@dataclass(frozen=True)
class _Deferred:
    name: str
    text: Callable[[], str]
    font: str
    size: float
    colour: Color


class ReportCanvas(Canvas):
    """A canvas that can draw text which is only known when the document is complete.

    `draw_deferred` places a reference to a PDF form (a named piece of page
    content) right-aligned at the current origin; `save` defines the forms
    once every page is laid out, when the page count and the headings'
    pages are known. PDF allows a form to be defined after the pages that
    use it, and readers and text extraction treat its text like any other.
    """

    def __init__(self, *args, stamp=None, lang: Lang = "da", link_texts: dict[str, str] | None = None,
                 **kwargs) -> None:
        kwargs["lang"] = lang  # the catalog's /Lang
        super().__init__(*args, **kwargs)
        if stamp is not None:
            # A creation date from the snapshot, not the clock: same input, same bytes.
            self._doc._timeStamp = stamp
        self.heading_pages: dict[str, int] = {}
        self._deferred: list[_Deferred] = []
        self._watermark: tuple[str, Color] | None = None
        self.tagger = Tagger(lang)
        self.tagger.link_texts = dict(link_texts or {})
        self.setNamedCB(LANGUAGE_CALLBACK, self.tagger.language_span)
        self._page_keys: list[int] = []
        self._link_target: tuple[str | None, str | None] = (None, None)

    # -- tagging: pages, links, languages -------------------------------------

    def drawText(self, aTextObject) -> None:
        self.tagger.close_language_spans(aTextObject)
        super().drawText(aTextObject)

    def showPage(self) -> None:  # ReportLab API
        key = self.tagger.next_key()
        super().showPage()
        self._page_keys.append(key)
        mark_page(self._doc.Pages.pages[-1], key)

    def linkRect(self, contents, destinationname, *args, **kwargs):  # ReportLab API
        self._link_target = (destinationname, None)
        return super().linkRect(contents, destinationname, *args, **kwargs)

    def linkURL(self, url, *args, **kwargs):  # ReportLab API
        self._link_target = (None, url)
        return super().linkURL(url, *args, **kwargs)

    def _addAnnotation(self, annotation, name=None, addtopage=1):  # ReportLab API
        """A link gets a /StructParent (its Link element) and a /Contents that says where it leads."""
        destination, url = self._link_target
        self._link_target = (None, None)
        key, description = self.tagger.link(self, destination, url)
        self.tagger.annotation_objects[key] = annotation
        if isinstance(annotation, PDFDictionary):
            annotation["StructParent"] = key
            annotation["Contents"] = PDFString(description)
        else:  # ReportLab's LinkAnnotation checks its keys against a list
            annotation.permitted = (*annotation.permitted, "StructParent")
            annotation.otherkw["StructParent"] = key
            annotation.Contents = description
        return super()._addAnnotation(annotation, name, addtopage)

    @property
    def page_count(self) -> int:
        return self.getPageNumber() - 1  # only meaningful in save(), after the last page ended

    def draw_watermark(self, word: str, colour: Color) -> None:
        """A faint diagonal word across the page, drawn as outlines (glyph_outlines): a shape, not text.

        Drawn once as a form and placed on every page, so it costs one path per document.
        """
        name = "watermark"
        if self._watermark is None:
            self._watermark = (word, colour)
        self.doForm(name)

    def _define_watermark(self, word: str, colour: Color) -> None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfgen.canvas import FILL_NON_ZERO

        width, height = self._pagesize
        self.beginForm("watermark", lowerx=0, lowery=0, upperx=width, uppery=height)
        # 7 % of the colour on white, as an opaque tint: the page is white behind
        # it, and a form has no graphics-state resources of its own for alpha.
        self.setFillColorRGB(*(1 - 0.07 * (1 - channel) for channel in colour.rgb()))
        path, length = word_path(self, pdfmetrics.getFont(FONT_BOLD).face, word, min(110, 0.9 * height / len(word)))
        self.translate(width / 2, height / 2)
        self.rotate(45)
        self.translate(-length / 2, -40)
        self.drawPath(path, stroke=0, fill=1, fillMode=FILL_NON_ZERO)
        self.endForm()

    def draw_deferred(self, text: Callable[[], str], font: str, size: float, colour: Color) -> None:
        name = f"deferred{len(self._deferred) + 1}"
        self._deferred.append(_Deferred(name, text, font, size, colour))
        self.doForm(name)

    def save(self) -> None:
        if len(self._code):
            self.showPage()
        for item in self._deferred:
            try:
                text = item.text()
            except KeyError as missing:  # a heading the contents list was never placed
                raise LayoutError(f"the heading {missing} was not placed in the document") from missing
            width = self.stringWidth(text, item.font, item.size)
            # The box must hold the text: it ends at the origin, so it lies left of it.
            self.beginForm(item.name, lowerx=-width - 1, lowery=-item.size * 0.4, upperx=1, uppery=item.size * 1.2)
            self.setFont(item.font, item.size)
            self.setFillColor(item.colour)
            self.drawRightString(0, 0, text)
            self.endForm()
        if self._watermark is not None:
            self._define_watermark(*self._watermark)
        write_structure(self._doc, self.tagger, self._doc.Pages.pages, self._page_keys,
                        title=self._doc.info.title, created=_created(self._doc._timeStamp))
        super().save()


def _created(stamp) -> datetime:
    return datetime.fromtimestamp(stamp.t, tz=UTC)


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
        frame = TaggingFrame(self.leftMargin, self.bottomMargin, self.width, self.height, id="body",
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
        self.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self._decorate)])
        self._decoration = decoration
        self._progress = progress
        self._reported = 0.0
        self._story: list[Flowable] = []
        self._total = 1

    def build(self, flowables: list[Flowable], **kwargs) -> None:
        self._story = flowables
        self._total = max(len(flowables), 1)
        super().build(flowables, **kwargs)

    def handle_flowable(self, flowables: list[Flowable]) -> None:  # ReportLab API
        super().handle_flowable(flowables)
        if self._progress is not None and flowables is self._story:  # not ReportLab's page-start list
            # Progress is how much of the story is left: the parts of a split
            # flowable go back into it, so only top-level items count
            # (afterFlowable would also count what a KeepTogether holds).
            done = 1.0 - len(flowables) / self._total
            if done > self._reported:
                self._reported = done
                self._progress(done)

    def afterFlowable(self, flowable: Flowable) -> None:  # ReportLab API
        level = getattr(flowable, "toc_level", None)
        if level is None:
            return
        key = flowable.toc_key
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(flowable.title(), key, level=level, closed=level > 0)
        self.canv.heading_pages[key] = self.page

    def _decorate(self, canvas: ReportCanvas, doc: BaseDocTemplate) -> None:
        decorate_page(canvas, self._decoration, canvas.getPageNumber())
