"""A database another program keeps write-locked gives a clear message, not a crash."""

import sqlite3

import pytest

from barometer_desktop.errors import DatabaseOpenError
from barometer_desktop.storage import settings_store
from barometer_desktop.storage import sql_engine as engine
from barometer_desktop.storage.database import open_database


def test_write_lock_held_elsewhere_is_a_clear_message_and_nothing_changes(policy_db_path, monkeypatch):
    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 50)  # do not wait the real 5 s
    db = open_database(policy_db_path, user_name="tester")
    other = sqlite3.connect(policy_db_path, isolation_level=None)
    try:
        other.execute("BEGIN IMMEDIATE")  # another program is writing
        with pytest.raises(DatabaseOpenError) as raised:
            settings_store.save(db, {settings_store.ORGANISATION: "Ny organisation"})
        assert "policy.sqlite" in str(raised.value)
        other.execute("ROLLBACK")
        assert settings_store.load(db).organisation != "Ny organisation"
    finally:
        other.close()
        db.close()
