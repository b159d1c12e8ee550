"""Final editions of the status report: the frozen snapshot behind each one.

The snapshot is stored as JSON text (report.snapshot_codec writes it); this
module only keeps and returns it, so storage needs no knowledge of the report.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from barometer_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.row_records import from_table, record_from_row
from barometer_desktop.storage.schema import report_edition


@from_table(report_edition)
@dataclass(frozen=True)
class EditionRecord:
    id: int
    year: int
    language: str
    case_number: str
    created_at: datetime
    created_by: str
    snapshot: str  # JSON
    pdf_sha256: str
    version: int


def load_edition(db: Database, year: int, language: str) -> EditionRecord | None:
    table = report_edition
    query = select(table).where(table.c.year == year, table.c.language == language)
    with db.reading_rows() as connection:
        row = connection.execute(query).first()
    return record_from_row(EditionRecord, row) if row is not None else None


def editions(db: Database, year: int | None = None) -> list[EditionRecord]:
    table = report_edition
    query = select(table).order_by(table.c.year, table.c.language)
    if year is not None:
        query = query.where(table.c.year == year)
    with db.reading_rows() as connection:
        return [record_from_row(EditionRecord, r) for r in connection.execute(query)]


def save_edition(
    db: Database,
    *,
    year: int,
    language: str,
    case_number: str,
    snapshot_json: str,
    pdf_sha256: str,
    replace_version: int | None = None,
    now: datetime | None = None,
    deliver: Callable[[], None] | None = None,
) -> EditionRecord:
    """Store the final edition of `year` in `language` as one action.

    A year has one final edition per language. Replacing it (after data were
    corrected) must name the version the user saw, so two people cannot
    replace it over each other. `deliver` (writing the PDF) runs inside the
    transaction once the edition is staged: if it fails, no edition is
    stored, so an edition never exists without the file it describes.
    """
    from barometer_desktop.storage.models import ReportEdition  # noqa: PLC0415 - edits go through the ORM (version, audit)

    with db.transaction() as session:
        row = session.scalar(
            select(ReportEdition).where(ReportEdition.year == year, ReportEdition.language == language)
        )
        if row is not None and replace_version is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The {year} report already has a final edition; it can be re-issued or replaced."
                ),
                field="final",
                year=year,
            )
        if row is None:
            row = ReportEdition(year=year, language=language)
            session.add(row)
        elif row.version != replace_version:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Someone else changed the final edition of {year} in the meantime."),
                field="final",
                year=year,
            )
        row.case_number = case_number
        row.created_at = (now or datetime.now()).replace(microsecond=0)
        row.created_by = db.user_name
        row.snapshot = snapshot_json
        row.pdf_sha256 = pdf_sha256
        session.flush()
        if deliver is not None:
            deliver()
        return record_from_row(EditionRecord, row)
