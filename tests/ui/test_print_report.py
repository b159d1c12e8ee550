"""File › Print the status report (Ctrl+P): the last exported PDF, or a fresh draft, goes to the system."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from barometer_desktop.ui import file_actions


def test_print_makes_a_draft_and_hands_it_to_the_system(main_window, monkeypatch):
    printed, told = [], []
    monkeypatch.setattr(file_actions, "print_file", lambda path: printed.append(Path(path)) or True)
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a: told.append(text))
    action = main_window.file_actions.print_action
    assert action.shortcut().toString() == "Ctrl+P"
    action.trigger()
    assert len(printed) == 1 and printed[0].suffix == ".pdf" and printed[0].stat().st_size > 10_000
    assert told and "blev sendt til printeren" in told[0]


def test_print_uses_the_last_exported_pdf(main_window, monkeypatch, tmp_path):
    exported = tmp_path / "udkast.pdf"
    exported.write_bytes(b"%PDF-1.4 test")
    main_window.page("report").last_pdf = exported
    printed = []
    monkeypatch.setattr(file_actions, "print_file", lambda path: printed.append(Path(path)) or False)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    main_window.file_actions.print_action.trigger()
    assert printed == [exported]
