"""A PostgreSQL server's states reach the user as clear, translated lines,
never as driver text, and the next action after a restart connects again
(issue 21). Simulated against the test server: a backend terminated by the
administrator, a role out of connections, and a stand-in that answers like
a server shutting down or starting up."""

from __future__ import annotations

import socket
import struct
import threading
import uuid

import pytest
from sqlalchemy import create_engine, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from barometer_desktop.domain.periods import Period
from barometer_desktop.errors import DatabaseOpenError
from barometer_desktop.i18n import translate
from barometer_desktop.storage import catalog, observation_edits, observations
from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.observations import ObservationInput
from tests import stored_values

pytestmark = pytest.mark.postgres
DRIVER_WORDS = ("FATAL", "sqlstate", "57P0", "53300", "terminating connection", "too many", "shutting down", "starting up")


def _pg_url() -> str:
    import os

    url = os.environ.get("BAROMETER_TEST_PG_URL")
    if not url:
        pytest.skip("set BAROMETER_TEST_PG_URL to run against PostgreSQL")
    return url


@pytest.fixture
def pg_db(pg_server):
    """A fresh policy database on the PostgreSQL test server only."""
    name = pg_server.create(template=pg_server.template("policy"))
    db = open_database(pg_server.location(name), user_name="tester")
    yield db
    db.close()
    pg_server.drop(name)


def _danish(error: Exception) -> str:
    message = error.user_message(translate)  # type: ignore[attr-defined]
    assert not [w for w in DRIVER_WORDS if w in message], message
    return message


class _StandIn:
    """A socket that answers a connection attempt the way PostgreSQL does
    while it shuts down or starts up: refuse TLS, then a FATAL 57P03."""

    def __init__(self, message: str) -> None:
        self.message = message
        self.listener = socket.socket()
        self.listener.bind(("127.0.0.1", 0))
        self.listener.listen()
        self.port = self.listener.getsockname()[1]
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            with client:
                while True:
                    head = client.recv(8)
                    if len(head) < 8:
                        break
                    length, code = struct.unpack("!ii", head)
                    client.recv(length - 8) if length > 8 else None
                    if code in (80877103, 80877104):  # SSLRequest, GSSENCRequest: "no"
                        client.sendall(b"N")
                        continue
                    fields = b"".join(
                        kind + value.encode() + b"\0"
                        for kind, value in ((b"S", "FATAL"), (b"V", "FATAL"), (b"C", "57P03"), (b"M", self.message))
                    ) + b"\0"
                    client.sendall(b"E" + struct.pack("!i", len(fields) + 4) + fields)
                    break

    def close(self) -> None:
        self.listener.close()


@pytest.mark.parametrize("state", ["the database system is shutting down", "the database system is starting up"])
def test_a_server_shutting_down_or_starting_up_is_a_clear_line(state):
    stand_in = _StandIn(state)
    try:
        url = make_url(_pg_url()).set(host="127.0.0.1", port=stand_in.port)
        with pytest.raises(DatabaseOpenError) as raised:
            open_database(url.render_as_string(hide_password=False))
    finally:
        stand_in.close()
    message = _danish(raised.value)
    assert "genstarter" in message and "prøv igen om et øjeblik" in message


def test_too_many_clients_says_to_ask_it_and_how_many_connections_a_window_uses(pg_db):
    admin = create_engine(_pg_url(), isolation_level="AUTOCOMMIT", poolclass=NullPool)
    role = f"bt_full_{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        connection.exec_driver_sql(f"CREATE ROLE {role} LOGIN CONNECTION LIMIT 0")
    try:
        url = make_url(pg_db.location.url).set(username=role)
        with pytest.raises(DatabaseOpenError) as raised:
            open_database(url.render_as_string(hide_password=False))
    finally:
        with admin.connect() as connection:
            connection.exec_driver_sql(f"DROP ROLE {role}")
        admin.dispose()
    message = _danish(raised.value)
    assert "ingen ledige forbindelser" in message and "IT" in message and "op til 4" in message


def _terminate_backends(database: str) -> int:
    admin = create_engine(_pg_url(), isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with admin.connect() as connection:
            return len(connection.execute(
                text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :d AND pid <> pg_backend_pid()"),
                {"d": database},
            ).all())
    finally:
        admin.dispose()


def test_a_connection_cut_mid_action_says_nothing_was_stored_and_the_next_action_connects(pg_db):
    db = pg_db
    database = make_url(db.location.url).database
    indicator = next(i for i in catalog.indicators(db) if i.unit == "percent")
    area = catalog.areas(db)[0]
    period = Period.parse("2013")
    with pytest.raises(DatabaseOpenError) as raised:
        with db.transaction() as session:
            session.execute(select(1))
            assert _terminate_backends(database) >= 1  # "terminating connection due to administrator command"
            observation_edits.apply_inputs(session, [ObservationInput(indicator.id, area.id, period, 12.5)], "tester")
    message = _danish(raised.value)
    assert "afbrudt" in message and "Intet blev gemt" in message
    assert not observations.series(db, indicator.id, [area.id]), "nothing was stored"

    # The server "restarts" again between two actions: the window's idle
    # connections are dead, and the next action still just works.
    _terminate_backends(database)
    stored_values.save(db, [ObservationInput(indicator.id, area.id, period, 12.5)])
    assert [r.value for r in observations.series(db, indicator.id, [area.id])] == [12.5]
