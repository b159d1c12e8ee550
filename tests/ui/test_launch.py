"""Starting the app: first-start choice, demo creation, errors shown, crash dialog."""

import argparse
import sys

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from barometer_desktop import paths
from barometer_desktop.ui import crash_dialog, launch
from barometer_desktop.ui.first_start import FirstStart


def _args(**overrides):
    values = {"db": None, "demo": False, "lang": None}
    values.update(overrides)
    return argparse.Namespace(**values)


def test_first_start_offers_demo_and_creates_it(qapp, monkeypatch):
    asked = []
    monkeypatch.setattr(launch, "_ask_first_start", lambda _default: asked.append(True) or FirstStart("demo"))
    location, demo = launch.choose_location(_args())
    assert asked == [True]
    assert demo is True
    assert location.path == paths.demo_database_path()
    db = launch.open_or_create(location, demo=demo)
    try:
        assert db.is_demo
    finally:
        db.close()


def test_first_start_cancel_opens_nothing(qapp, monkeypatch):
    monkeypatch.setattr(launch, "_ask_first_start", lambda _default: None)
    assert launch.choose_location(_args()) is None
    assert not paths.default_database_path().exists()


def test_existing_default_database_is_opened_without_asking(qapp, monkeypatch, policy_db_path):
    target = paths.default_database_path()
    target.write_bytes(policy_db_path.read_bytes())
    monkeypatch.setattr(launch, "_ask_first_start", lambda _default: pytest.fail("must not ask"))
    location, demo = launch.choose_location(_args())
    assert location.path == target and demo is False


def test_run_gui_shows_a_clear_message_for_a_file_that_is_not_a_database(qapp, monkeypatch, tmp_path):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("not a database at all")
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    offered = []  # then the first-start choice (open another, new, demo) instead of no window at all
    monkeypatch.setattr(launch, "_ask_first_start", lambda default: offered.append(default))
    assert launch.run_gui(_args(db=str(bogus))) == 1
    assert len(shown) == 1 and "notes.sqlite" in shown[0]
    assert offered == [bogus]
    assert bogus.read_text() == "not a database at all"


def test_run_gui_opens_the_demo_window(qapp, monkeypatch):
    seen = {}

    def fake_exec():
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow" and w.isVisible())
        seen["title"] = window.windowTitle()
        seen["demo"] = window.demo_label.isVisible()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert launch.run_gui(_args(demo=True)) == 0
    assert "demo.sqlite" in seen["title"] and seen["demo"] is True


def test_unexpected_error_shows_copyable_report(qapp, monkeypatch):
    reports = []
    monkeypatch.setattr(crash_dialog, "show_crash_dialog", lambda report, parent=None: reports.append(report))
    try:
        raise RuntimeError("boom in a slot")
    except RuntimeError:
        crash_dialog._hook(*sys.exc_info())
    assert len(reports) == 1
    assert "RuntimeError: boom in a slot" in reports[0]
    assert "Integrationsbarometer" in reports[0]


def test_after_a_file_that_cannot_be_opened_the_user_can_go_on_with_another(qapp, monkeypatch, tmp_path):
    from types import SimpleNamespace

    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("not a database at all")
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: None)
    monkeypatch.setattr(launch, "_ask_first_start", lambda default: SimpleNamespace(kind="demo"))
    seen = {}

    def fake_exec():
        window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "MainWindow" and w.isVisible())
        seen["title"] = window.windowTitle()
        window.close()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert launch.run_gui(_args(db=str(bogus))) == 0
    assert "demo.sqlite" in seen["title"]
