"""Issue 12, "writing commands never destroy what they did not make": one test per case found."""

from __future__ import annotations

import contextlib
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from barometer_desktop.cli.main import main
from barometer_desktop.storage import backup as backup_module
from barometer_desktop.storage import sql_engine as engine_module
from barometer_desktop.storage.sql_engine import DatabaseLocation, create_database_engine


def _fail(capsys, *args: str) -> str:
    assert main(list(args)) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Uventet" not in err[0], err
    return err[0]


def _files(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def _side_files(database: Path) -> list[str]:
    return sorted(p.name for p in database.parent.iterdir() if p.name.startswith(database.name + "-"))


# -- publish -------------------------------------------------------------------


def test_publish_into_a_folder_with_someones_document_is_refused(demo_db_path, tmp_path, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "thesis.docx").write_bytes(b"PK\x03\x04 four years of work")
    line = _fail(capsys, "--db", str(demo_db_path), "publish", "--year", "2013", "--out", str(docs))
    assert "docs" in line and "ikke har skrevet" in line
    assert _files(docs) == {"thesis.docx": b"PK\x03\x04 four years of work"}


@pytest.mark.parametrize("out", [".", "", "DATABASE_FOLDER"])
def test_publish_never_replaces_the_working_folder_or_the_databases(demo_db_path, tmp_path, monkeypatch, capsys, out):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    before = _files(tmp_path)
    target = str(demo_db_path.parent) if out == "DATABASE_FOLDER" else out
    _fail(capsys, "--db", str(demo_db_path), "publish", "--year", "2013", "--out", target)
    after = _files(tmp_path)
    assert {k: v for k, v in after.items() if "appdata" not in k} == {k: v for k, v in before.items() if "appdata" not in k}


@pytest.mark.parametrize("year", ["1800", "2030", "99999"])
def test_publish_for_a_year_without_data_is_refused_like_the_report(demo_db_path, tmp_path, capsys, year):
    line = _fail(capsys, "--db", str(demo_db_path), "publish", "--year", year, "--out", str(tmp_path / "site"))
    assert f"ingen værdier for København i {year}" in line and "webbarometeret" in line
    assert not (tmp_path / "site").exists()


def test_report_for_year_99999_has_its_own_message(demo_db_path, tmp_path, capsys):
    line = _fail(capsys, "--db", str(demo_db_path), "report", "--year", "99999", "--out", str(tmp_path / "r.pdf"))
    assert line == "99999 er ikke et rapportår: skriv et år fra 1900 til 2100."


def test_a_second_publish_replaces_the_first_site(demo_db_path, tmp_path, capsys):
    site = tmp_path / "site"
    for _ in range(2):
        assert main(["--db", str(demo_db_path), "publish", "--year", "2013", "--out", str(site)]) == 0
    assert (site / "index.html").exists() and (site / ".barometer-site").exists()


@pytest.mark.parametrize("added", ["tale.docx", "billeder/logo.png", "index-gammel.html"])
def test_publish_never_replaces_a_site_someone_added_files_to(demo_db_path, tmp_path, capsys, added):
    """The marker lists what publish wrote; anything else in the folder is someone's, and stays."""
    site = tmp_path / "site"
    assert main(["--db", str(demo_db_path), "publish", "--year", "2013", "--out", str(site)]) == 0
    (site / added).parent.mkdir(parents=True, exist_ok=True)
    (site / added).write_bytes(b"someone's work")
    before = _files(site)
    capsys.readouterr()
    message = _fail(capsys, "--db", str(demo_db_path), "publish", "--year", "2013", "--out", str(site))
    assert "ikke har skrevet" in message and added.split("/")[0] in message
    assert _files(site) == before
    (site / added).unlink()
    if "/" in added:
        (site / added).parent.rmdir()
    assert main(["--db", str(demo_db_path), "publish", "--year", "2013", "--out", str(site)]) == 0


@pytest.mark.parametrize(("name", "content"), [
    ("rapport.pdf", b"%PDF-1.4\nno NUL bytes near the start, as ReportLab writes them\n"),
    ("noter.txt", b"mine noter"),
    ("tal.csv", b"indikator;omr\xc3\xa5de;periode;v\xc3\xa6rdi\n"),
])
def test_policy_export_replaces_only_a_policy_file(demo_db_path, tmp_path, capsys, name, content):
    target = tmp_path / name
    target.write_bytes(content)
    message = _fail(capsys, "--db", str(demo_db_path), "policy", "export", "--out", str(target))
    assert "ikke en politikfil" in message and target.read_bytes() == content
    policy = tmp_path / "politik.toml"
    for _ in range(2):  # an earlier export is replaced
        assert main(["--db", str(demo_db_path), "policy", "export", "--out", str(policy)]) == 0
    assert b"schema" in policy.read_bytes()


# -- backup --------------------------------------------------------------------


def test_backup_over_the_live_wal_file_is_refused_and_loses_nothing(demo_db_path, tmp_path, capsys):
    writer = sqlite3.connect(demo_db_path)
    writer.execute("PRAGMA wal_autocheckpoint = 0")  # the change stays in the -wal, as while the app is open
    writer.execute("UPDATE setting SET value = 'kept' WHERE key = 'organisation'")
    writer.commit()
    wal = Path(f"{demo_db_path}-wal")
    wal_before = wal.read_bytes()
    try:
        line = _fail(capsys, "--db", str(demo_db_path), "db", "backup", str(wal))
        assert "-wal" in line
        assert wal.read_bytes() == wal_before
    finally:
        writer.close()
    with contextlib.closing(sqlite3.connect(demo_db_path)) as reader:
        assert reader.execute("SELECT value FROM setting WHERE key = 'organisation'").fetchone() == ("kept",)


def test_backup_waits_for_an_exclusive_lock_only_as_long_as_other_commands(
    policy_db_path, tmp_path, monkeypatch, capsys
):
    with contextlib.closing(sqlite3.connect(policy_db_path)) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")  # a rollback-journal database
    monkeypatch.setattr(backup_module, "BUSY_TIMEOUT_MS", 300)
    holder = sqlite3.connect(policy_db_path, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # another program holds it
    holder.execute("UPDATE setting SET value = 'x' WHERE key = 'organisation'")
    result: dict[str, object] = {}

    def run() -> None:
        result["code"] = main(["--db", str(policy_db_path), "db", "backup", str(tmp_path / "copy.sqlite")])

    started = time.monotonic()
    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    thread.join(timeout=20)
    finished = not thread.is_alive()
    holder.execute("ROLLBACK")
    holder.close()
    thread.join(timeout=20)
    assert finished, "the backup waited as long as the lock was held"
    assert time.monotonic() - started < 10
    assert result["code"] == 1
    assert "låst af et andet program" in capsys.readouterr().err
    assert not (tmp_path / "copy.sqlite").exists()
    assert not list(tmp_path.glob(".barometer-partial.*"))


def test_restore_leaves_the_database_in_write_ahead_log_mode(demo_db_path, tmp_path):
    from barometer_desktop.storage.backup import backup_sqlite
    from barometer_desktop.storage.restore import restore_sqlite

    copy = backup_sqlite(demo_db_path, tmp_path / "copy.sqlite")
    assert copy.read_bytes()[18:20] == b"\x01\x01"  # a backup is a standalone rollback-journal file
    restore_sqlite(copy, demo_db_path)
    assert demo_db_path.read_bytes()[18:20] == b"\x02\x02"
    assert _side_files(demo_db_path) == []
    assert not list(tmp_path.glob(".barometer-partial.*"))


# -- read-only commands ----------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        ["db", "check"],
        ["export", "--out", "{tmp}/values.csv"],
        ["publish", "--year", "2013", "--out", "{tmp}/site"],
        ["report", "--year", "2013", "--out", "{tmp}/draft.pdf"],
    ],
    ids=["db check", "export", "publish", "report draft"],
)
def test_read_only_commands_leave_no_side_files(demo_db_path, tmp_path, command):
    assert demo_db_path.read_bytes()[18:20] == b"\x02\x02" and _side_files(demo_db_path) == []
    before = demo_db_path.read_bytes()
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]
    assert main(["--db", str(demo_db_path), *args]) == 0
    assert _side_files(demo_db_path) == []
    assert demo_db_path.read_bytes() == before


def test_a_refused_file_gets_no_side_files(tmp_path, capsys):
    notes = tmp_path / "notes.sqlite"
    notes.write_text("not a database", encoding="utf-8")
    _fail(capsys, "--db", str(notes), "db", "check")
    _fail(capsys, "--db", str(notes), "export", "--out", str(tmp_path / "x.csv"))
    assert sorted(p.name for p in tmp_path.iterdir() if p.name != "appdata") == ["notes.sqlite"]


def test_a_database_in_a_read_only_folder_is_read_without_side_files(demo_db_path, monkeypatch, capsys):
    # root may write anywhere, so the read-only folder is what os.access reports, as for a normal user.
    monkeypatch.setattr(engine_module.os, "access", lambda path, mode: False)
    url = engine_module._read_only_url(demo_db_path)
    assert "immutable=1" in url  # SQLite could not create -wal/-shm there; immutable needs none
    assert main(["--db", str(demo_db_path), "db", "check"]) == 0
    assert "i orden" in capsys.readouterr().out
    assert _side_files(demo_db_path) == []


def test_a_database_in_use_is_read_through_its_wal(demo_db_path):
    writer = sqlite3.connect(demo_db_path)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE setting SET value = 'fresh' WHERE key = 'organisation'")
    writer.commit()
    try:
        engine = create_database_engine(DatabaseLocation.parse(demo_db_path), read_only=True)
        with engine.connect() as connection:
            value = connection.exec_driver_sql("SELECT value FROM setting WHERE key = 'organisation'").scalar()
        engine.dispose()
        assert value == "fresh"  # not immutable: that would miss the committed change in the -wal
    finally:
        writer.close()


def test_backup_over_a_barometer_database_in_use_is_refused(demo_db_path, policy_db_path, tmp_path, capsys):
    # policy.sqlite is another barometer database that some program has open right now.
    holder = sqlite3.connect(policy_db_path)
    holder.execute("PRAGMA journal_mode = WAL")
    holder.execute("UPDATE setting SET value = 'live' WHERE key = 'organisation'")
    holder.commit()
    before = policy_db_path.read_bytes()
    try:
        line = _fail(capsys, "--db", str(demo_db_path), "db", "backup", str(policy_db_path))
        assert "i brug" in line
        assert policy_db_path.read_bytes() == before
    finally:
        holder.close()


def test_backup_replaces_an_earlier_backup(demo_db_path, tmp_path, capsys):
    target = tmp_path / "weekly.sqlite"
    for _ in range(2):
        assert main(["--db", str(demo_db_path), "db", "backup", str(target)]) == 0
    assert target.read_bytes().startswith(b"SQLite format 3\x00")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("weekly")) == ["weekly.sqlite"]


@pytest.mark.parametrize("command", [["db", "init"], ["db", "check"], ["db", "upgrade"], ["export", "--out", "x.csv"]])
@pytest.mark.parametrize("side", ["-wal", "-shm", "-journal"])
def test_a_side_file_is_never_taken_for_a_database(demo_db_path, tmp_path, monkeypatch, capsys, command, side):
    monkeypatch.chdir(tmp_path)
    live = sqlite3.connect(demo_db_path)
    live.execute("SELECT COUNT(*) FROM indicator").fetchall()  # open: its -wal and -shm exist (0 bytes of log)
    side_file = Path(f"{demo_db_path}{side}")
    before = side_file.read_bytes() if side_file.exists() else None
    try:
        line = _fail(capsys, "--db", str(side_file), *command)
        assert side in line
        assert (side_file.read_bytes() if side_file.exists() else None) == before
    finally:
        live.close()


@pytest.mark.parametrize(
    "command, written",
    [
        (["report", "--year", "2013", "--out", "status.pdf"], "status.pdf"),
        (["export", "--out", "values.xlsx"], "values.xlsx"),
        (["db", "backup", "copy.sqlite"], "copy.sqlite"),
        (["publish", "--year", "2013", "--out", "site"], "site/index.html"),
    ],
    ids=["report", "export", "backup", "publish"],
)
def test_written_files_get_the_users_normal_mode(demo_db_path, tmp_path, monkeypatch, command, written):
    import os

    monkeypatch.chdir(tmp_path)
    old = os.umask(0o022)
    try:
        assert main(["--db", str(demo_db_path), *command]) == 0
    finally:
        os.umask(old)
    assert (tmp_path / written).stat().st_mode & 0o777 == 0o644  # PDFs are meant to be shared, not 0600


def test_dry_run_on_a_read_only_file_leaves_no_side_files(demo_db_path, tmp_path, monkeypatch, capsys):
    values = tmp_path / "values.csv"
    values.write_text("indikator;område;periode;værdi\n1.2;København;2013;50\n", encoding="utf-8")
    # root may write anything, so the read-only file is what os.access reports, as for a normal user.
    monkeypatch.setattr(engine_module.os, "access", lambda path, mode: mode != engine_module.os.W_OK)
    line = _fail(capsys, "--db", str(demo_db_path), "import", str(values), "--dry-run")
    assert "skrivebeskyttet" in line
    assert _side_files(demo_db_path) == []


KILLED_BACKUP = """
import sys, threading
from barometer_desktop import atomic_files
from barometer_desktop.cli.main import main

def stop_before_rename(temporary, target):
    print(temporary, flush=True)  # the copy is complete: tell the test, then wait to be killed
    threading.Event().wait()  # until SIGKILL

atomic_files.os.replace = stop_before_rename
main(["--db", sys.argv[1], "db", "backup", sys.argv[2]])
"""


def test_a_killed_backup_leaves_no_empty_file_and_its_temporary_is_cleaned_up_later(demo_db_path, tmp_path):
    import os
    import signal
    import subprocess
    import sys

    target = tmp_path / "out" / "weekly.sqlite"
    target.parent.mkdir()
    child = subprocess.Popen(
        [sys.executable, "-c", KILLED_BACKUP, str(demo_db_path), str(target)], stdout=subprocess.PIPE, text=True
    )
    try:
        # Blocks until the child reaches its rename (or ends, giving "").
        assert child.stdout.readline().strip(), "the backup did not get as far as its rename"
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
    leftovers = list(target.parent.iterdir())
    assert not target.exists(), "no target, and certainly no 0-byte one"
    assert [p.name.startswith(".barometer-partial.weekly.sqlite.") for p in leftovers] == [True]
    hour_ago = time.time() - 2 * 3600
    os.utime(leftovers[0], (hour_ago, hour_ago))

    assert main(["--db", str(demo_db_path), "db", "backup", str(target)]) == 0  # the next run
    assert sorted(p.name for p in target.parent.iterdir()) == ["weekly.sqlite"]


# -- the operating system's reason, in the user's language ---------------------


def test_a_too_long_file_name_is_refused_in_danish_words(demo_db_path, tmp_path, capsys):
    out = tmp_path / ("rapport" * 60 + ".pdf")
    line = _fail(capsys, "--db", str(demo_db_path), "report", "--year", "2013", "--out", str(out))
    assert "filnavnet er for langt" in line, line
    assert "File name too long" not in line
    assert not any(tmp_path.glob("*.pdf"))


def test_the_same_refusal_in_english_when_asked_for(demo_db_path, tmp_path, capsys):
    out = tmp_path / ("report" * 60 + ".pdf")
    line = _fail(capsys, "--lang", "en", "--db", str(demo_db_path), "report", "--year", "2013", "--out", str(out))
    assert "the file name is too long" in line, line


def test_an_os_refusal_reaching_the_command_lines_last_line_names_file_and_reason_in_danish():
    import errno

    from barometer_desktop import i18n
    from barometer_desktop.errors import OSRefusal

    refusal = OSRefusal(PermissionError(errno.EACCES, "Permission denied", "/srv/x.pdf"))
    assert refusal.user_message(lambda context, text: i18n.translate_into("da", context, text)) == (
        "/srv/x.pdf: adgang nægtet"
    )


# -- devices, pipes and reserved names are never "replaced" --------------------


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="no named pipes here")
def test_a_named_pipe_as_target_is_refused_and_stays_a_pipe(demo_db_path, tmp_path, capsys):
    import os
    import stat

    pipe = tmp_path / "rapport.pdf"
    os.mkfifo(pipe)
    line = _fail(capsys, "--db", str(demo_db_path), "report", "--year", "2013", "--out", str(pipe))
    assert "ikke en almindelig fil" in line
    assert stat.S_ISFIFO(pipe.lstat().st_mode)


@pytest.mark.parametrize("name", ["NUL.csv", "con.csv", "COM1.csv", "lpt9.tar.csv"])
def test_windows_device_names_are_refused_on_every_system(demo_db_path, tmp_path, capsys, name):
    line = _fail(capsys, "--db", str(demo_db_path), "export", "--out", str(tmp_path / name))
    assert "ikke en almindelig fil" in line
    assert not (tmp_path / name).exists()


@pytest.mark.parametrize(
    "difference",
    [
        "UPDATE area SET code = '147' WHERE is_main",  # another municipality's barometer (Frederiksberg)
        "INSERT INTO audit_log (table_name, row_key, action, user_name, changed_at) "
        "VALUES ('observation', '1', 'update', 'kollega', '2999-01-01 00:00:00')",  # a copy worked on since
    ],
)
def test_a_backup_never_replaces_another_barometer(demo_db_path, tmp_path, capsys, difference):
    other = tmp_path / "other.sqlite"
    other.write_bytes(demo_db_path.read_bytes())
    with contextlib.closing(sqlite3.connect(other)) as connection, connection:
        connection.execute(difference)
        connection.execute("PRAGMA journal_mode = DELETE")
    before = other.read_bytes()
    line = _fail(capsys, "--db", str(demo_db_path), "db", "backup", str(other))
    assert "en anden barometerdatabase" in line
    assert other.read_bytes() == before


def test_a_backup_replaces_its_own_earlier_backup(demo_db_path, tmp_path, capsys):
    weekly = tmp_path / "weekly.sqlite"
    assert main(["--db", str(demo_db_path), "db", "backup", str(weekly)]) == 0
    assert main(["--db", str(demo_db_path), "db", "backup", str(weekly)]) == 0


def test_a_folder_as_backup_target_suggests_a_database_name(demo_db_path, tmp_path, capsys):
    line = _fail(capsys, "--db", str(demo_db_path), "db", "backup", str(tmp_path))
    assert "barometer-kopi.sqlite" in line and "statusrapport.pdf" not in line
