"""A database we open, restore or check holds only what our migrations make for its revision.

The attack from issue 12: a backup carrying a trigger that deletes every
other observation on the next insert passed `db check`, was restored and then
wiped 413 observations on a one-value import. Every way such a file enters
the program must now refuse it by name and leave it byte-identical.
"""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from barometer_desktop.cli.main import main
from barometer_desktop.errors import DatabaseOpenError, SchemaTooNewError
from barometer_desktop.storage import migrated_schema, migrations, schema_verification
from barometer_desktop.storage.database import open_database, upgrade_database
from barometer_desktop.storage.health import check_database
from barometer_desktop.storage.restore import check_backup_file, restore_sqlite
from barometer_desktop.storage.schema_description import Kind
from barometer_desktop.storage.sql_engine import DatabaseLocation

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

WIPE_TRIGGER = "CREATE TRIGGER wipe AFTER INSERT ON observation BEGIN DELETE FROM observation WHERE id<>NEW.id; END"
WIPE_TRIGGER_PG = """
CREATE FUNCTION wipe_others() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN DELETE FROM observation WHERE id <> NEW.id; RETURN NULL; END $$;
CREATE TRIGGER wipe AFTER INSERT ON observation FOR EACH ROW EXECUTE FUNCTION wipe_others();
"""


def fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def alter(path: Path, *statements: str, writable_schema: bool = False) -> Path:
    connection = sqlite3.connect(path)
    try:
        if writable_schema:
            connection.execute("PRAGMA writable_schema = ON")
        for statement in statements:
            connection.execute(statement)
        connection.commit()
    finally:
        connection.close()
    return path


# Each hostile change to a sound database, and the object the refusal must name.
ALTERATIONS: dict[str, tuple[Callable[[Path], object], str]] = {
    "trigger deleting rows": (lambda p: alter(p, WIPE_TRIGGER), '"wipe"'),
    "trigger on another table": (
        lambda p: alter(p, "CREATE TRIGGER t2 BEFORE UPDATE ON setting BEGIN SELECT 1; END"),
        '"t2"',
    ),
    "extra view": (lambda p: alter(p, "CREATE VIEW everything AS SELECT * FROM observation"), '"everything"'),
    "extra table": (lambda p: alter(p, "CREATE TABLE stash (x TEXT)"), '"stash"'),
    "extra column": (lambda p: alter(p, "ALTER TABLE observation ADD COLUMN spare TEXT"), '"observation.spare"'),
    "extra index": (lambda p: alter(p, "CREATE INDEX ix_spare ON observation (note)"), '"ix_spare"'),
    "missing index": (lambda p: alter(p, "DROP INDEX ix_observation_year_indicator"), '"ix_observation_year_indicator"'),
    "nullability changed": (
        lambda p: alter(
            p,
            "UPDATE sqlite_master SET sql = replace(sql, 'value FLOAT NOT NULL', 'value FLOAT') "
            "WHERE name = 'observation'",
            writable_schema=True,
        ),
        '"observation.value"',
    ),
    "type changed": (
        lambda p: alter(
            p,
            "UPDATE sqlite_master SET sql = replace(sql, 'value FLOAT NOT NULL', 'value TEXT NOT NULL') "
            "WHERE name = 'observation'",
            writable_schema=True,
        ),
        '"observation.value"',
    ),
    "check constraint loosened": (
        lambda p: alter(
            p,
            "UPDATE sqlite_master SET sql = replace(sql, 'year BETWEEN 1900 AND 2100', 'year > 0') "
            "WHERE name = 'observation'",
            writable_schema=True,
        ),
        "ck_observation_year_range",
    ),
}


@pytest.fixture(params=list(ALTERATIONS))
def altered(request, policy_db_path: Path) -> tuple[Path, str]:
    make, name = ALTERATIONS[request.param]
    make(policy_db_path)
    return policy_db_path, name


def test_opening_refuses_an_altered_schema_by_name_and_leaves_the_file_untouched(altered):
    path, name = altered
    before = fingerprint(path)
    with pytest.raises(DatabaseOpenError) as raised:
        open_database(path)
    assert name in str(raised.value) and "not changed" in str(raised.value)
    assert fingerprint(path) == before
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name)) == [path.name]


def test_db_check_names_every_difference(altered, capsys):
    path, name = altered
    before = fingerprint(path)
    assert main(["--db", str(path), "db", "check"]) == 1
    err = capsys.readouterr().err
    assert name in err and "Traceback" not in err
    assert fingerprint(path) == before


def test_restore_refuses_an_altered_backup_and_keeps_the_current_database(altered, demo_db_path: Path):
    backup, name = altered
    before_backup, before_current = fingerprint(backup), fingerprint(demo_db_path)
    with pytest.raises(DatabaseOpenError, match="not restored") as raised:
        restore_sqlite(backup, demo_db_path)
    assert name in str(raised.value)
    assert fingerprint(backup) == before_backup and fingerprint(demo_db_path) == before_current
    assert list(demo_db_path.parent.glob("*before-restore*")) == []


def test_the_issue_attack_never_reaches_an_import(policy_db_path: Path, demo_db_path: Path, tmp_path: Path):
    """The exact file from the issue: db check says why, restore and open refuse it."""
    evil = alter(Path(shutil.copy(demo_db_path, tmp_path / "evil-backup.sqlite")), WIPE_TRIGGER)
    problems = check_database(DatabaseLocation.parse(evil))
    assert problems == ['Triggeren "wipe" er ikke en del af barometerets skema (version 0002).'.replace(
        "0002", migrations.head_revision())]
    with pytest.raises(DatabaseOpenError):
        check_backup_file(evil)
    with pytest.raises(DatabaseOpenError, match='"wipe"'):
        open_database(evil)


def test_an_older_file_is_checked_against_its_own_revision_before_any_upgrade(tmp_path: Path):
    old = alter(Path(shutil.copy(FIXTURES / "schema_0001.sqlite", tmp_path / "old.sqlite")), WIPE_TRIGGER)
    before = fingerprint(old)
    for attempt in (lambda: open_database(old), lambda: upgrade_database(old), lambda: check_backup_file(old)):
        with pytest.raises(DatabaseOpenError, match='"wipe"'):
            attempt()
    assert fingerprint(old) == before
    assert list(tmp_path.glob("*before-upgrade*")) == [], "no upgrade, so no upgrade backup"
    problems = check_database(DatabaseLocation.parse(old))
    assert any('"wipe"' in problem and "0001" in problem for problem in problems)


def test_a_sound_older_file_still_opens_and_upgrades(tmp_path: Path):
    old = Path(shutil.copy(FIXTURES / "schema_0001.sqlite", tmp_path / "old.sqlite"))
    assert check_backup_file(old) is None
    db = open_database(old)
    try:
        assert db.schema_revision() == migrations.head_revision()
    finally:
        db.close()
    assert check_database(DatabaseLocation.parse(old)) == []


def test_every_known_revision_passes_against_what_its_migrations_make(tmp_path: Path):
    """Generic: each revision in the migrations folder, including ones added later."""
    from alembic import command

    for revision in sorted(migrations.known_revisions()):
        path = tmp_path / f"at-{revision}.sqlite"
        engine = create_engine(f"sqlite:///{path}")
        config = migrations._config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
        with engine.connect() as connection:
            assert schema_verification.schema_differences(connection, revision) == []
            connection.exec_driver_sql("CREATE TRIGGER late AFTER DELETE ON setting BEGIN SELECT 1; END")
            [difference] = schema_verification.schema_differences(connection, revision)
            assert (difference.change, difference.kind, difference.name) == (
                schema_verification.Change.EXTRA, Kind.TRIGGER, "late")
        engine.dispose()


def test_a_damaged_cache_of_the_expected_schema_is_derived_again(policy_db_path: Path, tmp_path: Path, monkeypatch):
    from barometer_desktop.paths import cache_dir

    monkeypatch.setenv("BAROMETER_CACHE_DIR", str(tmp_path / "own-cache"))
    migrated_schema.expected_schema.cache_clear()
    open_database(policy_db_path).close()
    cached = list((cache_dir() / "schema").glob("*.json"))
    assert cached, "the expected schema is kept for the next start"
    for path in cached:
        path.write_text("{not json", encoding="utf-8")
    migrated_schema.expected_schema.cache_clear()
    open_database(policy_db_path).close()
    alter(policy_db_path, WIPE_TRIGGER)
    migrated_schema.expected_schema.cache_clear()
    with pytest.raises(DatabaseOpenError, match='"wipe"'):
        open_database(policy_db_path)


# -- another program's database, and a newer one of ours ------------------------------------


def _other_alembic_application(path: Path) -> Path:
    return alter(
        path,
        "CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)",
        "INSERT INTO alembic_version VALUES ('3f2a9c1b7d4e')",
        "CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)",
    )


def test_another_alembic_application_is_not_a_barometer_database(tmp_path: Path, demo_db_path: Path, capsys):
    other = _other_alembic_application(tmp_path / "webshop.sqlite")
    before = fingerprint(other)
    with pytest.raises(DatabaseOpenError) as raised:
        open_database(other)
    assert not isinstance(raised.value, SchemaTooNewError)
    assert "not a barometer database" in str(raised.value) and "newer version" not in str(raised.value)
    with pytest.raises(DatabaseOpenError, match="not a barometer database"):
        restore_sqlite(other, demo_db_path)
    assert main(["--db", str(other), "db", "check"]) != 0
    err = capsys.readouterr().err
    assert "barometerdatabase" in err and "nyere version" not in err
    assert fingerprint(other) == before


def test_a_newer_barometer_database_is_still_called_newer(policy_db_path: Path):
    alter(policy_db_path, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    with pytest.raises(SchemaTooNewError, match="newer version"):
        open_database(policy_db_path)


# -- both engines ---------------------------------------------------------------------------


def _add_wipe_trigger(db) -> None:
    with db.engine.begin() as connection:
        if db.engine.dialect.name == "postgresql":
            connection.exec_driver_sql(WIPE_TRIGGER_PG)
        else:
            connection.exec_driver_sql(WIPE_TRIGGER)


def test_a_trigger_is_refused_on_every_engine(any_policy_db):
    location = any_policy_db.location
    assert check_database(location) == []  # on PostgreSQL this catalogue digest is now remembered as sound
    _add_wipe_trigger(any_policy_db)
    any_policy_db.close()
    with pytest.raises(DatabaseOpenError, match='"wipe"'):
        open_database(location)
    assert any('"wipe"' in problem for problem in check_database(location))


def test_other_server_side_objects_are_refused_on_postgresql(any_policy_db):
    if any_policy_db.engine.dialect.name != "postgresql":
        pytest.skip("rules and row policies exist on PostgreSQL only")
    location = any_policy_db.location
    with any_policy_db.engine.begin() as connection:
        connection.exec_driver_sql("CREATE RULE keep_one AS ON INSERT TO setting DO ALSO DELETE FROM observation")
        connection.exec_driver_sql("CREATE POLICY hide ON observation USING (year < 2000)")
        connection.exec_driver_sql("CREATE VIEW everything AS SELECT * FROM observation")
        connection.exec_driver_sql("ALTER TABLE observation ADD COLUMN spare TEXT")
    any_policy_db.close()
    problems = "\n".join(check_database(location))
    for name in ('"keep_one"', '"hide"', '"everything"', '"observation.spare"'):
        assert name in problems
    with pytest.raises(DatabaseOpenError):
        open_database(location)


def test_another_alembic_application_on_every_engine(any_empty_location):
    engine = create_engine(any_empty_location.url)
    with engine.begin() as connection:
        connection.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
        connection.exec_driver_sql("INSERT INTO alembic_version VALUES ('3f2a9c1b7d4e')")
        connection.exec_driver_sql("CREATE TABLE users (id INTEGER PRIMARY KEY, email TEXT)")
    engine.dispose()
    with pytest.raises(DatabaseOpenError, match="not a barometer database") as raised:
        open_database(any_empty_location)
    assert not isinstance(raised.value, SchemaTooNewError)
