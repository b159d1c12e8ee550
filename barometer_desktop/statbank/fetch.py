"""Fetching an indicator's figures from the StatBank through the file import's path.

For each indicator with a source: ask tableinfo (the variables, the time
codes and the table's update time), ask data for the barometer's areas
(matched by official municipality code: the area's code is the StatBank's
OMRÅDE code, 101 København, 000 Hele landet), add up the selected codes,
divide by the denominator when there is one (share x 100), and hand the
result as long-format rows (indicator; area; period; value) to
importing.importer.run_import: the same validation, dry-run diff, all-or-nothing
transaction and audit as a file. A figure the StatBank marks missing ("..")
stays missing: it is counted as skipped, never stored as zero.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from barometer_desktop.domain.formatting import NumberFormatError, number_readings
from barometer_desktop.domain.periods import Period, PeriodError
from barometer_desktop.errors import QT_TRANSLATE_NOOP
from barometer_desktop.importing.errors import ImportFileError
from barometer_desktop.importing.importer import ImportReport, run_import
from barometer_desktop.importing.mapping import ColumnMapping
from barometer_desktop.importing.numbers import COMMA, POINT, FileNumbers
from barometer_desktop.importing.rows import MISSING_MARKERS
from barometer_desktop.importing.sources import TableSource
from barometer_desktop.statbank.client import DataTable, StatBankClient, StatBankError, TableInfo
from barometer_desktop.storage import catalog, indicator_sources
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.indicator_sources import IndicatorSourceRecord

HEADER = ["indicator", "area", "period", "value"]
MAPPING = ColumnMapping(columns={"indicator": 0, "area": 1, "period": 2, "value": 3})
MISSING = ".."


@dataclass(frozen=True)
class FetchResult:
    source: IndicatorSourceRecord
    table: TableInfo
    report: ImportReport


def time_codes(info: TableInfo, source: IndicatorSourceRecord, year: int | None) -> list[str]:
    """The table's time codes to ask for: all, or those of one year."""
    variable = info.variable(source.time_variable) or info.time_variable
    if variable is None:
        raise StatBankError(
            QT_TRANSLATE_NOOP("Errors", "Table {table} has no time variable \"{variable}\"."),
            table=info.id, variable=source.time_variable,
        )
    codes = [code for code, _ in variable.values]
    if year is not None:
        codes = [code for code in codes if period_text(code, source.time_mapping)[:4] == str(year)]
        if not codes:
            raise StatBankError(
                QT_TRANSLATE_NOOP("Errors", "Table {table} has no figures for {year} yet."), table=info.id, year=year
            )
    return codes


def request_selection(info: TableInfo, selection: dict[str, list[str]], time_variable: str) -> dict[str, list[str]]:
    """The selection as the table names its variables, checked before anything is asked.

    Refused here, with the variable named: a variable or code the table does
    not have, and a variable left without a value, which the BULK format
    does not allow (it sums nothing away; the total is usually "I alt").
    """
    chosen: dict[str, list[str]] = {}
    for code, values in selection.items():
        variable = info.variable(code)
        if variable is None:
            raise StatBankError(
                QT_TRANSLATE_NOOP("Errors", "Table {table} has no variable \"{variable}\"."),
                table=info.id, variable=code,
            )
        if not variable.is_time and variable.id.upper() != time_variable.upper():
            unknown = [v for v in values if v != "*" and v not in variable.codes()]
            if unknown:
                raise StatBankError(
                    QT_TRANSLATE_NOOP("Errors", "Table {table}, variable {variable} has no value {values}."),
                    table=info.id, variable=variable.id, values=", ".join(unknown),
                )
        chosen[variable.id] = list(values)
    require_every_variable(info, [name for name, values in chosen.items() if values])
    return chosen


def require_every_variable(info: TableInfo, chosen: list[str]) -> None:
    """The BULK format sums nothing away: refuse, naming it, a variable of the table that has no value."""
    given = {name.upper() for name in chosen}
    for variable in info.variables:
        if variable.id.upper() not in given:
            raise StatBankError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Table {table}: choose the value(s) of variable {variable} ({text}); Statistikbanken needs a "
                    "value for every variable (the total is usually \"I alt\").",
                ),
                table=info.id, variable=variable.id, text=variable.text,
            )


def _unreadable(reason: str) -> StatBankError:
    return StatBankError(
        QT_TRANSLATE_NOOP("Errors", "Statistikbanken gave an answer that could not be read ({reason})."),
        reason=reason,
    )


def _is_missing(text: str, info: TableInfo) -> bool:
    """".." (or another missing mark), or the table's own mark for a hidden figure when it is not a number."""
    text = text.strip()
    if text in MISSING_MARKERS:
        return True
    return bool(info.suppressed) and text == info.suppressed and number_readings(text) == (None, None)


def _read_figures(table: DataTable, info: TableInfo, where) -> list[float | None]:
    """Every figure of one answer read with ONE number format, decided from all of them as a file's
    (importing.numbers): "1.234" with nothing that shows the decimal mark is refused, never guessed."""
    numbers = FileNumbers(f"Statistikbanken {info.id}")
    cells = [row[-1] for row in table.rows]
    try:
        for number, text in enumerate(cells, start=2):
            if not _is_missing(text, info):
                numbers.observe(text, number, "INDHOLD")
        numbers.check_complete()
        return [None if _is_missing(text, info) else _figure(numbers, text, number, info, where)
                for number, text in enumerate(cells, start=2)]
    except ImportFileError as error:
        first, seen = numbers.first_only, numbers.ambiguous
        if COMMA in first and POINT in first:
            raise StatBankError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Statistikbanken's answer for table {table} mixes decimal marks: \"{comma}\" ({comma_cell}) and "
                    "\"{point}\" ({point_cell}); nothing was changed.",
                ),
                table=info.id, comma=first[COMMA].text, comma_cell=where(first[COMMA].row),
                point=first[POINT].text, point_cell=where(first[POINT].row),
            ) from error
        raise StatBankError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Statistikbanken's figure \"{text}\" for {cell} in table {table} can be read in two ways (the dot "
                "may separate thousands or be the decimal mark) and no figure shows which; nothing was changed.",
            ),
            text=seen.text if seen else "?", cell=where(seen.row) if seen else "?", table=info.id,
        ) from error


def _figure(numbers: FileNumbers, text: str, number: int, info: TableInfo, where) -> float:
    try:
        return numbers.read(text, number, "INDHOLD")
    except NumberFormatError as error:
        raise StatBankError(
            QT_TRANSLATE_NOOP("Errors", "Statistikbanken's figure \"{text}\" for {cell} in table {table} is "
                              "not a number; nothing was changed."),
            text=text[:40], cell=where(number), table=info.id,
        ) from error


def sums(table: DataTable, info: TableInfo, area_variable: str, time_variable: str) -> dict[tuple[str, str], float | None]:
    """(area code, time code) -> the sum of the selected figures; None when any is missing.

    The same cell (every code the same) twice in one answer is refused: which
    of the two would be the figure cannot be known.
    """
    header = list(table.header)
    try:
        area_column, time_column = header.index(area_variable.upper()), header.index(time_variable.upper())
    except ValueError as error:
        raise _unreadable(", ".join(header)) from error

    def where(number: int) -> str:
        row = table.rows[number - 2]
        return " ".join(f"{name}={code}" for name, code in zip(header[:-1], row[:-1]))

    values = _read_figures(table, info, where)
    seen: set[tuple[str, ...]] = set()
    totals: dict[tuple[str, str], float | None] = defaultdict(float)
    for number, (row, value) in enumerate(zip(table.rows, values), start=2):
        if row[:-1] in seen:
            raise StatBankError(
                QT_TRANSLATE_NOOP("Errors", "Statistikbanken's answer for table {table} gives the cell {cell} twice; "
                                  "nothing was changed."),
                table=info.id, cell=where(number),
            )
        seen.add(row[:-1])
        key = (row[area_column], row[time_column])
        before = totals[key]
        totals[key] = None if value is None or before is None else before + value
    return dict(totals)


def figures(
    client: StatBankClient, source: IndicatorSourceRecord, info: TableInfo, area_codes: list[str], year: int | None
) -> dict[tuple[str, str], float | None]:
    """(area code, time code) -> the indicator's figure (share x 100 with a denominator)."""
    time_variable = info.variable(source.time_variable) or info.time_variable
    time_id = time_variable.id if time_variable else source.time_variable
    base = {source.area_variable: area_codes, time_id: time_codes(info, source, year)}
    numerator_selection = request_selection(info, {**source.selection, **base}, time_id)
    numerators = sums(client.data(info.id, numerator_selection), info, source.area_variable, time_id)
    if source.denominator is None:
        return numerators
    denominator_selection = request_selection(info, {**source.selection, **source.denominator, **base}, time_id)
    denominators = sums(client.data(info.id, denominator_selection), info, source.area_variable, time_id)
    result: dict[tuple[str, str], float | None] = {}
    for key, numerator in numerators.items():
        denominator = denominators.get(key)
        result[key] = None if numerator is None or not denominator else numerator / denominator * 100
    return result


_SCHOOL_YEAR = re.compile(r"([0-9]{4})\s*/\s*([0-9]{2}|[0-9]{4})")


def period_text(time_code: str, mapping: str = "as_is") -> str:
    """The StatBank's time code as the import reads a period (2021, 2021K1, 2021M03).

    A school or season year (2020/2021, 2020/21) becomes its first or last
    year when the source says so; anything unreadable is passed on for the
    import to reject with its row and reason.
    """
    school = _SCHOOL_YEAR.fullmatch(time_code.strip())
    if school and mapping in ("first_year", "last_year"):
        first = int(school[1])
        last = int(school[2]) if len(school[2]) == 4 else first // 100 * 100 + int(school[2])
        return str(first if mapping == "first_year" else last)
    try:
        return str(Period.parse(time_code))
    except PeriodError:
        return time_code


def _rows(source: IndicatorSourceRecord, values: dict[tuple[str, str], float | None]) -> Iterator[tuple[int, list[str]]]:
    ordered = sorted(values.items(), key=lambda item: (item[0][1], item[0][0]))
    for number, ((area, time), value) in enumerate(ordered, start=2):
        period = period_text(time, source.time_mapping)
        yield number, [source.indicator_code, area, period, MISSING if value is None else repr(value)]


def provenance(info: TableInfo, fetched_at: datetime) -> str:
    """What the audit trail of each fetched value says about where it came from."""
    updated = info.updated.strftime("%Y-%m-%d %H:%M") if info.updated else "?"
    return f"Statistikbanken {info.id} (opdateret {updated}; hentet {fetched_at:%Y-%m-%d %H:%M})"


@dataclass(frozen=True)
class Download:
    """What the StatBank answered for one source: no database involved (a worker thread may fetch it)."""

    source: IndicatorSourceRecord
    table: TableInfo
    values: dict[tuple[str, str], float | None]
    fetched_at: datetime


def area_codes(db: Database) -> list[str]:
    """The barometer's areas as the StatBank names them: official municipality codes (000 the country)."""
    codes = [a.code for a in catalog.areas(db) if a.code.strip().isdigit()]
    if not codes:
        raise StatBankError(QT_TRANSLATE_NOOP("Errors", "No area has an official municipality code to fetch for."))
    return codes


def download(client: StatBankClient, source: IndicatorSourceRecord, codes: list[str], year: int | None) -> Download:
    """Ask the StatBank (tableinfo, then data) for one source's figures."""
    info = client.tableinfo(source.table_id)
    return Download(source, info, figures(client, source, info, codes, year), datetime.now())


def store(db: Database, fetched: Download, *, dry_run: bool = False) -> FetchResult:
    """Hand the figures to the file import's engine (or only compare, `dry_run`)."""
    table = TableSource(path=Path(f"Statistikbanken {fetched.table.id}"), header=list(HEADER),
                        _rows=_rows(fetched.source, fetched.values))
    # Figures are written with a decimal point (repr): say so, so "12.125" is never read as 12125.
    report = run_import(db, table, MAPPING, dry_run=dry_run, decimal="en",
                        provenance=provenance(fetched.table, fetched.fetched_at))
    return FetchResult(fetched.source, fetched.table, report)


def fetch_indicator(
    db: Database, client: StatBankClient, source: IndicatorSourceRecord, *, year: int | None = None,
    dry_run: bool = False,
) -> FetchResult:
    """Fetch one indicator's figures and import them (or only compare, `dry_run`).

    Every network call happens before the database is touched for writing,
    so a failed call changes nothing.
    """
    return store(db, download(client, source, area_codes(db), year), dry_run=dry_run)


def sources_to_fetch(db: Database, indicator_code: str | None = None) -> list[IndicatorSourceRecord]:
    sources = indicator_sources.all_sources(db)
    if indicator_code is None:
        return sources
    chosen = [s for s in sources if s.indicator_code.lower() == indicator_code.strip().lower()]
    if not chosen:
        raise StatBankError(
            QT_TRANSLATE_NOOP("Errors", "Indicator {code} has no StatBank source."), code=indicator_code
        )
    return chosen
