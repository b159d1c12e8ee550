"""Statistikbanken in the screens: the indicator's source section and the fetch dialog.

Both only present and ask: statbank.fetch does the work, through the file
import's engine. Nothing is fetched until the user clicks; each network call
has the client's timeout, and a failure is one line in the window.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, QThread, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop import i18n
from barometer_desktop.domain.formatting import format_datetime, format_number
from barometer_desktop.errors import BarometerError
from barometer_desktop.importing.service import report_lines
from barometer_desktop.statbank.client import StatBankClient
from barometer_desktop.statbank.fetch import area_codes, download, figures, period_text, sources_to_fetch, store
from barometer_desktop.storage import catalog, indicator_sources
from barometer_desktop.storage.indicator_sources import IndicatorSourceRecord
from barometer_desktop.ui.accessibility import buddy, named, tab_moves_on
from barometer_desktop.ui.changes import EVERYTHING
from barometer_desktop.ui.state import AppState

PREVIEW_YEARS = 5


def _lang() -> str:
    return "en" if i18n.current_language() == "en" else "da"


def _client():
    return StatBankClient(lang=_lang())


class _Busy:
    """A wait cursor while the network is asked (bounded by the client's timeout)."""

    def __enter__(self) -> None:
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)

    def __exit__(self, *exc) -> None:
        QGuiApplication.restoreOverrideCursor()


def updated_text(info, lang: str) -> str:
    if info.updated is None:
        return "?"
    return format_datetime(info.updated.replace(tzinfo=None), lang)


class StatBankSourceSection(QGroupBox):
    """Where an indicator's figures come from in the StatBank: table, selections, denominator."""

    saved = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Source in Statistikbanken (optional)"), parent)
        self.setObjectName("statbank_source")
        self.state = state
        self.indicator_id: int | None = None
        self.indicator_code = ""
        self.info = None  # the table's tableinfo, once read
        self.table_id = QLineEdit()
        self.table_id.setObjectName("statbank_table")
        self.table_id.setPlaceholderText(self.tr("e.g. FOLK1E"))
        self.table_id.setMaxLength(40)
        self.read_button = QPushButton(self.tr("Read table"))
        self.read_button.setObjectName("statbank_read")
        self.read_button.setToolTip(self.tr("Ask Statistikbanken for the table's variables and values."))
        self.read_button.clicked.connect(self.read_table)
        table_row = QHBoxLayout()
        table_row.addWidget(self.table_id, 1)
        table_row.addWidget(self.read_button)
        self.table_text = QLabel()
        self.table_text.setObjectName("statbank_table_text")
        self.table_text.setWordWrap(True)
        self.selection = self._tree("statbank_selection")
        self.use_denominator = QCheckBox(self.tr("The indicator is a share: figure / denominator × 100"))
        self.use_denominator.setObjectName("statbank_use_denominator")
        self.denominator = self._tree("statbank_denominator")
        self.denominator.setEnabled(False)
        self.use_denominator.toggled.connect(self.denominator.setEnabled)
        self.time_mapping = QComboBox()
        self.time_mapping.setObjectName("statbank_time_mapping")
        for key, label in (
            ("as_is", self.tr("As the table writes it (2021, 2021K1, 2021M03)")),
            ("first_year", self.tr("School year 2020/2021 is 2020")),
            ("last_year", self.tr("School year 2020/2021 is 2021")),
        ):
            self.time_mapping.addItem(label, key)
        self.preview_button = QPushButton(self.tr("Preview figures"))
        self.preview_button.setObjectName("statbank_preview")
        self.preview_button.clicked.connect(self.preview)
        self.save_button = QPushButton(self.tr("Save source"))
        self.save_button.setObjectName("statbank_save")
        self.save_button.clicked.connect(self.save)
        self.remove_button = QPushButton(self.tr("Remove source"))
        self.remove_button.setObjectName("statbank_remove")
        self.remove_button.clicked.connect(self.remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.preview_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.save_button)
        self.message = QLabel()
        self.message.setObjectName("statbank_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form = QFormLayout(self)
        # The label reaches the table id field (a layout cannot be a buddy).
        table_label = QLabel(self.tr("Table:"))
        table_label.setBuddy(self.table_id)
        form.addRow(table_label, table_row)
        form.addRow("", self.table_text)
        form.addRow(self.tr("Figure:"), self.selection)
        form.addRow("", self.use_denominator)
        form.addRow(self.tr("Denominator:"), self.denominator)
        form.addRow(self.tr("Periods:"), self.time_mapping)
        form.addRow(buttons)
        form.addRow(self.message)
        self._stored_source = None

    def _tree(self, name: str) -> QTreeWidget:
        tree = QTreeWidget()
        tree.setObjectName(name)
        tree.setHeaderLabels([self.tr("Variable / value"), self.tr("Code")])
        tree.setMinimumHeight(120)
        tree.setMaximumHeight(180)
        header = tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        return tree

    # -- loading ------------------------------------------------------------------

    def load(self, indicator_id: int | None, indicator_code: str = "") -> None:
        """Show the stored source of an indicator (nothing is fetched)."""

        self.indicator_id, self.indicator_code = indicator_id, indicator_code
        self.info = None
        self.selection.clear()
        self.denominator.clear()
        self.table_text.clear()
        self.message.clear()
        source = indicator_sources.for_indicator(self.state.db, indicator_id) if indicator_id else None
        self._stored_source = source
        self.table_id.setText(source.table_id if source else "")
        self.use_denominator.setChecked(bool(source and source.denominator is not None))
        self.time_mapping.setCurrentIndex(max(0, self.time_mapping.findData(source.time_mapping if source else "as_is")))
        if source is not None:
            self.table_text.setText(self.tr("Stored selection: {selection}").format(
                selection=_selection_text(source.selection, source.denominator)))
        self.setEnabled(indicator_id is not None)
        self.remove_button.setEnabled(source is not None)

    def read_table(self) -> None:
        table = self.table_id.text().strip()
        if not table:
            self.message.setText(self.tr("Give the table id first, e.g. FOLK1E."))
            return
        try:
            with _Busy():
                self.info = _client().tableinfo(table)
        except BarometerError as error:
            self.message.setText(error.user_message(QCoreApplication.translate))
            return
        self.table_id.setText(self.info.id)
        self.table_text.setText(self.tr("{text} (updated {updated})").format(
            text=self.info.text, updated=updated_text(self.info, _lang())))
        stored = self._stored_source if self._stored_source and self._stored_source.table_id == self.info.id else None
        self._fill(self.selection, stored.selection if stored else {})
        self._fill(self.denominator, (stored.denominator or {}) if stored else {})
        self.message.setText(self.tr(
            "Tick the values that give the figure. The area ({area}) and time ({time}) are filled in when "
            "fetching: the barometer's areas by municipality code, and every year.").format(
            area=self._area_variable(), time=self._time_variable()))

    def _area_variable(self) -> str:
        return self._stored_source.area_variable if self._stored_source else "OMRÅDE"

    def _time_variable(self) -> str:
        if self.info is not None and self.info.time_variable is not None:
            return self.info.time_variable.id
        return self._stored_source.time_variable if self._stored_source else "TID"

    def _fill(self, tree: QTreeWidget, chosen: dict[str, list[str]]) -> None:
        tree.clear()
        skip = {self._area_variable().upper(), self._time_variable().upper()}
        for variable in self.info.variables:
            if variable.id.upper() in skip or variable.is_time:
                continue
            parent = QTreeWidgetItem([f"{variable.text} ({variable.id})", variable.id])
            parent.setData(0, Qt.ItemDataRole.UserRole, variable.id)
            ticked = set(chosen.get(variable.id, []))
            for code, text in variable.values:
                child = QTreeWidgetItem([text, code])
                child.setData(0, Qt.ItemDataRole.UserRole, code)
                child.setCheckState(0, Qt.CheckState.Checked if code in ticked else Qt.CheckState.Unchecked)
                parent.addChild(child)
            tree.addTopLevelItem(parent)
        tree.expandAll()

    @staticmethod
    def ticked(tree: QTreeWidget) -> dict[str, list[str]]:
        result: dict[str, list[str]] = {}
        for i in range(tree.topLevelItemCount()):
            parent = tree.topLevelItem(i)
            codes = [parent.child(j).data(0, Qt.ItemDataRole.UserRole) for j in range(parent.childCount())
                     if parent.child(j).checkState(0) == Qt.CheckState.Checked]
            if codes:
                result[parent.data(0, Qt.ItemDataRole.UserRole)] = codes
        return result

    def current_source(self):
        mapping = self.time_mapping.currentData() or "as_is"
        if self.info is None and self._stored_source is not None:
            # Nothing re-read: the stored selection stands.
            return replace(self._stored_source, time_mapping=mapping)
        denominator = self.ticked(self.denominator) if self.use_denominator.isChecked() else None
        return IndicatorSourceRecord(
            self.indicator_id or 0, self.indicator_code, self.table_id.text().strip(),
            selection=self.ticked(self.selection), denominator=denominator,
            area_variable=self._area_variable(), time_variable=self._time_variable(), time_mapping=mapping,
        )

    # -- actions ------------------------------------------------------------------

    def preview(self) -> None:
        """The figures the source gives for the barometer's areas, the latest years; nothing is stored."""

        source = self.current_source()
        if not source.table_id:
            self.message.setText(self.tr("Give the table id first, e.g. FOLK1E."))
            return
        areas = catalog.areas(self.state.db)
        try:
            with _Busy():
                client = _client()
                info = self.info or client.tableinfo(source.table_id)
                time_variable = info.variable(source.time_variable) or info.time_variable
                last = max((period_text(code, source.time_mapping)[:4] for code, _ in time_variable.values),
                           default="") if time_variable else ""
                values = figures(client, source, info, [a.code for a in areas if a.code.isdigit()],
                                 int(last) if last.isdigit() else None)
        except BarometerError as error:
            self.message.setText(error.user_message(QCoreApplication.translate))
            return
        names = {a.code: a.name for a in areas}
        lines = [self.tr("Preview (not stored):")]
        for (area, time), value in sorted(values.items(), key=lambda item: (item[0][1], item[0][0])):
            shown = "…" if value is None else format_number(value, 2, _lang())
            lines.append(f"{names.get(area, area)}  {period_text(time, source.time_mapping)}: {shown}")
        self.message.setText("\n".join(lines))

    def save(self) -> None:
        source = self.current_source()
        try:
            indicator_sources.save(self.state.db, source)
        except BarometerError as error:
            self.message.setText(error.user_message(QCoreApplication.translate))
            return
        self.load(self.indicator_id, self.indicator_code)
        self.message.setText(self.tr("The source is saved."))
        self.saved.emit()

    def remove(self) -> None:
        if self.indicator_id is None:
            return
        indicator_sources.remove(self.state.db, self.indicator_id)
        self.load(self.indicator_id, self.indicator_code)
        self.message.setText(self.tr("The source is removed; figures are entered or imported by hand."))
        self.saved.emit()


def _selection_text(selection: dict[str, list[str]], denominator: dict[str, list[str]] | None) -> str:
    text = "; ".join(f"{k} = {', '.join(v)}" for k, v in selection.items()) or "—"
    if denominator is not None:
        text += " ÷ " + ("; ".join(f"{k} = {', '.join(v)}" for k, v in denominator.items()) or "—") + " × 100"
    return text


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
        self.worker: DownloadThread | None = None
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
        self.worker = DownloadThread(_client(), sources, codes, int(year_text) if year_text else None, self)
        self.worker.done.connect(lambda results: self._store(results, dry_run))
        self.worker.start()

    def done(self, result: int) -> None:
        # Closing while Statistikbanken is asked: let the worker end (each
        # call is bounded by the client's timeout) so no thread outlives us.
        if self.worker is not None and self.worker.isRunning():
            self.worker.done.disconnect()
            self.worker.wait()
        super().done(result)

    def _set_busy(self, busy: bool) -> None:
        self.check_button.setEnabled(not busy)
        self.import_button.setEnabled(not busy)
        self.year.setEnabled(not busy)

    def _store(self, results: list, dry_run: bool) -> None:
        self.worker.wait()
        lines: list[str] = []
        written = False
        for code, fetched in results:
            if isinstance(fetched, BarometerError):
                lines.append(f"{code}: {fetched.user_message(QCoreApplication.translate)}")
                continue
            try:
                result = store(self.state.db, fetched, dry_run=dry_run)
            except BarometerError as error:
                lines.append(f"{code}: {error.user_message(QCoreApplication.translate)}")
                continue
            lines.append(self.tr("{indicator}: table {table}, updated {updated}").format(
                indicator=code, table=result.table.id, updated=updated_text(result.table, _lang())))
            lines.extend(report_lines(result.report, max_rejections=200, screen=True, revisions=True))
            written = written or result.report.written
        self.report.setPlainText("\n".join(lines))
        self._set_busy(False)
        self.finished_run.emit()
        if written:
            self.state.notify(EVERYTHING)


class DownloadThread(QThread):
    """Asks the StatBank for each source; touches no database."""

    done = Signal(list)  # [(indicator code, Download or the BarometerError)]

    def __init__(self, client, sources, codes: list[str], year: int | None, parent=None) -> None:
        super().__init__(parent)
        self.client, self.sources, self.codes, self.year = client, sources, codes, year

    def run(self) -> None:
        results: list = []
        for source in self.sources:
            try:
                results.append((source.indicator_code, download(self.client, source, self.codes, self.year)))
            except BarometerError as error:
                results.append((source.indicator_code, error))
        self.done.emit(results)


def source_updates(state: AppState, codes: list[str] | None = None) -> list[str]:
    """One line per indicator with a source: when its table was last updated at
    the source, and whether it has figures for the report year (asks the API)."""

    lines = []
    client = _client()
    with _Busy():
        for source in sources_to_fetch(state.db):
            if codes is not None and source.indicator_code not in codes:
                continue
            try:
                info = client.tableinfo(source.table_id)
                time = info.variable(source.time_variable) or info.time_variable
                years = {period_text(code, source.time_mapping)[:4] for code, _ in (time.values if time else ())}
                if str(state.report_year) in years:
                    line = QCoreApplication.translate(
                        "StatBank", "{indicator}: table {table} updated {updated}; it has figures for {year}.")
                else:
                    line = QCoreApplication.translate(
                        "StatBank", "{indicator}: table {table} updated {updated}; no figures for {year} yet.")
                lines.append(line.format(indicator=source.indicator_code, table=info.id,
                                         updated=updated_text(info, _lang()), year=state.report_year))
            except BarometerError as error:
                lines.append(f"{source.indicator_code}: {error.user_message(QCoreApplication.translate)}")
    return lines
