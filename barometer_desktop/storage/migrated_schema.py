"""What our migrations make at a revision, derived once and cached.

The expected schema is never written down by hand (other revisions are added
all the time): it is derived by running the migrations up to the revision on
a fresh in-memory SQLite database and describing the result the same way as
a file (storage.schema_description). The description is cached per revision
in this process and, since Alembic costs about 20 MiB and 0.2 s to load, in
the user's cache folder too (paths.cache_dir, found without Qt), keyed by the
migration files and library versions, so an ordinary start never imports
Alembic.

A PostgreSQL catalogue cannot be compared with the expected schema by digest
(that comes from SQLite), so the digests of catalogues that passed the full
comparison are remembered here as well: the next opening of an unchanged
server database costs one catalogue query instead of the reflection.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import tempfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import sqlalchemy

from barometer_desktop.paths import cache_dir
from barometer_desktop.storage.migrations import _config, migrations_folder
from barometer_desktop.storage.schema_description import Shape, catalogue_digest, describe
from barometer_desktop.storage.sql_engine import create_memory_engine

_CACHE_FORMAT = 3
_MAX_REMEMBERED = 50


@dataclass(frozen=True)
class Expected:
    shape: Shape
    # SQLite only: a digest of the catalogue's SQL. A file whose catalogue
    # hashes the same has exactly this schema, which is quicker to know than
    # describing it (20 ms). Files whose SQL was rendered differently (an
    # older library) still pass the structural comparison.
    catalogue: str | None


def _fingerprint(revision: str, strict: bool) -> str:
    """Changes whenever the expected shape could: migrations, libraries, SQLite."""
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


def _write_json(path: Path, data: object) -> None:
    """Replace a cache file whole; a cache we cannot write only costs time next start.

    Not atomic_files.atomic_write: a cache is no user's file, and a torn one
    is read as absent and derived again.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(data, stream)
        os.replace(temporary, path)
    except OSError:
        pass


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
    _write_json(path, {"shape": rows, "catalogue": expected.catalogue})


def _migrated(revision: str, strict: bool) -> Expected:
    """Run our migrations up to `revision` on an empty in-memory database and describe it."""
    from alembic import command  # noqa: PLC0415 - lazy: Alembic only when the cache has no answer

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


# -- PostgreSQL: catalogues already found sound ---------------------------------
# Any change to the schema changes the digest and brings the full comparison back.

_verified: dict[str, set[str]] = {}


def _verified_file(revision: str) -> Path | None:
    found = _cache_file(revision, False)
    return found.with_name(f"verified-{found.name}") if found else None


def verified_digests(revision: str) -> set[str]:
    """Catalogue digests of server databases at `revision` that passed the full comparison."""
    if revision not in _verified:
        path = _verified_file(revision)
        try:
            stored = json.loads(path.read_text(encoding="utf-8")) if path else []
            _verified[revision] = {str(digest) for digest in stored} if isinstance(stored, list) else set()
        except (OSError, ValueError):
            _verified[revision] = set()
    return _verified[revision]


def remember_verified(revision: str, digest: str) -> None:
    digests = verified_digests(revision)
    digests.add(digest)
    path = _verified_file(revision)
    if path is not None:
        _write_json(path, sorted(digests)[-_MAX_REMEMBERED:])
