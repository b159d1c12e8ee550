"""Text in files a spreadsheet opens: shown as text, never run as a formula.

Excel and LibreOffice run a CSV cell that starts with "=", "+", "-", "@", a
tab or a carriage return as a formula (HYPERLINK, WEBSERVICE, DDE): OWASP's
"CSV injection". Every CSV we write (export, the public web data.csv) passes
its text cells through `neutralise`, which puts an apostrophe in front of
such a cell, the mark spreadsheets themselves use for "this is text".
Numbers we format ourselves ("-3,5") are not text cells and are written as
they are: a spreadsheet reads them as numbers, and runs nothing.

The import reverses it with `restore`, so an export reads back exactly:

* neutralise(text) = "'" + text when text starts with one of the formula
  characters OR with an apostrophe; otherwise text unchanged;
* restore(cell) = cell[1:] when cell is an apostrophe followed by one of
  those characters (apostrophe included); otherwise cell unchanged.

restore(neutralise(t)) == t for every text t: a text that starts with an
apostrophe gets a second one, so "'abc" is written "''abc" and read back as
"'abc", while a foreign file's "'abc" stays "'abc" (an apostrophe before an
ordinary character is not ours). A foreign "'=SUM(A1)" is read as
"=SUM(A1)": what a spreadsheet shows for that cell. XLSX cells carry their
type, so an XLSX export writes text cells as text (never formulas) and needs
no apostrophe; `starts_like_formula` tells it which cells to mark as text
for Excel's editing as well.
"""

from __future__ import annotations

from .formatting import round_decimal

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_ESCAPED_STARTS = (*FORMULA_STARTS, "'")


def starts_like_formula(text: str) -> bool:
    """True when a spreadsheet would run `text` typed into a cell."""
    return text.startswith(FORMULA_STARTS)


def neutralise(text: str) -> str:
    """A CSV text cell that no spreadsheet runs (see the module docstring)."""
    return "'" + text if text.startswith(_ESCAPED_STARTS) else text


def restore(cell: str) -> str:
    """The text `neutralise` made `cell` from (any other cell unchanged)."""
    return cell[1:] if cell.startswith("'") and cell[1:2] and cell[1] in _ESCAPED_STARTS else cell


# --- numbers and separators in the public CSV files -----------------------------
#
# A CSV is read by programs as much as by people, so its numbers are not the
# display text of domain.formatting (which may use a typographic minus and a
# non-breaking space): no thousands separator, an ASCII "-", and the decimal
# mark of the file's language. A Danish file is what Danish Excel opens by
# double-click (";" between cells, "," in numbers); an English file is plain
# RFC 4180 ("," between cells, "." in numbers).
CSV_SEPARATORS: dict[str, tuple[str, str]] = {"da": (";", ","), "en": (",", ".")}


def csv_delimiter(lang: str) -> str:
    """The cell separator of a CSV in `lang`: ";" (Danish) or "," (English)."""
    return CSV_SEPARATORS[lang][0]


def plain_number(value: float | None, decimals: int, lang: str) -> str:
    """`value` rounded as published, for a CSV cell: "-12,5" (da) / "-12.5" (en); "" for none."""
    if value is None:
        return ""
    text = format(round_decimal(value, decimals), "f")
    return text.replace(".", CSV_SEPARATORS[lang][1])
