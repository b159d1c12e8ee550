"""Several copies of the app on one database: refresh, read-only banner, recovery offer."""

from __future__ import annotations

import json
import shutil
import socket
from dataclasses import asdict
from datetime import datetime
from pathlib import Path

import pytest

from barometer_desktop.errors import DatabaseOpenError
from barometer_desktop.i18n import translate
from barometer_desktop.storage import catalog
from barometer_desktop.storage.concurrency import refuse_stale
from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.instance_lock import LockHolder, lock_path
from barometer_desktop.storage.models import Indicator
from barometer_desktop.storage.sql_engine import DatabaseLocation
from barometer_desktop.ui import launch
from barometer_desktop.ui.refresh import DataRefresher

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _rename_as_bob(location, name: str) -> None:
    bob = open_database(location, user_name="bob")
    try:
        first = catalog.indicators(bob)[0]
        with bob.transaction() as session:
            row = session.get(Indicator, first.id)
            refuse_stale(session, row, first.version)
            row.name = name
    finally:
        bob.close()


def test_another_users_change_reaches_the_screens(main_window, qtbot):
    state = main_window.state
    refresher = DataRefresher(state, interval_ms=50, parent=main_window)
    main_window.show_screen("indicators")  # a hidden screen refreshes when next shown
    tree = main_window.page("indicators").tree
    _rename_as_bob(state.db.location, "Ændret af Bob")
    with qtbot.waitSignal(refresher.changed_elsewhere, timeout=3000):
        pass  # the poll timer notices the change
    texts = [tree.topLevelItem(0).child(i).text(0) for i in range(tree.topLevelItem(0).childCount())]
    assert any("Ændret af Bob" in t for t in texts)


def test_own_changes_are_not_reported_as_others(app_state, qtbot):
    refresher = DataRefresher(app_state, interval_ms=60_000)
    with app_state.db.transaction() as session:
        session.get(Indicator, catalog.indicators(app_state.db)[0].id).name = "Mit navn"
    app_state.data_changed.emit()  # as a screen does after storing
    assert refresher.check() is False
    _rename_as_bob(app_state.db.location, "Bobs")
    assert refresher.check() is True
    assert refresher.check() is False


def test_every_screen_on_every_engine_shows_others_changes(any_demo_db, qapp, qtbot):
    """The whole window on SQLite and PostgreSQL: every screen opens, and a
    change stored by another user shows up after the next poll."""
    from barometer_desktop.ui.main_window import MainWindow
    from barometer_desktop.ui.state import AppState

    window = MainWindow(AppState(any_demo_db, 2013))
    qtbot.addWidget(window)
    refresher = DataRefresher(window.state, interval_ms=50, parent=window)
    window.show()
    keys = [window.navigation.item(i).data(0x0100) for i in range(window.navigation.count())]
    for key in keys:
        window.show_screen(key)
        assert window.stack.currentWidget() is window.page(key)
    _rename_as_bob(any_demo_db.location, "Fra en anden arbejdsplads")
    with qtbot.waitSignal(refresher.changed_elsewhere, timeout=3000):
        pass
    assert any(i.name == "Fra en anden arbejdsplads" for i in catalog.indicators(window.state.db))


def _held_by_other_pc(path: Path) -> None:
    now = datetime.now().isoformat(timespec="seconds")
    holder = LockHolder("kontor-pc-7", 4242, "birgitte", now, now, "theirs")
    lock_path(path).write_text(json.dumps(asdict(holder)))


def test_second_copy_opens_read_only_with_a_banner(qapp, qtbot, demo_db_path: Path):
    from barometer_desktop.ui.main_window import MainWindow
    from barometer_desktop.ui.state import AppState

    _held_by_other_pc(demo_db_path)
    db, lock, banner = launch.open_with_recovery(DatabaseLocation.parse(demo_db_path), demo=False)
    assert db.read_only and lock is None
    assert "kontor-pc-7" in banner and "birgitte" in banner
    window = MainWindow(AppState(db, 2013))
    qtbot.addWidget(window)
    launch.attach_shared_use(window, lock, banner)
    window.show()
    assert window.banner.isVisible() and "åbnet skrivebeskyttet" in window.banner.text()
    with pytest.raises(DatabaseOpenError, match="read-only"):
        with db.transaction():
            pass
    window.grab().save(str(demo_db_path.parent / "banner.png"))
    db.close()


def test_first_copy_takes_the_lock_and_releases_it(qapp, demo_db_path: Path):
    db, lock, banner = launch.open_with_recovery(DatabaseLocation.parse(demo_db_path), demo=False)
    try:
        assert not db.read_only and banner == ""
        assert json.loads(lock_path(demo_db_path).read_text())["host"] == socket.gethostname()
    finally:
        lock.release()
        db.close()
    assert not lock_path(demo_db_path).exists()


def test_lost_lock_switches_to_read_only(qapp, qtbot, main_window, tmp_path):
    from barometer_desktop.storage.instance_lock import InstanceLock

    path = main_window.state.db.location.path
    lock, _ = InstanceLock.acquire(path)
    keeper = launch.attach_shared_use(main_window, lock, "")
    _held_by_other_pc(path)  # taken over while this machine slept
    with qtbot.waitSignal(keeper.lost):
        keeper.beat()
    assert main_window.state.db.read_only
    assert "kontor-pc-7" in main_window.banner.text()


# -- a file that cannot be opened: offer the newest backup -----------------------------


@pytest.fixture
def broken_with_backup(tmp_path: Path) -> tuple[Path, Path]:
    original = tmp_path / "barometer.sqlite"
    original.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)  # truncated / damaged
    backup = Path(shutil.copy(FIXTURES / "schema_0001.sqlite", tmp_path / "barometer.before-upgrade.20261101-120000.sqlite"))
    return original, backup


def test_damaged_file_offers_a_copy_of_the_newest_backup(qapp, monkeypatch, broken_with_backup):
    original, backup = broken_with_backup
    before = (original.read_bytes(), backup.read_bytes())
    asked, told = [], []
    monkeypatch.setattr(launch, "ask_open_backup", lambda error, b: asked.append((error.user_message(translate), b)) or True)
    monkeypatch.setattr(launch, "show_info", told.append)

    db, lock, banner = launch.open_with_recovery(DatabaseLocation.parse(original), demo=False)
    try:
        assert asked[0][1] == backup and asked[0][0].startswith(f"{original} er beskadiget eller ikke en barometerdatabase.")
        assert db.location.path.name.startswith("barometer-recovered-")
        assert catalog.indicators(db), "the backup's data are there"
        assert str(original) in told[0]
    finally:
        if lock:
            lock.release()
        db.close()
    assert (original.read_bytes(), backup.read_bytes()) == before, "neither file was written"


def test_declining_the_backup_opens_nothing(qapp, monkeypatch, broken_with_backup):
    original, _backup = broken_with_backup
    monkeypatch.setattr(launch, "ask_open_backup", lambda error, b: False)
    assert launch.open_with_recovery(DatabaseLocation.parse(original), demo=False) is None
    assert not list(original.parent.glob("*recovered*"))


def test_the_offer_names_the_backup_and_has_the_button(qapp, broken_with_backup):
    from barometer_desktop.ui.translation import install_translators

    install_translators(qapp, "da")
    _original, backup = broken_with_backup
    box, button = launch.open_failed_box(DatabaseOpenError("{path} is damaged.", path="x"), backup)
    assert backup.name in box.informativeText()
    assert button.text() == "Åbn nyeste sikkerhedskopi"
    box.deleteLater()


def test_no_backup_means_a_plain_message(qapp, monkeypatch, tmp_path):
    bad = tmp_path / "alone.sqlite"
    bad.write_bytes(b"not a database at all")
    shown = []
    monkeypatch.setattr(launch, "show_error", shown.append)
    assert launch.open_with_recovery(DatabaseLocation.parse(bad), demo=False) is None
    assert shown[0].user_message(translate) == f"{bad} er ikke en barometerdatabase (ikke en SQLite-fil)."
    assert bad.read_bytes() == b"not a database at all"


def test_unreachable_database_slows_the_poll_down_and_recovers(app_state, monkeypatch):
    from barometer_desktop.ui import refresh

    refresher = DataRefresher(app_state, interval_ms=1000)
    real = type(app_state.db).data_version

    def down(_db):
        raise DatabaseOpenError("Cannot reach the database server {path}.", path="x")

    monkeypatch.setattr(type(app_state.db), "data_version", down)
    assert refresher.check() is False
    assert refresher.timer.interval() == refresh.BACKOFF_MS
    monkeypatch.setattr(type(app_state.db), "data_version", real)
    refresher.check()
    assert refresher.timer.interval() == 1000
