"""Shared fixtures: every test gets its own folders, settings and database.

No test touches the user's real application data, settings or logs: the
environment and QSettings are pointed at tmp_path before anything runs.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("BAROMETER_DB", None)
os.environ.pop("BAROMETER_LANG", None)


@pytest.fixture(scope="session")
def _shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One cache folder for the session, as one computer has across starts.

    It holds the expected schema per revision (storage/migrated_schema.py),
    derived here once, so a test's fresh process starts like a second start
    (no Alembic, no ORM) instead of like the first start after installing.
    """
    folder = tmp_path_factory.mktemp("cache")
    previous = os.environ.get("BAROMETER_CACHE_DIR")
    os.environ["BAROMETER_CACHE_DIR"] = str(folder)
    from barometer_desktop.storage import migrated_schema, migrations

    migrated_schema.expected_schema(migrations.head_revision(), strict=True)
    if previous is None:
        os.environ.pop("BAROMETER_CACHE_DIR")
    return folder


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, _shared_cache: Path) -> Iterator[Path]:
    """Application data, logs and QSettings all live under tmp_path (the derived-data cache is shared)."""
    data_dir = tmp_path / "appdata"
    monkeypatch.setenv("BAROMETER_DATA_DIR", str(data_dir))
    monkeypatch.setenv("BAROMETER_CACHE_DIR", str(_shared_cache))
    monkeypatch.delenv("BAROMETER_DB", raising=False)
    from barometer_desktop import i18n

    monkeypatch.setattr(i18n, "_current", i18n.DEFAULT_LANGUAGE)
    from barometer_desktop.domain import formatting

    # Numbers and dates follow the window's language: start each test in Danish too.
    monkeypatch.setattr(formatting, "_default_language", i18n.DEFAULT_LANGUAGE)
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    yield data_dir


# -- databases -------------------------------------------------------------------


def _template(tmp_path_factory: pytest.TempPathFactory, name: str, demo: bool) -> Path:
    from barometer_desktop.storage.seed import initialize_database

    path = tmp_path_factory.mktemp("templates") / name
    db = initialize_database(path, demo=demo, user_name="template")
    # Fold the WAL into the main file so a plain copy is the whole database.
    with db.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.fixture(scope="session")
def _policy_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(tmp_path_factory, "policy.sqlite", demo=False)


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _template(tmp_path_factory, "demo.sqlite", demo=True)


def _copy(template: Path, target: Path) -> Path:
    shutil.copyfile(template, target)
    return target


@pytest.fixture
def policy_db_path(tmp_path: Path, _policy_template: Path) -> Path:
    """A fresh database file with the 2011 policy and no values."""
    return _copy(_policy_template, tmp_path / "policy.sqlite")


@pytest.fixture
def demo_db_path(tmp_path: Path, _demo_template: Path) -> Path:
    """A fresh copy of the demo database."""
    return _copy(_demo_template, tmp_path / "demo.sqlite")


@pytest.fixture
def policy_db(policy_db_path: Path):
    from barometer_desktop.storage.database import open_database

    db = open_database(policy_db_path, user_name="tester")
    yield db
    db.close()


@pytest.fixture
def demo_db(demo_db_path: Path):
    from barometer_desktop.storage.database import open_database

    db = open_database(demo_db_path, user_name="tester")
    yield db
    db.close()


# -- the GUI ---------------------------------------------------------------------


@pytest.fixture
def app_state(qapp, demo_db):
    """Shared screen state on the demo database, report year 2013, Danish."""
    from barometer_desktop.ui.state import AppState
    from barometer_desktop.ui.translation import install_translators

    install_translators(qapp, "da")
    return AppState(demo_db, 2013)


@pytest.fixture
def main_window(qtbot, app_state):
    from barometer_desktop.ui.main_window import MainWindow

    window = MainWindow(app_state)
    # A test may end with unsaved edits on a screen; closing the window at
    # teardown must not stop at the Save / Discard / Cancel question.
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "confirm_leave_all", lambda: True))
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture(autouse=True)
def no_leftover_dialogs(request: pytest.FixtureRequest) -> Iterator[None]:
    """Fail a test that leaves a modal dialog open (it would block a real user)."""
    yield
    if "qapp" not in request.fixturenames and "qtbot" not in request.fixturenames:
        return
    from PySide6.QtWidgets import QApplication

    modal = QApplication.activeModalWidget()
    if modal is not None:
        modal.close()
        pytest.fail(f"test left a modal dialog open: {modal.objectName() or type(modal).__name__}")


# -- the same tests on SQLite and PostgreSQL ------------------------------------
#
# Tests that take `any_policy_db`, `any_demo_db` or `any_empty_location` run
# once per engine. The PostgreSQL variant needs a server: tests/pg_server.sh
# starts a throwaway one and prints the URL to put in BAROMETER_TEST_PG_URL.
# Each test gets its own database, copied from a template (CREATE DATABASE ...
# TEMPLATE is a file copy on the server, so it is quick).

PG_URL_ENV = "BAROMETER_TEST_PG_URL"
PG_SKIP_REASON = "set BAROMETER_TEST_PG_URL to run against PostgreSQL (tests/pg_server.sh starts a server)"


class _PgServer:
    """Creates and drops per-test databases on the test server."""

    def __init__(self, url: str) -> None:
        import uuid

        from sqlalchemy import create_engine
        from sqlalchemy.engine import make_url

        self.url = make_url(url)
        self.prefix = f"bt_{uuid.uuid4().hex[:8]}"
        self.admin = create_engine(self.url, isolation_level="AUTOCOMMIT", poolclass=_null_pool())
        self.count = 0
        self.templates: dict[str, str] = {}

    def location(self, name: str):
        from barometer_desktop.storage.sql_engine import DatabaseLocation

        return DatabaseLocation.parse(self.url.set(database=name).render_as_string(hide_password=False))

    def create(self, template: str | None = None) -> str:
        self.count += 1
        name = f"{self.prefix}_{self.count}"
        clause = f" TEMPLATE {template}" if template else ""
        with self.admin.connect() as connection:
            connection.exec_driver_sql(f"CREATE DATABASE {name}{clause}")
        return name

    def drop(self, name: str) -> None:
        with self.admin.connect() as connection:
            connection.exec_driver_sql(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    def template(self, kind: str) -> str:
        if kind not in self.templates:
            from barometer_desktop.storage.seed import initialize_database

            name = self.create()
            db = initialize_database(self.location(name), demo=kind == "demo", user_name="template")
            db.close()
            self.templates[kind] = name
        return self.templates[kind]

    def close(self) -> None:
        for name in self.templates.values():
            self.drop(name)
        self.admin.dispose()


def _null_pool():
    from sqlalchemy.pool import NullPool

    return NullPool


@pytest.fixture(scope="session")
def pg_server() -> Iterator[_PgServer]:
    url = os.environ.get(PG_URL_ENV)
    if not url:
        pytest.skip(PG_SKIP_REASON)
    server = _PgServer(url)
    yield server
    server.close()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def engine_name(request: pytest.FixtureRequest) -> str:
    if request.param == "postgresql" and not os.environ.get(PG_URL_ENV):
        pytest.skip(PG_SKIP_REASON)
    return request.param


@pytest.fixture
def any_empty_location(engine_name: str, request: pytest.FixtureRequest, tmp_path: Path):
    """Where a new, empty database can be created, on each engine."""
    from barometer_desktop.storage.sql_engine import DatabaseLocation

    if engine_name == "sqlite":
        yield DatabaseLocation.parse(tmp_path / "new.sqlite")
        return
    server: _PgServer = request.getfixturevalue("pg_server")
    name = server.create()
    yield server.location(name)
    server.drop(name)


def _any_db(kind: str, engine_name: str, request: pytest.FixtureRequest):
    from barometer_desktop.storage.database import open_database

    if engine_name == "sqlite":
        db = open_database(request.getfixturevalue(f"{kind}_db_path"), user_name="tester")
        yield db
        db.close()
        return
    server: _PgServer = request.getfixturevalue("pg_server")
    name = server.create(template=server.template(kind))
    db = open_database(server.location(name), user_name="tester")
    yield db
    db.close()
    server.drop(name)


@pytest.fixture
def any_policy_db(engine_name: str, request: pytest.FixtureRequest):
    """A fresh database with the 2011 policy, on each engine."""
    yield from _any_db("policy", engine_name, request)


@pytest.fixture
def any_demo_db(engine_name: str, request: pytest.FixtureRequest):
    """A fresh copy of the demo database, on each engine."""
    yield from _any_db("demo", engine_name, request)


# -- snapshots of any size ------------------------------------------------------


def scale_snapshot(snapshot, indicators: int):
    """A copy of `snapshot` with `indicators` indicators (one goal per 5), reusing its indicators' data."""
    from dataclasses import replace

    source = [i for goal in snapshot.goals for i in goal.indicators]
    goals = []
    for number in range(1, indicators // 5 + 1):
        template = snapshot.goals[(number - 1) % len(snapshot.goals)]
        members = tuple(
            replace(view, indicator=replace(view.indicator, code=f"{number}.{k + 1}", is_headline=k == 0))
            for k, view in ((k, source[(number * 5 + k) % len(source)]) for k in range(5))
        )
        goals.append(replace(template, number=number, indicators=members))
    return replace(snapshot, goals=tuple(goals))


@pytest.fixture
def scaled_snapshot():
    return scale_snapshot
