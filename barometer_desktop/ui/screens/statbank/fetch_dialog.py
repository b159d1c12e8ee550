"""Fetching from Statistikbanken for the indicators with a source: the fetch
dialog (check first, then import) and the "when were the sources updated?"
question of Mangler data.

Both only present and ask: statbank.fetch does the work, through the file
import's engine. Statistikbanken is asked in a worker (calls.py); the import
itself runs on the GUI thread, which owns the database.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop.errors import BarometerError
from barometer_desktop.importing.service import report_lines
from barometer_desktop.statbank.client import TableInfo
from barometer_desktop.statbank.fetch import Download, area_codes, download, period_text, sources_to_fetch, store
from barometer_desktop.storage.indicator_sources import IndicatorSourceRecord
from barometer_desktop.ui.accessibility import buddy, named, tab_moves_on
from barometer_desktop.ui.changes import EVERYTHING
from barometer_desktop.ui.screens.statbank.calls import StatBankCall, client, updated_text
from barometer_desktop.ui.state import AppState

# Per indicator code: what Statistikbanken answered, or the error that stopped it.
Downloads = list[tuple[str, Download | BarometerError]]
# Per source: the table's description, or the error that stopped asking for it.
TableAnswers = list[tuple[IndicatorSourceRecord, TableInfo | BarometerError]]


class StatBankFetchDialog(QDialog):
    """Fetch figures for indicators with a source: check first (dry run), then import."""

    finished_run = Signal()  # a check or import has ended and its report is shown

    def __init__(self, state: AppState, indicator_codes: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statbank_fetch")
        self.setWindowTitle(self.tr("Fetch data from Statistikbanken"))
        self.state = state
        self.codes = indicator_codes
        self.worker: StatBankCall[Downloads] | None = None  # the download being waited for
        intro = QLabel(self.tr(
            "The figures of indicators with a source in Statistikbanken are fetched for the barometer's areas and "
            "go through the same checks as a file import. Check first: nothing is stored until you click Import."))
        intro.setWordWrap(True)
        self.year = QLineEdit()
        self.year.setObjectName("statbank_year")
        self.year.setPlaceholderText(self.tr("all years"))
        named(self.year, self.tr("Only the year"), self.tr("Leave empty to fetch all years"))
        self.year.setMaximumWidth(100)
        year_row = QHBoxLayout()
        year_row.addWidget(buddy(QLabel(self.tr("Only the &year:")), self.year))
        year_row.addWidget(self.year)
        year_row.addStretch(1)
        self.report = QPlainTextEdit()
        self.report.setObjectName("statbank_report")
        named(tab_moves_on(self.report), self.tr("Result of the check or import"))
        self.report.setReadOnly(True)
        self.report.setMinimumSize(620, 300)
        self.check_button = QPushButton(self.tr("Check (dry run)"))
        self.check_button.setObjectName("statbank_check")
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("statbank_import")
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.check_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(year_row)
        layout.addWidget(self.report, 1)
        layout.addWidget(buttons)

    def run(self, *, dry_run: bool) -> None:
        """Ask the StatBank in a worker thread (the window stays responsive);
        the import itself runs here, on the thread that owns the database."""

        year_text = self.year.text().strip()
        if year_text and not year_text.isdigit():
            self.report.setPlainText(self.tr("The year must be a number, e.g. 2024."))
            return
        try:
            sources = sources_to_fetch(self.state.db)
            codes = area_codes(self.state.db)
        except BarometerError as error:
            self.report.setPlainText(error.user_message(QCoreApplication.translate))
            return
        if self.codes is not None:
            sources = [s for s in sources if s.indicator_code in self.codes]
        if not sources:
            self.report.setPlainText(self.tr("No indicator has a source in Statistikbanken."))
            return
        self._set_busy(True)
        self.report.setPlainText(self.tr("Asking Statistikbanken…"))
        statbank, year = client(), int(year_text) if year_text else None

        def work() -> Downloads:
            """Each source's download, or the error that stopped it; no database here."""

            results: Downloads = []
            for source in sources:
                try:
                    results.append((source.indicator_code, download(statbank, source, codes, year)))
                except BarometerError as error:
                    results.append((source.indicator_code, error))
            return results

        self.worker = call = StatBankCall(work)
        call.answered.connect(lambda: self._store(call, dry_run), Qt.ConnectionType.QueuedConnection)
        call.start()

    def done(self, result: int) -> None:
        # Closing while Statistikbanken is asked: the answer is dropped (nothing
        # is stored); the worker ends on its own within the client's deadline.
        self.worker = None
        super().done(result)

    def _set_busy(self, busy: bool) -> None:
        self.check_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)
        self.year.setEnabled(not busy)

    def _store(self, call: StatBankCall[Downloads], dry_run: bool) -> None:
        if call is not self.worker:
            return  # closed meanwhile: the answer is dropped
        self.worker = None
        lines: list[str] = []
        written = False
        if call.error is not None:  # the work keeps each source's error; this stopped them all
            lines.append(call.error.user_message(QCoreApplication.translate))
        for code, fetched in call.result if call.error is None else []:
            if isinstance(fetched, BarometerError):
                lines.append(f"{code}: {fetched.user_message(QCoreApplication.translate)}")
                continue
            try:
                result = store(self.state.db, fetched, dry_run=dry_run)
            except BarometerError as error:
                lines.append(f"{code}: {error.user_message(QCoreApplication.translate)}")
                continue
            lines.append(self.tr("{indicator}: table {table}, updated {updated}").format(
                indicator=code, table=result.table.id, updated=updated_text(result.table)))
            lines.extend(report_lines(result.report, max_rejections=200, screen=True, revisions=True))
            written = written or result.report.written
        self.report.setPlainText("\n".join(lines))
        self._set_busy(False)
        self.finished_run.emit()
        if written:
            self.state.notify(EVERYTHING)


def ask_source_updates(
    state: AppState, codes: list[str] | None, done: Callable[[list[str]], None]
) -> StatBankCall[TableAnswers]:
    """Ask, in a worker, when each source table was last updated and whether it has figures for the
    report year; `done` gets one line per indicator with a source, on the GUI thread."""

    sources = [s for s in sources_to_fetch(state.db) if codes is None or s.indicator_code in codes]  # GUI thread
    statbank, year = client(), state.report_year

    def work() -> TableAnswers:
        answers: TableAnswers = []
        for source in sources:
            try:
                answers.append((source, statbank.tableinfo(source.table_id)))
            except BarometerError as error:
                answers.append((source, error))
        return answers

    call = StatBankCall(work)

    def answered() -> None:
        if call.error is not None:
            done([call.error.user_message(QCoreApplication.translate)])
        else:
            done(_update_lines(call.result, year))

    call.answered.connect(answered, Qt.ConnectionType.QueuedConnection)
    call.start()
    return call


def _update_lines(answers: TableAnswers, year: int) -> list[str]:
    lines = []
    for source, info in answers:
        if isinstance(info, BarometerError):
            lines.append(f"{source.indicator_code}: {info.user_message(QCoreApplication.translate)}")
            continue
        time = info.variable(source.time_variable) or info.time_variable
        years = {period_text(code, source.time_mapping)[:4] for code, _ in (time.values if time else ())}
        if str(year) in years:
            line = QCoreApplication.translate(
                "StatBank", "{indicator}: table {table} updated {updated}; it has figures for {year}.")
        else:
            line = QCoreApplication.translate(
                "StatBank", "{indicator}: table {table} updated {updated}; no figures for {year} yet.")
        lines.append(line.format(indicator=source.indicator_code, table=info.id,
                                 updated=updated_text(info), year=year))
    return lines
