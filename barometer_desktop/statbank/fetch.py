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

from barometer_desktop.domain.formatting import NumberFormatError, parse_number
from barometer_desktop.domain.periods import Period, PeriodError
from barometer_desktop.errors import QT_TRANSLATE_NOOP
from barometer_desktop.importing.importer import ImportReport, run_import
from barometer_desktop.importing.mapping import ColumnMapping
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


def check_selection(info: TableInfo, selection: dict[str, list[str]]) -> None:
    """Refuse, before asking for data, a variable or code the table does not have."""
    for code, values in selection.items():
        variable = info.variable(code)
        if variable is None:
            raise StatBankError(
                QT_TRANSLATE_NOOP("Errors", "Table {table} has no variable \"{variable}\"."),
                table=info.id, variable=code,
            )
        unknown = [v for v in values if v != "*" and v not in variable.codes()]
        if unknown:
            raise StatBankError(
                QT_TRANSLATE_NOOP("Errors", "Table {table}, variable {variable} has no value {values}."),
                table=info.id, variable=variable.id, values=", ".join(unknown),
            )


def _number(text: str) -> float | None:
    if text.strip() in MISSING_MARKERS:
        return None
    try:
        return float(text)
    except ValueError:
        pass
    try:
        return parse_number(text, "da")
    except NumberFormatError as error:
        raise StatBankError(
            QT_TRANSLATE_NOOP("Errors", "Statistikbanken gave an answer that could not be read ({reason})."),
            reason=text,
        ) from error


def sums(table: DataTable, area_variable: str, time_variable: str) -> dict[tuple[str, str], float | None]:
    """(area code, time code) -> the sum of the selected figures; None when any is missing."""
    header = list(table.header)
    try:
        area_column, time_column = header.index(area_variable.upper()), header.index(time_variable.upper())
    except ValueError as error:
        raise StatBankError(
            QT_TRANSLATE_NOOP("Errors", "Statistikbanken gave an answer that could not be read ({reason})."),
            reason=", ".join(header),
        ) from error
    totals: dict[tuple[str, str], float | None] = defaultdict(float)
    for row in table.rows:
        key = (row[area_column], row[time_column])
        value = _number(row[-1])
        before = totals[key]
        totals[key] = None if value is None or before is None else before + value
    return dict(totals)


def figures(
    client: StatBankClient, source: IndicatorSourceRecord, info: TableInfo, area_codes: list[str], year: int | None
) -> dict[tuple[str, str], float | None]:
    """(area code, time code) -> the indicator's figure (share x 100 with a denominator)."""
    base = {source.area_variable: area_codes, source.time_variable: time_codes(info, source, year)}
    numerator_selection = {**source.selection, **base}
    check_selection(info, {k: v for k, v in numerator_selection.items() if k != source.time_variable})
    numerators = sums(client.data(source.table_id, numerator_selection), source.area_variable, source.time_variable)
    if source.denominator is None:
        return numerators
    denominator_selection = {**source.selection, **source.denominator, **base}
    check_selection(info, {k: v for k, v in denominator_selection.items() if k != source.time_variable})
    denominators = sums(client.data(source.table_id, denominator_selection), source.area_variable,
                        source.time_variable)
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
