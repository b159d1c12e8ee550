"""Records made from rows: each table's record is declared once, and built by one function.

A record class (a frozen dataclass) names the table it is read from with
`@from_table(schema.<table>, computed=..., omitted=...)`. `record_from_row`
then reads its fields by name from a Core row or an ORM object of that table,
turning an enum field's stored text into the enum its declared type names,
so no module copies a record's fields one by one. `computed` are the fields
the caller adds (a name from a joined table, a period made of three columns,
a list of addresses); `omitted` are the table's columns the record leaves out.

tests/storage/test_record_tables.py walks every declared record against its
table: a column added to one and not the other, or declared with another
Python type, fails there.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Iterable
from dataclasses import dataclass, fields
from enum import Enum
from operator import attrgetter
from typing import Any, TypeVar, Union, get_args, get_origin, get_type_hints

from sqlalchemy import Table

R = TypeVar("R")


@dataclass(frozen=True)
class RecordTable:
    """What `from_table` declared about one record class."""

    table: Table
    computed: frozenset[str]
    omitted: frozenset[str]


# Every declared record class and its table, filled as the storage modules load.
RECORD_TABLES: dict[type, RecordTable] = {}


def from_table(
    table: Table, *, computed: Iterable[str] = (), omitted: Iterable[str] = ()
) -> Callable[[type[R]], type[R]]:
    """Declare the table a record class is read from (put it above `@dataclass`)."""

    def declare(cls: type[R]) -> type[R]:
        RECORD_TABLES[cls] = RecordTable(table, frozenset(computed), frozenset(omitted))
        return cls

    return declare


def field_types(cls: type) -> dict[str, Any]:
    """The record's fields and their declared types (resolved, not the annotation text)."""
    hints = get_type_hints(cls)
    return {f.name: hints[f.name] for f in fields(cls)}


def enum_of(declared: Any) -> type[Enum] | None:
    """The enum a field's declared type names (`Unit`, `Unit | None`), else None."""
    if isinstance(declared, type) and issubclass(declared, Enum):
        return declared
    if get_origin(declared) in (Union, types.UnionType):
        members = [a for a in get_args(declared) if a is not type(None)]
        if len(members) == 1:
            return enum_of(members[0])
    return None


def _optional(convert: type[Enum]) -> Callable[[Any], Any]:
    return lambda value: None if value is None else convert(value)


@dataclass(frozen=True)
class _Plan:
    names: tuple[str, ...]  # the fields read from the row, in this order
    read: Callable[[Any], Any]  # the row's values of `names`, as one tuple
    converted: tuple[tuple[str, Callable[[Any], Any]], ...]  # stored text -> enum
    computed: frozenset[str]


_PLANS: dict[type, _Plan] = {}


def _plan(cls: type) -> _Plan:
    """How to read `cls` from a row; made on first use (its field types are resolvable by then)."""
    known = _PLANS.get(cls)
    if known is not None:
        return known
    declared = RECORD_TABLES.get(cls)
    if declared is None:
        raise TypeError(f"{cls.__name__} declares no table (storage.row_records.from_table)")
    types_by_name = field_types(cls)
    names = tuple(name for name in types_by_name if name not in declared.computed)
    converted = []
    for name in names:
        enum = enum_of(types_by_name[name])
        if enum is not None:
            converted.append((name, _optional(enum) if enum is not types_by_name[name] else enum))
    getter = attrgetter(*names)
    read = getter if len(names) > 1 else (lambda row: (getter(row),))
    plan = _PLANS[cls] = _Plan(names, read, tuple(converted), declared.computed)
    return plan


def record_from_row(cls: type[R], row: object, **computed: Any) -> R:
    """The `cls` record of `row` (a Core row or an ORM object of its table, same attribute names).

    Pass exactly the fields `cls` declares as computed.
    """
    plan = _plan(cls)
    if computed.keys() != plan.computed:
        raise TypeError(f"{cls.__name__} needs the computed fields {sorted(plan.computed)}, got {sorted(computed)}")
    values = dict(zip(plan.names, plan.read(row)))
    for name, convert in plan.converted:
        values[name] = convert(values[name])
    values.update(computed)
    return cls(**values)
