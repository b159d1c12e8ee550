"""A damaged database file is refused by every command before any output is written.

SQLite reports a damaged page only when a query reaches it. A hostile-user
session found that `report`, `export` and `publish` exited 0 on a copy of the
demo database whose audit pages were overwritten: none of them reads those
pages. Opening now reads every page once (storage.damage_check.refuse_damaged).
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from barometer_desktop.cli.main import main


def _damage_audit_pages(path: Path) -> None:
    """Overwrite the audit log's leaf pages: the header, the schema and every value stay readable."""
    connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        pages = [row[0] for row in connection.execute(
            "SELECT pageno FROM dbstat WHERE name = 'audit_log' AND pagetype = 'leaf'"
        )]
    finally:
        connection.close()
    assert pages, "the demo database has an audit log to damage"
    with path.open("r+b") as handle:
        for page in pages:
            handle.seek((page - 1) * page_size)
            handle.write(b"\xa5" * page_size)


@pytest.fixture
def damaged(demo_db_path: Path, tmp_path: Path) -> Path:
    path = Path(shutil.copy(demo_db_path, tmp_path / "barometer.sqlite"))
    _damage_audit_pages(path)
    connection = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)
    try:
        # What the outputs read is intact: without the check they would succeed.
        assert connection.execute("SELECT count(*) FROM observation").fetchone()[0] > 0
        assert connection.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok"
    finally:
        connection.close()
    return path


def _values_file(tmp_path: Path) -> Path:
    path = tmp_path / "values.csv"
    path.write_text("indicator;area;period;value\nA1;København;2012;50\n", encoding="utf-8")
    return path


COMMANDS = {
    "report (draft)": lambda out, tmp: ["report", "--year", "2011", "--out", str(out / "r.pdf")],
    "report --final": lambda out, tmp: ["report", "--year", "2011", "--final", "--out", str(out / "r.pdf")],
    "export": lambda out, tmp: ["export", "--out", str(out / "values.csv")],
    "publish": lambda out, tmp: ["publish", "--year", "2011", "--out", str(out / "site")],
    "policy export": lambda out, tmp: ["policy", "export", "--out", str(out / "policy.toml")],
    "import": lambda out, tmp: ["import", str(_values_file(tmp))],
    "fetch": lambda out, tmp: ["fetch", "--dry-run"],
    "db upgrade": lambda out, tmp: ["db", "upgrade"],
}


@pytest.mark.parametrize("command", COMMANDS)
def test_a_damaged_database_gives_the_damage_message_and_no_output(command, damaged, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    args = COMMANDS[command](out, tmp_path)
    before = damaged.read_bytes()
    assert main(["--db", str(damaged), *args]) == 1
    err = capsys.readouterr().err
    assert "er beskadiget" in err and "Gendan fra sikkerhedskopi" in err, err
    assert "Uventet" not in err and "Traceback" not in err
    assert list(out.iterdir()) == [], "nothing is written from a damaged database"
    assert damaged.read_bytes() == before
    assert not Path(f"{damaged}-wal").exists() and not Path(f"{damaged}-shm").exists()


def test_the_damage_message_is_english_with_lang_en(damaged, tmp_path, capsys):
    assert main(["--lang", "en", "--db", str(damaged), "export", "--out", str(tmp_path / "values.csv")]) == 1
    assert "is damaged" in capsys.readouterr().err
    assert not (tmp_path / "values.csv").exists()


def test_a_sound_copy_still_exports(demo_db_path, tmp_path, capsys):
    assert main(["--db", str(demo_db_path), "export", "--out", str(tmp_path / "values.csv")]) == 0
    assert (tmp_path / "values.csv").stat().st_size > 0


@pytest.fixture
def cut_short(demo_db_path: Path, tmp_path: Path) -> Path:
    """A copy broken off one byte before its end: every page that is there reads, so
    quick_check passes, but the missing bytes read as zeros and an index points at
    the wrong rows (a hostile-user session saw an import change another value)."""
    path = Path(shutil.copy(demo_db_path, tmp_path / "barometer.sqlite"))
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size - 1)
    return path


@pytest.mark.parametrize("command", ["import", "export", "report (draft)"])
def test_a_file_cut_short_is_refused(command, cut_short, tmp_path, capsys):
    out = tmp_path / "out"
    out.mkdir()
    before = cut_short.read_bytes()
    assert main(["--db", str(cut_short), *COMMANDS[command](out, tmp_path)]) == 1
    err = capsys.readouterr().err
    assert "er beskadiget" in err and "Traceback" not in err, err
    assert list(out.iterdir()) == []
    assert cut_short.read_bytes() == before


@pytest.mark.parametrize("broken", ["damaged", "cut_short"])
def test_a_damaged_file_is_not_backed_up(broken, request, tmp_path, capsys):
    source = request.getfixturevalue(broken)
    target = tmp_path / "copy" / "backup.sqlite"
    target.parent.mkdir()
    assert main(["--db", str(source), "db", "backup", str(target)]) == 1
    err = capsys.readouterr().err
    assert "er beskadiget" in err and "Traceback" not in err, err
    assert list(target.parent.iterdir()) == [], "no copy and no temporary file is left"


def test_a_damaged_database_can_still_be_restored_over(damaged, demo_db_path, tmp_path):
    """The damage check belongs to the user's backup, not to every copy: restoring a good
    backup over a damaged file keeps that file (before-restore) and must not be refused."""
    from barometer_desktop.storage.restore import restore_sqlite

    good = Path(shutil.copy(demo_db_path, tmp_path / "good-backup.sqlite"))
    kept = restore_sqlite(good, damaged)

    def check(path: Path) -> str:
        connection = sqlite3.connect(path)
        try:
            return connection.execute("PRAGMA quick_check(1)").fetchone()[0]
        finally:
            connection.close()

    assert check(kept) != "ok", "the damaged file is kept as it was, for a closer look"
    assert check(damaged) == "ok", "the restored database is the good backup"
