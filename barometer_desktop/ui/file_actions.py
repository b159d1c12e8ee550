"""The File menu's data actions: back up, restore, import, export, publish.

Each action asks for a file or folder, calls one storage/importing/web
function, and says in a message what happened; errors are shown as the
user message of the BarometerError, never as a traceback.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from barometer_desktop import i18n
from barometer_desktop.atomic_files import atomic_target
from barometer_desktop.errors import QT_TRANSLATE_NOOP, BarometerError, DatabaseOpenError
from barometer_desktop.importing.export import export_values
from barometer_desktop.publishing.status_report import check_report_target, produce_report
from barometer_desktop.publishing.web_barometer import publish_from_database
from barometer_desktop.storage import catalog
from barometer_desktop.storage.backup import backup_sqlite
from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.restore import check_backup_file, restore_sqlite
from barometer_desktop.ui import print_pdf
from barometer_desktop.write_targets import PDF

if TYPE_CHECKING:  # the main window builds these actions, so it cannot be imported here at run time
    from barometer_desktop.ui.main_window import MainWindow


class FileActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.state = window.state
        menu = window.file_menu
        first = menu.actions()[0] if menu.actions() else None
        self.import_action = self._action("import_action", self.tr("&Import…"), self.open_import)
        self.export_action = self._action("export_action", self.tr("&Export…"), self.export)
        self.publish_action = self._action("publish_action", self.tr("&Publish web barometer…"), self.publish)
        self.backup_action = self._action("backup_action", self.tr("&Back up database…"), self.back_up)
        self.restore_action = self._action("restore_action", self.tr("&Restore from backup…"), self.restore)
        self.print_action = self._action("print_action", self.tr("&Print the status report…"), self.print_report)
        self.print_action.setShortcut(QKeySequence.StandardKey.Print)
        actions = [
            self.import_action, self.export_action, self.publish_action, self.print_action,
            self.backup_action, self.restore_action,
        ]
        if first is not None:
            menu.insertActions(first, actions)
            menu.insertSeparator(first)
        else:
            menu.addActions(actions)

    def _action(self, name: str, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda _checked=False: self._guarded(slot))
        return action

    def _guarded(self, slot: Callable[[], None]) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            slot()
        except BarometerError as error:
            QGuiApplication.restoreOverrideCursor()
            self.show_error(error.user_message(QCoreApplication.translate))
            return
        QGuiApplication.restoreOverrideCursor()

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self.window, self.tr("Integrationsbarometer"), text)

    def show_info(self, text: str) -> None:
        self.window.statusBar().showMessage(text, 10000)
        QMessageBox.information(self.window, self.tr("Integrationsbarometer"), text)

    def _database_path(self) -> Path:
        path = self.state.db.location.path
        if path is None:
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP("Errors", "Use the server's own backup tools for a server database.")
            )
        return Path(path)

    # -- actions ------------------------------------------------------------------

    def print_report(self) -> None:
        """Print the status report (the PDF last exported, or a fresh draft of the report year)
        through the system's print dialog."""


        report = self.window.report_screen
        pdf = report.last_pdf if report.last_pdf is not None and report.last_pdf.exists() else None
        if pdf is None:
            year = self.state.report_year
            folder = Path(tempfile.mkdtemp(prefix="barometer-print-"))
            pdf = produce_report(self.state.db, year, folder / f"status-{year}.pdf", lang=i18n.current_language()).path
        QGuiApplication.restoreOverrideCursor()
        printer = print_pdf.choose_printer(pdf, self.window)
        if printer is None:  # the user cancelled the print dialog
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        if printer.outputFileName():
            # "Print to file": the same rule as every other write (never the open database,
            # its side files, a device or a file that is not a PDF), and written whole or not at all.
            pages = self._print_to_file(pdf, printer)
        else:
            pages = print_pdf.print_pdf(pdf, printer)
        QGuiApplication.restoreOverrideCursor()
        self.window.statusBar().showMessage(
            self.tr("The status report ({pages} pages) was sent to the printer {printer}.").format(
                pages=pages, printer=printer.printerName() or printer.outputFileName()
            ),
            10000,
        )

    def _print_to_file(self, pdf: Path, printer: QPrinter) -> int:

        target = check_report_target(self.state.db, printer.outputFileName())
        protect = (self.state.db.location.path,) if self.state.db.location.path is not None else ()
        with atomic_target(target, PDF, protect=protect) as temporary:
            printer.setOutputFileName(str(temporary))
            pages = print_pdf.print_pdf(pdf, printer)
        printer.setOutputFileName(str(target))
        return pages

    def open_import(self) -> None:
        self.window.show_screen("import")
        screen = self.window.import_screen
        QGuiApplication.restoreOverrideCursor()
        screen.choose_file()

    def back_up(self) -> None:
        source = self._database_path()
        suggested = source.with_name(f"{source.stem}-backup-{date.today():%Y%m%d}.sqlite")
        QGuiApplication.restoreOverrideCursor()
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Back up database"), str(suggested), self.tr("Barometer database (*.sqlite)")
        )
        if not name:
            return
        target = backup_sqlite(source, Path(name), refuse_damaged=True)
        self.show_info(self.tr("Backup written to {file}.").format(file=target))

    def restore(self) -> None:
        if self.state.db.read_only:
            # Another copy of the program writes this file: replacing it under
            # that copy would lose its work.
            raise DatabaseOpenError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The database is open read-only because another copy of the program uses it; "
                    "restore from a backup there, or close that copy first. Nothing was changed.",
                )
            )
        current = self._database_path()
        QGuiApplication.restoreOverrideCursor()
        name, _ = QFileDialog.getOpenFileName(
            self.window, self.tr("Restore from backup"), str(current.parent),
            self.tr("Barometer database (*.sqlite *.db);;All files (*)"),
        )
        if not name:
            return
        backup = Path(name)
        check_backup_file(backup)
        answer = QMessageBox.question(
            self.window,
            self.tr("Restore from backup"),
            self.tr("Replace the open database with {file}? The current database is kept as a backup first.").format(
                file=backup.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if not self.window.confirm_leave_all():  # unsaved input would be lost with the old database
            return
        user_name = self.state.db.user_name
        self.state.db.close()
        restore_error: BaseException | None = None
        try:
            kept = restore_sqlite(backup, current)
        except BaseException as error:  # reopen what is there, then report the failure
            restore_error = error
        # Same file, so the lock this copy holds on it stays ours; the keeper
        # must watch the reopened database from now on.
        reopened = open_database(current, user_name=user_name)
        keeper = self.window.lock_keeper
        if keeper is not None:
            keeper.db = reopened
        self.state.replace_database(reopened)
        if restore_error is not None:
            raise restore_error
        self.show_info(
            self.tr("The database was restored from {file}. The previous database is kept as {kept}.").format(
                file=backup.name, kept=kept.name
            )
        )

    def export(self) -> None:
        QGuiApplication.restoreOverrideCursor()
        all_label = self.tr("All indicators")
        choices = [all_label] + [f"{i.code} {i.name}" for i in catalog.indicators(self.state.db)]
        choice, ok = QInputDialog.getItem(
            self.window, self.tr("Export"), self.tr("Export the values of:"), choices, 0, False
        )
        if not ok:
            return
        code = None if choice == all_label else choice.split(" ", 1)[0]
        suggested = Path.home() / (f"integrationsbarometer-{code or 'alle'}.csv")
        name, _ = QFileDialog.getSaveFileName(
            self.window, self.tr("Export"), str(suggested),
            self.tr("CSV for Excel (*.csv);;Excel workbook (*.xlsx)"),
        )
        if not name:
            return
        count = export_values(self.state.db, Path(name), code)
        self.show_info(self.tr("{count} values written to {file}.").format(count=count, file=name))

    def publish(self) -> None:
        QGuiApplication.restoreOverrideCursor()
        folder = QFileDialog.getExistingDirectory(
            self.window, self.tr("Publish web barometer: choose a folder"), str(Path.home())
        )
        if not folder:
            return
        year = self.state.report_year
        target = Path(folder) / f"integrationsbarometer-{year}"
        publish_from_database(self.state.db, year, target, i18n.current_language())
        self.show_info(
            self.tr("The web barometer for {year} is in {folder}. Upload the whole folder.").format(
                year=year, folder=target
            )
        )
