"""A second copy of the app on the same SQLite file is told, and opens read-only."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from dataclasses import asdict, replace
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from barometer_desktop.errors import DatabaseOpenError
from barometer_desktop.storage import instance_lock
from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.instance_lock import InstanceLock, lock_path, read_holder


def test_first_copy_gets_the_lock_second_sees_who_holds_it(policy_db_path: Path):
    first, nobody = InstanceLock.acquire(policy_db_path)
    assert first is not None and nobody is None
    holder = read_holder(lock_path(policy_db_path))
    assert (holder.host, holder.pid) == (socket.gethostname(), os.getpid())

    second, holder = InstanceLock.acquire(policy_db_path)
    assert second is None
    assert holder.host == socket.gethostname() and holder.user

    first.release()
    assert not lock_path(policy_db_path).exists()
    again, _ = InstanceLock.acquire(policy_db_path)
    assert again is not None
    again.release()


def test_lock_of_a_dead_process_on_this_host_is_taken_over(policy_db_path: Path):
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    now = datetime.now().isoformat(timespec="seconds")
    holder = instance_lock.LockHolder(socket.gethostname(), int(dead.stdout), "crashed", now, now, "old")
    lock_path(policy_db_path).write_text(json.dumps(asdict(holder)))
    lock, other = InstanceLock.acquire(policy_db_path)
    assert lock is not None and other is None
    assert read_holder(lock_path(policy_db_path)).token == lock.holder.token


def test_lock_from_another_machine_is_stale_only_without_heartbeat(policy_db_path: Path):
    now = datetime.now()
    alive = instance_lock.LockHolder("other-pc", 4242, "bo", now.isoformat(), now.isoformat(), "x")
    lock_path(policy_db_path).write_text(json.dumps(asdict(alive)))
    lock, holder = InstanceLock.acquire(policy_db_path)
    assert lock is None and holder.host == "other-pc"

    old = (now - instance_lock.STALE_AFTER - timedelta(minutes=1)).isoformat()
    lock_path(policy_db_path).write_text(json.dumps(asdict(replace(alive, heartbeat_at=old))))
    lock, holder = InstanceLock.acquire(policy_db_path)
    assert lock is not None and holder is None


def test_heartbeat_renews_and_notices_a_takeover(policy_db_path: Path):
    lock, _ = InstanceLock.acquire(policy_db_path)
    assert lock.heartbeat()
    thief = replace(lock.holder, token="someone-else", host="other-pc")
    lock_path(policy_db_path).write_text(json.dumps(asdict(thief)))
    assert not lock.heartbeat()
    lock.release()
    assert lock_path(policy_db_path).exists(), "never removes another copy's lock"


def test_read_only_database_refuses_writes_clearly(policy_db_path: Path):
    writer = open_database(policy_db_path)
    reader = open_database(policy_db_path, read_only=True)
    try:
        with pytest.raises(DatabaseOpenError, match="read-only"):
            with reader.transaction():
                pass
        assert reader.data_version() == writer.data_version()
    finally:
        reader.close()
        writer.close()
