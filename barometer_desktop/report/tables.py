"""Table helpers: one look for every table, and clean splits across pages."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from html import escape

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from barometer_desktop.domain.formatting import keep_units_together
from barometer_desktop.report.styles import FONT, HEADER_FILL, INK, PAGE_MARGIN, RULE, ZEBRA_FILL, styles
from barometer_desktop.report.tagging import LANGUAGE_CALLBACK, LanguageText, TableTagging
from barometer_desktop.report.text import DANISH_END, DANISH_START

# Where Danish text starts and ends in a paragraph: a callback that opens and closes a
# marked-content span with /Lang (da) around the words drawn in between (report/tagging.py).
_DANISH_BEGIN = f'<ondraw name="{LANGUAGE_CALLBACK}" label="da"/>'
_DANISH_CLOSE = f'<ondraw name="{LANGUAGE_CALLBACK}" label=""/>'


def paragraph_markup(text: str) -> str:
    """Plain text as paragraph markup: escaped (data may contain <, & and >), "95 %" held
    together, Danish names in an English report marked with their language."""
    markup_text = escape(keep_units_together(text), quote=False)
    if DANISH_START in markup_text:
        markup_text = markup_text.replace(DANISH_START, _DANISH_BEGIN).replace(DANISH_END, _DANISH_CLOSE)
    return markup_text


def plain_cell_text(text: str) -> str:
    """A cell drawn as a plain string: wholly Danish text keeps its language for the cell's tag."""
    if DANISH_START not in text:
        return text
    bare = _unmarked(text)
    whole = text.startswith(DANISH_START) and text.endswith(DANISH_END) and text.count(DANISH_START) == 1
    return LanguageText(bare, "da") if whole else bare


def p(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text (see paragraph_markup)."""
    return Paragraph(paragraph_markup(text), styles()[style])


# A cell's left and right padding together (see data_table).
CELL_PADDING = 8
# A table split across pages leaves at least this many rows on either page
# (fewer for a short table): never one orphaned row under a repeated header.
MIN_ROWS_PER_PAGE = 3
SOFT_HYPHEN = "\xad"
ZERO_WIDTH_SPACE = "\u200b"  # a break opportunity that prints nothing


def cell(text: str, width: float, style: str = "cell") -> Paragraph:
    """A table cell in a column `width` wide.

    A word wider than the column (a long Danish compound such as
    "Arbejdsmarkedsstyrelsens") gets soft hyphens where Danish allows a
    break, so ReportLab breaks it there and prints a hyphen, instead of
    cutting it at any letter ("Ungdo" / "msforvaltningen"). Words that fit
    are left alone: they move to the next line whole.
    """
    paragraph_style = styles()[style]
    room = width - CELL_PADDING
    text = keep_units_together(text)
    words = text.split(" ")
    too_wide = [stringWidth(_unmarked(w), paragraph_style.fontName, paragraph_style.fontSize) > room for w in words]
    if any(too_wide):
        text = " ".join(_breakable(w, paragraph_style, room) if wide else w for w, wide in zip(words, too_wide))
    return Paragraph(paragraph_markup(text), paragraph_style)


def _breakable(word: str, style: ParagraphStyle, room: float) -> str:
    """A word too wide for its column, with the places it may break: after its own hyphens
    when its pieces fit ("12,5 pct.-" over "point": a figure and its unit held together by a
    no-break space), else where Danish hyphenation allows."""
    pieces = _unmarked(word).split("-")
    if len(pieces) > 1 and max(stringWidth(f"{piece}-", style.fontName, style.fontSize) for piece in pieces) <= room:
        return word.replace("-", "-" + ZERO_WIDTH_SPACE)
    return _soft_hyphenated(word)


def _unmarked(text: str) -> str:
    """``text`` without its language marks (they take no room on the page)."""
    return text.replace(DANISH_START, "").replace(DANISH_END, "")


def _soft_hyphenated(word: str) -> str:
    return _danish_hyphenation().inserted(word, hyphen=SOFT_HYPHEN)


@cache
def _danish_hyphenation():
    # Pyphen's dictionary (LibreOffice's): Danish also in the English report,
    # since the long words in cells are the municipality's own texts.
    import pyphen

    return pyphen.Pyphen(lang="da_DK")


def markup(text: str, style: str = "body") -> Paragraph:
    """A paragraph whose text is already ReportLab markup."""
    return Paragraph(text, styles()[style])


# A table split across pages keeps MIN_ROWS_PER_PAGE rows together; given at
# least this much height (a page of its own, less the frame's padding) and
# still unable to, its rows are too tall for the rule (a long definition), and
# it splits where the rows allow instead of failing the whole report.
_WHOLE_PAGE = 0.9 * (A4[1] - 2 * PAGE_MARGIN)


class _DataTable(Table):
    _rowSplitRange: tuple[int, int] | None  # ReportLab's own attribute, set in __init__

    def split(self, availWidth: float, availHeight: float) -> list[Table]:
        parts: list[Table] = super().split(availWidth, availHeight)
        if parts or self._rowSplitRange is None or availHeight < _WHOLE_PAGE:
            return parts
        kept, self._rowSplitRange = self._rowSplitRange, None
        try:
            return list(super().split(availWidth, availHeight))
        finally:
            self._rowSplitRange = kept


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    right_columns: Sequence[int] = (),
    plain: bool = False,
) -> Table:
    """Header row repeated on every page; rows never split in the middle.

    `plain` body cells are drawn as single-line strings instead of wrapped
    paragraphs: right for short figures, and several times cheaper to lay out.
    """
    head = [
        _header_cell(text, widths[i], "head_cell_right" if i in right_columns else "head_cell")
        for i, text in enumerate(header)
    ]
    body = []
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            if isinstance(value, str) and not plain:
                value = cell(value, widths[i], "cell_right" if i in right_columns else "cell")
            elif isinstance(value, str):
                value = plain_cell_text(value)
            cells.append(value)
        body.append(cells)
    least = min(MIN_ROWS_PER_PAGE, len(rows) // 2)
    # splitInRow: a row taller than a page (a very long definition) continues on the next.
    table = _DataTable([head, *body], colWidths=list(widths), repeatRows=1, splitByRow=1, splitInRow=1, hAlign="LEFT",
                       rowSplitRange=(1 + least, -least) if least else None, renderCB=TableTagging("column"))
    commands = [
        ("FONTNAME", (0, 0), (-1, -1), FONT),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 0.8, RULE),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if plain:
        commands += [
            ("FONTSIZE", (0, 1), (-1, -1), 8),
            ("LEADING", (0, 1), (-1, -1), 10),
            ("TEXTCOLOR", (0, 1), (-1, -1), INK),
        ]
        commands += [("ALIGN", (c, 1), (c, -1), "RIGHT") for c in right_columns]
    commands += [("BACKGROUND", (0, r), (-1, r), ZEBRA_FILL) for r in range(2, len(rows) + 1, 2)]
    table.setStyle(TableStyle(commands))
    return table


def _header_cell(text: str, width: float, style_name: str) -> Paragraph:
    """A header that shrinks (down to 6 pt) rather than break a long word like
    "Dataleverandør"; one still too wide at 6 pt breaks where Danish allows."""
    style = styles()[style_name]
    room = width - CELL_PADDING
    # Split at plain spaces only: a no-break space ("95 %") holds its words together.
    words = _unmarked(keep_units_together(text)).split(" ")
    longest = max((stringWidth(word, style.fontName, style.fontSize) for word in words), default=0)
    if longest <= room:
        return p(text, style_name)
    size = max(6.0, style.fontSize * room / longest)
    if longest * size / style.fontSize > room:
        text = " ".join(_soft_hyphenated(word) for word in text.split(" "))
    smaller = ParagraphStyle(f"{style_name}_{size:.1f}", parent=style, fontSize=size, leading=size + 2)
    return Paragraph(paragraph_markup(text), smaller)


def facts_table(pairs: Sequence[tuple[str, str]], width: float) -> Table:
    """Label/value pairs (definition, source, ...) as a quiet two-column block."""
    label_width = 32 * 2.8346
    rows = [[p(label, "label"), cell(value, width - label_width)] for label, value in pairs if value]
    table = Table(rows, colWidths=[label_width, width - label_width], hAlign="LEFT", renderCB=TableTagging("row"))
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), FONT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table
