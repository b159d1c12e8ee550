"""Schema versions: an old file upgrades without loss, a newer one is refused untouched."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from barometer_desktop.errors import SchemaTooNewError
from barometer_desktop.storage import migrations
from barometer_desktop.storage.database import open_database

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TABLES_0001 = ("policy", "focus_area", "goal", "indicator", "area", "committee", "observation", "setting", "audit_log")


def _columns_0001(table: str) -> str:
    """The table's columns in schema 0001: later schemas may add columns, never change these."""
    connection = sqlite3.connect(f"file:{FIXTURES / 'schema_0001.sqlite'}?mode=ro", uri=True)
    try:
        return ", ".join(row[1] for row in connection.execute(f"PRAGMA table_info({table})"))
    finally:
        connection.close()


def _rows(path: Path) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            t: connection.execute(f"SELECT {_columns_0001(t)} FROM {t} ORDER BY 1").fetchall()
            for t in TABLES_0001
        }
    finally:
        connection.close()


@pytest.fixture
def old_db(tmp_path: Path) -> Path:
    return Path(shutil.copy(FIXTURES / "schema_0001.sqlite", tmp_path / "barometer.sqlite"))


def test_fixture_is_at_revision_0001():
    connection = sqlite3.connect(f"file:{FIXTURES / 'schema_0001.sqlite'}?mode=ro", uri=True)
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchall() == [("0001",)]
        assert connection.execute("SELECT count(*) FROM observation").fetchone()[0] > 0
    finally:
        connection.close()


def test_old_database_upgrades_without_losing_a_row(old_db: Path):
    before = _rows(old_db)
    assert all(before[t] for t in ("policy", "goal", "indicator", "observation"))

    db = open_database(old_db)
    try:
        assert db.schema_revision() == migrations.head_revision()
    finally:
        db.close()

    assert _rows(old_db) == before
    backups = list(old_db.parent.glob("barometer.before-upgrade.*.sqlite"))
    assert len(backups) == 1, "one timestamped backup beside the database"
    assert _rows(backups[0]) == before
    connection = sqlite3.connect(backups[0])
    try:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    finally:
        connection.close()


def test_upgrading_twice_is_harmless(old_db: Path):
    open_database(old_db).close()
    before = _rows(old_db)
    db = open_database(old_db)
    try:
        assert migrations.upgrade(db.engine, db.location) is None, "no second upgrade, no second backup"
    finally:
        db.close()
    assert _rows(old_db) == before
    assert len(list(old_db.parent.glob("barometer.before-upgrade.*"))) == 1


def test_newer_database_is_refused_and_left_untouched(policy_db_path: Path):
    connection = sqlite3.connect(policy_db_path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    connection.close()
    before = policy_db_path.read_bytes()
    mtime = policy_db_path.stat().st_mtime_ns

    with pytest.raises(SchemaTooNewError, match="newer version") as raised:
        open_database(policy_db_path)

    assert "9999_from_the_future" in str(raised.value)
    assert policy_db_path.read_bytes() == before
    assert policy_db_path.stat().st_mtime_ns == mtime
    assert list(policy_db_path.parent.glob("policy.before-upgrade.*")) == []
