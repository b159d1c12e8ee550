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


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Application data, logs and QSettings all live under tmp_path."""
    data_dir = tmp_path / "appdata"
    monkeypatch.setenv("BAROMETER_DATA_DIR", str(data_dir))
    monkeypatch.delenv("BAROMETER_DB", raising=False)
    from barometer_desktop import i18n

    monkeypatch.setattr(i18n, "_current", i18n.DEFAULT_LANGUAGE)
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
    qtbot.addWidget(window)
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
