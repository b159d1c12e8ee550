"""Disk full or a read-only folder while writing a backup: clear message, nothing half-written."""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
import tempfile
from pathlib import Path

import pytest

from barometer_desktop import atomic_files
from barometer_desktop.cli.main import main
from barometer_desktop.errors import ExportError
from barometer_desktop.storage import backup as backup_module
from barometer_desktop.storage.backup import backup_sqlite


def _state(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


@pytest.fixture
def out_folder(tmp_path: Path, policy_db_path: Path) -> Path:
    folder = tmp_path / "out"
    folder.mkdir()
    backup_sqlite(policy_db_path, folder / "previous.sqlite")  # the backup from last week
    return folder


def test_disk_full_at_the_final_rename(policy_db_path: Path, out_folder: Path, monkeypatch):
    database_before = policy_db_path.read_bytes()
    folder_before = _state(out_folder)

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(atomic_files.os, "replace", full)
    with pytest.raises(ExportError) as raised:
        backup_sqlite(policy_db_path, out_folder / "previous.sqlite")
    assert "the disk is full" in str(raised.value)  # our words, translated, not the system's English
    assert _state(out_folder) == folder_before, "old file intact, no temporary file left"
    assert policy_db_path.read_bytes() == database_before


def test_disk_full_while_copying(policy_db_path: Path, out_folder: Path, monkeypatch):
    real_connect = sqlite3.connect

    class FullDisk:
        def __init__(self, connection):
            self._connection = connection

        def execute(self, *args):
            return self._connection.execute(*args)

        def backup(self, target, **_kwargs):
            raise sqlite3.OperationalError("database or disk is full")

        def close(self):
            self._connection.close()

    def connect(database, *args, **kwargs):
        connection = real_connect(database, *args, **kwargs)
        return FullDisk(connection) if Path(database) == policy_db_path else connection

    monkeypatch.setattr(backup_module.sqlite3, "connect", connect)
    folder_before = _state(out_folder)
    with pytest.raises(ExportError, match="disk is full"):
        backup_sqlite(policy_db_path, out_folder / "new.sqlite")
    assert _state(out_folder) == folder_before


def _make_read_only(folder: Path, monkeypatch) -> None:
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    if os.geteuid() == 0:
        # root writes into a 0500 folder anyway (as CI does): refuse the way
        # the operating system would refuse an ordinary user.
        real_mkstemp = tempfile.mkstemp

        def refuse(*args, dir=None, **kwargs):  # tempfile's own name
            if dir is not None and Path(dir) == folder:
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(folder))
            return real_mkstemp(*args, dir=dir, **kwargs)

        monkeypatch.setattr(atomic_files.tempfile, "mkstemp", refuse)


def test_read_only_folder(policy_db_path: Path, out_folder: Path, monkeypatch):
    folder_before = _state(out_folder)
    _make_read_only(out_folder, monkeypatch)
    try:
        with pytest.raises(ExportError, match="Cannot write in") as raised:
            backup_sqlite(policy_db_path, out_folder / "new.sqlite")
        assert "access denied" in str(raised.value)
        assert _state(out_folder) == folder_before
    finally:
        out_folder.chmod(0o755)


def test_command_line_backup_into_a_read_only_folder(policy_db_path: Path, out_folder: Path, monkeypatch, capsys):
    before = policy_db_path.read_bytes()
    _make_read_only(out_folder, monkeypatch)
    try:
        assert main(["--db", str(policy_db_path), "db", "backup", str(out_folder / "x.sqlite")]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1 and f"Der kan ikke skrives i mappen {out_folder}" in err[0]
        assert not (out_folder / "x.sqlite").exists()
        assert policy_db_path.read_bytes() == before
    finally:
        out_folder.chmod(0o755)


def test_backup_beside_a_file_path_is_refused(policy_db_path: Path, tmp_path: Path):
    a_file = tmp_path / "a-file"
    a_file.write_text("x")
    with pytest.raises(ExportError, match="does not exist"):
        backup_sqlite(policy_db_path, a_file / "x.sqlite")


def test_newest_automatic_backup_is_chosen_by_its_time(tmp_path: Path):
    from barometer_desktop.storage.backup import newest_automatic_backup

    database = tmp_path / "barometer.sqlite"
    database.write_bytes(b"")
    older = tmp_path / "barometer.daily.20261101-080000.sqlite"
    newer = tmp_path / "barometer.before-upgrade.20261124-080000.sqlite"
    elsewhere = tmp_path / "backups"
    elsewhere.mkdir()
    newest = elsewhere / "barometer.auto.20261125-080000.sqlite"
    for path in (older, newer, newest):
        path.write_bytes(b"x")
    (tmp_path / "barometer-recovered-20261126-080000.sqlite").write_bytes(b"x")
    assert newest_automatic_backup(database) == newer
    assert newest_automatic_backup(database, (elsewhere,)) == newest
    assert newest_automatic_backup(tmp_path / "other.sqlite") is None
