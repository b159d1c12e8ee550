"""Reading and writing indicator values (observations).

Every write is validated before anything is stored, runs as one transaction,
goes to the audit log (storage.audit), and names the version the caller read,
so an edit that collides with a newer change from elsewhere is refused.
"""

from __future__ import annotations

import math
from functools import lru_cache
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import desc, select
from sqlalchemy.orm import Session

from barometer_desktop.domain.formatting import format_number
from barometer_desktop.domain.periods import Period, PeriodKind
from barometer_desktop.domain.types import UNIT_RANGES, Unit
from barometer_desktop.errors import QT_TRANSLATE_NOOP, ExportError, StaleEditError, ValidationError
from barometer_desktop.storage.audit import row_key
from barometer_desktop.storage.concurrency import last_change
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.models import Area, AuditEntry, Indicator, Observation
from barometer_desktop.storage.records import AuditRecord, ObservationRecord


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


def observation_record(row: Observation) -> ObservationRecord:
    return ObservationRecord(
        id=row.id,
        indicator_id=row.indicator_id,
        area_id=row.area_id,
        period=Period(row.year, PeriodKind(row.period_kind), row.period_no),
        value=row.value,
        sample_size=row.sample_size,
        std_error=row.std_error,
        is_provisional=row.is_provisional,
        note=row.note,
        note_is_public=row.note_is_public,
        entered_by=row.entered_by,
        entered_at=row.entered_at,
        version=row.version,
    )


# -- validation ----------------------------------------------------------------


def validate_value(unit: str, value: float) -> None:
    """Raise ValidationError (field "value") when `value` cannot be right for `unit`."""
    if not math.isfinite(value):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The value must be a number."), field="value")
    low, high = UNIT_RANGES[Unit(unit)]
    if (low is not None and value < low) or (high is not None and value > high):
        if low is not None and high is not None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The value must be between {low} and {high}."),
                field="value",
                low=format_number(low, 0),
                high=format_number(high, 0),
            )
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The value must be at least {low}."),
            field="value",
            low=format_number(low or 0, 0),
        )
    if unit == Unit.COUNT and not float(value).is_integer():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A count must be a whole number."), field="value")


def validate_input(item: ObservationInput, unit: str) -> None:
    validate_value(unit, item.value)
    if item.sample_size is not None and (
        isinstance(item.sample_size, bool) or int(item.sample_size) != item.sample_size or item.sample_size <= 0
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The sample size must be a positive whole number."),
            field="sample_size",
        )
    if item.std_error is not None and (not math.isfinite(item.std_error) or item.std_error < 0):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The standard error must be zero or more."), field="std_error"
        )


# -- reading -------------------------------------------------------------------


def series(db: Database, indicator_id: int, area_ids: Iterable[int] | None = None) -> list[ObservationRecord]:
    """All values of one indicator (optionally for some areas), in period order."""
    with db.reading() as session:
        query = select(Observation).where(Observation.indicator_id == indicator_id)
        if area_ids is not None:
            query = query.where(Observation.area_id.in_(list(area_ids)))
        rows = session.scalars(query).all()
        return sorted((observation_record(r) for r in rows), key=lambda r: (r.area_id, r.period))


# A few thousand distinct periods (years 1900-2100 by month at most) serve
# every row: build each Period once, not once per row.
_PERIODS: dict[tuple[int, str, int], Period] = {}


@lru_cache(maxsize=None)
def _sort_key(period: Period) -> tuple[int, int, int]:
    return period._sort_key()


def records(
    db: Database, indicator_ids: Iterable[int] | None = None, area_ids: Iterable[int] | None = None
) -> list[ObservationRecord]:
    """Values of many indicators in ONE query (Core, not ORM: the overview reads
    thousands of rows and must stay fast), ordered by indicator, area, period."""
    table = Observation.__table__
    query = select(table)
    if indicator_ids is not None:
        query = query.where(table.c.indicator_id.in_(list(indicator_ids)))
    if area_ids is not None:
        query = query.where(table.c.area_id.in_(list(area_ids)))
    with db.reading() as session:
        rows = session.execute(query).all()
    periods = _PERIODS

    def period_of(year: int, kind: str, number: int) -> Period:
        key = (year, kind, number)
        found = periods.get(key)
        if found is None:
            found = periods[key] = Period(year, PeriodKind(kind), number)
        return found

    result = [
        ObservationRecord(
            id=r.id,
            indicator_id=r.indicator_id,
            area_id=r.area_id,
            period=period_of(r.year, r.period_kind, r.period_no),
            value=r.value,
            sample_size=r.sample_size,
            std_error=r.std_error,
            is_provisional=r.is_provisional,
            note=r.note,
            note_is_public=r.note_is_public,
            entered_by=r.entered_by,
            entered_at=r.entered_at,
            version=r.version,
        )
        for r in rows
    ]
    result.sort(key=lambda r: (r.indicator_id, r.area_id, _sort_key(r.period)))
    return result


def values_for_year(db: Database, year: int) -> list[ObservationRecord]:
    """Every yearly value of a report year, all indicators and areas."""
    with db.reading() as session:
        rows = session.scalars(
            select(Observation).where(Observation.year == year, Observation.period_kind == "year")
        ).all()
        return [observation_record(r) for r in rows]


def history(db: Database, indicator_id: int) -> list[AuditRecord]:
    """The audit trail of an indicator's values, newest first."""
    with db.reading() as session:
        rows = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.table_name == Observation.__table__.name)
            .where(AuditEntry.row_key.startswith(f"{indicator_id}/"))
            .order_by(desc(AuditEntry.changed_at), desc(AuditEntry.id))
        ).all()
        return [
            AuditRecord(r.table_name, r.row_key, r.action, r.field, r.old_value, r.new_value, r.user_name, r.changed_at)
            for r in rows
        ]


# -- writing -------------------------------------------------------------------


def _find(session: Session, indicator_id: int, area_id: int, period: Period) -> Observation | None:
    return session.scalars(
        select(Observation).where(
            Observation.indicator_id == indicator_id,
            Observation.area_id == area_id,
            Observation.year == period.year,
            Observation.period_kind == str(period.kind.value),
            Observation.period_no == period.number,
        )
    ).one_or_none()


def _refuse_stale(session: Session, row: Observation | None, expected_version: int | None) -> None:
    # Like concurrency.refuse_stale, but the message shows the newer figure
    # in Danish number format, which says more than "value = 12.5".
    current_version = row.version if row is not None else None
    if current_version == expected_version:
        return
    change = last_change(session, Observation.__table__.name, row_key(row)) if row is not None else None
    newer = format_number(row.value, 4).rstrip("0").rstrip(",") if row is not None else "—"
    raise StaleEditError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Someone else changed this value in the meantime: it is now {newer_value} "
            "(changed by {changed_by}). Your change was not stored.",
        ),
        newer_value=newer,
        changed_by=change.user_name if change else "?",
    )


def apply_inputs(session: Session, items: Sequence[ObservationInput], user_name: str) -> list[Observation]:
    """Validate and store several values in the caller's transaction.

    All are validated first: one bad value raises before anything changes.
    """
    units = dict(
        session.execute(
            select(Indicator.id, Indicator.unit).where(Indicator.id.in_({i.indicator_id for i in items}))
        ).all()
    )
    for position, item in enumerate(items):
        if item.indicator_id not in units:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown indicator."), field="indicator")
        try:
            validate_input(item, units[item.indicator_id])
        except ValidationError as error:
            error.params.setdefault("position", position)
            raise
    stored = []
    now = datetime.now()
    for item in items:
        row = _find(session, item.indicator_id, item.area_id, item.period)
        _refuse_stale(session, row, item.expected_version)
        if row is None:
            row = Observation(
                indicator_id=item.indicator_id,
                area_id=item.area_id,
                year=item.period.year,
                period_kind=str(item.period.kind.value),
                period_no=item.period.number,
            )
            session.add(row)
        row.value = float(item.value)
        row.sample_size = item.sample_size
        row.std_error = item.std_error
        row.is_provisional = item.is_provisional
        row.note = item.note
        row.note_is_public = item.note_is_public
        row.entered_by = user_name
        row.entered_at = now
        stored.append(row)
    session.flush()
    return stored


@dataclass(frozen=True)
class Removal:
    """A value to clear; `expected_version` is the version the user saw."""

    indicator_id: int
    area_id: int
    period: Period
    expected_version: int


CellKey = tuple[int, int, Period]  # (indicator_id, area_id, period)


def store(
    db: Database, saves: Sequence[ObservationInput], removals: Sequence[Removal] = ()
) -> dict[CellKey, int | None]:
    """Store and clear values as ONE user action; all or nothing.

    Returns the version now stored for every cell touched (None: cleared),
    which a later undo or redo names as the version it expects.
    """
    versions: dict[CellKey, int | None] = {}
    with db.transaction() as session:
        for removal in removals:
            row = _find(session, removal.indicator_id, removal.area_id, removal.period)
            if row is None and removal.expected_version is None:
                continue
            _refuse_stale(session, row, removal.expected_version)
            session.delete(row)
            versions[(removal.indicator_id, removal.area_id, removal.period)] = None
        rows = apply_inputs(session, saves, db.user_name)
        for row, item in zip(rows, saves):
            versions[(item.indicator_id, item.area_id, item.period)] = row.version
    return versions


def save(db: Database, items: Sequence[ObservationInput]) -> list[ObservationRecord]:
    """Store values as ONE user action: all of them, or (on any error) none."""
    with db.transaction() as session:
        rows = apply_inputs(session, items, db.user_name)
        return [observation_record(r) for r in rows]


def delete(db: Database, indicator_id: int, area_id: int, period: Period, expected_version: int) -> None:
    with db.transaction() as session:
        row = _find(session, indicator_id, area_id, period)
        _refuse_stale(session, row, expected_version)
        assert row is not None
        session.delete(row)


def latest_year(db: Database) -> int | None:
    """The newest year that has any yearly value: a sensible default report year."""
    from sqlalchemy import func

    with db.reading() as session:
        return session.scalar(select(func.max(Observation.year)).where(Observation.period_kind == "year"))


# -- the data-entry grid's query (kept apart: a plain Core select for speed) -----


def yearly_values(db: Database, years: Iterable[int]) -> list[ObservationRecord]:
    """Every yearly value of the given years, all indicators and areas.

    The data-entry grid rebuilds after every edit, so this selects plain
    columns (no ORM identity map) over the (year, indicator) index: a few
    thousand rows on a national-scale database in a few milliseconds.
    """
    table = Observation.__table__
    columns = (
        table.c.id, table.c.indicator_id, table.c.area_id, table.c.year, table.c.value,
        table.c.sample_size, table.c.std_error, table.c.is_provisional, table.c.note,
        table.c.note_is_public, table.c.entered_by, table.c.entered_at, table.c.version,
    )
    query = select(*columns).where(table.c.year.in_(list(years)), table.c.period_kind == "year")
    with db.reading() as session:
        rows = session.execute(query).all()
    periods: dict[int, Period] = {}
    records = []
    for row in rows:
        period = periods.get(row.year) or periods.setdefault(row.year, Period.year_of(row.year))
        records.append(
            ObservationRecord(
                id=row.id,
                indicator_id=row.indicator_id,
                area_id=row.area_id,
                period=period,
                value=row.value,
                sample_size=row.sample_size,
                std_error=row.std_error,
                is_provisional=bool(row.is_provisional),
                note=row.note or "",
                note_is_public=bool(row.note_is_public),
                entered_by=row.entered_by or "",
                entered_at=row.entered_at,
                version=row.version,
            )
        )
    return records


def indicators_with_yearly_value(db: Database, year: int, area_id: int) -> set[int]:
    """Ids of the indicators that have a yearly value for `year` and `area_id`
    (the biennial rule asks this of the year before the report year)."""
    table = Observation.__table__
    query = select(table.c.indicator_id).where(
        table.c.year == year, table.c.period_kind == "year", table.c.area_id == area_id
    )
    with db.reading() as session:
        return set(session.scalars(query))


def export_rows(db: Database, indicator_code: str | None = None) -> Iterator[tuple]:
    """Every stored value (or one indicator's) in export order, streamed.

    Yields plain tuples (indicator code, area name, year, period kind, period
    number, value, sample size, std error, is_provisional, note,
    note_is_public); rows are fetched in batches, so memory does not grow
    with the database.
    """
    with db.reading() as session:
        query = (
            select(
                Indicator.code, Area.name, Observation.year, Observation.period_kind, Observation.period_no,
                Observation.value, Observation.sample_size, Observation.std_error, Observation.is_provisional,
                Observation.note, Observation.note_is_public,
            )
            .join(Indicator, Indicator.id == Observation.indicator_id)
            .join(Area, Area.id == Observation.area_id)
            .order_by(Indicator.code, Area.sort_order, Observation.year, Observation.period_kind, Observation.period_no)
        )
        if indicator_code is not None:
            exists = session.scalar(select(Indicator.id).where(Indicator.code == indicator_code))
            if exists is None:
                raise ExportError(QT_TRANSLATE_NOOP("Errors", "There is no indicator {code}."), code=indicator_code)
            query = query.where(Indicator.code == indicator_code)
        for row in session.execute(query.execution_options(yield_per=5000)):
            yield tuple(row)
