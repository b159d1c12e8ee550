"""Fil › Gendan: a backup carrying a trigger our schema does not make is refused by name (issue 12)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox


def test_the_window_refuses_to_restore_a_backup_with_a_foreign_trigger(main_window, monkeypatch, tmp_path: Path,
                                                                      demo_db_path: Path):
    backup = Path(shutil.copy(demo_db_path, tmp_path / "sikkerhedskopi.sqlite"))
    connection = sqlite3.connect(backup)
    connection.execute(
        "CREATE TRIGGER wipe AFTER INSERT ON observation BEGIN DELETE FROM observation WHERE id<>NEW.id; END"
    )
    connection.commit()
    connection.close()
    before = backup.read_bytes()
    warnings: list[str] = []
    asked: list[bool] = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(True))
    old_db = main_window.state.db

    main_window.file_actions.restore_action.trigger()

    assert len(warnings) == 1
    assert "sikkerhedskopi.sqlite" in warnings[0] and 'Triggeren "wipe"' in warnings[0]
    assert "Traceback" not in warnings[0]
    assert not asked and main_window.state.db is old_db
    assert backup.read_bytes() == before
    assert list(demo_db_path.parent.glob("*before-restore*")) == []
