"""Every kind of bad database file: a clear message, the file untouched, the newest backup offered."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from barometer_desktop.errors import DatabaseOpenError
from barometer_desktop.i18n import translate, translate_into
from barometer_desktop.storage import catalog
from barometer_desktop.storage import sql_engine as engine_module
from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.sql_engine import DatabaseLocation
from barometer_desktop.ui import launch

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _not_a_database(path: Path, _template: Path) -> None:
    path.write_bytes(b"%PDF-1.7 this is a report, not a database\n" * 50)


def _truncated(path: Path, template: Path) -> None:
    data = template.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _newer(path: Path, template: Path) -> None:
    shutil.copy(template, path)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'zzzz_next_year'")
    connection.close()


def _empty_header(path: Path, _template: Path) -> None:
    path.write_bytes(b"SQLite format 3\x00")


KINDS = {
    "not a database": (_not_a_database, "not a barometer database"),
    "truncated": (_truncated, "damaged"),
    "newer version": (_newer, "newer version"),
    "header only": (_empty_header, "damaged"),
}


@pytest.fixture
def template(policy_db_path: Path) -> Path:
    return policy_db_path


@pytest.mark.parametrize("kind", list(KINDS))
def test_bad_file_is_refused_untouched_and_the_backup_offered(kind, template, tmp_path, qapp, monkeypatch):
    make, expected = KINDS[kind]
    original = tmp_path / "site" / "barometer.sqlite"
    original.parent.mkdir()
    make(original, template)
    backup = Path(shutil.copy(FIXTURES / "schema_0001.sqlite", original.with_name("barometer.before-upgrade.20261120-090000.sqlite")))
    before = (original.read_bytes(), original.stat().st_mtime_ns)

    with pytest.raises(DatabaseOpenError) as raised:
        open_database(original)
    assert expected in str(raised.value)
    assert (original.read_bytes(), original.stat().st_mtime_ns) == before

    offered = []
    monkeypatch.setattr(launch, "ask_open_backup", lambda error, b: offered.append((str(error), b)) or True)
    monkeypatch.setattr(launch, "show_info", lambda text: None)
    db, lock, _banner = launch.open_with_recovery(DatabaseLocation.parse(original), demo=False)
    try:
        assert offered and offered[0][1] == backup and expected in offered[0][0]
        assert catalog.indicators(db)
    finally:
        if lock:
            lock.release()
        db.close()
    assert (original.read_bytes(), original.stat().st_mtime_ns) == before
    new_files = {p.name for p in original.parent.iterdir()} - {original.name, backup.name}
    assert all(name.startswith("barometer-recovered-") for name in new_files), new_files
    assert backup.read_bytes() == (FIXTURES / "schema_0001.sqlite").read_bytes(), "the backup itself unchanged"


def test_locked_file_is_refused_untouched(tmp_path, qapp, monkeypatch):
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)
    original = Path(shutil.copy(FIXTURES / "schema_0001.sqlite", tmp_path / "barometer.sqlite"))
    other = sqlite3.connect(original, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        before = (original.read_bytes(), original.stat().st_mtime_ns)
        shown = []
        monkeypatch.setattr(launch, "show_error", shown.append)
        assert launch.open_with_recovery(DatabaseLocation.parse(original), demo=False) is None
        assert shown[0].user_message(translate) == (
            f"Databasen {original} er låst af et andet program. Prøv igen om lidt."
        )
        assert (original.read_bytes(), original.stat().st_mtime_ns) == before
    finally:
        other.execute("ROLLBACK")
        other.close()


def _damage_a_page_deep_inside(path: Path) -> None:
    # The header and the schema read fine: SQLite notices only when a query reaches page 11.
    with path.open("r+b") as handle:
        handle.seek(4096 * 10)
        handle.write(b"\xa5" * 4096)


def test_a_page_damaged_deep_inside_is_met_on_opening_with_the_backup_offered(demo_db_path, tmp_path, qapp, monkeypatch):
    original = Path(shutil.copy(demo_db_path, tmp_path / "barometer.sqlite"))
    backup = Path(shutil.copy(demo_db_path, tmp_path / "barometer.before-upgrade.20261120-090000.sqlite"))
    _damage_a_page_deep_inside(original)
    before = original.read_bytes()

    offered = []
    monkeypatch.setattr(launch, "ask_open_backup", lambda error, b: offered.append((error, b)) or True)
    monkeypatch.setattr(launch, "show_info", lambda text: None)
    db, lock, _banner = launch.open_with_recovery(DatabaseLocation.parse(original), demo=False)
    try:
        (error, offered_backup), = offered
        assert offered_backup == backup
        message = error.user_message(lambda context, text: translate_into("da", context, text))
        assert "beskadiget" in message and "Gendan fra sikkerhedskopi" in message
        assert catalog.indicators(db)  # the copy of the backup is open and whole
    finally:
        if lock:
            lock.release()
        db.close()
    assert original.read_bytes() == before


def test_db_check_names_a_damaged_page_in_danish_not_unexpected_error(demo_db_path, tmp_path, capsys):
    from barometer_desktop.cli.main import main

    original = Path(shutil.copy(demo_db_path, tmp_path / "barometer.sqlite"))
    _damage_a_page_deep_inside(original)
    assert main(["--db", str(original), "db", "check"]) == 1
    err = capsys.readouterr().err
    assert "Uventet" not in err and ("beskadiget" in err or "Page 11" in err), err
