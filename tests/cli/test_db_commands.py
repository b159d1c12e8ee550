"""`barometer-desktop db ...`: every verb, good and bad input.

Most cases call cli.main.main in-process (fast); a few run the real command
in a subprocess to prove exit codes, stderr and the no-QtWidgets rule.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from barometer_desktop.cli.main import main
from barometer_desktop.storage import migrations

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
REPO = Path(__file__).resolve().parents[2]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    return subprocess.run(
        [sys.executable, "-m", "barometer_desktop", *args],
        capture_output=True, text=True, env=env, timeout=120,
    )


def fingerprint(path: Path) -> tuple[bytes, int]:
    return path.read_bytes(), path.stat().st_mtime_ns


def one_clear_line(stderr: str) -> str:
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, f"expected one line on stderr, got: {stderr!r}"
    assert "Traceback" not in stderr
    return lines[0]


def count(path: Path, table: str) -> int:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        connection.close()


# -- the verbs, as IT staff use them ---------------------------------------------------


def test_init_creates_a_sound_database_with_the_policy(tmp_path: Path, capsys):
    target = tmp_path / "new.sqlite"
    assert main(["--db", str(target), "db", "init"]) == 0
    assert "er oprettet med integrationspolitikken fra 2011" in capsys.readouterr().out
    assert count(target, "indicator") > 0 and count(target, "observation") == 0
    assert main(["--db", str(target), "db", "check"]) == 0
    assert "databasen er i orden" in capsys.readouterr().out


def test_init_demo_loads_the_demo_values(tmp_path: Path, capsys):
    target = tmp_path / "demo.sqlite"
    assert main(["--db", str(target), "db", "init", "--demo"]) == 0
    assert "og demodata" in capsys.readouterr().out
    assert count(target, "observation") > 100


def test_init_refuses_an_existing_database(policy_db_path: Path, capsys):
    before = fingerprint(policy_db_path)
    assert main(["--db", str(policy_db_path), "db", "init"]) == 1
    assert "indeholder allerede en barometerdatabase" in one_clear_line(capsys.readouterr().err)
    assert fingerprint(policy_db_path) == before


def test_environment_variable_names_the_database(tmp_path: Path, monkeypatch, capsys):
    target = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("BAROMETER_DB", str(target))
    assert main(["db", "init"]) == 0
    assert target.exists()
    assert str(target) in capsys.readouterr().out


def test_default_database_lives_in_the_data_folder(isolated_environment: Path, capsys):
    assert main(["db", "init"]) == 0
    assert list(isolated_environment.rglob("*.sqlite")), "created in BAROMETER_DATA_DIR"


def test_upgrade_migrates_an_old_file_and_keeps_a_backup(tmp_path: Path, capsys):
    target = Path(shutil.copy(FIXTURES / "schema_0001.sqlite", tmp_path / "old.sqlite"))
    values = count(target, "observation")
    assert main(["--db", str(target), "db", "upgrade"]) == 0
    out = capsys.readouterr().out
    assert "er opgraderet" in out and "before-upgrade" in out
    assert count(target, "observation") == values
    assert main(["--db", str(target), "db", "upgrade"]) == 0
    assert "har allerede det nyeste skema" in capsys.readouterr().out
    assert len(list(tmp_path.glob("old.before-upgrade.*.sqlite"))) == 1
    assert main(["--db", str(target), "db", "check"]) == 0


def test_check_reports_an_outdated_schema(tmp_path: Path, capsys):
    target = Path(shutil.copy(FIXTURES / "schema_0001.sqlite", tmp_path / "old.sqlite"))
    before = fingerprint(target)
    assert main(["--db", str(target), "db", "check"]) == 1
    assert "kør 'db upgrade' for at opdatere" in one_clear_line(capsys.readouterr().err)
    assert fingerprint(target) == before


def test_backup_writes_a_consistent_copy_while_the_database_is_open(demo_db, tmp_path: Path, capsys):
    target = tmp_path / "copy.sqlite"
    assert main(["--db", str(demo_db.location.path), "db", "backup", str(target)]) == 0
    assert "copy.sqlite" in capsys.readouterr().out
    assert count(target, "observation") == count(demo_db.location.path, "observation")
    assert main(["--db", str(target), "db", "check"]) == 0
    assert not list(tmp_path.glob(".copy.sqlite.*")), "no temporary file left behind"


def test_backup_into_a_missing_folder_is_one_line(policy_db_path: Path, tmp_path: Path, capsys):
    assert main(["--db", str(policy_db_path), "db", "backup", str(tmp_path / "nope" / "x.sqlite")]) == 1
    line = one_clear_line(capsys.readouterr().err)
    assert f"Mappen {tmp_path / 'nope'} findes ikke" in line


# -- bad files: exit 1, one clear line, file unchanged ---------------------------------


@pytest.fixture
def not_a_database(tmp_path: Path) -> Path:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(b"Minutes of the committee meeting\n" * 100)
    return path


@pytest.fixture
def newer_database(policy_db_path: Path) -> Path:
    connection = sqlite3.connect(policy_db_path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_newer'")
    connection.close()
    return policy_db_path


@pytest.mark.parametrize("verb", [["db", "check"], ["db", "upgrade"], ["db", "init"], ["db", "backup", "OUT"]])
def test_not_a_database(not_a_database: Path, verb, tmp_path: Path, capsys):
    before = fingerprint(not_a_database)
    verb = [str(tmp_path / "out.sqlite") if v == "OUT" else v for v in verb]
    assert main(["--db", str(not_a_database), *verb]) == 1
    assert "er ikke en barometerdatabase" in one_clear_line(capsys.readouterr().err)
    assert fingerprint(not_a_database) == before
    assert not (tmp_path / "out.sqlite").exists()


@pytest.mark.parametrize("verb", [["db", "check"], ["db", "upgrade"], ["db", "init"]])
def test_newer_schema(newer_database: Path, verb, capsys):
    before = fingerprint(newer_database)
    assert main(["--db", str(newer_database), *verb]) == 1
    line = one_clear_line(capsys.readouterr().err)
    assert "nyere version af Integrationsbarometer" in line and "ffff_newer" in line
    assert fingerprint(newer_database) == before


def test_read_only_file_is_not_upgraded(tmp_path: Path, monkeypatch, capsys):
    target = Path(shutil.copy(FIXTURES / "schema_0001.sqlite", tmp_path / "old.sqlite"))
    target.chmod(0o444)
    if os.geteuid() == 0:
        # root may write a 0444 file anyway; act as an ordinary user would see it.
        from barometer_desktop.storage import sql_engine as engine

        real_access = os.access
        monkeypatch.setattr(
            engine.os, "access", lambda p, mode: False if Path(p) == target and mode == os.W_OK else real_access(p, mode)
        )
    before = fingerprint(target)
    assert main(["--db", str(target), "db", "upgrade"]) == 1
    assert "er skrivebeskyttet" in one_clear_line(capsys.readouterr().err)
    assert fingerprint(target) == before
    assert not list(tmp_path.glob("old.before-upgrade.*"))


def test_missing_file(tmp_path: Path, capsys):
    assert main(["--db", str(tmp_path / "nowhere.sqlite"), "db", "check"]) == 1
    assert "nowhere.sqlite findes ikke" in one_clear_line(capsys.readouterr().err)
    assert not (tmp_path / "nowhere.sqlite").exists()


@pytest.mark.parametrize("verb", [["db", "check"], ["db", "upgrade"]])
def test_locked_database(tmp_path: Path, verb, monkeypatch, capsys):
    from barometer_desktop.storage import sql_engine as engine

    monkeypatch.setattr(engine, "BUSY_TIMEOUT_MS", 100)
    # An old file in rollback-journal mode, exclusively locked by another program.
    target = Path(shutil.copy(FIXTURES / "schema_0001.sqlite", tmp_path / "old.sqlite"))
    other = sqlite3.connect(target, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    try:
        before = fingerprint(target)
        assert main(["--db", str(target), *verb]) == 1
        assert "er låst af et andet program" in one_clear_line(capsys.readouterr().err)
        assert fingerprint(target) == before
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert not list(tmp_path.glob("old.before-upgrade.*"))


# -- usage errors: exit 2 ------------------------------------------------------------


@pytest.mark.parametrize("argv", [["db"], ["db", "frobnicate"], ["db", "backup"], ["--no-such-option"]])
def test_usage_errors_exit_2(argv, capsys):
    with pytest.raises(SystemExit) as raised:
        main(argv)
    assert raised.value.code == 2
    assert "brug:" in capsys.readouterr().err  # argparse in Danish, the default language


# -- the real command in a subprocess --------------------------------------------------


def test_command_line_end_to_end(tmp_path: Path):
    target = tmp_path / "cli.sqlite"
    created = run("--db", str(target), "db", "init", "--demo")
    assert created.returncode == 0, created.stderr
    checked = run("--db", str(target), "db", "check")
    assert (checked.returncode, checked.stderr) == (0, "")
    usage = run("db", "frobnicate")
    assert usage.returncode == 2


def test_subprocess_bad_file_gives_one_line(tmp_path: Path):
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"\x00garbage" * 64)
    before = fingerprint(bad)
    result = run("--db", str(bad), "db", "upgrade")
    assert result.returncode == 1
    assert "er ikke en barometerdatabase" in one_clear_line(result.stderr)
    assert fingerprint(bad) == before


def test_danish_by_default_english_on_request(not_a_database: Path):
    """Without --lang (and without BAROMETER_LANG) the command speaks Danish."""
    assert "BAROMETER_LANG" not in os.environ
    danish = run("--db", str(not_a_database), "db", "check")
    assert danish.returncode == 1
    assert one_clear_line(danish.stderr) == f"{not_a_database} er ikke en barometerdatabase (ikke en SQLite-fil)."
    english = run("--lang", "en", "--db", str(not_a_database), "db", "check")
    assert english.returncode == 1
    assert one_clear_line(english.stderr) == f"{not_a_database} is not a barometer database (not a SQLite file)."


def test_db_verbs_do_not_import_qtwidgets(tmp_path: Path):
    target = tmp_path / "q.sqlite"
    script = (
        "import sys\n"
        "from barometer_desktop.cli.main import main\n"
        f"codes = [main(['--db', {str(target)!r}, 'db', verb]) for verb in ('init', 'upgrade', 'check')]\n"
        f"codes.append(main(['--db', {str(target)!r}, 'db', 'backup', {str(tmp_path / 'b.sqlite')!r}]))\n"
        "assert codes == [0, 0, 0, 0], codes\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6.Qt')))\n"
    )
    env = dict(os.environ, PYTHONPATH=str(REPO))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr
    loaded = result.stdout.strip().splitlines()[-1]
    assert "QtWidgets" not in loaded and "QtGui" not in loaded


def test_schema_head_is_what_the_migrations_say():
    assert migrations.head_revision() in migrations.known_revisions()


def test_demo_on_the_command_line_makes_the_demo_database_when_there_is_none(tmp_path, capsys):
    from barometer_desktop import paths
    from barometer_desktop.cli.main import main

    assert not paths.demo_database_path().exists()
    out = tmp_path / "demo.pdf"
    assert main(["--demo", "report", "--year", "2013", "--out", str(out)]) == 0
    assert paths.demo_database_path().is_file() and out.read_bytes().startswith(b"%PDF")


def test_db_init_in_a_folder_that_does_not_exist_says_so_in_danish(tmp_path, capsys):
    from barometer_desktop.cli.main import main

    target = tmp_path / "findes-ikke" / "barometer.sqlite"
    assert main(["--db", str(target), "db", "init"]) == 1
    err = capsys.readouterr().err
    assert "mappe findes" in err and "unable to open" not in err
    assert not target.parent.exists()
