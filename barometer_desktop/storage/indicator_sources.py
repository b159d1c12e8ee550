"""Reading and saving an indicator's StatBank source (schema 0007).

Core queries only, like storage.catalog: the fetch command must not load the ORM.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import TypedDict

from sqlalchemy import Row, Select, delete, insert, select, update

from barometer_desktop.domain.periods import TIME_MAPPINGS
from barometer_desktop.domain.statbank_ids import is_table_id
from barometer_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.row_records import from_table, record_from_row
from barometer_desktop.storage.schema import indicator, indicator_source

Selection = dict[str, list[str]]


class StatbankSection(TypedDict):
    """An indicator's [indicators.statbank] in a policy file (policy_file.fields.STATBANK_FIELDS)."""

    table: str
    selection: Selection
    denominator: Selection | None
    area_variable: str
    time_variable: str
    time_mapping: str


@from_table(indicator_source, computed=("indicator_code", "selection", "denominator"), omitted=("id",))
@dataclass(frozen=True)
class IndicatorSourceRecord:
    """Where one indicator's figures come from in Statistics Denmark's StatBank.

    `selection` fixes every variable other than area and time (e.g.
    {"HERKOMST": ["5"], "KØN": ["TOT"]}); several codes for one variable are
    added up. `denominator`, when given, overrides variables of the selection
    for the denominator, and the indicator is then numerator / denominator x 100.
    """

    indicator_id: int
    indicator_code: str
    table_id: str
    selection: Selection = field(default_factory=dict)
    denominator: Selection | None = None
    area_variable: str = "OMRÅDE"
    time_variable: str = "TID"
    time_mapping: str = "as_is"  # schema.TIME_MAPPINGS
    version: int = 0  # 0: not stored yet


def _selection(text: str | None) -> Selection | None:
    if text is None:
        return None
    data = json.loads(text or "{}")
    return {str(k): [str(v) for v in values] for k, values in data.items()}


def _text(selection: Selection | None) -> str | None:
    return None if selection is None else json.dumps(selection, ensure_ascii=False, sort_keys=True)


def _query() -> Select[tuple[object, ...]]:
    return select(indicator_source, indicator.c.code).join(indicator, indicator.c.id == indicator_source.c.indicator_id)


def _record(row: Row[tuple[object, ...]]) -> IndicatorSourceRecord:
    return record_from_row(
        IndicatorSourceRecord, row, indicator_code=row.code, selection=_selection(row.selection) or {},
        denominator=_selection(row.denominator),
    )


def all_sources(db: Database) -> list[IndicatorSourceRecord]:
    """Every indicator that has a source, by indicator code."""
    with db.reading_rows() as connection:
        return sorted((_record(r) for r in connection.execute(_query())), key=lambda s: s.indicator_code)


def for_indicator(db: Database, indicator_id: int) -> IndicatorSourceRecord | None:
    with db.reading_rows() as connection:
        row = connection.execute(_query().where(indicator_source.c.indicator_id == indicator_id)).first()
    return None if row is None else _record(row)


def source_columns(section: StatbankSection) -> dict[str, str | None]:
    """The indicator_source row's columns for a policy file's [indicators.statbank] (policy_file.fields.STATBANK_FIELDS)."""
    return dict(
        table_id=section["table"].strip().upper(), selection=_text(section.get("selection") or {}),
        denominator=_text(section.get("denominator")),
        area_variable=(section.get("area_variable") or "").strip() or "OMRÅDE",
        time_variable=(section.get("time_variable") or "").strip() or "TID",
        time_mapping=section.get("time_mapping") if section.get("time_mapping") in TIME_MAPPINGS else "as_is",
    )


def source_section(source: IndicatorSourceRecord) -> StatbankSection:
    """A stored source as the policy file writes it."""
    return {"table": source.table_id, "selection": source.selection, "denominator": source.denominator,
            "area_variable": source.area_variable, "time_variable": source.time_variable,
            "time_mapping": source.time_mapping}


def save(db: Database, source: IndicatorSourceRecord) -> None:
    """Store the source (one transaction); refuse an empty table id."""
    if not source.table_id.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the StatBank table id (e.g. FOLK1A)."))
    if not is_table_id(source.table_id):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{value} is not a StatBank table id (letters and digits, e.g. FOLK1E)."),
            field="table", value=source.table_id.strip(),
        )
    values = source_columns(source_section(source))
    with db.transaction() as session:
        connection = session.connection()
        existing = connection.execute(
            select(indicator_source.c.version).where(indicator_source.c.indicator_id == source.indicator_id)
        ).scalar()
        if existing is None:
            connection.execute(insert(indicator_source).values(indicator_id=source.indicator_id, version=1, **values))
        else:
            connection.execute(
                update(indicator_source).where(indicator_source.c.indicator_id == source.indicator_id)
                .values(version=existing + 1, **values)
            )


def remove(db: Database, indicator_id: int) -> None:
    with db.transaction() as session:
        session.connection().execute(delete(indicator_source).where(indicator_source.c.indicator_id == indicator_id))
