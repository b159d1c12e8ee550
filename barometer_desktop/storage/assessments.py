"""The secretariat's assessment text for an indicator and report year."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select

from barometer_desktop.errors import QT_TRANSLATE_NOOP, StaleEditError
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.row_records import from_table, record_from_row
from barometer_desktop.storage.schema import assessment


@from_table(assessment, omitted=("id",))
@dataclass(frozen=True)
class AssessmentRecord:
    indicator_id: int
    year: int
    text: str
    is_public: bool
    version: int | None  # None: nothing stored yet


def load(db: Database, indicator_id: int, year: int) -> AssessmentRecord:
    query = select(assessment).where(assessment.c.indicator_id == indicator_id, assessment.c.year == year)
    with db.reading_rows() as connection:
        row = connection.execute(query).first()
    if row is None:
        # A new assessment is the secretariat's until someone ticks "public" (issue 15).
        return AssessmentRecord(indicator_id, year, "", False, None)
    return record_from_row(AssessmentRecord, row)


def for_year(db: Database, year: int) -> dict[int, tuple[str, bool]]:
    """Every stored assessment of `year`: indicator id -> (text, is_public)."""
    query = select(assessment.c.indicator_id, assessment.c.text, assessment.c.is_public).where(
        assessment.c.year == year
    )
    with db.reading_rows() as connection:
        return {a.indicator_id: (a.text, bool(a.is_public)) for a in connection.execute(query)}


def save(
    db: Database, indicator_id: int, year: int, text: str, is_public: bool, expected_version: int | None
) -> AssessmentRecord:
    """Store the text as one action; refused when someone else saved meanwhile."""
    from barometer_desktop.storage.models import Assessment  # noqa: PLC0415 - edits go through the ORM (version, audit)

    with db.transaction() as session:
        row = session.scalar(
            select(Assessment).where(Assessment.indicator_id == indicator_id, Assessment.year == year)
        )
        if (row.version if row is not None else None) != expected_version:
            from barometer_desktop.storage.concurrency import last_change, row_key, when  # noqa: PLC0415 - lazy: loads the ORM, which only edits need (reading goes through Core)

            change = last_change(session, "assessment", row_key(row)) if row is not None else None
            raise StaleEditError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Someone else changed this assessment in the meantime ({changed_by}, {changed_at}); your text "
                    "was not stored. Copy your text, reload and try again.",
                ),
                changed_by=change.user_name if change else "—",
                changed_at=when(change.changed_at if change else None),
            )
        if row is None:
            row = Assessment(indicator_id=indicator_id, year=year)
            session.add(row)
        row.text = text
        row.is_public = is_public
        session.flush()
        return record_from_row(AssessmentRecord, row)
