"""Storing and clearing indicator values.

Every write is validated before anything is stored, runs as one transaction,
goes to the audit log (storage.audit), and names the version the caller read,
so an edit that collides with a newer change from elsewhere is refused.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from barometer_desktop.domain.periods import Period
from barometer_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from barometer_desktop.storage.concurrency import cell_stale_error
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.models import Indicator, Observation
from barometer_desktop.storage.observations import ObservationInput, validate_input


@dataclass(frozen=True)
class Removal:
    """A value to clear; `expected_version` is the version the user saw."""

    indicator_id: int
    area_id: int
    period: Period
    expected_version: int


CellKey = tuple[int, int, Period]  # (indicator_id, area_id, period)


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


def _refuse_stale(
    session: Session, row: Observation | None, expected_version: int | None, cell: tuple[int, int, Period]
) -> None:
    """Refuse an edit made on another state of the cell than the stored one.

    Versions never go back (storage.row_versions), so a cell cleared and
    typed again, or undone and redone, is not mistaken for the state the
    user saw. The message names the cell, what it holds now, who and when.
    """
    current_version = row.version if row is not None else None
    if current_version == expected_version:
        return
    raise cell_stale_error(session, *cell)


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
        _refuse_stale(session, row, item.expected_version, (item.indicator_id, item.area_id, item.period))
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
            _refuse_stale(session, row, removal.expected_version, (removal.indicator_id, removal.area_id, removal.period))
            if row is None:
                continue  # the user saw it empty, and it is
            session.delete(row)
            versions[(removal.indicator_id, removal.area_id, removal.period)] = None
        rows = apply_inputs(session, saves, db.user_name)
        for row, item in zip(rows, saves):
            versions[(item.indicator_id, item.area_id, item.period)] = row.version
    return versions
