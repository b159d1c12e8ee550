"""Turning one file row into checked values, or into a rejection saying why.

Everything here is per row and cheap: lookups of indicators, areas and
period texts are prepared once (and cached), so a million rows cost little
more than reading them. Missing-value markers (empty, "..", "-") are
skipped and counted, never read as zero.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from barometer_desktop.domain.formatting import NumberFormatError, parse_number
from barometer_desktop.domain.periods import Period, PeriodError
from barometer_desktop.errors import QT_TRANSLATE_NOOP, BarometerError, ValidationError
from barometer_desktop.importing.mapping import ColumnMapping, normalise
from barometer_desktop.storage.observations import validate_value
from barometer_desktop.storage.records import AreaRecord, IndicatorRecord

MISSING_MARKERS = frozenset({"", "..", "...", "…", "-", "–", "—", ":", "x", "X"})
TRUE_WORDS = frozenset({"1", "ja", "j", "yes", "y", "true", "sand", "x"})
FALSE_WORDS = frozenset({"", "0", "nej", "n", "no", "false", "falsk"})

_PLAIN_INT = re.compile(r"-?[0-9]+")
_POINT_DECIMAL = re.compile(r"-?[0-9]+\.[0-9]+")
_COMMA_DECIMAL = re.compile(r"-?[0-9]+,[0-9]+")
_AMBIGUOUS = re.compile(r"-?[1-9][0-9]{0,2}[.,][0-9]{3}")


@dataclass(frozen=True)
class Rejection:
    """A rejected row: its number in the file, the column, and why."""

    row: int
    column: str
    error: BarometerError

    def reason(self, translate=None) -> str:
        return self.error.user_message(translate)


# A checked value, as the staging table holds it:
# (row, column, indicator_id, area_id, year, period_kind, period_no, value,
#  sample_size, std_error, provisional, note, note_is_public)
Staged = tuple


class RowReader:
    """Reads rows of one file with one mapping against the catalogue."""

    def __init__(
        self,
        header: list[str],
        mapping: ColumnMapping,
        indicators: list[IndicatorRecord],
        areas: list[AreaRecord],
        number_lang: str,
    ) -> None:
        self.header = header
        self.mapping = mapping
        self.number_lang = number_lang
        self.skipped_missing = 0
        self._indicators: dict[str, tuple[int, str]] = {}
        for indicator in indicators:
            self._indicators.setdefault(normalise(indicator.name), (indicator.id, indicator.unit))
        for indicator in indicators:  # codes win over names
            self._indicators[indicator.code.strip().lower()] = (indicator.id, indicator.unit)
        self._areas: dict[str, int] = {}
        for area in areas:
            self._areas[normalise(area.name)] = area.id
        for area in areas:
            self._areas[area.code.strip().lower()] = area.id
        self._periods: dict[str, Period | None] = {}
        self._period_columns = [(c, self._header_period(c)) for c in mapping.period_columns]
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
        return name or _column_letter(column)

    def _header_period(self, column: int) -> Period | None:
        text = self.header[column] if column < len(self.header) else ""
        return self._period(text)

    def _period(self, text: object) -> Period | None:
        key = _text(text)
        try:
            return self._periods[key]
        except KeyError:
            pass
        if len(self._periods) > 100_000:  # a hostile file cannot grow the cache forever
            self._periods.clear()
        try:
            period: Period | None = Period.parse(key)
        except PeriodError:
            period = None
        self._periods[key] = period
        return period

    def _cell(self, cells: list, role: str):
        column = self.mapping.columns.get(role)
        if column is None:
            return self._fixed.get(role)
        return cells[column] if column < len(cells) else None

    # -- one row -----------------------------------------------------------------

    def read(self, row: int, cells: list) -> Iterator[Staged | Rejection]:
        """Checked values of one row (several for a wide table), or rejections."""
        indicator_text = self._cell(cells, "indicator")
        found = self._indicators.get(_text(indicator_text).lower()) or self._indicators.get(
            normalise(_text(indicator_text))
        )
        if found is None:
            yield self._reject(row, "indicator", QT_TRANSLATE_NOOP("Errors", "Unknown indicator \"{text}\"."), indicator_text)
            return
        indicator_id, unit = found
        area_text = self._cell(cells, "area")
        area_id = self._areas.get(_text(area_text).lower()) or self._areas.get(normalise(_text(area_text)))
        if area_id is None:
            yield self._reject(row, "area", QT_TRANSLATE_NOOP("Errors", "Unknown area \"{text}\"."), area_text)
            return
        try:
            extras = self._extras(cells)
        except _CellError as problem:
            yield Rejection(row, self.column_name(problem.role), problem.error)
            return
        if self.mapping.is_wide:
            for column, period in self._period_columns:
                yield from self._value(row, column, cells, indicator_id, unit, area_id, period, extras)
            return
        period_text = self._cell(cells, "period")
        period = self._period(period_text)
        if period is None:
            yield self._reject(
                row, "period", QT_TRANSLATE_NOOP("Errors", "\"{text}\" is not a period (e.g. 2011, 2011K1 or 2011M03)."), period_text
            )
            return
        yield from self._value(row, self.mapping.columns["value"], cells, indicator_id, unit, area_id, period, extras)

    def _value(self, row, column, cells, indicator_id, unit, area_id, period, extras) -> Iterator[Staged | Rejection]:
        if period is None:
            yield Rejection(
                row,
                self.column_name(column),
                ValidationError(QT_TRANSLATE_NOOP("Errors", "The column heading is not a period."), field="period"),
            )
            return
        cell = cells[column] if column < len(cells) else None
        if _is_missing(cell):
            self.skipped_missing += 1
            return
        try:
            value = self._number(cell)
            validate_value(unit, value)
        except ValidationError as error:
            yield Rejection(row, self.column_name(column), error)
            return
        yield (row, column, indicator_id, area_id, period.year, period.kind.value, period.number, value, *extras)

    def _extras(self, cells: list) -> tuple:
        sample = self._cell(cells, "sample_size")
        sample_size = None
        if not _is_missing(sample):
            number = self._number(sample, "sample_size")
            if not number.is_integer() or number <= 0:
                raise _CellError("sample_size", ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The sample size must be a positive whole number."), field="sample_size"
                ))
            sample_size = int(number)
        error_cell = self._cell(cells, "std_error")
        std_error = None
        if not _is_missing(error_cell):
            std_error = self._number(error_cell, "std_error")
            if std_error < 0:
                raise _CellError("std_error", ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The standard error must be zero or more."), field="std_error"
                ))
        note = self._cell(cells, "note")
        return (
            sample_size,
            std_error,
            self._flag(cells, "provisional"),
            "" if note is None else str(note).strip(),
            self._flag(cells, "note_is_public"),
        )

    def _flag(self, cells: list, role: str) -> bool:
        text = _text(self._cell(cells, role)).lower()
        if text in TRUE_WORDS:
            return True
        if text in FALSE_WORDS:
            return False
        raise _CellError(role, ValidationError(
            QT_TRANSLATE_NOOP("Errors", "\"{text}\" is not yes or no (use ja/nej or 1/0)."), field=role, text=text
        ))

    def _number(self, cell: object, role: str = "value") -> float:
        if isinstance(cell, bool):
            cell = int(cell)
        if isinstance(cell, (int, float)):
            value = float(cell)
        else:
            text = _text(cell)
            try:
                value = _fast_number(text, self.number_lang)
            except NumberFormatError:
                value = math.nan
        if not math.isfinite(value):
            error = ValidationError(
                QT_TRANSLATE_NOOP("Errors", "\"{text}\" is not a number."), field=role, text=_text(cell)[:40]
            )
            if role == "value":
                raise error
            raise _CellError(role, error)
        return value

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


def _is_missing(cell: object) -> bool:
    if cell is None:
        return True
    if isinstance(cell, str):
        return cell.strip() in MISSING_MARKERS
    return False


def _fast_number(text: str, lang: str) -> float:
    """parse_number, with shortcuts for the shapes statistics files use most."""
    if _PLAIN_INT.fullmatch(text):
        return float(text)
    if not _AMBIGUOUS.fullmatch(text):
        if _POINT_DECIMAL.fullmatch(text):
            return float(text)
        if _COMMA_DECIMAL.fullmatch(text):
            return float(text.replace(",", "."))
    return parse_number(text, lang)  # type: ignore[arg-type]


def _column_letter(column: int) -> str:
    letters = ""
    number = column + 1
    while number > 0:
        number, rest = divmod(number - 1, 26)
        letters = chr(65 + rest) + letters
    return letters or "?"
