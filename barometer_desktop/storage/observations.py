"""Indicator values (observations): what a value is, how it is validated, and reading them.

Reads are Core queries on storage.schema, so the report, the web export
and the command line read values without loading the ORM. Storing and
clearing values is in storage.observation_edits.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache
from operator import attrgetter
from typing import Any

from sqlalchemy import ColumnElement, Row, Select, desc, func, select

from barometer_desktop.domain.development import Measurement
from barometer_desktop.domain.formatting import format_number
from barometer_desktop.domain.periods import Period, PeriodKind
from barometer_desktop.domain.types import MAX_MAGNITUDE, MAX_SAMPLE_SIZE, RangeProblem, is_sample_size, value_range
from barometer_desktop.errors import QT_TRANSLATE_NOOP, ExportError, ValidationError
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.records import AuditRecord, ObservationRecord
from barometer_desktop.storage.row_records import record_from_row
from barometer_desktop.storage.schema import area, audit_log, indicator, observation


@dataclass(frozen=True)
class ObservationInput:
    """A value as the user wants it stored. `expected_version` is the version
    the user saw (None: the user saw no value there)."""

    indicator_id: int
    area_id: int
    period: Period
    value: float
    sample_size: int | None = None
    std_error: float | None = None
    is_provisional: bool = False
    note: str = ""
    note_is_public: bool = False
    expected_version: int | None = None


def observation_record(row: object) -> ObservationRecord:
    """The record of an ORM Observation or a row of the observation table (its period made once)."""
    return record_from_row(ObservationRecord, row, period=stored_period(row))


def stored_period(row: object) -> Period:
    """The period a row of the observation table (or an ORM Observation) stores in three columns.

    A few thousand distinct periods (years 1900-2100 by month at most) serve
    every row: each Period is built once, and records of thousands of rows share them.
    """
    key = _period_columns(row)
    found = _PERIODS.get(key)
    if found is None:
        year, kind, number = key
        found = _PERIODS[key] = Period(year, PeriodKind(kind), number)
    return found


_period_columns: Callable[[object], tuple[int, str, int]] = attrgetter("year", "period_kind", "period_no")
_PERIODS: dict[tuple[int, str, int], Period] = {}


# -- validation ----------------------------------------------------------------


def validate_value(unit: str, value: float) -> None:
    """Raise ValidationError (field "value") when `value` cannot be right for `unit` (domain.types.ValueRange)."""
    accepted = value_range(unit)
    problem = accepted.problem(value)
    if problem is None:
        return
    low, high = accepted.bounds()  # the ends a message below names are set
    if problem == RangeProblem.NOT_FINITE:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The value must be a number."), field="value")
    if problem == RangeProblem.NOT_WHOLE:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A count must be a whole number."), field="value")
    if problem == RangeProblem.OUTSIDE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The value must be between {low} and {high}."),
            field="value", low=format_number(low, 0), high=format_number(high, 0),
        )
    if problem == RangeProblem.TOO_LARGE:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The value is too large for a barometer figure: at most {limit} either way."),
            field="value", limit=format_number(MAX_MAGNITUDE, 0),
        )
    if problem == RangeProblem.TOO_LOW:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The value must be at least {low}."), field="value",
            low=format_number(low, 0),
        )
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "The value must be at most {high}."), field="value",
        high=format_number(high, 0),
    )


def checked_sample_size(number: float) -> int:
    """`number` as a sample size; ValidationError when it cannot be one
    (the one place that says so: entry grid, import and every save)."""
    if not is_sample_size(number):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The sample size must be a whole number from 1 to {high}."),
            field="sample_size", high=format_number(MAX_SAMPLE_SIZE, 0),
        )
    return int(number)


# A note is a line or a paragraph beside a figure (in tooltips, and in the
# report and on the web when public): the bound keeps a pasted page out of all three.
MAX_NOTE_LENGTH = 2000


def check_note(note: str) -> None:
    """ValidationError when a note is longer than a note may be (grid, details and import)."""
    if len(note) > MAX_NOTE_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The note is too long: at most {limit} characters, this one has {length}."),
            field="note", limit=format_number(MAX_NOTE_LENGTH, 0), length=format_number(len(note), 0),
        )


def check_std_error(std_error: float) -> None:
    """ValidationError when a standard error cannot be one (grid, details and import)."""
    if not math.isfinite(std_error) or std_error < 0:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The standard error must be zero or more."), field="std_error"
        )


def validate_input(item: ObservationInput, unit: str) -> None:
    validate_value(unit, item.value)
    check_note(item.note)
    if item.sample_size is not None:
        checked_sample_size(item.sample_size)
    if item.std_error is not None:
        check_std_error(item.std_error)


# -- reading -------------------------------------------------------------------


def series(db: Database, indicator_id: int, area_ids: Iterable[int] | None = None) -> list[ObservationRecord]:
    """All values of one indicator (optionally for some areas), in period order."""
    query = select(observation).where(observation.c.indicator_id == indicator_id)
    if area_ids is not None:
        query = query.where(observation.c.area_id.in_(list(area_ids)))
    with db.reading_rows() as connection:
        rows = connection.execute(query).all()
    return sorted((observation_record(r) for r in rows), key=lambda r: (r.area_id, r.period))


@cache
def _sort_key(period: Period) -> tuple[int, int, int]:
    return period._sort_key()


def records(
    db: Database, indicator_ids: Iterable[int] | None = None, area_ids: Iterable[int] | None = None
) -> list[ObservationRecord]:
    """Values of many indicators in ONE query (Core, not ORM: the overview reads
    thousands of rows and must stay fast), ordered by indicator, area, period."""
    table = observation
    query = select(table)
    if indicator_ids is not None:
        query = query.where(table.c.indicator_id.in_(list(indicator_ids)))
    if area_ids is not None:
        query = query.where(table.c.area_id.in_(list(area_ids)))
    return _records(db, query)


def verdict_measurements(
    db: Database,
    indicator_ids: Collection[int],
    area_ids: Collection[int],
    report_year: int,
    window: int,
    baseline_year: int | None,
) -> dict[tuple[int, int], list[Measurement]]:
    """What the verdicts of areas whose series are not shown are made from,
    by (indicator id, area id): the status value and the measurement it is
    compared with, as domain.development.assess_development picks them (the
    newest yearly value within the window; the one before it, or the
    baseline year's: pass `baseline_year` only when the basis is a baseline).

    At national scale the report year and the year before hold both for
    nearly every series, so those two years are read first (a few thousand
    rows of seven columns instead of every period of every area); only the
    series not settled by them are read further back.
    """
    first_window_year = report_year - window
    found: dict[tuple[int, int], list[Measurement]] = defaultdict(list)
    recent: ColumnElement[bool] = observation.c.year.between(report_year - 1, report_year)
    if baseline_year is not None:
        recent = recent | (observation.c.year == baseline_year)
    with db.reading_rows() as connection:
        for row in connection.execute(_verdict_query(area_ids).where(recent)):
            found[(row[0], row[1])].append(_measurement(row))

        def settled(key: tuple[int, int]) -> bool:
            years = {m.period.year for m in found.get(key, ())}
            return report_year in years and (baseline_year is not None or report_year - 1 in years)

        open_keys = {(i, a) for i in indicator_ids for a in area_ids if not settled((i, a))}
        if open_keys:
            # Series without a value for the report year (or without the year before).
            older: ColumnElement[bool] = observation.c.year < report_year - 1
            if baseline_year is not None:
                older = older & (observation.c.year != baseline_year)
            query = _verdict_query(area_ids).where(older).where(
                observation.c.indicator_id.in_(sorted({i for i, _ in open_keys})))
            earlier: dict[tuple[int, int], list[Measurement]] = defaultdict(list)
            for row in connection.execute(query):
                if (row[0], row[1]) in open_keys:
                    earlier[(row[0], row[1])].append(_measurement(row))
            for key, values in earlier.items():
                in_window = [m for m in found[key] + values if m.period.year >= first_window_year]
                status_year = max((m.period.year for m in in_window), default=None)
                if status_year is None:
                    continue  # nothing to judge: no data
                before = [m for m in values if m.period.year < status_year]
                keep = [m for m in values if m.period.year == status_year]
                if before and baseline_year is None:
                    keep.append(max(before, key=lambda m: m.period.year))
                found[key].extend(keep)
    return found


# A row of _verdict_query: indicator id, area id, year, value, sample size, std error, provisional.
_VerdictRow = tuple[int, int, int, float, int | None, float | None, bool]


def _verdict_query(area_ids: Collection[int]) -> Select[*_VerdictRow]:
    table = observation
    return select(
        table.c.indicator_id, table.c.area_id, table.c.year, table.c.value,
        table.c.sample_size, table.c.std_error, table.c.is_provisional,
    ).where(table.c.period_kind == PeriodKind.YEAR.value).where(table.c.area_id.in_(list(area_ids)))


_YEARS: dict[int, Period] = {}


def _measurement(row: Row[*_VerdictRow]) -> Measurement:
    """A value of a row of _verdict_query."""
    _, _, year, value, sample_size, std_error, provisional = row
    period = _YEARS.get(year)
    if period is None:
        period = _YEARS[year] = Period.year_of(year)
    return Measurement(period, value, sample_size, std_error, bool(provisional))


def _records(db: Database, query: Select[*tuple[Any, ...]]) -> list[ObservationRecord]:
    with db.reading_rows() as connection:
        rows = connection.execute(query).all()
    result = [observation_record(r) for r in rows]
    result.sort(key=lambda r: (r.indicator_id, r.area_id, _sort_key(r.period)))
    return result


def history(db: Database, indicator_id: int) -> list[AuditRecord]:
    """The audit trail of an indicator's values, newest first.

    Inserts and deletes come back like value updates (field "value", the
    value itself as text), whichever way they were written: the ORM's audit
    stores the whole row as JSON, a bulk import just the value.
    """
    query = (
        select(audit_log)
        .where(audit_log.c.table_name == observation.name)
        .where(audit_log.c.row_key.startswith(f"{indicator_id}/"))
        .order_by(desc(audit_log.c.changed_at), desc(audit_log.c.id))
    )
    with db.reading_rows() as connection:
        rows = connection.execute(query).all()
    records = [record_from_row(AuditRecord, r) for r in rows]
    return [
        replace(r, field="value", old_value=_plain_value(r.field, r.old_value), new_value=_plain_value(r.field, r.new_value))
        if r.action in ("insert", "delete")
        else r
        for r in records
    ]


def _plain_value(field: str | None, text: str | None) -> str | None:
    if text is None or field == "value":
        return text
    try:
        snapshot = json.loads(text)
    except ValueError:
        return text
    return snapshot.get("value") if isinstance(snapshot, dict) else text


def yearly_histories(db: Database, pairs: Collection[tuple[int, int]]) -> dict[tuple[int, int], list[tuple[int, float]]]:
    """The yearly values of each (indicator id, area id) pair, oldest first:
    the series a new value is judged against (domain.plausibility). One query
    for all pairs, reading only yearly values of the indicators and areas asked for."""
    if not pairs:
        return {}
    table = observation
    query = select(table.c.indicator_id, table.c.area_id, table.c.year, table.c.value).where(
        table.c.indicator_id.in_(sorted({i for i, _ in pairs})),
        table.c.area_id.in_(sorted({a for _, a in pairs})),
        table.c.period_kind == PeriodKind.YEAR.value,
    )
    wanted = set(pairs)
    histories: dict[tuple[int, int], list[tuple[int, float]]] = {pair: [] for pair in wanted}
    with db.reading_rows() as connection:
        for indicator_id, area_id, year, value in connection.execute(query):
            if (indicator_id, area_id) in wanted:
                histories[(indicator_id, area_id)].append((year, value))
    for history in histories.values():
        history.sort()
    return histories


def latest_year(db: Database) -> int | None:
    """The newest year that has any yearly value: a sensible default report year."""
    with db.reading_rows() as connection:
        year: int | None = connection.scalar(
            select(func.max(observation.c.year)).where(observation.c.period_kind == "year")
        )
    return year


# -- the data-entry grid's query (kept apart: a plain Core select for speed) -----


def yearly_values(db: Database, years: Iterable[int]) -> list[ObservationRecord]:
    """Every yearly value of the given years, all indicators and areas.

    The data-entry grid rebuilds after every edit, so this selects plain
    columns (no ORM identity map) over the (year, indicator) index: a few
    thousand rows on a national-scale database in a few milliseconds.
    """
    table = observation
    columns = (
        table.c.id, table.c.indicator_id, table.c.area_id, table.c.year, table.c.period_kind, table.c.period_no,
        table.c.value, table.c.sample_size, table.c.std_error, table.c.is_provisional, table.c.note,
        table.c.note_is_public, table.c.entered_by, table.c.entered_at, table.c.version,
    )
    query = select(*columns).where(table.c.year.in_(list(years)), table.c.period_kind == "year")
    with db.reading_rows() as connection:
        rows = connection.execute(query).all()
    return [observation_record(row) for row in rows]


def indicators_with_yearly_value(db: Database, year: int, area_id: int) -> set[int]:
    """Ids of the indicators that have a yearly value for `year` and `area_id`
    (the biennial rule asks this of the year before the report year)."""
    table = observation
    query = select(table.c.indicator_id).where(
        table.c.year == year, table.c.period_kind == "year", table.c.area_id == area_id
    )
    with db.reading_rows() as connection:
        return set(connection.scalars(query))


def export_rows(db: Database, indicator_code: str | None = None) -> Iterator[tuple[Any, ...]]:
    """Every stored value (or one indicator's) in export order, streamed.

    Yields plain tuples (indicator code, area name, year, period kind, period
    number, value, sample size, std error, is_provisional, note,
    note_is_public); rows are fetched in batches, so memory does not grow
    with the database.
    """
    o = observation
    query = (
        select(
            indicator.c.code, area.c.name, o.c.year, o.c.period_kind, o.c.period_no, o.c.value, o.c.sample_size,
            o.c.std_error, o.c.is_provisional, o.c.note, o.c.note_is_public,
        )
        .join(indicator, indicator.c.id == o.c.indicator_id)
        .join(area, area.c.id == o.c.area_id)
        .order_by(indicator.c.code, area.c.sort_order, o.c.year, o.c.period_kind, o.c.period_no)
    )
    with db.reading_rows() as connection:
        if indicator_code is not None:
            exists = connection.scalar(select(indicator.c.id).where(indicator.c.code == indicator_code))
            if exists is None:
                raise ExportError(QT_TRANSLATE_NOOP("Errors", "There is no indicator {code}."), code=indicator_code)
            query = query.where(indicator.c.code == indicator_code)
        for row in connection.execute(query.execution_options(yield_per=5000)):
            yield tuple(row)
