"""A new database built from the migrations has exactly the schema of the models."""

from __future__ import annotations

from sqlalchemy import inspect

from barometer_desktop.storage import migrations
from barometer_desktop.storage.database import create_database, open_database
from barometer_desktop.storage.health import check_database
from barometer_desktop.storage.models import Base
from barometer_desktop.storage.seed import initialize_database


def test_fresh_database_has_every_table(any_empty_location):
    db = create_database(any_empty_location)
    try:
        tables = set(inspect(db.engine).get_table_names())
        assert set(Base.metadata.tables) <= tables
        assert "alembic_version" in tables
        assert db.schema_revision() == migrations.head_revision()
    finally:
        db.close()
    assert check_database(any_empty_location) == []


def test_demo_database_is_sound_and_marked(any_empty_location):
    db = initialize_database(any_empty_location, demo=True)
    try:
        assert db.is_demo
    finally:
        db.close()
    assert check_database(any_empty_location) == []
    reopened = open_database(any_empty_location)
    try:
        assert reopened.schema_revision() == migrations.head_revision()
    finally:
        reopened.close()


def test_init_refuses_a_database_that_has_data(any_policy_db):
    import pytest

    from barometer_desktop.errors import DatabaseOpenError

    with pytest.raises(DatabaseOpenError, match="already holds"):
        create_database(any_policy_db.location)
