"""Helpers for the import/export tests: a dump of everything import may change."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from barometer_desktop.storage.models import AuditEntry, Observation


def dump(db) -> tuple[list[tuple], int]:
    """Every observation row (all columns) and the number of audit rows."""
    with db.reading() as session:
        rows = session.execute(select(Observation.__table__).order_by(Observation.id)).all()
        audits = session.scalar(select(func.count()).select_from(AuditEntry))
    return [tuple(r) for r in rows], audits


def content(db) -> set[tuple]:
    """The observations' data, without ids, versions and who entered them."""
    with db.reading() as session:
        rows = session.execute(
            select(
                Observation.indicator_id, Observation.area_id, Observation.year, Observation.period_kind,
                Observation.period_no, Observation.value, Observation.sample_size, Observation.std_error,
                Observation.is_provisional, Observation.note, Observation.note_is_public,
            )
        ).all()
    return {tuple(r) for r in rows}


@pytest.fixture
def dump_db():
    return dump


@pytest.fixture
def content_of():
    return content
