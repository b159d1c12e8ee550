"""File › Print the status report (Ctrl+P): the system's print dialog, then the report's pages on the printer.

No real printer here: the dialog's printer writes a PDF file (QPrinter's
PdfFormat), whose pages are counted against the report's.
"""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QApplication

from barometer_desktop.ui import print_pdf


def _print_to_file(monkeypatch, target: Path, *, accept: bool = True, pages: tuple[int, int] | None = None):
    """Run the real print dialog with a file as the printer; press Print (or Cancel) in it."""
    shown: list[QPrintDialog] = []
    asked: list[Path] = []
    real_ask, real_choose = print_pdf.ask, print_pdf.choose_printer

    def ask(printer: QPrinter, parent, count: int) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        if pages is not None:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(*pages)

        def answer() -> None:
            dialog = QApplication.activeModalWidget()
            shown.append(dialog)
            dialog.accept() if accept else dialog.reject()

        QTimer.singleShot(0, answer)
        return real_ask(printer, parent, count)

    def choose(pdf: Path, parent):
        asked.append(Path(pdf))
        return real_choose(pdf, parent)

    monkeypatch.setattr(print_pdf, "ask", ask)
    monkeypatch.setattr(print_pdf, "choose_printer", choose)
    return shown, asked


def test_print_shows_the_print_dialog_and_prints_every_page_of_the_report(main_window, monkeypatch, tmp_path):
    printed = tmp_path / "printer.pdf"
    shown, asked = _print_to_file(monkeypatch, printed)
    action = main_window.file_actions.print_action
    assert action.shortcut().toString() == "Ctrl+P"
    action.trigger()
    assert len(shown) == 1 and isinstance(shown[0], QPrintDialog)
    report_pages = len(PdfReader(asked[0]).pages)
    assert report_pages > 1
    assert len(PdfReader(printed).pages) == report_pages
    assert f"({report_pages} sider)" in main_window.statusBar().currentMessage()


def test_print_uses_the_last_exported_pdf_and_the_chosen_pages(main_window, monkeypatch, tmp_path):
    from barometer_desktop.publishing.status_report import produce_report

    state = main_window.state
    exported = produce_report(state.db, state.report_year, tmp_path / "udkast.pdf", lang="da").path
    main_window.page("report").last_pdf = exported
    printed = tmp_path / "printer.pdf"
    _shown, asked = _print_to_file(monkeypatch, printed, pages=(2, 3))
    main_window.file_actions.print_action.trigger()
    assert asked == [exported]
    assert len(PdfReader(printed).pages) == 2


def test_cancelling_the_print_dialog_prints_nothing(main_window, monkeypatch, tmp_path):
    printed = tmp_path / "printer.pdf"
    shown, _asked = _print_to_file(monkeypatch, printed, accept=False)
    main_window.file_actions.print_action.trigger()
    assert len(shown) == 1
    assert not printed.exists()


def test_printing_to_a_file_never_replaces_the_open_database(main_window, monkeypatch):
    """The print dialog's "output file" goes through the rule every write follows
    (a walkthrough printed over the open database and lost it)."""
    from PySide6.QtWidgets import QMessageBox

    database = main_window.state.db.location.path
    before = database.read_bytes()
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    _print_to_file(monkeypatch, database)
    main_window.file_actions.print_action.trigger()
    assert database.read_bytes() == before
    assert warnings and "åbne database" in warnings[0]
    sides = sorted(p.name for p in database.parent.iterdir() if p.name.startswith(".barometer-partial"))
    assert sides == []


def test_printing_to_a_side_file_of_the_database_is_refused(main_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    database = main_window.state.db.location.path
    side = database.with_name(database.name + "-shm")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    before = side.read_bytes() if side.exists() else None
    _print_to_file(monkeypatch, side)
    main_window.file_actions.print_action.trigger()
    assert warnings
    assert (side.read_bytes() if side.exists() else None) == before
