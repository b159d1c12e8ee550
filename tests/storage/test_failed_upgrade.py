"""A schema upgrade that fails halfway rolls back whole; the original and the backup stay intact."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import inspect

from barometer_desktop.errors import DatabaseOpenError
from barometer_desktop.storage import migrations
from barometer_desktop.storage.database import open_database, upgrade_database
from barometer_desktop.storage.sql_engine import create_database_engine

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

BROKEN_REVISION = '''
from alembic import op
import sqlalchemy as sa

revision = "0003_broken"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table("half_done", sa.Column("id", sa.Integer(), primary_key=True))
    op.execute("INSERT INTO half_done (id) VALUES (1)")
    op.execute("UPDATE observation SET value = -1")
    raise RuntimeError("disk controller on fire")


def downgrade() -> None:
    pass
'''


@pytest.fixture
def broken_migrations(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shipped migrations plus a revision 0003 that fails halfway."""
    head = migrations.head_revision()
    folder = tmp_path / "migrations"
    shutil.copytree(migrations.migrations_folder(), folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / "0003_broken.py").write_text(BROKEN_REVISION.replace("{head}", head))
    migrations._scripts.cache_clear()
    monkeypatch.setattr(migrations, "migrations_folder", lambda: folder)
    yield folder
    migrations._scripts.cache_clear()


def _dump(path: Path) -> list[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


@pytest.mark.parametrize("entry", [open_database, upgrade_database])
def test_failed_upgrade_of_a_sqlite_file_rolls_back(broken_migrations, tmp_path: Path, entry):
    target = Path(shutil.copy(FIXTURES / "schema_0001.sqlite", tmp_path / "barometer.sqlite"))
    before = _dump(target)

    with pytest.raises(DatabaseOpenError, match="failed and was undone") as raised:
        entry(target)

    assert "disk controller on fire" in str(raised.value)
    assert _dump(target) == before, "schema 0001 and every row as they were"
    [backup] = tmp_path.glob("barometer.before-upgrade.*.sqlite")
    assert str(backup) in str(raised.value)
    assert _dump(backup) == before


def test_failed_upgrade_on_the_server_rolls_back(broken_migrations, any_empty_location):
    engine = create_database_engine(any_empty_location)
    try:
        config = migrations._config()
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.upgrade(config, "0001")
        with pytest.raises(DatabaseOpenError, match="failed and was undone"):
            migrations.upgrade(engine, any_empty_location, backup=False)
        with engine.connect() as connection:
            assert migrations.schema_status(connection).revision == "0001"
            tables = set(inspect(connection).get_table_names())
        assert "half_done" not in tables and "report_edition" not in tables
    finally:
        engine.dispose()


def test_upgrade_after_the_fix_works_and_twice_is_harmless(tmp_path: Path):
    target = Path(shutil.copy(FIXTURES / "schema_0001.sqlite", tmp_path / "barometer.sqlite"))
    first = upgrade_database(target)
    assert first is not None and first.exists()
    assert upgrade_database(target) is None
    assert len(list(tmp_path.glob("barometer.before-upgrade.*"))) == 1
