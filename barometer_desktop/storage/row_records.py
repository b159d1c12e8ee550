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


# One builder per record class, made on first use (the field types are resolvable by then).
_BUILDERS: dict[type, Callable[..., Any]] = {}


def _builder(cls: type) -> Callable[..., Any]:
    """`build(row, *, <computed>)` for `cls`: its fields read by name, enums converted.

    Written out as source once per class, as `dataclasses` makes `__init__`: a
    record is made for each of up to a hundred thousand values, and a generic
    loop over the fields costs a tenth more than this direct call.
    """
    declared = RECORD_TABLES.get(cls)
    if declared is None:
        raise TypeError(f"{cls.__name__} declares no table (storage.row_records.from_table)")
    namespace: dict[str, Any] = {"_record": cls}
    arguments = []
    for name, declared_type in field_types(cls).items():
        if name in declared.computed:
            arguments.append(f"{name}={name}")
            continue
        enum = enum_of(declared_type)
        if enum is None:
            arguments.append(f"{name}=_row.{name}")
        else:
            namespace[f"_to_{name}"] = enum if enum is declared_type else _optional(enum)
            arguments.append(f"{name}=_to_{name}(_row.{name})")
    parameters = ", ".join(["_row", "*", *sorted(declared.computed)]) if declared.computed else "_row"
    exec(f"def build({parameters}):\n    return _record({', '.join(arguments)})\n", namespace)
    return _BUILDERS.setdefault(cls, namespace["build"])


def record_from_row(cls: type[R], row: object, **computed: Any) -> R:
    """The `cls` record of `row` (a Core row or an ORM object of its table, same attribute names).

    Pass exactly the fields `cls` declares as computed (else TypeError).
    """
    build = _BUILDERS.get(cls) or _builder(cls)
    record: R = build(row, **computed)
    return record
