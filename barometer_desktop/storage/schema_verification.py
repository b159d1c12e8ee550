"""Does a database contain exactly what our migrations make for its schema version?

A backup can carry more than data: a trigger ``AFTER INSERT ON observation
BEGIN DELETE FROM observation ...`` in a restored file would silently delete
rows on the next import. So opening, restoring and `db check` compare every
schema object of the file (tables, columns with their types and nullability,
indexes, constraints, triggers, views; on PostgreSQL also rules and row
policies) with what the project's own Alembic migrations create for the
file's revision, and refuse anything extra, missing or different.

The expected schema is never written down by hand (other revisions are added
all the time): it is derived by running the migrations up to the revision on
a fresh in-memory SQLite database and describing the result the same way as
the file. The description is cached per revision in this process and, since
Alembic costs about 20 MiB and 0.2 s to load, in the user's cache folder too
(paths.cache_dir, found without Qt), keyed by the migration files and library
versions, so an ordinary start never imports Alembic.

SQLite files are compared strictly (declared types, defaults, CHECK
constraints, the SQL of triggers and views). A PostgreSQL database is
compared at the level both engines share: tables, columns (generic type,
nullability), indexes, keys, and every trigger, rule, policy and view by
name, since none may exist that the migrations did not make.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from functools import cache
from pathlib import Path

from sqlalchemy import Connection, inspect

from barometer_desktop.errors import QT_TRANSLATE_NOOP, DatabaseOpenError
from barometer_desktop.i18n import translate
from barometer_desktop.paths import cache_dir
from barometer_desktop.storage.migrations import _config, migrations_folder
from barometer_desktop.storage.sql_engine import create_memory_engine

# A description of a schema: (kind, name) -> what the object is, normalised.
Shape = dict[tuple[str, str], str]

# The file's own bookkeeping, never a schema object we compare.
_SQLITE_INTERNAL = re.compile(r"^sqlite_", re.IGNORECASE)
_CACHE_FORMAT = 3


class Kind(str, Enum):
    TABLE = "table"
    COLUMN = "column"
    INDEX = "index"
    CONSTRAINT = "constraint"
    TRIGGER = "trigger"
    VIEW = "view"
    RULE = "rule"
    POLICY = "policy"


class Change(Enum):
    EXTRA = "extra"  # in the file, not made by the migrations
    MISSING = "missing"  # made by the migrations, gone from the file
    DIFFERENT = "different"


@dataclass(frozen=True)
class SchemaDifference:
    change: Change
    kind: Kind
    name: str
    found: str = ""
    expected: str = ""


# -- describing a schema -------------------------------------------------------


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

    def per_table(found: dict) -> dict[str, list]:  # type: ignore[type-arg]
        return {table: value for (_schema, table), value in found.items() if not _SQLITE_INTERNAL.match(table)}

    columns = per_table(inspector.get_multi_columns())
    primary_keys = per_table(inspector.get_multi_pk_constraint())
    uniques = per_table(inspector.get_multi_unique_constraints())
    foreign_keys = per_table(inspector.get_multi_foreign_keys())
    indexes = per_table(inspector.get_multi_indexes())
    checks = per_table(inspector.get_multi_check_constraints()) if strict else {}
    for table in columns:
        add(Kind.TABLE, table)
        for column in columns[table]:
            parts = [_type_text(column["type"], strict), "null" if column["nullable"] else "not null"]
            if strict and column.get("default") is not None:
                parts.append(f"default {_sql_text(str(column['default']))}")
            if strict and column.get("computed"):
                parts.append(f"generated {_sql_text(str(column['computed'].get('sqltext')))}")
            add(Kind.COLUMN, f"{table}.{column['name']}", ", ".join(parts))
        primary = (primary_keys.get(table) or {}).get("constrained_columns") or []
        if primary:
            add(Kind.CONSTRAINT, f"{table} primary key", ",".join(primary))
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
            add(Kind.INDEX, index["name"], definition)
    if connection.dialect.name == "sqlite":
        _describe_sqlite_extras(connection, add, strict)
    elif connection.dialect.name == "postgresql":
        _describe_postgresql_extras(connection, add)
    return shape


def _describe_sqlite_extras(connection: Connection, add, strict: bool) -> None:  # type: ignore[no-untyped-def]
    # Triggers (which the inspector does not report) and views, with their SQL.
    rows = connection.exec_driver_sql(
        "SELECT type, name, tbl_name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')"
    )
    for kind, name, table, sql in rows:
        definition = f"on {table}: {_sql_text(sql)}" if strict else f"on {table}"
        add(Kind.TRIGGER if kind == "trigger" else Kind.VIEW, name, definition)


def _describe_postgresql_extras(connection: Connection, add) -> None:  # type: ignore[no-untyped-def]
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


# -- what the migrations make --------------------------------------------------


def _fingerprint(revision: str, strict: bool) -> str:
    """Changes whenever the expected shape could: migrations, libraries, SQLite."""
    import sqlalchemy

    digest = hashlib.sha256()
    for path in sorted((migrations_folder()).rglob("*.py")):
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    digest.update(f"{_CACHE_FORMAT}|{revision}|{strict}|{sqlalchemy.__version__}|{sqlite3.sqlite_version}".encode())
    return digest.hexdigest()[:32]


def _cache_file(revision: str, strict: bool) -> Path | None:
    try:
        return cache_dir() / "schema" / f"{_fingerprint(revision, strict)}.json"
    except (OSError, RuntimeError):  # no home folder (a locked-down service account): derive each time
        return None


def _read_cache(path: Path | None) -> Expected | None:
    if path is None:
        return None
    try:
        stored = json.loads(path.read_text(encoding="utf-8"))
        shape = {(kind, name): definition for kind, name, definition in stored["shape"]}
        return Expected(shape, stored["catalogue"])
    except (OSError, ValueError, TypeError, KeyError):
        return None  # absent or damaged: derive it again


def _write_cache(path: Path | None, expected: Expected) -> None:
    if path is None:
        return
    rows = sorted([kind, name, definition] for (kind, name), definition in expected.shape.items())
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump({"shape": rows, "catalogue": expected.catalogue}, stream)
        os.replace(temporary, path)
    except OSError:
        pass  # a cache we cannot write only costs time next start


@dataclass(frozen=True)
class Expected:
    shape: Shape
    # SQLite only: a digest of the catalogue's SQL. A file whose catalogue
    # hashes the same has exactly this schema, which is quicker to know than
    # describing it (20 ms). Files whose SQL was rendered differently (an
    # older library) still pass the structural comparison.
    catalogue: str | None


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


# -- PostgreSQL: catalogues already found sound ---------------------------------
# The expected schema comes from SQLite, so a server's catalogue cannot be
# compared with it by digest. Instead a digest that passed the full
# comparison is remembered (here and in the cache folder): the next opening
# of an unchanged database costs one catalogue query instead of the
# reflection (about 0.1-0.2 s). Any change to the schema changes the digest
# and brings the full comparison back.

_MAX_REMEMBERED = 50
_verified: dict[str, set[str]] = {}


def _verified_file(revision: str) -> Path | None:
    found = _cache_file(revision, False)
    return found.with_name(f"verified-{found.name}") if found else None


def _verified_digests(revision: str) -> set[str]:
    if revision not in _verified:
        path = _verified_file(revision)
        try:
            stored = json.loads(path.read_text(encoding="utf-8")) if path else []
            _verified[revision] = {str(digest) for digest in stored} if isinstance(stored, list) else set()
        except (OSError, ValueError):
            _verified[revision] = set()
    return _verified[revision]


def _remember_verified(revision: str, digest: str) -> None:
    digests = _verified_digests(revision)
    digests.add(digest)
    path = _verified_file(revision)
    if path is None:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(sorted(digests)[-_MAX_REMEMBERED:], stream)
        os.replace(temporary, path)
    except OSError:
        pass  # only costs the full comparison next time


def _migrated(revision: str, strict: bool) -> Expected:
    """Run our migrations up to `revision` on an empty in-memory database and describe it."""
    from alembic import command

    engine = create_memory_engine()
    try:
        config = _config()
        with engine.connect() as connection:
            with connection.begin():
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
            return Expected(describe(connection, strict=strict), catalogue_digest(connection))
    finally:
        engine.dispose()


@cache
def expected_schema(revision: str, *, strict: bool) -> Expected:
    """What the migrations make at `revision` (which must be one of ours)."""
    cache_file = _cache_file(revision, strict)
    expected = _read_cache(cache_file)
    if expected is None:
        expected = _migrated(revision, strict)
        _write_cache(cache_file, expected)
    return expected


# -- comparing -----------------------------------------------------------------


# Whole objects before their parts, the dangerous kinds first.
_ORDER = [Kind.TABLE, Kind.TRIGGER, Kind.RULE, Kind.POLICY, Kind.VIEW, Kind.INDEX, Kind.COLUMN, Kind.CONSTRAINT]


def _table_of(kind: str, name: str) -> str | None:
    if kind == Kind.COLUMN.value:
        return name.split(".", 1)[0]
    if kind == Kind.CONSTRAINT.value:
        return name.split(" ", 1)[0]
    return None


def compare(found: Shape, expected: Shape) -> list[SchemaDifference]:
    """Extra objects first (the dangerous ones), then missing, then changed.

    The columns and constraints of a table that is extra or missing as a
    whole are not listed again.
    """
    extra, missing = found.keys() - expected.keys(), expected.keys() - found.keys()
    whole_tables = {name for kind, name in extra | missing if kind == Kind.TABLE.value}

    def listed(keys: set[tuple[str, str]]) -> list[tuple[str, str]]:
        kept = [key for key in keys if _table_of(*key) not in whole_tables]
        return sorted(kept, key=lambda key: (_ORDER.index(Kind(key[0])), key[1]))

    differences = [SchemaDifference(Change.EXTRA, Kind(k), n, found=found[(k, n)]) for k, n in listed(extra)]
    differences += [SchemaDifference(Change.MISSING, Kind(k), n, expected=expected[(k, n)]) for k, n in listed(missing)]
    differences += [
        SchemaDifference(Change.DIFFERENT, Kind(k), n, found=found[(k, n)], expected=expected[(k, n)])
        for k, n in listed({key for key in found.keys() & expected.keys() if found[key] != expected[key]})
    ]
    return differences


def schema_differences(connection: Connection, revision: str) -> list[SchemaDifference]:
    """How the connected database differs from what our migrations make at `revision`."""
    strict = connection.dialect.name == "sqlite"
    expected = expected_schema(revision, strict=strict)
    digest = catalogue_digest(connection)
    if digest is not None and (digest == expected.catalogue or (not strict and digest in _verified_digests(revision))):
        return []
    differences = compare(describe(connection, strict=strict), expected.shape)
    if not differences and digest is not None and not strict:
        _remember_verified(revision, digest)
    return differences


# -- saying it -----------------------------------------------------------------

# With the article, since Danish puts it on the noun ("triggeren"). Each a
# literal translate() call, so lupdate collects it.
_KIND_WORDS: dict[Kind, Callable[[], str]] = {
    Kind.TABLE: lambda: translate("Schema", "the table"),
    Kind.COLUMN: lambda: translate("Schema", "the column"),
    Kind.INDEX: lambda: translate("Schema", "the index"),
    Kind.CONSTRAINT: lambda: translate("Schema", "the constraint"),
    Kind.TRIGGER: lambda: translate("Schema", "the trigger"),
    Kind.VIEW: lambda: translate("Schema", "the view"),
    Kind.RULE: lambda: translate("Schema", "the rule"),
    Kind.POLICY: lambda: translate("Schema", "the row security policy"),
}

_CHANGE_TEMPLATES: dict[Change, Callable[[], str]] = {
    Change.EXTRA: lambda: translate("Schema", "{kind} {name} is not part of the barometer schema (version {revision})."),
    Change.MISSING: lambda: translate("Schema", "{kind} {name} of the barometer schema (version {revision}) is missing."),
    Change.DIFFERENT: lambda: translate(
        "Schema",
        "{kind} {name} differs from the barometer schema (version {revision}): "
        "found \"{found}\", expected \"{expected}\".",
    ),
}


def difference_text(difference: SchemaDifference, revision: str) -> str:
    """One translated line naming the object and what is wrong with it."""
    kind = _KIND_WORDS[difference.kind]()
    return _CHANGE_TEMPLATES[difference.change]().format(
        kind=kind[:1].upper() + kind[1:],
        name=f'"{difference.name}"',
        revision=revision,
        found=difference.found,
        expected=difference.expected,
    )


def refuse_altered_schema(connection: Connection, revision: str, display: str) -> None:
    """Raise DatabaseOpenError naming the first object that our migrations did not make as it is."""
    differences = schema_differences(connection, revision)
    if not differences:
        return
    more = ""
    if len(differences) > 1:
        more = " " + translate("Schema", "Further differences: {count} ('db check' lists them all).").format(
            count=len(differences) - 1
        )
    raise DatabaseOpenError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} contains something the barometer's own schema does not make, so it was not used "
            "and not changed. {difference}{more} It may have been altered outside the program: "
            "use a backup you trust.",
        ),
        path=display,
        difference=difference_text(differences[0], revision),
        more=more,
    )
