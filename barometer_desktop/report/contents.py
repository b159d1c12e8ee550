"""The table of contents, laid out in a single pass.

Every heading is in the story before layout starts, so the contents know
their entries (and so their height) from the beginning; only the page
numbers are unknown until the headings are placed. Each page number is
drawn as deferred text (see ReportCanvas.draw_deferred): the page refers to
it now, and the canvas fills it in when the document is complete. One
layout pass therefore gives a correct, clickable contents page, where
ReportLab's own TableOfContents needs the document laid out twice.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.platypus.doctemplate import LayoutError
from reportlab.platypus.flowables import Flowable

from barometer_desktop.report.tagging import TableTagging

# The page-number column (wide enough for "999").
NUMBER_COLUMN = 24
_LEADER_END = "contents_leader"


@dataclass(frozen=True)
class ContentsEntry:
    level: int  # 0: a chapter, 1: a section within it
    text: str  # plain text, as in the heading
    key: str  # the heading's bookmark: the link target and the page look-up


class PageNumber(Flowable):
    """The page a heading landed on, right-aligned on the entry's last line, and a link there."""

    def __init__(self, key: str, style: ParagraphStyle) -> None:
        super().__init__()
        self.key = key
        self.style = style

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # ReportLab API
        self.width = availWidth
        return availWidth, self.style.leading

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        canvas.linkRect("", self.key, (0, 0, self.width, style.leading), relative=1)
        # A paragraph's last baseline lies (leading - font size) above its bottom.
        canvas.translate(self.width, style.leading - style.fontSize)
        canvas.draw_deferred(lambda: str(canvas.heading_pages[self.key]), style.fontName, style.fontSize,
                             style.textColor)


class Contents(Flowable):
    """A list of the headings with dotted leaders, page numbers and links."""

    def __init__(self, level_styles: list[ParagraphStyle], table_style: TableStyle) -> None:
        super().__init__()
        self.level_styles = level_styles
        self.table_style = table_style
        self.entries: list[ContentsEntry] = []
        self._table: Table | None = None

    def _style(self, level: int) -> ParagraphStyle:
        return self.level_styles[min(level, len(self.level_styles) - 1)]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # ReportLab API
        self._lay_out(availWidth, availHeight)
        return self.width, self.height

    def _lay_out(self, availWidth: float, availHeight: float) -> Table:
        """The entries as a table for the width at hand (it is drawn, or split, as laid out)."""
        text_width = availWidth - NUMBER_COLUMN
        self.canv.setNamedCB(_LEADER_END, lambda canvas, kind, label: _leader(canvas, label, text_width))
        rows = []
        for entry in self.entries:
            style = self._style(entry.level)
            # The callback runs on the entry's last line, where the text ends.
            text = f'<a href="#{entry.key}">{escape(entry.text, quote=False)}</a><onDraw name="{_LEADER_END}" label="{style.fontSize}"/>'
            rows.append([Paragraph(text, style), PageNumber(entry.key, style)])
        table = Table(rows or [["", ""]], colWidths=(text_width, NUMBER_COLUMN), style=self.table_style,
                      renderCB=TableTagging("toc"))
        self.width, self.height = table.wrapOn(self.canv, availWidth, availHeight)
        self._table = table
        return table

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # ReportLab API
        return self._lay_out(availWidth, availHeight).splitOn(self.canv, availWidth, availHeight)

    def drawOn(self, canvas, x: float, y: float, _sW: float = 0) -> None:  # ReportLab API
        if self._table is None:  # ReportLab wraps a flowable before it draws it
            raise LayoutError("the contents were drawn before they were laid out")
        self._table.drawOn(canvas, x, y, _sW)


def _leader(canvas, font_size: str, text_width: float) -> None:
    """Dots from the end of the entry's text to the page number.

    Drawn as a dotted line, not as "." characters: copied or extracted
    text then reads "Sammenfatning 3", without a row of dots.
    """
    x, y = canvas._curr_tx_info["cur_x"], canvas._curr_tx_info["cur_y"]
    start, end = x + 4, text_width - 4
    if end <= start:
        return
    canvas.saveState()
    canvas.setLineCap(1)  # round caps: zero-length dashes become dots
    canvas.setLineWidth(0.9)
    canvas.setDash([0, 4])
    lift = float(font_size) * 0.15
    # Drawn from the right, so every leader's last dot lines up before the numbers.
    canvas.line(end, y + lift, start, y + lift)
    canvas.restoreState()
