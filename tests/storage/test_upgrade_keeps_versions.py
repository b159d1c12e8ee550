"""Databases of schema 0001 and 0002 upgrade to the versions that survive a
delete (0003_cell_versions) with every row and every version as it was, and
from then on a cleared and re-entered value continues its version."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from barometer_desktop.domain.periods import Period, PeriodKind
from barometer_desktop.errors import StaleEditError
from barometer_desktop.storage import migrations
from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.observations import ObservationInput
from tests import stored_values

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
TABLES = {
    "0001": ("policy", "focus_area", "goal", "indicator", "area", "committee", "observation", "setting", "audit_log"),
}
TABLES["0002"] = TABLES["0001"] + ("report_edition", "import_mapping")


def _columns(revision: str, table: str) -> str:
    """The table's columns in the fixture's schema: later schemas may add columns, never change these."""
    connection = sqlite3.connect(f"file:{FIXTURES / f'schema_{revision}.sqlite'}?mode=ro", uri=True)
    try:
        return ", ".join(row[1] for row in connection.execute(f"PRAGMA table_info({table})"))
    finally:
        connection.close()


def _rows(path: Path, revision: str) -> dict[str, list[tuple]]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            t: connection.execute(f"SELECT {_columns(revision, t)} FROM {t} ORDER BY 1").fetchall()
            for t in TABLES[revision]
        }
    finally:
        connection.close()


@pytest.mark.parametrize("revision", ["0001", "0002"])
def test_an_older_database_upgrades_with_its_data_and_versions_intact(revision, tmp_path):
    path = Path(shutil.copy(FIXTURES / f"schema_{revision}.sqlite", tmp_path / "barometer.sqlite"))
    before = _rows(path, revision)
    assert before["observation"], "the fixture has values"
    if revision == "0002":
        assert {r[-1] for r in before["observation"][:2]} == {3}, "edited values are at version 3"

    db = open_database(path, user_name="alice")
    try:
        assert db.schema_revision() == migrations.head_revision()
        assert _rows(path, revision) == before, "every row and version as it was"
        with db.reading_rows() as connection:
            assert connection.exec_driver_sql("SELECT COUNT(*) FROM row_version").scalar() == 0

        # The first value: clear it and type it again; the old version is refused.
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        ind, area, year, kind, number, version = connection.execute(
            "SELECT indicator_id, area_id, year, period_kind, period_no, version FROM observation WHERE id = 1"
        ).fetchone()
        connection.close()
        period = Period(year, PeriodKind(kind), number)
        stored_values.delete(db, ind, area, period, version)
        stored_values.save(db, [ObservationInput(ind, area, period, 5.0)])
        with pytest.raises(StaleEditError):
            stored_values.save(db, [ObservationInput(ind, area, period, 6.0, expected_version=version)])
    finally:
        db.close()
