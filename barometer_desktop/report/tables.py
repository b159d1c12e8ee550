"""Table helpers: one look for every table, and clean splits across pages."""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from html import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph, Table, TableStyle

from barometer_desktop.report.styles import FONT, HEADER_FILL, INK, RULE, ZEBRA_FILL, styles
from barometer_desktop.report.tagging import TableTagging


def p(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text (escaped: data may contain <, & and >)."""
    return Paragraph(escape(text, quote=False), styles()[style])


# A cell's left and right padding together (see data_table).
CELL_PADDING = 8
SOFT_HYPHEN = "\xad"


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
    words = text.split(" ")
    too_wide = [stringWidth(w, paragraph_style.fontName, paragraph_style.fontSize) > room for w in words]
    if any(too_wide):
        text = " ".join(_soft_hyphenated(w) if wide else w for w, wide in zip(words, too_wide))
    return Paragraph(escape(text, quote=False), paragraph_style)


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
            cells.append(value)
        body.append(cells)
    table = Table([head, *body], colWidths=list(widths), repeatRows=1, splitByRow=1, hAlign="LEFT",
                  renderCB=TableTagging("column"))
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
    longest = max((stringWidth(word, style.fontName, style.fontSize) for word in text.split()), default=0)
    if longest <= room:
        return p(text, style_name)
    size = max(6.0, style.fontSize * room / longest)
    if longest * size / style.fontSize > room:
        text = " ".join(_soft_hyphenated(word) for word in text.split(" "))
    smaller = ParagraphStyle(f"{style_name}_{size:.1f}", parent=style, fontSize=size, leading=size + 2)
    return Paragraph(escape(text, quote=False), smaller)


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
