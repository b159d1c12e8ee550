"""`barometer-desktop fetch` against the stub: dry run, the real thing, one-line failures."""

from __future__ import annotations

import pytest

from barometer_desktop.cli.main import main
from barometer_desktop.statbank.client import BASE_URL_ENV
from barometer_desktop.storage import catalog, indicator_sources
from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.indicator_sources import IndicatorSourceRecord


@pytest.fixture
def with_source(policy_db_path, stub, monkeypatch):
    monkeypatch.setenv(BASE_URL_ENV, stub.url)
    db = open_database(policy_db_path, user_name="tester")
    indicator = next(i for i in catalog.indicators(db) if i.code == "1.2")
    indicator_sources.save(db, IndicatorSourceRecord(indicator.id, "1.2", "folk1e", {"HERKOMST": ["5"]},
                                                     {"HERKOMST": ["TOT"]}))
    db.close()
    return policy_db_path


def _count(path) -> int:
    import sqlite3

    with sqlite3.connect(path) as connection:
        return connection.execute("SELECT COUNT(*) FROM observation").fetchone()[0]


def test_fetch_dry_run_then_fetch(with_source, capsys) -> None:
    assert main(["--lang", "en", "--db", str(with_source), "fetch", "--dry-run", "--year", "2022"]) == 0
    out = capsys.readouterr().out
    assert "Dry run of Statistikbanken FOLK1E: nothing was written." in out
    assert "New: 1.2 København 2022 = " in out
    assert _count(with_source) == 0
    assert main(["--lang", "en", "--db", str(with_source), "fetch", "--indicator", "1.2"]) == 0
    assert "Imported Statistikbanken FOLK1E." in capsys.readouterr().out
    assert _count(with_source) == 19


def test_fetch_failure_is_one_line_and_exit_1(with_source, stub, capsys) -> None:
    stub.tables.clear()
    assert main(["--lang", "en", "--db", str(with_source), "fetch"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == ['1.2: Statistikbanken has no table "FOLK1E".']
    assert _count(with_source) == 0


def test_fetch_for_an_indicator_without_source(with_source, capsys) -> None:
    assert main(["--lang", "en", "--db", str(with_source), "fetch", "--indicator", "8.1"]) == 1
    assert "Indicator 8.1 has no StatBank source." in capsys.readouterr().err
