"""Every storage record against its table: one declaration each, no drift.

A record names its table with storage.row_records.from_table; each of its
fields is a column of that table of the same Python type (an enum field: a
text column), or declared computed; each column is a field or declared
omitted. A column added to the schema and not to the record (or the other
way round) fails here; so does an ORM attribute typed otherwise than its column.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
import types
from datetime import date, datetime
from enum import Enum
from typing import Any, Union, get_args, get_origin

import pytest

import barometer_desktop.storage as storage_package
from barometer_desktop.domain.periods import Period
from barometer_desktop.domain.types import DecisionReason, DecisionStatus, FollowUpStatus
from barometer_desktop.storage import schema
from barometer_desktop.storage.row_records import RECORD_TABLES, field_types, record_from_row

for _module in pkgutil.iter_modules(storage_package.__path__):
    importlib.import_module(f"{storage_package.__name__}.{_module.name}")

DECLARED = sorted(RECORD_TABLES.items(), key=lambda item: item[0].__name__)


def _parts(declared: Any) -> tuple[set[Any], bool]:
    """The declared type's members without None, and whether None is allowed."""
    if get_origin(declared) in (Union, types.UnionType):
        members = set(get_args(declared))
        return members - {type(None)}, type(None) in members
    return {declared}, False


def _problems(record: type, table: Any, computed: frozenset[str], omitted: frozenset[str]) -> list[str]:
    columns = {c.name: c for c in table.columns}
    fields = field_types(record)
    problems = [f"computed {name!r} is no field" for name in computed - fields.keys()]
    problems += [f"omitted {name!r} is no column" for name in omitted - columns.keys()]
    problems += [f"omitted {name!r} is also a field" for name in omitted & fields.keys()]
    for name, declared in fields.items():
        if name in computed:
            continue
        column = columns.get(name)
        if column is None:
            problems.append(f"field {name!r} is no column of {table.name} (declare it computed?)")
            continue
        members, optional = _parts(declared)
        stored = column.type.python_type
        if column.nullable and not optional:
            problems.append(f"column {name!r} may be NULL, field is {declared}")
        if len(members) != 1:
            problems.append(f"field {name!r} has several types: {declared}")
            continue
        (kind,) = members
        same = kind is stored or (isinstance(kind, type) and issubclass(kind, Enum) and stored is str)
        if not same:
            problems.append(f"field {name!r} is {declared}, column holds {stored.__name__}")
    for name in columns.keys() - fields.keys() - omitted:
        problems.append(f"column {table.name}.{name} is in no field (add it, or declare it omitted)")
    return problems


def test_records_are_declared() -> None:
    """Every record class storage defines names its table (so the check below sees it)."""
    records = {
        value
        for module in pkgutil.iter_modules(storage_package.__path__)
        for value in vars(importlib.import_module(f"{storage_package.__name__}.{module.name}")).values()
        if isinstance(value, type) and dataclasses.is_dataclass(value) and value.__name__.endswith("Record")
    }
    assert len(records) >= 15
    assert records - RECORD_TABLES.keys() == set()


@pytest.mark.parametrize(("record", "declared"), DECLARED, ids=[r.__name__ for r, _ in DECLARED])
def test_record_matches_its_table(record: type, declared: Any) -> None:
    assert record.__dataclass_params__.frozen  # type: ignore[attr-defined]
    assert _problems(record, declared.table, declared.computed, declared.omitted) == []


def _orm_classes() -> list[type]:
    from barometer_desktop.storage.models import Base

    return sorted((m.class_ for m in Base.registry.mappers), key=lambda cls: cls.__name__)


@pytest.mark.parametrize("orm_class", _orm_classes(), ids=lambda cls: cls.__name__)
def test_orm_attributes_match_their_columns(orm_class: type) -> None:
    """The ORM class's typed attributes (`name: Mapped[int | None]`) say what its table's columns hold."""
    from typing import get_type_hints

    from sqlalchemy.orm import Mapped

    from barometer_desktop.storage import models

    table = orm_class.__table__  # type: ignore[attr-defined]
    hints = get_type_hints(orm_class, vars(models))
    problems = []
    for name, hint in hints.items():
        column = table.columns.get(name)
        if column is None or get_origin(hint) is not Mapped:
            continue  # a relationship, or not a column
        (declared,) = get_args(hint)
        members, optional = _parts(declared)
        if members != {column.type.python_type} or optional != column.nullable:
            problems.append(f"{orm_class.__name__}.{name}: Mapped[{declared}], column {column.type!r} nullable={column.nullable}")
    assert problems == []


def test_the_check_finds_a_drifted_column() -> None:
    """A column without a field, a field without a column, a wrong type: each is named."""
    from sqlalchemy import Column, Integer, MetaData, String, Table

    table = Table(
        "drift", MetaData(), *(Column(name, kind, nullable=False) for name, kind in (
            ("id", Integer), ("name", String), ("added", Integer),
        )),
    )

    @dataclasses.dataclass(frozen=True)
    class Drifted:
        id: str
        name: str
        removed: int

    assert sorted(_problems(Drifted, table, frozenset(), frozenset())) == [
        "column drift.added is in no field (add it, or declare it omitted)",
        "field 'id' is <class 'str'>, column holds int",
        "field 'removed' is no column of drift (declare it computed?)",
    ]


def test_enums_are_the_schema_values() -> None:
    """The CHECKs' allowed values are the domain enums' (stored text stays the enum's value)."""
    assert schema.DECISION_REASONS == ("missing_follow_up", "indicator_worsened", "other")
    assert schema.DECISION_STATUSES == ("confirmed", "dismissed")
    assert schema.FOLLOW_UP_STATUSES == tuple(s.value for s in FollowUpStatus)
    assert {r.value for r in DecisionReason} | {s.value for s in DecisionStatus} <= {
        *schema.DECISION_REASONS, *schema.DECISION_STATUSES
    }


def test_record_from_row_reads_by_name_and_types_enums(demo_db) -> None:
    db = demo_db
    from barometer_desktop.storage import committees, follow_up
    from barometer_desktop.storage.follow_up import DecisionEntry

    committee = committees.committees(db)[0]
    follow_up.save_decision(
        db,
        DecisionEntry(
            committee_id=committee.id, year=2013, status=DecisionStatus.DISMISSED,
            reason=DecisionReason.INDICATOR_WORSENED,
        ),
    )
    (decision,) = committees.follow_up_year(db, 2013).decisions
    assert decision.committee == committee.short_name
    assert decision.status is DecisionStatus.DISMISSED
    assert decision.reason is DecisionReason.INDICATOR_WORSENED
    assert isinstance(committee.contact_emails, tuple)


def test_record_from_row_wants_exactly_the_computed_fields() -> None:
    from barometer_desktop.storage.records import ObservationRecord

    row = types.SimpleNamespace(
        id=1, indicator_id=2, area_id=3, value=4.0, sample_size=None, std_error=None, is_provisional=False,
        note="", note_is_public=False, entered_by="x", entered_at=datetime(2020, 1, 1), version=1,
    )
    record = record_from_row(ObservationRecord, row, period=Period.year_of(2020))
    assert (record.value, record.period) == (4.0, Period.year_of(2020))
    with pytest.raises(TypeError):
        record_from_row(ObservationRecord, row)
    assert date(2020, 1, 1) == record.entered_at.date()
