"""Rapport: export the year's status report, mark it final, send it to the committee."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop import i18n
from barometer_desktop.domain.areas import comparison_areas
from barometer_desktop.errors import BarometerError
from barometer_desktop.logs import log_unexpected
from barometer_desktop.report.changes import ChangeKind
from barometer_desktop.report.options import CASE_NUMBER_LIMIT
from barometer_desktop.storage import catalog, committees, settings_store
from barometer_desktop.ui import theme
from barometer_desktop.ui.accessibility import buddy, leave_with_tab, named
from barometer_desktop.ui.changes import Change
from barometer_desktop.ui.fit import scrolling
from barometer_desktop.ui.message_line import MessageLine
from barometer_desktop.ui.screens.base import Screen
from barometer_desktop.ui.screens.report.checklist import ChecklistDialog
from barometer_desktop.ui.state import AppState

# The recipient list shows this many committees without scrolling; more scroll in the list.
MAX_RECIPIENT_ROWS = 10


def open_with_system(path: Path) -> bool:
    """Open a file with the program the system uses for it; False when none took it."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _checked(widget: QListWidget) -> list[str]:
    return [
        widget.item(row).data(Qt.ItemDataRole.UserRole)
        for row in range(widget.count())
        if widget.item(row).checkState() == Qt.CheckState.Checked
    ]


class ReportScreen(Screen):
    export_finished = Signal(str)  # the PDF's path
    export_failed = Signal(str)  # the message shown ("" never)
    email_written = Signal(str)  # the .eml's path

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        # Opens a file with the system's program; tests replace it.
        self.open_file: Callable[[Path], bool | None] = open_with_system
        self.last_pdf: Path | None = None
        self._last_final = False
        self._thread = None
        self._job = None
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

        left, right = QVBoxLayout(), QVBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        left.addWidget(self._build_options())
        left.addWidget(self._build_export())
        right.addWidget(self._build_edition_status())
        right.addWidget(self._build_email(), 1)
        # Export and Send, and what they did, stay in view below the options,
        # which scroll when the window is low (200 % scaling).
        actions = QHBoxLayout()
        actions.addWidget(self.export_button)
        actions.addWidget(self.send_button)
        actions.addStretch(1)
        layout.addWidget(self.message_label)
        layout.addLayout(actions)

        # Comparing the final edition with today's data costs a decoded edition
        # and an assembled year: done when the screen is first seen.
        self.load_when_shown()

    # -- construction --------------------------------------------------------

    def _build_options(self) -> QGroupBox:
        box = QGroupBox(self.tr("Report"))
        form = QFormLayout(box)
        # The report year is the toolbar's (state.report_year), as on every
        # screen; a second year box here left unclear which one counts.
        self.year_label = QLabel()
        self.year_label.setObjectName("report_year_label")
        self.year_label.setWordWrap(True)
        self.year_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self._show_year()
        form.addRow(self.year_label)

        self.draft_radio = QRadioButton(self.tr("&Draft"))
        self.final_radio = QRadioButton(self.tr("Fi&nal edition (stored for re-issue)"))
        self.draft_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.draft_radio)
        group.addButton(self.final_radio)
        edition = QVBoxLayout()
        edition.addWidget(self.draft_radio)
        edition.addWidget(self.final_radio)
        form.addRow(buddy(QLabel(self.tr("Edition:")), self.draft_radio), edition)

        self.language_box = QComboBox()
        self.language_box.setObjectName("report_language")
        self.language_box.addItem(self.tr("Danish"), "da")
        self.language_box.addItem(self.tr("English"), "en")
        self.language_box.currentIndexChanged.connect(self.refresh_edition_status)
        form.addRow(self.tr("&Language:"), self.language_box)

        self.case_number = QLineEdit()
        self.case_number.setObjectName("case_number")
        self.case_number.setMaxLength(CASE_NUMBER_LIMIT)
        self.case_number.setPlaceholderText(self.tr("optional, e.g. 2014-0012345"))
        form.addRow(self.tr("&Case number:"), self.case_number)

        self.areas_list = QListWidget()
        self.areas_list.setObjectName("report_areas")
        named(self.areas_list, self.tr("Comparison areas"), self.tr("Space ticks or unticks an area."))
        leave_with_tab(self.areas_list)
        self.areas_list.setMaximumHeight(110)
        form.addRow(self.tr("Comparison areas:"), self.areas_list)
        return box

    def _build_export(self) -> QWidget:
        widget = QWidget()
        column = QVBoxLayout(widget)
        column.setContentsMargins(0, 0, 0, 0)
        self.open_after = QCheckBox(self.tr("Open the PDF when it is written"))
        self.open_after.setChecked(True)
        self.export_button = QPushButton(self.tr("E&xport PDF…"))
        self.export_button.setObjectName("export_button")
        self.export_button.clicked.connect(self.export)
        self.message_label = MessageLine("report_message", boxed=False)
        column.addWidget(self.open_after)
        column.addStretch(1)
        return widget

    def _build_edition_status(self) -> QGroupBox:
        box = QGroupBox(self.tr("Final edition"))
        column = QVBoxLayout(box)
        self.edition_label = QLabel()
        self.edition_label.setObjectName("edition_label")
        self.edition_label.setWordWrap(True)
        # Every language's final of the year, whichever language the form shows.
        self.finals_label = QLabel()
        self.finals_label.setObjectName("finals_label")
        self.finals_label.setWordWrap(True)
        self.changes_list = QListWidget()
        self.changes_list.setObjectName("edition_changes")
        named(self.changes_list, self.tr("Changes since the final edition"))
        leave_with_tab(self.changes_list)
        # A short box text and a wrapping note: a long check box text cannot wrap
        # and made the screen wider than a 1024-pixel window.
        self.replace_final = QCheckBox(self.tr("Make a new final edition from today's data"))
        self.replace_final.setObjectName("replace_final")
        replaces = QLabel(self.tr("It replaces the stored final edition."))
        replaces.setWordWrap(True)
        theme.paint_text(replaces, "hint")
        self.replace_final.setAccessibleDescription(replaces.text())
        column.addWidget(self.edition_label)
        column.addWidget(self.finals_label)
        self.changes_list.setMaximumHeight(160)
        column.addWidget(self.changes_list)
        column.addStretch(1)
        column.addWidget(self.replace_final)
        column.addWidget(replaces)
        return box

    def _build_email(self) -> QGroupBox:
        box = QGroupBox(self.tr("Send to the committee"))
        column = QVBoxLayout(box)
        self.committees_list = QListWidget()
        self.committees_list.setObjectName("email_committees")
        named(self.committees_list, self.tr("Recipients"), self.tr("Space ticks or unticks a committee."))
        leave_with_tab(self.committees_list)
        recipients = buddy(QLabel(self.tr("Recipients (the committees' contact addresses):")), self.committees_list)
        recipients.setWordWrap(True)
        column.addWidget(recipients)
        # Long names and addresses wrap instead of hiding behind a horizontal scrollbar.
        self.committees_list.setWordWrap(True)
        self.committees_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.committees_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.committees_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.send_button = QPushButton(self.tr("&Send to the committee…"))
        self.send_button.setObjectName("send_button")
        self.send_button.setToolTip(self.tr("Writes an e-mail draft with the exported PDF attached and opens it."))
        self.send_button.clicked.connect(self.send_to_committee)
        # Which PDF goes with the e-mail: the last one exported, whatever the form says now.
        self.attachment_label = QLabel(self.tr("Attachment: none yet — export the report first."))
        self.attachment_label.setObjectName("email_attachment")
        self.attachment_label.setWordWrap(True)
        column.addWidget(self.committees_list)
        column.addWidget(self.attachment_label)
        # Names and addresses wrap by the list's width: fit its height again when that changes.
        self.committees_list.installEventFilter(self)
        self._recipients_width = -1
        return box

    def eventFilter(self, watched, event) -> bool:
        if watched is self.committees_list and event.type() == QEvent.Type.Resize:
            if self.committees_list.width() != self._recipients_width:
                self._recipients_width = self.committees_list.width()
                self._fit_recipients()
        return super().eventFilter(watched, event)

    # -- showing -------------------------------------------------------------

    def _show_year(self) -> None:
        self.year_label.setText(
            self.tr("Report year: {year} (chosen in the toolbar)").format(year=self.state.report_year)
        )

    def year_switched(self, year: int) -> None:
        self._show_year()

    def reload(self, change: Change) -> None:
        self.refresh()

    def refresh(self) -> None:
        db = self.state.db
        chosen = set(_checked(self.areas_list)) if self.areas_list.count() else None
        self.areas_list.clear()
        for area in comparison_areas(catalog.areas(db)):
            item = QListWidgetItem(area.name)
            item.setData(Qt.ItemDataRole.UserRole, area.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = chosen is None or area.name in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.areas_list.addItem(item)

        picked = set(_checked(self.committees_list)) if self.committees_list.count() else {"BIU"}
        self.committees_list.clear()
        for committee in committees.committees(db):
            addresses = "\n".join(committee.contact_emails) or self.tr("no address recorded")
            # The addresses on their own line: the list stays narrow enough to need no scrollbar.
            item = QListWidgetItem(f"{committee.short_name} — {committee.name}\n{addresses}")
            item.setData(Qt.ItemDataRole.UserRole, committee.short_name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if committee.short_name in picked else Qt.CheckState.Unchecked)
            self.committees_list.addItem(item)
        self._fit_recipients()
        self.refresh_edition_status()

    def _fit_recipients(self) -> None:
        """Room for every committee in the recipient list (the seven of Copenhagen at 1366 x 768):
        a recipient hidden below the list's edge is easily forgotten. The page scrolls instead
        when the window is lower; a very long list scrolls itself."""
        rows = min(self.committees_list.count(), MAX_RECIPIENT_ROWS)
        height = sum(self.committees_list.sizeHintForRow(row) for row in range(rows))
        self.committees_list.setMinimumHeight(max(height + 2 * self.committees_list.frameWidth() + 4, 80))

    def refresh_edition_status(self) -> None:
        year, lang = self.state.report_year, self.language_box.currentData()
        self.changes_list.clear()
        # Shown only with changes to list: an empty box said nothing and took the recipients' room.
        self.changes_list.hide()
        self._show_finals(year)
        try:
            # The edition in the report's language, described in the window's.
            status = self.state.years.edition_status(year, lang, i18n.current_language())
        except BarometerError as error:

            self.edition_label.setText(error.user_message(QCoreApplication.translate))
            return
        self.replace_final.setEnabled(status.exists)
        if not status.exists:
            self.replace_final.setChecked(False)
            self.edition_label.setText(self.tr("The {year} report has no final edition yet.").format(year=year))
            return
        text = self.tr("Final edition made {date} by {user}.").format(date=status.created_at, user=status.created_by)
        if status.case_number:
            text += " " + self.tr("Case number {number}.").format(number=status.case_number)
        if status.changes:
            text += " " + self.tr("The data have changed since; exporting the final edition re-issues it unchanged:")
        else:
            text += " " + self.tr("The data have not changed since.")
        self.edition_label.setText(text)
        for change in status.changes:
            self.changes_list.addItem(self._describe(change))
        self.changes_list.setVisible(self.changes_list.count() > 0)

    def _show_finals(self, year: int) -> None:
        try:
            finals, differ = self.state.years.finals_of_year(year, i18n.current_language())
        except BarometerError as error:

            self.finals_label.setText(error.user_message(QCoreApplication.translate))
            return
        names = {self.language_box.itemData(i): self.language_box.itemText(i) for i in range(self.language_box.count())}
        lines = [
            self.tr("{language}: made {date} by {user}").format(
                language=names.get(final.language, final.language), date=final.created_at, user=final.created_by)
            for final in finals
        ]
        text = self.tr("Final editions of {year}: {list}.").format(year=year, list="; ".join(lines)) if lines else ""
        self.finals_label.setStyleSheet("")
        if differ:
            text += "\n" + self.tr(
                "⚠ The final editions were made from different data: the languages' reports disagree. "
                "Make a new final edition in the older language."
            )
            self.finals_label.setStyleSheet(f"color: {theme.current().name('error')};")
        self.finals_label.setText(text)

    def _describe(self, change) -> str:
        where = f"{change.indicator} {change.area} {change.period}".strip()
        if change.kind == ChangeKind.VALUE_CHANGED:
            return self.tr("{where}: value {old} → {new}").format(where=where, old=change.old, new=change.new)
        if change.kind == ChangeKind.VALUE_ADDED:
            return self.tr("{where}: new value {new}").format(where=where, new=change.new)
        if change.kind == ChangeKind.VALUE_REMOVED:
            return self.tr("{where}: value {old} removed").format(where=where, old=change.old)
        if change.kind == ChangeKind.ASSESSMENT_CHANGED:
            return self.tr("{where}: assessment text changed").format(where=where)
        if change.kind == ChangeKind.TREND_CHANGED:
            words = {
                "improved": self.tr("improved"), "worsened": self.tr("worsened"), "unchanged": self.tr("unchanged"),
                "no_direction": self.tr("context indicator"), "no_data": self.tr("no data"),
            }
            return self.tr("{where}: development now {new} (was {old})").format(
                where=where, new=words.get(change.new, change.new), old=words.get(change.old, change.old))
        if change.kind == ChangeKind.SETTING_CHANGED:
            return self.tr("Setting changed: {old} → {new}").format(old=change.old, new=change.new)
        return self.tr("{where}: indicator added or removed").format(where=where)

    # -- exporting -----------------------------------------------------------

    def export(self) -> None:
        from barometer_desktop.report.produce import (  # noqa: PLC0415 - lazy: ReportLab loads only when a report is written
            NEW_FINAL,
            prepare_report,
        )
        from barometer_desktop.ui.screens.report.worker import RenderThread  # noqa: PLC0415 - lazy: the worker imports ReportLab, loaded when a report is written

        year = self.state.report_year
        self.message_label.clear()
        # Everything that can refuse the report is checked before a file name is asked for.
        try:
            job = prepare_report(
                self.state.db, year, self._suggested_path(year),
                lang=self.language_box.currentData(),
                final=self.final_radio.isChecked(),
                case_number=self.case_number.text().strip(),
                area_names=_checked(self.areas_list),
                replace_final=self.replace_final.isChecked() and self.final_radio.isChecked(),
            )
        except BarometerError as error:
            self._show_failure(error)
            return
        if job.kind == NEW_FINAL and job.snapshot.data_status:
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
        self._job = replace(job, target=Path(path))
        self.export_button.setEnabled(False)
        self._progress = QProgressDialog(self.tr("Writing the status report…"), self.tr("Cancel"), 0, 100, self)
        self._progress.setObjectName("report_progress")
        self._progress.setWindowTitle(self.tr("Status report"))
        self._progress.setWindowModality(Qt.WindowModality.WindowModal)
        self._progress.setMinimumDuration(0)
        self._progress.setAutoClose(False)
        self._progress.setAutoReset(False)
        thread = RenderThread(self._job, self)
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
        if self.final_radio.isChecked():
            name = self.tr("status-report-{year}-final").format(year=year)
        else:
            name = self.tr("status-report-{year}-draft").format(year=year)
        lang = self.language_box.currentData()
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
        from barometer_desktop.report.produce import NEW_FINAL, REISSUED, deliver_report  # noqa: PLC0415 - lazy: ReportLab loads only when a report is written

        self._close_progress()
        job = self._job
        try:
            produced = deliver_report(self.state.db, job, data, pages)
        except BarometerError as error:
            self._show_failure(error)
            return
        self.last_pdf = produced.path
        self._last_final = job.options.final
        edition = self.tr("final edition") if job.options.final else self.tr("draft")
        self.attachment_label.setText(self.tr("Attachment: {file} ({edition} {year}, {language}).").format(
            file=produced.path.name, edition=edition, year=job.snapshot.report_year,
            language=self.language_box.itemText(self.language_box.findData(job.options.lang)),
        ))
        if produced.kind == REISSUED:
            # The edition keeps what it was made with, whatever the form says now.
            text = self.tr(
                "The final edition was re-issued unchanged as {file} ({pages} pages), with its own case number, "
                "comparison areas and data. To change them, tick \"Make a new final edition\"."
            )
        elif produced.kind == NEW_FINAL:
            text = self.tr("The final edition was written to {file} ({pages} pages) and stored for re-issue.")
        else:
            text = self.tr("The draft was written to {file} ({pages} pages).")
        message = text.format(file=produced.path, pages=pages)
        if self.open_after.isChecked() and self.open_file(produced.path) is False:
            # Say what really happened: the file is there, no program showed it.
            message += " " + self.tr("No program opened it; open the file from its folder.")
        self.message_label.show_message(message, "success")
        if produced.kind == NEW_FINAL:
            # Stored: this screen, the start page and the cache hear of it.
            self.state.notify(Change.edition())
        self.export_finished.emit(str(produced.path))

    def _render_failed(self, error: BaseException) -> None:
        from barometer_desktop.ui.screens.report.worker import ExportCancelled  # noqa: PLC0415 - lazy: the worker imports ReportLab, loaded when a report is written

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
        from barometer_desktop.report.email_draft import draft_message, write_draft  # noqa: PLC0415 - lazy: ReportLab loads only when a report is written

        if self.last_pdf is None or not self.last_pdf.exists():
            self._show_failure(BarometerError(self.tr("Export the report first; the e-mail carries the PDF.")))
            return
        chosen = set(_checked(self.committees_list))
        recipients = [
            address
            for committee in committees.committees(self.state.db)
            if committee.short_name in chosen
            for address in committee.contact_emails
        ]
        if not recipients:
            self._show_failure(BarometerError(self.tr("Choose at least one committee with a contact address.")))
            return
        message = draft_message(
            self.last_pdf, recipients, year=self._job.snapshot.report_year,
            organisation=settings_store.load(self.state.db).organisation,
            final=self._last_final, lang=self._job.options.lang, case_number=self._job.options.case_number,
            snapshot=self._job.snapshot,
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
