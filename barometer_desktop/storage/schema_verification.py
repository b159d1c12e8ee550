"""Does a database contain exactly what our migrations make for its schema version?

A backup can carry more than data: a trigger ``AFTER INSERT ON observation
BEGIN DELETE FROM observation ...`` in a restored file would silently delete
rows on the next import. So opening, restoring and `db check` compare every
schema object of the file (storage.schema_description) with what the
project's own Alembic migrations create for the file's revision
(storage.migrated_schema), and refuse anything extra, missing or different.

SQLite files are compared strictly (declared types, defaults, CHECK
constraints, the SQL of triggers and views). A PostgreSQL database is
compared at the level both engines share: tables, columns (generic type,
nullability), indexes, keys, and every trigger, rule, policy and view by
name, since none may exist that the migrations did not make.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum

from sqlalchemy import Connection

from barometer_desktop.errors import QT_TRANSLATE_NOOP, DatabaseOpenError
from barometer_desktop.i18n import translate
from barometer_desktop.storage.migrated_schema import expected_schema, remember_verified, verified_digests
from barometer_desktop.storage.schema_description import Kind, Shape, catalogue_digest, describe


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
    if digest is not None and (digest == expected.catalogue or (not strict and digest in verified_digests(revision))):
        return []
    differences = compare(describe(connection, strict=strict), expected.shape)
    if not differences and digest is not None and not strict:
        remember_verified(revision, digest)
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
