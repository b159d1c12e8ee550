"""A workstation that gives no login name: nothing stored in a language, a word in each when shown."""

from __future__ import annotations

import getpass

import pytest

from barometer_desktop import labels
from barometer_desktop.storage import database
from barometer_desktop.storage.instance_lock import LockHolder
from barometer_desktop.ui.shared_use import banner_text


def _no_login(monkeypatch) -> None:
    def refuse() -> str:
        raise OSError("no login name")

    monkeypatch.setattr(getpass, "getuser", refuse)


def test_no_login_name_is_stored_as_empty(monkeypatch):
    _no_login(monkeypatch)
    assert database.current_user() == ""


@pytest.fixture
def danish(qapp):
    from barometer_desktop.ui.translation import install_translators

    install_translators(qapp, "da")


def test_an_empty_name_is_shown_in_the_users_language(danish):
    assert labels.user_name("") == "ukendt bruger"
    assert labels.user_name("birgitte") == "birgitte"


def test_the_read_only_banner_names_an_unknown_holder(danish):
    holder = LockHolder(host="kontor-pc-7", pid=1, user="", started_at="", heartbeat_at="")
    assert "kontor-pc-7 af ukendt bruger" in banner_text(holder)
