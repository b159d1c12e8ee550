"""Tagged PDF on top of ReportLab: what is drawn is recorded as a structure tree.

ReportLab draws; it does not tag. A tagged PDF (PDF/UA-1) needs every piece
of page content either inside a marked-content sequence that a structure
element points at (`/P <</MCID 3>> BDC ... EMC`) or marked as an artifact
(running headers, footers, watermarks, table rules). This module does the
drawing-time half:

- `Tagger` lives on the canvas. It hands out marked-content ids per page,
  writes the BDC/EMC operators into the page content, and keeps the
  structure tree in reading order (the order things are drawn in, which is
  the story's order).
- `TaggingFrame` tags the flowables that the report's frames place:
  paragraphs (P, or H1-H3 for headings), charts (Figure with alternative
  text), and artifacts for anything decorative.
- `TableTagging` is ReportLab's table render callback: each cell becomes a TH
  or TD inside TR inside Table (TOC/TOCI for the contents), backgrounds and
  rules become artifacts. ReportLab hands the callback on to the parts of a
  table split across pages.

The save-time half, writing the tree into the PDF, is report/pdf_structure.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

from reportlab.graphics.shapes import Drawing
from reportlab.platypus import Frame, Paragraph, Table
from reportlab.platypus.tables import TableRenderCB

# Paragraph styles that are headings, by name (report/styles.py), when the
# paragraph does not say its contents level itself.
HEADING_STYLES = {"cover_title": "H1", "h1": "H1", "h2": "H2", "h3": "H3"}
# The canvas callback a paragraph calls where text in another language starts (label: its
# language) and ends (label ""): report/tables.paragraph_markup puts the calls in.
LANGUAGE_CALLBACK = "language_span"
# Flowables that draw nothing, or only through flowables placed on their own.
SILENT = ("Spacer", "CondPageBreak", "PageBreak", "KeepTogether", "Contents", "_ContainerSpace")


class LanguageText(str):
    """A table cell's plain text in another language than the document's: its TD gets /Lang."""

    lang: str

    def __new__(cls, text: str, lang: str) -> LanguageText:
        value = super().__new__(cls, text)
        value.lang = lang
        return value


@dataclass(frozen=True)
class MarkedContent:
    page: int  # 0-based
    mcid: int


@dataclass(frozen=True)
class AnnotationRef:
    page: int
    key: int  # the annotation's /StructParent


@dataclass(eq=False)
class StructNode:
    role: str
    kids: list = field(default_factory=list)  # StructNode | MarkedContent | AnnotationRef
    alt: str | None = None
    lang: str | None = None
    attributes: dict[str, object] = field(default_factory=dict)

    def add(self, role: str, **kwargs) -> StructNode:
        node = StructNode(role, **kwargs)
        self.kids.append(node)
        return node

    def walk(self) -> Iterator[StructNode]:
        yield self
        for kid in self.kids:
            if isinstance(kid, StructNode):
                yield from kid.walk()


class Tagger:
    """The structure tree of one document, built while its pages are drawn."""

    def __init__(self, lang: str) -> None:
        self.root = StructNode("Document", lang=lang)
        self.page_marks: dict[int, list[StructNode]] = {}  # page -> the node of each MCID
        self.annotations: list[tuple[AnnotationRef, StructNode]] = []
        self.annotation_objects: dict[int, object] = {}  # /StructParent key -> ReportLab's annotation
        self.link_texts: dict[str, str] = {}  # bookmark key -> the heading it leads to
        self._open: list[StructNode] = []
        self._next_key = 0  # /StructParent(s) keys: pages and annotations share one number tree

    # -- marked content ------------------------------------------------------

    def begin(self, canvas, node: StructNode) -> None:
        page = canvas.getPageNumber() - 1
        marks = self.page_marks.setdefault(page, [])
        node.kids.append(MarkedContent(page, len(marks)))
        canvas._code.append(f"/{node.role} <</MCID {len(marks)}>> BDC")
        marks.append(node)
        self._open.append(node)

    def end(self, canvas) -> None:
        canvas._code.append("EMC")
        self._open.pop()

    def cancel(self, canvas, node: StructNode, parent: StructNode, code_length: int) -> None:
        """Undo begin() for a flowable that did not fit: it will be drawn on the next page."""
        page = canvas.getPageNumber() - 1
        del canvas._code[code_length:]
        self.page_marks[page].pop()
        self._open.pop()
        parent.kids.remove(node)

    def language_span(self, canvas, _kind: str, lang: str | None) -> None:
        """The paragraph callback (LANGUAGE_CALLBACK): open a /Span with /Lang, or close it.

        The operators go into the paragraph's text object, between the words: marked content
        inside the paragraph's own (an MCID's) sequence. A span a page break cuts is closed
        with its text object (close_language_spans) and not reopened: its words stay tagged.
        """
        text = canvas._curr_tx_info["tx"]
        open_spans = getattr(text, "_language_spans", 0)
        if lang:
            text._code.append(f"/Span <</Lang ({lang})>> BDC")
            text._language_spans = open_spans + 1
        elif open_spans:
            text._code.append("EMC")
            text._language_spans = open_spans - 1

    @staticmethod
    def close_language_spans(text) -> None:
        text._code.extend(["EMC"] * getattr(text, "_language_spans", 0))
        text._language_spans = 0

    @contextmanager
    def artifact(self, canvas, kind: str = "Layout", subtype: str | None = None):
        """Content that is not part of the text: headers, footers, watermarks, rules."""
        properties = f"/Type /{kind}" + (f" /Subtype /{subtype}" if subtype else "")
        canvas._code.append(f"/Artifact <<{properties}>> BDC")
        try:
            yield
        finally:
            canvas._code.append("EMC")

    # -- annotations ---------------------------------------------------------

    def next_key(self) -> int:
        key = self._next_key
        self._next_key += 1
        return key

    def link(self, canvas, destination: str | None, url: str | None) -> tuple[int, str]:
        """Register a link annotation drawn now: its /StructParent key and its description."""
        key = self.next_key()
        parent = self._open[-1] if self._open else self.root
        node = parent.add("Link")
        reference = AnnotationRef(canvas.getPageNumber() - 1, key)
        node.kids.append(reference)
        self.annotations.append((reference, node))
        description = self.link_texts.get(destination or "", "") or (url or "")
        node.alt = description or None
        return key, description

    @property
    def next_free_key(self) -> int:
        return self._next_key


def paragraph_role(paragraph: Paragraph) -> str:
    level = getattr(paragraph, "toc_level", None)
    if level is not None:
        return f"H{min(level, 2) + 1}"
    return HEADING_STYLES.get(getattr(paragraph.style, "name", ""), "P")


class TaggingFrame(Frame):
    """A frame that tags each flowable it places (see the module's description)."""

    def add(self, flowable, canv, trySplit=0):  # ReportLab API
        tagger: Tagger | None = getattr(canv, "tagger", None)
        if tagger is None or type(flowable).__name__ in SILENT:
            return super().add(flowable, canv, trySplit)
        if isinstance(flowable, Table):
            if flowable._renderCB is None:
                flowable._renderCB = TableTagging("column" if flowable.repeatRows else "layout")
            return super().add(flowable, canv, trySplit)
        if isinstance(flowable, Paragraph):
            node = StructNode(paragraph_role(flowable))
        elif isinstance(flowable, Drawing):
            node = StructNode("Figure", alt=getattr(flowable, "alt_text", None) or None)
        else:
            node = None
        if node is None:
            # Decoration we do not know as text: keep it out of the reading order.
            length = len(canv._code)
            with tagger.artifact(canv):
                placed = super().add(flowable, canv, trySplit)
            if not placed:
                del canv._code[length:]
            return placed
        parent = tagger.root
        parent.kids.append(node)
        length = len(canv._code)
        tagger.begin(canv, node)
        placed = super().add(flowable, canv, trySplit)
        if placed:
            tagger.end(canv)
        else:
            tagger.cancel(canv, node, parent, length)
        return placed


class TableTagging(TableRenderCB):
    """ReportLab's table render callback, tagging rows and cells.

    kind: "column" (the first `header_rows` rows are column headers), "row"
    (the first column holds row headers), "toc" (the contents), or "layout"
    (no table semantics: each cell's content is a paragraph).
    """

    def __init__(self, kind: str, header_rows: int | None = None) -> None:
        self.kind = kind
        self.header_rows = header_rows
        self._table: StructNode | None = None
        self._row: StructNode | None = None

    @staticmethod
    def _tagger(table) -> Tagger | None:
        return getattr(table.canv, "tagger", None)

    def startTable(self, T) -> None:  # ReportLab API
        tagger = self._tagger(T)
        if tagger is not None and self.kind != "layout":
            self._table = tagger.root.add("TOC" if self.kind == "toc" else "Table")

    def startBG(self, T) -> None:
        if self._tagger(T) is not None:
            T.canv._code.append("/Artifact <</Type /Layout>> BDC")

    def endBG(self, T) -> None:
        if self._tagger(T) is not None:
            T.canv._code.append("EMC")

    startLines = startBG  # ReportLab API
    endLines = endBG

    def startRow(self, T, rowNo) -> None:
        if self._table is not None:
            self._row = self._table.add("TOCI" if self.kind == "toc" else "TR")

    def startCell(self, T, rowNo, colNo, cellval, cellstyle, pos, size) -> None:
        tagger = self._tagger(T)
        if tagger is None:
            return
        role, attributes = self._cell(T, rowNo, colNo)
        parent = self._row if self._row is not None else tagger.root
        node = parent.add(role, attributes=attributes, lang=getattr(cellval, "lang", None))
        tagger.begin(T.canv, node)

    def _cell(self, T, row: int, column: int) -> tuple[str, dict[str, object]]:
        if self.kind == "toc":
            return "Reference", {}
        if self.kind == "layout":
            return "P", {}
        header_rows = self.header_rows if self.header_rows is not None else max(T.repeatRows or 0, 1)
        if self.kind == "column" and row < header_rows:
            return "TH", {"O": "Table", "Scope": "Column"}
        if self.kind == "row" and column == 0:
            return "TH", {"O": "Table", "Scope": "Row"}
        return "TD", {}

    def endCell(self, T) -> None:
        tagger = self._tagger(T)
        if tagger is not None:
            tagger.end(T.canv)

    def endRow(self, T) -> None:
        self._row = None

    def endTable(self, T) -> None:
        self._table = None
