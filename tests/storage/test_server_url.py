"""PostgreSQL addresses: accepted in every spelling, never with a password in a setting."""

from __future__ import annotations

import pytest

from barometer_desktop.cli.main import main
from barometer_desktop.errors import DatabaseOpenError
from barometer_desktop.storage.sql_engine import DatabaseLocation


@pytest.mark.parametrize(
    "text",
    ["postgresql://anna@db.kk.dk/barometer", "postgres://anna@db.kk.dk/barometer", "postgresql+psycopg://anna@db.kk.dk/barometer"],
)
def test_server_urls_use_psycopg(text):
    location = DatabaseLocation.parse(text)
    assert location.url == "postgresql+psycopg://anna@db.kk.dk/barometer"
    assert not location.is_sqlite and not location.has_password


def test_password_is_never_shown():
    location = DatabaseLocation.parse("postgresql://anna:hemmelig@db.kk.dk/barometer")
    assert location.has_password
    assert "hemmelig" not in location.display()


def test_a_setting_with_a_password_is_refused():
    with pytest.raises(DatabaseOpenError, match="pgpass") as raised:
        DatabaseLocation.from_setting("postgresql://anna:hemmelig@db.kk.dk/barometer")
    assert "hemmelig" not in str(raised.value)


def test_environment_with_a_password_is_refused(monkeypatch, capsys):
    monkeypatch.setenv("BAROMETER_DB", "postgresql://anna:hemmelig@127.0.0.1:1/barometer")
    assert main(["db", "check"]) == 1
    err = capsys.readouterr().err
    assert "pgpass" in err and "hemmelig" not in err


@pytest.mark.parametrize("text", ["mysql://x@y/z", "postgresql://anna@db.kk.dk"])
def test_unusable_addresses_are_refused(text):
    with pytest.raises(DatabaseOpenError):
        DatabaseLocation.parse(text)


def test_unreachable_server_is_one_clear_line(capsys):
    # Port 1 on the loopback address: nothing listens there.
    assert main(["--db", "postgresql://anna@127.0.0.1:1/barometer", "db", "check"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "Der er ingen forbindelse til databaseserveren" in err[0]


def test_command_line_password_is_accepted_with_a_warning(pg_server, capsys):
    name = pg_server.create()
    try:
        url = pg_server.url.set(database=name, password="ignored-by-trust").render_as_string(hide_password=False)
        assert main(["--db", url, "db", "init", "--demo"]) == 0
        captured = capsys.readouterr()
        assert "Advarsel" in captured.err and "pgpass" in captured.err
        assert "ignored-by-trust" not in captured.out
        assert main(["--db", url, "db", "check"]) == 0
        assert main(["--db", url, "db", "upgrade"]) == 0
        assert "har allerede det nyeste skema" in capsys.readouterr().out
    finally:
        pg_server.drop(name)


def test_backup_of_a_server_database_points_to_the_servers_tools(pg_server, tmp_path, capsys):
    url = pg_server.location("postgres").url
    assert main(["--db", url, "db", "backup", str(tmp_path / "x.sqlite")]) == 1
    assert "Brug serverens egne værktøjer til sikkerhedskopiering" in capsys.readouterr().err


def test_password_from_the_os_keyring_when_installed(monkeypatch):
    import sys
    import types

    from barometer_desktop.storage import sql_engine as engine

    asked = []
    fake = types.SimpleNamespace(get_password=lambda service, name: asked.append((service, name)) or "fra-nøglering")
    monkeypatch.setitem(sys.modules, "keyring", fake)
    location = DatabaseLocation.parse("postgresql://anna@db.kk.dk/barometer")
    assert engine.keyring_password(location) == "fra-nøglering"
    assert asked == [("barometer-desktop", "anna@db.kk.dk:5432/barometer")]
    made = engine.create_database_engine(location)
    try:
        assert "fra-nøglering" not in str(made.url)
    finally:
        made.dispose()
    # A URL that already has a password does not consult the keyring.
    assert engine.keyring_password(DatabaseLocation.parse("postgresql://anna:x@db.kk.dk/barometer")) is None


def test_without_keyring_package_pgpass_is_left_to_libpq(monkeypatch):
    import sys

    from barometer_desktop.storage import sql_engine as engine

    monkeypatch.setitem(sys.modules, "keyring", None)  # import fails
    assert engine.keyring_password(DatabaseLocation.parse("postgresql://anna@db.kk.dk/barometer")) is None


@pytest.fixture
def password_login(pg_server, tmp_path, monkeypatch):
    """A database on the test server whose user must give a password, and
    a pgpass file that has it (tests/pg_server.sh makes members of the role
    password_login log in with a password)."""
    import uuid

    from sqlalchemy import create_engine
    from sqlalchemy.exc import OperationalError

    user, password = f"pw_{uuid.uuid4().hex[:8]}", "hemmelig-" + uuid.uuid4().hex[:6]
    with pg_server.admin.connect() as connection:
        connection.exec_driver_sql(
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'password_login') "
            "THEN CREATE ROLE password_login NOLOGIN; END IF; END $$"
        )
        connection.exec_driver_sql(f"CREATE ROLE {user} LOGIN PASSWORD '{password}' IN ROLE password_login")
    name = pg_server.create()
    with pg_server.admin.connect() as connection:
        connection.exec_driver_sql(f"ALTER DATABASE {name} OWNER TO {user}")
    url = pg_server.url.set(username=user, database=name)
    nowhere = tmp_path / "no-pgpass"
    monkeypatch.setenv("PGPASSFILE", str(nowhere))  # not the developer's own ~/.pgpass
    probe = create_engine(url)
    try:
        with probe.connect():
            pytest.skip("the test server lets this user in without a password (start it with tests/pg_server.sh)")
    except OperationalError:
        pass
    finally:
        probe.dispose()
    pgpass = tmp_path / "pgpass.conf"
    pgpass.write_text(f"{url.host}:{url.port}:{name}:{user}:{password}\n", encoding="utf-8")
    pgpass.chmod(0o600)  # libpq ignores a password file others can read
    yield url.render_as_string(hide_password=False), pgpass
    pg_server.drop(name)
    with pg_server.admin.connect() as connection:
        connection.exec_driver_sql(f"DROP ROLE IF EXISTS {user}")


def test_a_server_that_wants_a_password_gets_it_from_pgpass(password_login, monkeypatch, capsys, tmp_path):
    url, pgpass = password_login
    # Without the password: one line that says where the password belongs.
    assert main(["--db", url, "db", "check"]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "pgpass" in err[0]
    # With the password file (what IT hands out), the database is used as usual.
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    assert main(["--db", url, "db", "init", "--demo"]) == 0
    assert main(["--db", url, "report", "--year", "2013", "--out", str(tmp_path / "r.pdf")]) == 0
    assert (tmp_path / "r.pdf").stat().st_size > 10_000
    assert "hemmelig" not in capsys.readouterr().out
