"""Remembered column mappings for statistics files, keyed by the file's shape."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from barometer_desktop.storage.database import Database
from barometer_desktop.storage.models import ImportMapping
from barometer_desktop.storage.row_records import from_table, record_from_row
from barometer_desktop.storage.schema import import_mapping


@from_table(import_mapping)
@dataclass(frozen=True)
class ImportMappingRecord:
    id: int
    shape: str
    name: str
    mapping: str  # JSON, see importing.mapping.ColumnMapping
    saved_at: datetime
    version: int


def for_shape(db: Database, shape: str) -> ImportMappingRecord | None:
    with db.reading() as session:
        row = session.scalars(select(ImportMapping).where(ImportMapping.shape == shape)).one_or_none()
        return record_from_row(ImportMappingRecord, row) if row else None


def by_name(db: Database, name: str) -> ImportMappingRecord | None:
    with db.reading() as session:
        row = session.scalars(
            select(ImportMapping).where(ImportMapping.name == name).order_by(ImportMapping.saved_at.desc())
        ).first()
        return record_from_row(ImportMappingRecord, row) if row else None


def save(db: Database, shape: str, name: str, mapping: str) -> ImportMappingRecord:
    """Remember `mapping` for files of `shape` (replacing an earlier one)."""
    with db.transaction() as session:
        row = session.scalars(select(ImportMapping).where(ImportMapping.shape == shape)).one_or_none()
        if row is None:
            row = ImportMapping(shape=shape)
            session.add(row)
        row.name = name
        row.mapping = mapping
        row.saved_at = datetime.now()
        session.flush()
        return record_from_row(ImportMappingRecord, row)
