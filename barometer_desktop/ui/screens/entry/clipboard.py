"""Pasting a block copied from a spreadsheet into the entry grid, and copying one out."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from barometer_desktop.ui.screens.entry.edits import PasteField
from barometer_desktop.ui.screens.entry.model import Cell, EntryModel

# Excel and LibreOffice put a cell holding a tab, a line break or a quote in
# quotes (inner quotes doubled) when they copy it. A quote that does not close
# right before a tab, a line break or the end is an ordinary character.
_QUOTED_CELL = re.compile(r'"((?:[^"]|"")*)"(?=[\t\r\n]|\Z)')
_CELL_END = re.compile(r"[\t\r\n]")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def parse_block(text: str) -> list[list[str]]:
    """Cells copied from a spreadsheet as rows of cell texts: tabs between
    cells, line breaks (\\r\\n, \\n or \\r) between rows, quoted cells as
    Excel writes them. The line break Excel adds after the last row is not
    an extra row."""
    if '"' not in text:
        # Nothing quoted (the common case): split at once, also a huge block.
        lines = _LINE_BREAK.split(text)
        if len(lines) > 1 and lines[-1] == "":
            lines.pop()
        return [line.split("\t") for line in lines]
    rows: list[list[str]] = []
    row: list[str] = []
    position = 0
    while True:
        quoted = _QUOTED_CELL.match(text, position)
        if quoted is not None:
            row.append(quoted.group(1).replace('""', '"'))
            position = quoted.end()
        else:
            end = _CELL_END.search(text, position)
            stop = end.start() if end is not None else len(text)
            row.append(text[position:stop])
            position = stop
        if position < len(text) and text[position] == "\t":
            position += 1
            continue
        rows.append(row)
        row = []
        line_break = _LINE_BREAK.match(text, position)
        if line_break is None or line_break.end() == len(text):
            return rows
        position = line_break.end()


def paste_block(model: EntryModel, top: int, left: int, block: list[list[str]], field: PasteField = "value") -> bool:
    """Store a pasted block with its top-left cell at (top, left), as ONE action.

    `field` is what the block holds: the values, or the sample sizes
    ("sample_size") or standard errors ("std_error") of values already
    entered. Blank cells in the block leave the grid as it is. A block that
    does not fit, or has any bad cell, stores nothing.
    """
    height, width = len(block), max((len(line) for line in block), default=0)
    if top + height > model.rowCount() or left + width > model.columnCount():
        model.message.emit(
            QCoreApplication.translate(
                "EntryModel",
                "The pasted block has {rows} rows and {columns} columns; from {cell} there is room for "
                "{free_rows} rows and {free_columns} columns. Nothing was stored."
            ).format(
                rows=height,
                columns=width,
                cell=model.cell_name(top, left),
                free_rows=model.rowCount() - top,
                free_columns=model.columnCount() - left,
            ),
            True,
        )
        return False
    texts = {(top + r, left + c): text for r, line in enumerate(block) for c, text in enumerate(line)}
    return _store(model, texts, field)


def paste_into(model: EntryModel, cells: list[Cell], block: list[list[str]], field: PasteField = "value") -> bool:
    """Paste into the selected `cells`: one copied value fills every selected
    cell; a block goes with its top-left cell at the selection's."""
    if len(block) == 1 and len(block[0]) == 1 and len(cells) > 1:
        return _store(model, {cell: block[0][0] for cell in cells}, field)
    return paste_block(model, min(r for r, _ in cells), min(c for _, c in cells), block, field)


def _store(model: EntryModel, texts: dict[Cell, str], field: PasteField) -> bool:
    # A blank pasted cell leaves the grid as it is: pasting never clears (Delete does),
    # so an empty clipboard pasted over a selection cannot wipe it.
    texts = {cell: text for cell, text in texts.items() if text.strip()}
    if not texts:
        model.message.emit(
            QCoreApplication.translate("EntryModel", "The copied cells are empty: nothing was pasted."), True
        )
        return False
    if field == "value":
        return model.store_texts(texts)
    return model.store_detail_texts(texts, field)


def copy_block(model: EntryModel, cells: list[Cell]) -> str:
    """The selected cells' values as tab-separated lines, as a spreadsheet expects."""
    if not cells:
        return ""
    rows = sorted({r for r, _ in cells})
    columns = sorted({c for _, c in cells})
    chosen = set(cells)
    lines = []
    for row in rows:
        lines.append(
            "\t".join(
                model.edit_text(row, column) if (row, column) in chosen else "" for column in columns
            )
        )
    return "\n".join(lines) + "\n"
