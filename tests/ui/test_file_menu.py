"""File menu: open and create databases, recent files; Edit menu: undo/redo."""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from barometer_desktop.storage import catalog
from barometer_desktop.ui.database_menu import MAX_RECENT, RECENT_KEY, recent_files, remember


def test_opening_a_non_database_file_shows_a_message_and_keeps_the_database(main_window, tmp_path, monkeypatch):
    bogus = tmp_path / "notes.sqlite"
    bogus.write_text("This is not a database, just some notes.\n" * 50)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bogus), ""))
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *args: warnings.append(args[2]))
    before = main_window.state.db
    main_window.database_menu.open_action.trigger()
    assert len(warnings) == 1
    assert "notes.sqlite" in warnings[0]
    assert main_window.state.db is before
    assert main_window.page("overview").model.rowCount() == 8  # still usable
    assert str(bogus) not in recent_files()


def test_open_switches_database_and_remembers_it(main_window, policy_db_path, monkeypatch, qtbot):
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(policy_db_path), ""))
    with qtbot.waitSignal(main_window.state.database_changed):
        main_window.database_menu.open_action.trigger()
    assert main_window.database_label.text() == str(policy_db_path)
    assert not main_window.demo_label.isVisible()
    assert recent_files()[0] == str(policy_db_path.resolve())


def test_new_database_is_created_and_opened(main_window, tmp_path, monkeypatch, qtbot):
    from barometer_desktop.policy_file.own_municipality import starting_definition
    from barometer_desktop.resources import shipped_path
    from barometer_desktop.storage.seed import read_policy_file
    from barometer_desktop.ui import first_start

    target = tmp_path / "ny"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    example = read_policy_file(shipped_path("database", "seed", "policy_2011.toml"))
    asked = []

    def setup(_parent, path):
        asked.append(path)
        return first_start.FirstStart(
            "create", path, starting_definition(example, "Odense", ["Aarhus"]), "Odense"
        )

    monkeypatch.setattr(first_start, "ask_new_barometer", setup)
    with qtbot.waitSignal(main_window.state.database_changed):
        main_window.database_menu.new_action.trigger()
    assert asked == [tmp_path / "ny.sqlite"]
    assert (tmp_path / "ny.sqlite").is_file()
    assert main_window.database_label.text() == str(tmp_path / "ny.sqlite")
    main_window.show_screen("indicators")
    assert main_window.page("indicators").tree.topLevelItemCount() == 8
    assert [a.name for a in catalog.areas(main_window.state.db)] == ["Odense", "Hele landet", "Aarhus"]


def test_new_database_cancelled_in_the_setup_creates_nothing(main_window, tmp_path, monkeypatch):
    from barometer_desktop.ui import first_start

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "ny.sqlite"), ""))
    monkeypatch.setattr(first_start, "ask_new_barometer", lambda _parent, _path: None)
    before = main_window.state.db
    main_window.database_menu.new_action.trigger()
    assert not (tmp_path / "ny.sqlite").exists() and main_window.state.db is before


def test_recent_files_are_capped_and_missing_ones_pruned(tmp_path):
    files = []
    for number in range(MAX_RECENT + 2):
        path = tmp_path / f"db{number}.sqlite"
        path.write_bytes(b"")
        files.append(path)
        remember(path)
    recent = recent_files()
    assert len(recent) == MAX_RECENT
    assert recent[0] == str(files[-1].resolve())
    files[-1].unlink()
    assert str(files[-1].resolve()) not in recent_files()
    assert str(files[-1].resolve()) not in QSettings().value(RECENT_KEY)


def test_edit_menu_has_undo_and_redo_with_shortcuts(main_window):
    shortcuts = {s.toString() for s in main_window.redo_action.shortcuts()}
    assert {"Ctrl+Y", "Ctrl+Shift+Z"} <= shortcuts
    assert main_window.undo_action.shortcut().toString() == "Ctrl+Z"
    assert not main_window.undo_action.isEnabled()


def test_open_of_a_file_another_copy_holds_is_read_only_with_banner(main_window, policy_db_path, monkeypatch, qtbot):
    from barometer_desktop.storage.instance_lock import InstanceLock

    other, _holder = InstanceLock.acquire(policy_db_path)  # another copy of the app
    assert other is not None
    try:
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(policy_db_path), ""))
        with qtbot.waitSignal(main_window.state.database_changed):
            main_window.database_menu.open_action.trigger()
        assert main_window.state.db.read_only
        assert main_window.banner.isVisible() and main_window.banner.text()
    finally:
        other.release()


def test_screens_follow_the_newly_opened_database(main_window, policy_db_path, monkeypatch, qtbot):
    main_window.show_screen("indicators")
    screen = main_window.page("indicators")
    screen.select_indicator(next(i for i in screen._records.values() if i.code == "4.1").id)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(policy_db_path), ""))
    with qtbot.waitSignal(main_window.state.database_changed):
        main_window.database_menu.open_action.trigger()
    assert screen.current is not None and screen.current.code == "1.1"
    # The policy database has no values: only the report year's empty row.
    assert screen.values_model.rowCount() == 1
    assert screen.values_model.index(0, 0).data() == ""
