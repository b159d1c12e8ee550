"""What a database's schema holds, described so that two schemas can be compared.

`describe` names every schema object of the connected database (tables,
columns with their types and nullability, indexes, constraints, triggers,
views; on PostgreSQL also rules and row policies) with a normalised
definition; `catalogue_digest` is a quick fingerprint of the whole catalogue.
storage.schema_verification compares a file's description with the one the
migrations make (storage.expected_schema).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Mapping
from enum import Enum
from typing import TypeVar

from sqlalchemy import Connection, inspect
from sqlalchemy.engine.interfaces import ReflectedCheckConstraint

# A description of a schema: (kind, name) -> what the object is, normalised.
Shape = dict[tuple[str, str], str]

# The file's own bookkeeping, never a schema object we compare.
_SQLITE_INTERNAL = re.compile(r"^sqlite_", re.IGNORECASE)


class Kind(str, Enum):
    TABLE = "table"
    COLUMN = "column"
    INDEX = "index"
    CONSTRAINT = "constraint"
    TRIGGER = "trigger"
    VIEW = "view"
    RULE = "rule"
    POLICY = "policy"


# How `describe` records one object: kind, name, definition.
Add = Callable[[Kind, str, str], None]
_Reflected = TypeVar("_Reflected")


def _per_table(found: Mapping[tuple[str | None, str], _Reflected]) -> dict[str, _Reflected]:
    """The inspector's answer by table name, without SQLite's own tables."""
    return {table: value for (_schema, table), value in found.items() if not _SQLITE_INTERNAL.match(table)}


def _sql_text(sql: str | None) -> str:
    """SQL as written, with quoting, case and spacing made irrelevant."""
    text = re.sub(r'["`\[\]]', "", (sql or "").lower())
    text = re.sub(r"\s+", " ", text).strip()
    return re.sub(r"\s*([(),=<>;])\s*", r"\1", text)


def _type_text(column_type: object, strict: bool) -> str:
    if strict:
        return _sql_text(str(column_type))
    # What both engines agree on: the generic type (VARCHAR and TEXT are both
    # strings, REAL and DOUBLE PRECISION both floats, DATETIME is TIMESTAMP).
    affinity = getattr(column_type, "_type_affinity", None) or type(column_type)
    return affinity.__name__.lower()


def describe(connection: Connection, *, strict: bool) -> Shape:
    """Every schema object of the connected database's current schema.

    The inspector's get_multi_* calls read all tables at once (one catalogue
    query each on PostgreSQL instead of six per table).
    """
    inspector = inspect(connection)
    shape: Shape = {}

    def add(kind: Kind, name: str, definition: str = "") -> None:
        shape[(kind.value, name)] = definition

    columns = _per_table(inspector.get_multi_columns())
    primary_keys = _per_table(inspector.get_multi_pk_constraint())
    uniques = _per_table(inspector.get_multi_unique_constraints())
    foreign_keys = _per_table(inspector.get_multi_foreign_keys())
    indexes = _per_table(inspector.get_multi_indexes())
    checks: dict[str, list[ReflectedCheckConstraint]] = (
        _per_table(inspector.get_multi_check_constraints()) if strict else {}
    )
    for table in columns:
        add(Kind.TABLE, table)
        for column in columns[table]:
            parts = [_type_text(column["type"], strict), "null" if column["nullable"] else "not null"]
            if strict and column.get("default") is not None:
                parts.append(f"default {_sql_text(str(column['default']))}")
            if strict and column.get("computed"):
                parts.append(f"generated {_sql_text(str(column['computed'].get('sqltext')))}")
            add(Kind.COLUMN, f"{table}.{column['name']}", ", ".join(parts))
        primary = primary_keys.get(table)
        if primary and primary["constrained_columns"]:
            add(Kind.CONSTRAINT, f"{table} primary key", ",".join(primary["constrained_columns"]))
        for unique in uniques.get(table, []):
            # SQLite leaves constraints unnamed unless named: the columns say which.
            add(Kind.CONSTRAINT, f"{table} unique ({','.join(unique['column_names'])})")
        for key in foreign_keys.get(table, []):
            options = key.get("options") or {}
            actions = "".join(
                f" on {event} {options[f'on{event}'].lower()}" for event in ("delete", "update") if options.get(f"on{event}")
            )
            add(
                Kind.CONSTRAINT,
                f"{table} foreign key ({','.join(key['constrained_columns'])})",
                f"{key['referred_table']}({','.join(key['referred_columns'])}){actions}",
            )
        for check in checks.get(table, []):
            add(Kind.CONSTRAINT, f"{table} check {check.get('name') or ''}".rstrip(), _sql_text(check["sqltext"]))
        for index in indexes.get(table, []):
            if index.get("duplicates_constraint"):
                continue  # PostgreSQL's index behind a UNIQUE constraint, compared above
            names = ",".join(str(column) for column in index["column_names"])
            options = index.get("dialect_options") or {}
            where = options.get("sqlite_where")
            if where is None:
                where = options.get("postgresql_where")
            definition = f"{table}({names}){' unique' if index.get('unique') else ''}"
            if strict and where is not None:
                definition += f" where {_sql_text(str(where))}"
            # SQLite and PostgreSQL name every index; the definition would name one without.
            add(Kind.INDEX, index["name"] or definition, definition)
    if connection.dialect.name == "sqlite":
        _describe_sqlite_extras(connection, add, strict)
    elif connection.dialect.name == "postgresql":
        _describe_postgresql_extras(connection, add)
    return shape


def _describe_sqlite_extras(connection: Connection, add: Add, strict: bool) -> None:
    # Triggers (which the inspector does not report) and views, with their SQL.
    rows = connection.exec_driver_sql(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')"
    )
    for kind, name, table, sql in rows:
        definition = f"on {table}: {_sql_text(sql)}" if strict else f"on {table}"
        add(Kind.TRIGGER if kind == "trigger" else Kind.VIEW, name, definition)


def _describe_postgresql_extras(connection: Connection, add: Add) -> None:
    schema = "current_schema()"
    queries = {
        Kind.TRIGGER: "SELECT t.tgname, c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        f"WHERE NOT t.tgisinternal AND c.relnamespace = {schema}::regnamespace",
        Kind.VIEW: "SELECT c.relname, c.relkind FROM pg_class c "
        f"WHERE c.relkind IN ('v', 'm') AND c.relnamespace = {schema}::regnamespace",
        Kind.RULE: f"SELECT rulename, tablename FROM pg_rules WHERE schemaname = {schema}",
        Kind.POLICY: f"SELECT policyname, tablename FROM pg_policies WHERE schemaname = {schema}",
    }
    for kind, query in queries.items():
        for name, where in connection.exec_driver_sql(query):
            add(kind, name, f"on {where}" if kind is not Kind.VIEW else "")


def catalogue_digest(connection: Connection) -> str | None:
    """A digest of every schema object's definition (SQLite and PostgreSQL; None elsewhere)."""
    if connection.dialect.name == "sqlite":
        rows = connection.exec_driver_sql(
            "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master "
            "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name"
        )
    elif connection.dialect.name == "postgresql":
        rows = connection.exec_driver_sql(_POSTGRESQL_CATALOGUE)
    else:
        return None
    digest = hashlib.sha256()
    for row in rows:
        digest.update("\x1f".join(str(value) for value in row).encode("utf-8") + b"\x1e")
    return digest.hexdigest()


# Everything in the current schema that could act on or hide data, in the
# server's own words: relations, columns, defaults, indexes, constraints,
# triggers, rules, row policies, views and functions.
_POSTGRESQL_CATALOGUE = """
SELECT item FROM (
  SELECT concat_ws(' ', 'relation', c.relname, c.relkind::text, c.relrowsecurity::text,
                   CASE WHEN c.relkind IN ('v', 'm') THEN pg_get_viewdef(c.oid) END) AS item
    FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace
  UNION ALL
  SELECT concat_ws(' ', 'column', c.relname || '.' || a.attname, format_type(a.atttypid, a.atttypmod),
                   a.attnotnull::text, pg_get_expr(d.adbin, d.adrelid))
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
   WHERE c.relnamespace = current_schema()::regnamespace AND a.attnum > 0 AND NOT a.attisdropped
  UNION ALL
  SELECT concat_ws(' ', 'index', pg_get_indexdef(i.indexrelid))
    FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid WHERE c.relnamespace = current_schema()::regnamespace
  UNION ALL
  SELECT concat_ws(' ', 'constraint', con.conname, pg_get_constraintdef(con.oid))
    FROM pg_constraint con WHERE con.connamespace = current_schema()::regnamespace
  UNION ALL
  SELECT concat_ws(' ', 'trigger', pg_get_triggerdef(t.oid))
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
   WHERE NOT t.tgisinternal AND c.relnamespace = current_schema()::regnamespace
  UNION ALL
  SELECT concat_ws(' ', 'rule', rulename, definition) FROM pg_rules WHERE schemaname = current_schema()
  UNION ALL
  SELECT concat_ws(' ', 'policy', policyname, tablename, qual, with_check)
    FROM pg_policies WHERE schemaname = current_schema()
  UNION ALL
  SELECT concat_ws(' ', 'function', p.oid::regprocedure::text, md5(coalesce(p.prosrc, '')))
    FROM pg_proc p WHERE p.pronamespace = current_schema()::regnamespace
) items ORDER BY item
"""
