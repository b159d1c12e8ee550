"""One number format per file, decided from all its cells, never guessed per cell.

A file writes its numbers with a decimal comma ("12,5", "1.234,5") or a
decimal point ("12.5", "1,234.5"). Most cells say which: "12,5" fits only
the comma format, "99.75" only the point format, "12" fits both with the
same value. One shape fits both with DIFFERENT values: "101.125" is 101125
with a decimal comma (the dot groups thousands) and 101.125 with a decimal
point. Reading each cell on its own therefore mixed readings in one column
(101125 beside 99.75). Here the whole file gets one format:

* the user's choice (the Import screen's "Decimal mark", `--decimal`), and a
  cell that does not fit it is a rejected cell naming row and column;
* otherwise the format the cells that fit only one format show. Cells that
  fit only the other format as well: the file is refused, naming both;
* no cell shows it, and some cell can be read both ways: the file is
  refused naming the column, and the user chooses.

The rows are read once: an ambiguous cell met before the file has shown its
format is read provisionally with a decimal comma; if the file later turns
out to use decimal points, `needs_second_pass` tells the engine to read the
file again with the format now known (rare: it takes an ambiguous cell
before the first telling one).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from barometer_desktop.domain.formatting import NumberFormatError, number_readings
from barometer_desktop.errors import QT_TRANSLATE_NOOP
from barometer_desktop.importing.errors import ImportFileError

COMMA, POINT = "da", "en"  # the formats by the language whose numbers they are
CHOICES = {"comma": COMMA, "point": POINT}  # --decimal and the screen's choice
PROVISIONAL = COMMA

# Plain numbers the fast path reads with float(): they mean the same in every
# format the file may still have (integers), or in the one it has.
_SIMPLE = {
    None: re.compile(r"-?[0-9]+"),
    COMMA: re.compile(r"-?[0-9]+(?:,[0-9]+)?"),
    POINT: re.compile(r"-?[0-9]+(?:\.[0-9]+)?"),
}


@dataclass(frozen=True)
class Sighting:
    """Where a cell was seen: file row, column (position or role) and text."""

    row: int
    column: int | str
    text: str


class FileNumbers:
    """The number format of one file while its rows are read."""

    def __init__(self, file_name: str, chosen: str | None = None,
                 column_name: Callable[[int | str], str] = str) -> None:
        if chosen not in (None, COMMA, POINT):
            raise ValueError(f"unknown number format {chosen!r}")
        self.file_name = file_name
        self.chosen = chosen
        self.decided: str | None = chosen
        self.column_name = column_name
        self.simple = _SIMPLE[chosen]  # the fast path's pattern for the format known so far
        self.first_only: dict[str, Sighting] = {}  # format -> first cell that fits only it
        self.ambiguous: Sighting | None = None  # first cell that fits both with different values
        self.read_provisionally = False

    def read(self, text: str, row: int, column: int | str) -> float:
        """The number `text` means in this file; NumberFormatError when it is none."""
        comma, point = number_readings(text)
        if comma is None and point is None:
            raise NumberFormatError("not a number")
        if self.chosen is not None:
            value = comma if self.chosen == COMMA else point
            if value is None:
                raise WrongFormat(self.chosen)
            return value
        if comma is None:
            if point is None:
                raise NumberFormatError("not a number")
            self._shows(POINT, row, column, text)
            return point
        if point is None:
            self._shows(COMMA, row, column, text)
            return comma
        if comma == point:
            return comma
        if self.decided is not None:
            return comma if self.decided == COMMA else point
        if self.ambiguous is None:
            self.ambiguous = Sighting(row, column, text)
        self.read_provisionally = True
        return comma if PROVISIONAL == COMMA else point

    def observe(self, text: str, row: int, column: int | str) -> None:
        """Take note of what a cell shows about the format without reading it
        for a value: the engine looks at all number cells of a row before it
        reads any, so a row rejected for another reason (or read with a
        provisional format) cannot hide the cell that decides the format."""
        if self.decided is not None:
            return
        comma, point = number_readings(text)
        if comma is None and point is not None:
            self._shows(POINT, row, column, text)
        elif point is None and comma is not None:
            self._shows(COMMA, row, column, text)
        elif comma != point and self.ambiguous is None:
            self.ambiguous = Sighting(row, column, text)

    def _shows(self, number_format: str, row: int, column: int | str, text: str) -> None:
        self.first_only.setdefault(number_format, Sighting(row, column, text))
        if self.decided is None:
            self.decided = number_format
            self.simple = _SIMPLE[number_format]
        elif self.decided != number_format:
            comma, point = self.first_only[COMMA], self.first_only[POINT]
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{file} mixes two number formats: \"{comma}\" (row {comma_row}, column {comma_column}) has a "
                    "decimal comma and \"{point}\" (row {point_row}, column {point_column}) a decimal point. Correct "
                    "the file, or choose the decimal mark (\"Decimal mark\" in the Import screen, or --decimal "
                    "comma|point) to reject the cells that do not fit it.",
                ),
                file=self.file_name, comma=comma.text[:40], comma_row=comma.row,
                comma_column=self.column_name(comma.column), point=point.text[:40], point_row=point.row,
                point_column=self.column_name(point.column),
            )

    def check_complete(self) -> None:
        """After all rows: refuse a file whose numbers can be read two ways."""
        if self.decided is None and self.ambiguous is not None:
            seen = self.ambiguous
            raise ImportFileError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The numbers in column {column} of {file} can be read in two ways: in \"{text}\" (row {row}) "
                    "the dot or comma may separate thousands or be the decimal mark, and no cell in the file shows "
                    "which. "
                    "Choose the decimal mark (\"Decimal mark\" in the Import screen, or --decimal comma|point).",
                ),
                column=self.column_name(seen.column), file=self.file_name, text=seen.text[:40], row=seen.row,
            )

    @property
    def needs_second_pass(self) -> bool:
        """Some ambiguous cell was read with the provisional format, and the file has the other one."""
        return self.read_provisionally and self.decided not in (None, PROVISIONAL)


class WrongFormat(NumberFormatError):
    """A number that does not fit the format the user chose."""

    def __init__(self, number_format: str) -> None:
        super().__init__(number_format)
        self.number_format = number_format
