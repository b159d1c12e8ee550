"""Alembic environment for the barometer database.

The application runs migrations itself (barometer_desktop.storage.migrations)
and hands over an open connection, so there is no alembic.ini and no URL
here. Batch mode lets the same migration scripts alter tables on SQLite.
"""

from alembic import context

from barometer_desktop.storage.models import Base

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("Run migrations through barometer_desktop.storage.migrations.")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
    # Each revision in its own transaction would leave a half-upgraded file
    # after a failure; the caller wraps the whole upgrade in one instead.
    transaction_per_migration=False,
)
context.run_migrations()
