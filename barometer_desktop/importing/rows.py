"""Turning one file row into checked values, or into a rejection saying why.

Everything here is per row and cheap: lookups of indicators, areas and
period texts are prepared once (and cached), so a million rows cost little
more than reading them. Missing-value markers (empty, "..", "-") are
skipped and counted, never read as zero.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple, NoReturn, TypeVar

from barometer_desktop.domain.formatting import NumberFormatError
from barometer_desktop.domain.periods import Period, PeriodError
from barometer_desktop.domain.spreadsheet_text import restore
from barometer_desktop.domain.types import Unit, value_range
from barometer_desktop.errors import QT_TRANSLATE_NOOP, BarometerError, Translate, ValidationError
from barometer_desktop.importing.mapping import ColumnMapping, normalise
from barometer_desktop.importing.numbers import COMMA, FileNumbers, WrongFormat
from barometer_desktop.importing.table import Cell
from barometer_desktop.municipalities import ways_to_write
from barometer_desktop.storage.bulk_import import StagedValue
from barometer_desktop.storage.observations import check_note, check_std_error, checked_sample_size, validate_value
from barometer_desktop.storage.records import AreaRecord, IndicatorRecord

MISSING_MARKERS = frozenset({"", "..", "...", "…", "-", "–", "—", ":", "x", "X"})
TRUE_WORDS = frozenset({"1", "ja", "j", "yes", "y", "true", "sand", "x"})
FALSE_WORDS = frozenset({"", "0", "nej", "n", "no", "false", "falsk"})


@dataclass(frozen=True)
class Rejection:
    """A rejected row: its number in the file, the column, and why."""

    row: int
    column: str
    error: BarometerError

    def reason(self, translate: Translate | None = None) -> str:
        return self.error.user_message(translate)


class Extras(NamedTuple):
    """A row's optional fields. None means "the file does not say": the
    import then keeps what is stored (an empty cell never deletes a sample
    size or a note)."""

    sample_size: int | None = None
    std_error: float | None = None
    is_provisional: bool | None = None
    note: str | None = None
    note_is_public: bool | None = None


_NO_EXTRAS = Extras()
# StagedValue(...) runs a Python-level __new__ (keyword and default handling);
# the fast path of a million-row file builds the same tuple directly, at a
# third of the cost.
_new_tuple = tuple.__new__
_Found = TypeVar("_Found")  # what a lookup finds: (indicator id, unit) or an area id


class RowReader:
    """Reads rows of one file with one mapping against the catalogue."""

    def __init__(
        self,
        header: list[str],
        mapping: ColumnMapping,
        indicators: list[IndicatorRecord],
        areas: list[AreaRecord],
        numbers: FileNumbers,
        neutralised_text: bool = False,
    ) -> None:
        self.header = header
        self.mapping = mapping
        # The file's number format (importing.numbers); it names columns as this reader does.
        self.numbers = numbers
        numbers.column_name = self.column_name
        # A CSV file's text cells: undo the apostrophe our export puts before formula-like text.
        self._text_of = _restored_text if neutralised_text else _text
        self.skipped_missing = 0
        self._indicators: dict[str, tuple[int, Unit]] = {}
        for indicator in indicators:
            self._indicators.setdefault(normalise(indicator.name), (indicator.id, indicator.unit))
        for indicator in indicators:  # codes win over names
            self._indicators[indicator.code.strip().lower()] = (indicator.id, indicator.unit)
        self._areas: dict[str, int] = {}
        for area in areas:
            self._areas[normalise(area.name)] = area.id
            for written in ways_to_write(area.code, area.name):
                self._areas.setdefault(normalise(written), area.id)
        for area in areas:
            self._areas[area.code.strip().lower()] = area.id
        self._periods: dict[object, Period | None] = {}
        # The fast path's view of the same cache: (year, kind, number) of each period text read.
        self._period_keys: dict[object, tuple[int, str, int]] = {}
        self._plain_numbers: dict[str, float] = {}
        self._plain_pattern = numbers.simple
        self._indicator_cache: dict[object, tuple[int, Unit] | None] = {}
        self._area_cache: dict[object, int | None] = {}
        self._value_column = mapping.columns.get("value", -1)
        self._has_extras = any(role in mapping.columns or mapping.fixed.get(role, "").strip()
                               for role in ("sample_size", "std_error", "note", "provisional", "note_is_public"))
        self._fast_columns: tuple[int, int, int, int, int] | None = None
        if not self._has_extras and not mapping.is_wide and not mapping.fixed:
            found = [mapping.columns.get(r) for r in ("indicator", "area", "period", "value")]
            columns = [column for column in found if column is not None]
            if len(columns) == 4:
                first, second, third, fourth = columns
                self._fast_columns = (first, second, third, fourth, max(columns))
        self._ranges: dict[Unit, tuple[float, float, bool]] = {}
        for unit in {i.unit for i in indicators}:
            # The one rule (domain.types.ValueRange), as plain bounds: read for every one of a million values.
            accepted = value_range(unit)
            self._ranges[unit] = (*accepted.bounds(), accepted.whole)
        self._period_columns = [(c, self._header_period(c)) for c in mapping.period_columns]
        # The columns holding numbers, all looked at before a row is read (FileNumbers.observe).
        self._number_columns = [mapping.columns[r] for r in ("value", "sample_size", "std_error") if r in mapping.columns]
        self._number_columns += list(mapping.period_columns)
        self._fixed = {role: text for role, text in mapping.fixed.items() if text.strip()}

    # -- lookups ---------------------------------------------------------------

    def column_name(self, role_or_column: str | int) -> str:
        if isinstance(role_or_column, int):
            column = role_or_column
        else:
            column = self.mapping.columns.get(role_or_column, -1)
            if column < 0:
                return role_or_column
        name = self.header[column] if 0 <= column < len(self.header) else ""
        return name or column_letter(column)

    def _header_period(self, column: int) -> Period | None:
        text = self.header[column] if column < len(self.header) else ""
        return self._period(text)

    def _period(self, text: object) -> Period | None:
        try:
            return self._periods[text]
        except (KeyError, TypeError):
            pass
        key = _text(text)
        if len(self._periods) > 100_000:  # a hostile file cannot grow the cache forever
            self._periods.clear()
            self._period_keys.clear()
        try:
            period: Period | None = Period.parse(key)
        except PeriodError:
            period = None
        cached = text if isinstance(text, (str, int, float)) or text is None else key
        self._periods[cached] = period
        if period is not None:
            self._period_keys[cached] = (period.year, period.kind.value, period.number)
        return period

    def _cell(self, cells: list[Cell], role: str) -> Cell:
        column = self.mapping.columns.get(role)
        if column is None:
            return self._fixed.get(role)
        return cells[column] if column < len(cells) else None

    # -- one row -----------------------------------------------------------------

    def _lookup(self, cache: dict[object, _Found | None], table: dict[str, _Found], cell: object) -> _Found | None:
        # Cached by the raw cell: a million rows repeat a handful of texts.
        try:
            return cache[cell]
        except KeyError:
            pass
        except TypeError:  # an unhashable cell cannot come from a reader, but be safe
            cell = _text(cell)
        text = self._text_of(cell)
        found = table.get(text.lower()) or table.get(normalise(text))
        if len(cache) > 10_000:
            cache.clear()
        cache[cell] = found
        return found

    def read(self, row: int, cells: list[Cell]) -> list[StagedValue | Rejection]:
        """Checked values of one row (several for a wide table), or rejections."""
        if len(cells) > len(self.header) and any(not _is_missing(cell) for cell in cells[len(self.header):]):
            # More cells than the header names: "5,9" in a comma-separated file is two cells,
            # and reading the first alone would store 5. Never cut a row in silence.
            return [Rejection(row, column_letter(len(self.header)), ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The row has {cells} cells but the header {columns} columns; is a decimal comma "
                    "splitting a number in a comma-separated file?",
                ),
                field="row", cells=len(cells), columns=len(self.header),
            ))]
        fast = self._fast_columns
        if fast is not None and len(cells) > fast[4]:
            # The long format with plain cells: the path a million-row file takes.
            found = self._indicator_cache.get(cells[fast[0]])
            area_id = self._area_cache.get(cells[fast[1]])
            year_kind_number = self._period_keys.get(cells[fast[2]])
            cell = cells[fast[3]]
            if found is not None and area_id is not None and year_kind_number is not None and type(cell) is str:
                value = self._plain_number(cell)
                if value is not None:
                    low, high, whole = self._ranges[found[1]]
                    if low <= value <= high and not (whole and not value.is_integer()):
                        return [_new_tuple(StagedValue, (row, fast[3], found[0], area_id, *year_kind_number, value,
                                                         None, None, None, None, None))]
        return self._read(row, cells)

    def _plain_number(self, cell: str) -> float | None:
        """A plain number that means the same in the file's format as far as
        known (importing.numbers), else None. Cached by text: a column of a
        million values repeats a few thousand texts."""
        simple = self.numbers.simple
        if simple is not self._plain_pattern:  # the file's format was settled meanwhile
            self._plain_numbers.clear()
            self._plain_pattern = simple
        value = self._plain_numbers.get(cell)
        if value is None and simple.fullmatch(cell) is not None:
            value = float(cell.replace(",", "."))
            if len(self._plain_numbers) < 10_000:
                self._plain_numbers[cell] = value
        return value

    def _read(self, row: int, cells: list[Cell]) -> list[StagedValue | Rejection]:
        if self.numbers.decided is None:
            for column in self._number_columns:
                cell = cells[column] if column < len(cells) else None
                if type(cell) is str and not _is_missing(cell):
                    self.numbers.observe(cell.strip(), row, column)
        indicator_text = self._cell(cells, "indicator")
        found = self._lookup(self._indicator_cache, self._indicators, indicator_text)
        if found is None:
            return [self._reject(row, "indicator", QT_TRANSLATE_NOOP("Errors", "Unknown indicator \"{text}\"."), indicator_text)]
        indicator_id, unit = found
        area_text = self._cell(cells, "area")
        area_id = self._lookup(self._area_cache, self._areas, area_text)
        if area_id is None:
            return [self._reject(row, "area", QT_TRANSLATE_NOOP("Errors", "Unknown area \"{text}\"."), area_text)]
        if self._has_extras:
            try:
                extras = self._extras(row, cells)
            except _CellError as problem:
                return [Rejection(row, self.column_name(problem.role), problem.error)]
        else:
            extras = _NO_EXTRAS
        if self.mapping.is_wide:
            items: list[StagedValue | Rejection] = []
            for column, period in self._period_columns:
                item = self._value(row, column, cells, indicator_id, unit, area_id, period, extras)
                if item is not None:
                    items.append(item)
            return items
        period_text = self._cell(cells, "period")
        period = self._period(period_text)
        if period is None:
            return [self._reject(
                row, "period", QT_TRANSLATE_NOOP("Errors", "\"{text}\" is not a period (e.g. 2011, 2011K1 or 2011M03)."), period_text
            )]
        item = self._value(row, self._value_column, cells, indicator_id, unit, area_id, period, extras)
        return [] if item is None else [item]

    def _value(
        self, row: int, column: int, cells: list[Cell], indicator_id: int, unit: Unit, area_id: int,
        period: Period | None, extras: Extras,
    ) -> StagedValue | Rejection | None:
        if period is None:
            return Rejection(
                row,
                self.column_name(column),
                ValidationError(QT_TRANSLATE_NOOP("Errors", "The column heading is not a period."), field="period"),
            )
        cell = cells[column] if column < len(cells) else None
        if _is_missing(cell):
            self.skipped_missing += 1
            return None
        try:
            value = self._number(cell, row, column)
            low, high, whole = self._ranges[unit]
            if value < low or value > high or (whole and not value.is_integer()):
                validate_value(unit, value)  # raises with the precise message
        except ValidationError as error:
            return Rejection(row, self.column_name(column), error)
        return StagedValue(row, column, indicator_id, area_id, period.year, period.kind.value, period.number, value,
                           *extras)

    def _extras(self, row: int, cells: list[Cell]) -> Extras:
        sample = self._cell(cells, "sample_size")
        sample_size = None
        if not _is_missing(sample):
            number = self._number(sample, row, "sample_size", "sample_size")
            try:
                sample_size = checked_sample_size(number)
            except ValidationError as error:
                raise _CellError("sample_size", error) from None
        error_cell = self._cell(cells, "std_error")
        std_error = None
        if not _is_missing(error_cell):
            std_error = self._number(error_cell, row, "std_error", "std_error")
            try:
                check_std_error(std_error)
            except ValidationError as error:
                raise _CellError("std_error", error) from None
        # Our CSV export's neutralised cells read back as written (domain.spreadsheet_text);
        # line breaks as the note field keeps them ("\n"; a Windows file's "\r\n" is the same break).
        note = self._text_of(self._cell(cells, "note")).replace("\r\n", "\n").replace("\r", "\n")
        try:
            check_note(note)
        except ValidationError as error:
            raise _CellError("note", error) from None
        return Extras(
            sample_size=sample_size,
            std_error=std_error,
            is_provisional=self._flag(cells, "provisional"),
            note=note or None,
            note_is_public=self._flag(cells, "note_is_public"),
        )

    def _flag(self, cells: list[Cell], role: str) -> bool | None:
        text = _text(self._cell(cells, role)).lower()
        if not text:
            return None
        if text in TRUE_WORDS:
            return True
        if text in FALSE_WORDS:
            return False
        raise _CellError(role, ValidationError(
            QT_TRANSLATE_NOOP("Errors", "\"{text}\" is not yes or no (use ja/nej or 1/0)."), field=role, text=text
        ))

    def _number(self, cell: object, row: int, column: int | str, role: str = "value") -> float:
        if isinstance(cell, (int, float)) and not isinstance(cell, bool):
            value = float(cell)
        else:
            try:
                value = self.numbers.read(_text(cell), row, column)
            except WrongFormat as wrong:
                template = (
                    QT_TRANSLATE_NOOP("Errors", "\"{text}\" is not a number with a decimal comma (the format chosen).")
                    if wrong.number_format == COMMA else
                    QT_TRANSLATE_NOOP("Errors", "\"{text}\" is not a number with a decimal point (the format chosen).")
                )
                self._raise_cell(role, ValidationError(template, field=role, text=_text(cell)[:40]))
            except NumberFormatError:
                value = math.nan
        if not math.isfinite(value):
            self._raise_cell(role, ValidationError(
                QT_TRANSLATE_NOOP("Errors", "\"{text}\" is not a number."), field=role, text=_text(cell)[:40]
            ))
        return value

    @staticmethod
    def _raise_cell(role: str, error: ValidationError) -> NoReturn:
        if role == "value":
            raise error
        raise _CellError(role, error)

    def _reject(self, row: int, role: str, template: str, text: object) -> Rejection:
        return Rejection(row, self.column_name(role), ValidationError(template, field=role, text=_text(text)[:60]))


class _CellError(Exception):
    def __init__(self, role: str, error: ValidationError) -> None:
        super().__init__(role)
        self.role = role
        self.error = error


def _text(cell: object) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return str(int(cell))
    return str(cell).strip()


def _restored_text(cell: object) -> str:
    """A CSV text cell as our export meant it; stripped like every cell (notes
    are stored stripped, so a restored leading tab is not a stored note's)."""
    return restore(_text(cell)).strip()


def _is_missing(cell: object) -> bool:
    if cell is None:
        return True
    if isinstance(cell, str):
        return cell.strip() in MISSING_MARKERS
    return False


def column_letter(column: int) -> str:
    letters = ""
    number = column + 1
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters or "?"
