"""Back up, restore, export and publish from the File menu (dialogs patched)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from barometer_desktop.domain.periods import Period
from barometer_desktop.storage import catalog, observations
from barometer_desktop.storage.observations import ObservationInput
from tests import stored_values


def _first_record(db):
    indicator = next(i for i in catalog.indicators(db) if i.code == "1.2")
    return next(r for r in observations.series(db, indicator.id) if r.period == Period.year_of(2013))


def test_menu_has_the_data_actions(main_window):
    names = [a.objectName() for a in main_window.file_menu.actions()]
    assert names[:6] == [
        "import_action", "export_action", "publish_action", "print_action", "backup_action", "restore_action"
    ]
    assert all(a.text().endswith("…") for a in main_window.file_menu.actions()[:6])


def test_backup_then_restore(main_window, monkeypatch, tmp_path: Path, demo_db_path):
    state = main_window.state
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: messages.append(text))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: messages.append("WARNING " + text))
    backup = tmp_path / "sikkerhedskopi.sqlite"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(backup), ""))
    main_window.file_actions.backup_action.trigger()
    assert backup.is_file() and "sikkerhedskopi.sqlite" in messages[-1]

    # A change after the backup ...
    record = _first_record(state.db)
    stored_values.save(state.db, [ObservationInput(record.indicator_id, record.area_id, record.period, 12.0,
                                                  expected_version=record.version)])
    assert _first_record(state.db).value == 12.0

    # ... is undone by restoring the backup; the current database is kept first.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    old_db = state.db
    main_window.file_actions.restore_action.trigger()
    try:
        assert state.db is not old_db
        assert _first_record(state.db).value == record.value
        kept = list(demo_db_path.parent.glob("demo.before-restore.*.sqlite"))
        assert len(kept) == 1 and f"Databasen blev gendannet fra {backup.name}" in messages[-1]
    finally:
        state.db.close()


def test_restore_refuses_a_file_that_is_not_a_barometer_database(main_window, monkeypatch, tmp_path: Path):
    bogus = tmp_path / "noget.sqlite"
    bogus.write_bytes(b"this is not a database at all" * 100)
    warnings: list[str] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(bogus), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    asked: list[bool] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(True))
    old_db = main_window.state.db
    main_window.file_actions.restore_action.trigger()
    assert warnings and "noget.sqlite" in warnings[0]
    assert not asked and main_window.state.db is old_db


def test_export_and_publish_from_the_menu(main_window, monkeypatch, tmp_path: Path):
    messages: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text: messages.append(text))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("2.1 Overledighed", True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "ud.csv"), ""))
    main_window.file_actions.export_action.trigger()
    lines = (tmp_path / "ud.csv").read_text(encoding="utf-8-sig").splitlines()
    assert len(lines) > 1 and all(line.startswith("2.1;") for line in lines[1:])

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path))
    main_window.file_actions.publish_action.trigger()
    site = tmp_path / "integrationsbarometer-2013"
    assert (site / "index.html").is_file() and str(site) in messages[-1]


def test_restore_is_refused_while_another_copy_writes_the_database(main_window, monkeypatch, tmp_path: Path):
    # This copy opened the file read-only because another copy holds it.
    main_window.state.db.read_only = True
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: pytest.fail("must not ask for a file"))
    old_db = main_window.state.db
    main_window.file_actions.restore_action.trigger()
    assert len(warnings) == 1 and "skrivebeskyttet" in warnings[0]
    assert main_window.state.db is old_db


@pytest.mark.parametrize("action", ["backup_action", "export_action"])
@pytest.mark.parametrize("side", ["", "-wal", "-shm"])
def test_save_dialogs_refuse_the_open_database_and_its_side_files(main_window, monkeypatch, demo_db_path, action, side):
    # The user picks the open database (or its -wal/-shm file) in the save dialog.
    target = Path(f"{demo_db_path}{side}")
    before = target.read_bytes() if target.exists() else None
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda *a: pytest.fail("reported success"))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    getattr(main_window.file_actions, action).trigger()
    assert len(warnings) == 1 and "\n" not in warnings[0]
    if side or action == "backup_action":
        assert target.name in warnings[0]
    if side != "-shm":  # SQLite's shared-memory index changes with every read
        assert (target.read_bytes() if target.exists() else None) == before
    assert not list(demo_db_path.parent.glob(".barometer-partial.*"))


def test_publish_dialog_refuses_a_folder_of_someone_elses_files(main_window, monkeypatch, tmp_path: Path):
    chosen = tmp_path / "web"
    site = chosen / f"integrationsbarometer-{main_window.state.report_year}"
    site.mkdir(parents=True)
    (site / "budget.xlsx").write_bytes(b"PK\x03\x04 the budget")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(chosen))
    main_window.file_actions.publish_action.trigger()
    assert len(warnings) == 1 and site.name in warnings[0]
    assert [p.name for p in site.iterdir()] == ["budget.xlsx"]
