"""Table helpers: one look for every table, and clean splits across pages."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from reportlab.platypus import Paragraph, Table, TableStyle

from barometer_desktop.report.styles import FONT, HEADER_FILL, INK, RULE, ZEBRA_FILL, styles


def p(text: str, style: str = "body") -> Paragraph:
    """A paragraph of plain text (escaped: data may contain <, & and >)."""
    return Paragraph(escape(text, quote=False), styles()[style])


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
        for i, cell in enumerate(row):
            if isinstance(cell, str) and not plain:
                cell = p(cell, "cell_right" if i in right_columns else "cell")
            cells.append(cell)
        body.append(cells)
    table = Table([head, *body], colWidths=list(widths), repeatRows=1, splitByRow=1, hAlign="LEFT")
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
    """A header that shrinks (down to 6 pt) rather than break a long word like "Dataleverandør"."""
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase.pdfmetrics import stringWidth

    style = styles()[style_name]
    room = width - 8  # the cell's left and right padding
    longest = max((stringWidth(word, style.fontName, style.fontSize) for word in text.split()), default=0)
    if longest <= room:
        return p(text, style_name)
    size = max(6.0, style.fontSize * room / longest)
    smaller = ParagraphStyle(f"{style_name}_{size:.1f}", parent=style, fontSize=size, leading=size + 2)
    return Paragraph(escape(text, quote=False), smaller)


def facts_table(pairs: Sequence[tuple[str, str]], width: float) -> Table:
    """Label/value pairs (definition, source, ...) as a quiet two-column block."""
    rows = [[p(label, "label"), p(value, "cell")] for label, value in pairs if value]
    table = Table(rows, colWidths=[32 * 2.8346, width - 32 * 2.8346], hAlign="LEFT")
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
