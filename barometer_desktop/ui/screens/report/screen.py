"""Rapport: export the year's status report, mark it final, send it to the committee.

The screen puts its three boxes together (options_form: what to report; edition_status:
the year's final edition; recipients: whom to send it to) and runs what they ask for:
the export, rendered in a worker thread, and the e-mail draft.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop import i18n
from barometer_desktop.errors import BarometerError
from barometer_desktop.logs import log_unexpected
from barometer_desktop.publishing.status_report import ReportJob, ReportKind, deliver_report, prepare_report
from barometer_desktop.storage import catalog, committees, settings_store
from barometer_desktop.ui import theme
from barometer_desktop.ui.changes import Change
from barometer_desktop.ui.fit import scrolling
from barometer_desktop.ui.message_line import MessageLine
from barometer_desktop.ui.screens.base import Screen
from barometer_desktop.ui.screens.report.checklist import ChecklistDialog
from barometer_desktop.ui.screens.report.edition_status import EditionStatusBox
from barometer_desktop.ui.screens.report.options_form import ReportOptionsBox
from barometer_desktop.ui.screens.report.recipients import RecipientsBox
from barometer_desktop.ui.screens.report.worker import ExportCancelled, RenderThread
from barometer_desktop.ui.state import AppState

# produce (prepare, deliver) and the worker load no ReportLab: the worker's thread loads it to render
# (tests/ui/test_startup_imports.py); only the e-mail draft is imported when it is written.


def open_with_system(path: Path) -> bool:
    """Open a file with the program the system uses for it; False when none took it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


class ReportScreen(Screen):
    export_finished = Signal(str)  # the PDF's path
    export_failed = Signal(str)  # the message shown ("" never)
    email_written = Signal(str)  # the .eml's path

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        # Opens a file with the system's program; tests replace it.
        self.open_file: Callable[[Path], bool | None] = open_with_system
        self.last_pdf: Path | None = None
        # The job whose PDF is last_pdf (what the e-mail describes), and the one being rendered:
        # a later export that is cancelled or fails leaves the e-mail about the PDF it attaches.
        self._exported: ReportJob | None = None
        self._rendering: ReportJob | None = None
        self._thread: RenderThread | None = None
        self._progress: QProgressDialog | None = None

        heading = QLabel(self.tr("Status report"))
        heading.setObjectName("screen_heading")
        theme.style_heading(heading)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        # The two columns scroll together when the window is too small for them
        # (1024 x 700, or 200 % scaling), instead of being squeezed or cut.
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scrolling(content, "report_scroll"), 1)

        self.options = ReportOptionsBox(state.report_year)
        self.options.language_box.currentIndexChanged.connect(self.refresh_edition_status)
        self.edition = EditionStatusBox()
        self.recipients = RecipientsBox()
        self.recipients.send_button.clicked.connect(self.send_to_committee)
        self.open_after = QCheckBox(self.tr("Open the PDF when it is written"))
        self.open_after.setChecked(True)
        self.export_button = QPushButton(self.tr("E&xport PDF…"))
        self.export_button.setObjectName("export_button")
        self.export_button.clicked.connect(self.export)
        self.message_label = MessageLine("report_message", boxed=False)

        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        left.addWidget(self.options)
        # The box and the space below it share the column's height (as the form spreads its rows).
        below = QWidget()
        below_column = QVBoxLayout(below)
        below_column.setContentsMargins(0, 0, 0, 0)
        below_column.addWidget(self.open_after)
        below_column.addStretch(1)
        left.addWidget(below)
        right.addWidget(self.edition)
        right.addWidget(self.recipients, 1)
        # Export and Send, and what they did, stay in view below the options,
        # which scroll when the window is low (200 % scaling).
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.recipients.send_button)
        actions.addStretch(1)
        layout.addWidget(self.message_label)
        layout.addLayout(actions)

        # The boxes' controls, as the main window and tests reach them.
        self.year_label = self.options.year_label
        self.draft_radio, self.final_radio = self.options.draft_radio, self.options.final_radio
        self.language_box = self.options.language_box
        self.case_number = self.options.case_number
        self.areas_list = self.options.areas_list
        self.edition_label, self.finals_label = self.edition.edition_label, self.edition.finals_label
        self.changes_list, self.replace_final = self.edition.changes_list, self.edition.replace_final
        self.committees_list = self.recipients.committees_list
        self.attachment_label = self.recipients.attachment_label
        self.send_button = self.recipients.send_button

        # Comparing the final edition with today's data costs a decoded edition
        # and an assembled year: done when the screen is first seen.
        self.load_when_shown()

    # -- showing -------------------------------------------------------------

    def year_switched(self, year: int) -> None:
        self.options.show_year(year)

    def reload(self, change: Change) -> None:
        self.refresh()

    def refresh(self) -> None:
        db = self.state.db
        self.options.show_areas(catalog.areas(db))
        self.recipients.show_committees(committees.committees(db))
        self.refresh_edition_status()

    def refresh_edition_status(self) -> None:
        # The edition in the report's language, described in the window's.
        self.edition.show_status(
            self.state.years, self.state.report_year, self.options.language(), self.options.language_name
        )

    # -- exporting -----------------------------------------------------------

    def export(self) -> None:
        year = self.state.report_year
        self.message_label.clear()
        # Everything that can refuse the report is checked before a file name is asked for.
        try:
            job = prepare_report(
                self.state.db, year, self._suggested_path(year),
                lang=self.options.language(),
                final=self.options.is_final(),
                case_number=self.case_number.text().strip(),
                area_names=self.options.chosen_areas(),
                replace_final=self.replace_final.isChecked() and self.options.is_final(),
            )
        except BarometerError as error:
            self._show_failure(error)
            return
        if job.kind == ReportKind.NEW_FINAL and job.snapshot.data_status:
            if not ChecklistDialog(self, job.snapshot.data_status, year).confirmed():
                self.message_label.setStyleSheet("")
                self.message_label.setText(self.tr("No final edition was made; nothing was written."))
                return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the status report"), str(job.target), self.tr("PDF files (*.pdf)")
        )
        if not path:
            return
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        self._rendering = job = replace(job, target=Path(path))
        self.export_button.setEnabled(False)
        self._progress = QProgressDialog(self.tr("Writing the status report…"), self.tr("Cancel"), 0, 100, self)
        self._progress.setObjectName("report_progress")
        self._progress.setWindowTitle(self.tr("Status report"))
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(0)
        self._progress.setAutoClose(False)
        self._progress.setAutoReset(False)
        thread = RenderThread(job, self)
        self._thread = thread
        thread.progressed.connect(self._progress.setValue)
        thread.rendered.connect(self._deliver)
        thread.failed.connect(self._render_failed)
        thread.finished.connect(thread.deleteLater)
        self._progress.canceled.connect(thread.cancel)
        self._progress.show()
        thread.start()

    def _suggested_path(self, year: int) -> Path:
        """A name that tells draft from final and the languages apart (so one does not
        overwrite another), in the folder of the last export."""
        if self.options.is_final():
            name = self.tr("status-report-{year}-final").format(year=year)
        else:
            name = self.tr("status-report-{year}-draft").format(year=year)
        lang = self.options.language()
        if lang != i18n.current_language():
            name += f"-{lang}"
        folder = self.last_pdf.parent if self.last_pdf is not None else Path.home()
        return folder / f"{name}.pdf"

    def cancel_export(self) -> None:
        if self._thread is not None:
            self._thread.cancel()

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.canceled.disconnect()
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None
        self._thread = None
        self.export_button.setEnabled(True)

    def _deliver(self, data: bytes, pages: int) -> None:
        job, self._rendering = self._rendering, None
        self._close_progress()
        if job is None:  # a render this screen did not start
            return
        try:
            produced = deliver_report(self.state.db, job, data, pages)
        except BarometerError as error:
            self._show_failure(error)
            return
        self.last_pdf, self._exported = produced.path, job
        self.recipients.show_attachment(
            produced.path.name, job.options.final, job.snapshot.report_year,
            self.options.language_name(job.options.lang),
        )
        if produced.kind == ReportKind.REISSUED:
            # The edition keeps what it was made with, whatever the form says now.
            text = self.tr(
                "The final edition was re-issued unchanged as {file} ({pages} pages), with its own case number, "
                "comparison areas and data. To change them, tick \"Make a new final edition\"."
            )
        elif produced.kind == ReportKind.NEW_FINAL:
            text = self.tr("The final edition was written to {file} ({pages} pages) and stored for re-issue.")
        else:
            text = self.tr("The draft was written to {file} ({pages} pages).")
        message = text.format(file=produced.path, pages=pages)
        if self.open_after.isChecked() and self.open_file(produced.path) is False:
            # Say what really happened: the file is there, no program showed it.
            message += " " + self.tr("No program opened it; open the file from its folder.")
        self.message_label.show_message(message, "success")
        if produced.kind == ReportKind.NEW_FINAL:
            # Stored: this screen, the start page and the cache hear of it.
            self.state.notify(Change.edition())
        self.export_finished.emit(str(produced.path))

    def _render_failed(self, error: BaseException) -> None:
        self._rendering = None
        self._close_progress()
        if isinstance(error, ExportCancelled):
            message = self.tr("The export was cancelled; no file was written.")
            self.message_label.show_message(message, "info")
            self.export_failed.emit(message)
            return
        if not isinstance(error, BarometerError):
            log_file = log_unexpected(error)
            error = BarometerError(self.tr("The report could not be made: {error}. Details are in {log}."),
                                   error=str(error), log=str(log_file))
        self._show_failure(error)

    def _show_failure(self, error: BarometerError) -> None:
        message = error.user_message(QCoreApplication.translate)
        self.message_label.show_message(message, "error")
        self.export_failed.emit(message)

    # -- e-mail ----------------------------------------------------------------

    def send_to_committee(self) -> None:
        from barometer_desktop.report.email_draft import draft_message, write_draft  # noqa: PLC0415 - lazy: it loads ReportLab (the report's count sentence)

        exported = self._exported
        if exported is None or self.last_pdf is None or not self.last_pdf.exists():
            self._show_failure(BarometerError(self.tr("Export the report first; the e-mail carries the PDF.")))
            return
        chosen = set(self.recipients.chosen())
        recipients = [
            address
            for committee in committees.committees(self.state.db)
            if committee.short_name in chosen
            for address in committee.contact_emails
        ]
        if not recipients:
            self._show_failure(BarometerError(self.tr("Choose at least one committee with a contact address.")))
            return
        # The e-mail describes the PDF it carries: the last export that was written.
        message = draft_message(
            self.last_pdf, recipients, year=exported.snapshot.report_year,
            organisation=settings_store.load(self.state.db).organisation,
            final=exported.options.final, lang=exported.options.lang, case_number=exported.options.case_number,
            snapshot=exported.snapshot,
        )
        try:
            target = write_draft(message, self.last_pdf.with_suffix(".eml"))
        except BarometerError as error:
            self._show_failure(error)
            return
        if self.open_file(target) is False:
            self.message_label.show_message(self.tr(
                "The e-mail draft {file} was written, but no mail program opened it. Open the file from your "
                "mail program (Outlook and Thunderbird read .eml drafts)."
            ).format(file=target), "warning")
        else:
            self.message_label.show_message(
                self.tr("The e-mail draft {file} was opened in your mail program.").format(file=target), "success"
            )
        self.email_written.emit(str(target))
