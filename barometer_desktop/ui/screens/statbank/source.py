"""An indicator's source in Statistikbanken, on the indicators screen: find
the table, read its variables, tick the figure (and a denominator), preview,
save or remove.

Only presents and asks: statbank.fetch does the work. Nothing is fetched
until the user clicks; Statistikbanken is asked in a worker (calls.py) and a
failure is one line in the section. The database is read and written here,
on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from barometer_desktop.domain.formatting import format_number
from barometer_desktop.errors import BarometerError
from barometer_desktop.statbank.client import TableInfo, TableSummary, search_tables
from barometer_desktop.statbank.fetch import figures, period_text, require_every_variable
from barometer_desktop.storage import catalog, indicator_sources
from barometer_desktop.storage.indicator_sources import IndicatorSourceRecord
from barometer_desktop.ui.accessibility import named
from barometer_desktop.ui.message_line import MessageLine
from barometer_desktop.ui.screens.statbank.calls import StatBankCall, client, language, updated_text
from barometer_desktop.ui.state import AppState

Answer = TypeVar("Answer")
# (area code, time code) -> the figure, None where the table has none
Figures = dict[tuple[str, str], float | None]


class StatBankSourceSection(QGroupBox):
    """Where an indicator's figures come from in the StatBank: table, selections, denominator."""

    saved = Signal()
    call_done = Signal()  # a question to Statistikbanken was answered (or given up) and its result shown

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Source in Statistikbanken (optional)"), parent)
        self.setObjectName("statbank_source")
        self.state = state
        self.indicator_id: int | None = None
        self.indicator_code = ""
        self.info: TableInfo | None = None  # the table's tableinfo, once read
        self.tables: list[TableSummary] | None = None  # the tables function's list, once asked (searched here)
        self.call: QThread | None = None  # the question being waited for (a StatBankCall; only compared)
        self._stored_source: IndicatorSourceRecord | None = None
        self.search_text = QLineEdit()
        self.search_text.setObjectName("statbank_search_text")
        self.search_text.setPlaceholderText(self.tr("e.g. befolkning herkomst"))
        named(self.search_text, self.tr("Search tables"), self.tr("Words from the table's title or its id"))
        self.search_text.returnPressed.connect(self.search)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setObjectName("statbank_search")
        self.search_button.setToolTip(self.tr("Search Statistikbanken's list of tables by words from the title."))
        self.search_button.clicked.connect(self.search)
        self.results = QListWidget()
        self.results.setObjectName("statbank_results")
        named(self.results, self.tr("Tables found"), self.tr("Choose a table to read its variables"))
        self.results.setMaximumHeight(110)
        self.results.setVisible(False)
        self.results.itemActivated.connect(self.pick_table)
        self.results.itemClicked.connect(self.pick_table)
        self.cancel_button = QPushButton(self.tr("Stop waiting"))
        self.cancel_button.setObjectName("statbank_cancel")
        self.cancel_button.setToolTip(self.tr("Stop waiting for Statistikbanken's answer; nothing is changed."))
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel)
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
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_text, 1)
        search_row.addWidget(self.search_button)
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
        buttons.addWidget(self.cancel_button)
        buttons.addStretch(1)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.save_button)
        # A message appears beside the button pressed, where the user looks:
        # finding and reading a table answer under the table row (above the
        # fold), preview, save and remove under their buttons at the bottom.
        self.lookup_message = MessageLine("statbank_lookup_message", boxed=False)
        self.message = MessageLine("statbank_message", boxed=False)
        self._call_line = self.lookup_message  # where the question being waited for answers
        form = self._form = QFormLayout(self)
        # The labels reach their fields (a layout cannot be a buddy).
        search_label = QLabel(self.tr("Find table:"))
        search_label.setBuddy(self.search_text)
        form.addRow(search_label, search_row)
        form.addRow("", self.results)
        table_label = QLabel(self.tr("Table:"))
        table_label.setBuddy(self.table_id)
        form.addRow(table_label, table_row)
        form.addRow("", self.table_text)
        form.addRow("", self.lookup_message)
        # Wrapped lines get rows taller than their text in the scroll area:
        # the text stays at the top, right under the table row.
        for line in (self.table_text, self.lookup_message):
            line.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._show_table_text("")
        form.addRow(self.tr("Figure:"), self.selection)
        form.addRow("", self.use_denominator)
        form.addRow(self.tr("Denominator:"), self.denominator)
        form.addRow(self.tr("Periods:"), self.time_mapping)
        form.addRow(buttons)
        form.addRow(self.message)

    def _show_table_text(self, text: str) -> None:
        # Without a table there is no row: a message below stays right under the table row.
        self.table_text.setText(text)
        self._form.setRowVisible(self.table_text, bool(text))

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

        self.cancel(quiet=True)
        self.indicator_id, self.indicator_code = indicator_id, indicator_code
        self.info = None
        self.results.clear()
        self.results.setVisible(False)
        self.selection.clear()
        self.denominator.clear()
        self._show_table_text("")
        self.lookup_message.clear_message()
        self.message.clear_message()
        source = indicator_sources.for_indicator(self.state.db, indicator_id) if indicator_id else None
        self._stored_source = source
        self.table_id.setText(source.table_id if source else "")
        self.use_denominator.setChecked(bool(source and source.denominator is not None))
        self.time_mapping.setCurrentIndex(max(0, self.time_mapping.findData(source.time_mapping if source else "as_is")))
        if source is not None:
            self._show_table_text(self.tr("Stored selection: {selection}").format(
                selection=_selection_text(source.selection, source.denominator)))
        self.setEnabled(indicator_id is not None)
        self.remove_button.setEnabled(source is not None)

    # -- asking Statistikbanken (in a worker) -------------------------------------

    def _say(self, line: MessageLine, text: str, kind: str = "info") -> None:
        """Show `text` on `line` and scroll it into view: the section sits in the
        definition's scroll area, and a message below the fold goes unseen."""
        line.show_message(text, kind)
        area = self.parentWidget()
        while area is not None and not isinstance(area, QScrollArea):
            area = area.parentWidget()
        if area is not None and text:
            scroll = area
            # After the layout has made room for the text.
            QTimer.singleShot(0, scroll, lambda: scroll.ensureWidgetVisible(line, 0, 8))

    def _ask(self, work: Callable[[], Answer], then: Callable[[Answer], None], line: MessageLine) -> None:
        """Run `work` in a worker; `then` gets its result on the GUI thread, an error is one line on `line`."""
        self.cancel(quiet=True)
        call = StatBankCall(work)
        self.call = call
        self._call_line = line

        def answered() -> None:
            if call is not self.call:
                return  # given up: the answer no longer matters
            self.call = None
            self._set_busy(False)
            if call.error is not None:
                self._say(line, call.error.user_message(QCoreApplication.translate), "error")
            else:
                then(call.result)
            self.call_done.emit()

        call.answered.connect(answered, Qt.ConnectionType.QueuedConnection)
        self._set_busy(True)
        self._say(line, self.tr("Asking Statistikbanken…"))
        call.start()

    def _set_busy(self, busy: bool) -> None:
        for button in (self.search_button, self.read_button, self.preview_button):
            button.setEnabled(not busy)
        self.cancel_button.setEnabled(busy)

    def cancel(self, quiet: bool = False) -> None:
        """Stop waiting: the worker ends on its own (within the client's deadline); its answer is dropped."""
        if self.call is None:
            return
        self.call = None
        self._set_busy(False)
        if not quiet:
            self._say(self._call_line, self.tr("Stopped waiting for Statistikbanken; nothing was changed."))
            self.call_done.emit()

    def search(self) -> None:
        """The tables whose title or id holds the words (the list is asked once, then searched here)."""
        words = self.search_text.text().strip()
        if not words:
            self._say(self.lookup_message, self.tr("Type words from the table's title, e.g. befolkning herkomst."),
                      "warning")
            return
        if self.tables is not None:
            self._show_found(words)
            return
        statbank = client()

        def keep(tables: list[TableSummary]) -> None:
            self.tables = tables
            self._show_found(words)

        self._ask(statbank.tables, keep, self.lookup_message)

    def _show_found(self, words: str) -> None:
        found = search_tables(self.tables or [], words)
        self.results.clear()
        for table in found[:200]:
            item = QListWidgetItem(f"{table.id}: {table.text} ({table.first_period}–{table.latest_period})")
            item.setData(Qt.ItemDataRole.UserRole, table.id)
            self.results.addItem(item)
        self.results.setVisible(bool(found))
        self._say(
            self.lookup_message,
            self.tr("{count} tables found; choose one to read its variables.").format(count=len(found)) if found
            else self.tr("No table has \"{words}\" in its title.").format(words=words))

    def pick_table(self, item: QListWidgetItem) -> None:
        self.table_id.setText(item.data(Qt.ItemDataRole.UserRole))
        self.read_table()

    def read_table(self) -> None:
        table = self.table_id.text().strip()
        if not table:
            self._say(self.lookup_message, self.tr("Give the table id first, e.g. FOLK1E."), "warning")
            return
        statbank = client()
        self._ask(lambda: statbank.tableinfo(table), self._show_table, self.lookup_message)

    def _show_table(self, info: TableInfo) -> None:
        self.info = info
        self.table_id.setText(info.id)
        self._show_table_text(self.tr("{text} (updated {updated})").format(
            text=info.text, updated=updated_text(info)))
        stored = self._stored_source if self._stored_source and self._stored_source.table_id == info.id else None
        self._fill(self.selection, info, stored.selection if stored else {})
        self._fill(self.denominator, info, (stored.denominator or {}) if stored else {})
        self._say(self.lookup_message, self.tr(
            "Tick the values that give the figure, at least one for every variable (the total is usually "
            "\"I alt\"). The area ({area}) and time ({time}) are filled in when fetching: the barometer's areas "
            "by municipality code, and every year.").format(
            area=self._area_variable(), time=self._time_variable()))

    def _area_variable(self) -> str:
        return self._stored_source.area_variable if self._stored_source else "OMRÅDE"

    def _time_variable(self) -> str:
        if self.info is not None and self.info.time_variable is not None:
            return self.info.time_variable.id
        return self._stored_source.time_variable if self._stored_source else "TID"

    def _fill(self, tree: QTreeWidget, info: TableInfo, chosen: dict[str, list[str]]) -> None:
        tree.clear()
        skip = {self._area_variable().upper(), self._time_variable().upper()}
        for variable in info.variables:
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
        """The ticked values' codes by variable (variables with none left out)."""
        result: dict[str, list[str]] = {}
        for i in range(tree.topLevelItemCount()):
            parent = tree.topLevelItem(i)
            if parent is None:
                continue
            children = [parent.child(j) for j in range(parent.childCount())]
            codes = [child.data(0, Qt.ItemDataRole.UserRole) for child in children
                     if child is not None and child.checkState(0) == Qt.CheckState.Checked]
            if codes:
                result[parent.data(0, Qt.ItemDataRole.UserRole)] = codes
        return result

    def current_source(self) -> IndicatorSourceRecord:
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
        """The figures the source gives for the barometer's areas, the latest year; nothing is stored."""

        source = self.current_source()
        if not source.table_id:
            self._say(self.message, self.tr("Give the table id first, e.g. FOLK1E."), "warning")
            return
        areas = catalog.areas(self.state.db)  # read here: the worker touches no database
        codes = [a.code for a in areas if a.code.isdigit()]
        names = {a.code: a.name for a in areas}
        statbank, known = client(), self.info

        def work() -> Figures:
            info = known or statbank.tableinfo(source.table_id)
            time_variable = info.variable(source.time_variable) or info.time_variable
            last = max((period_text(code, source.time_mapping)[:4] for code, _ in time_variable.values),
                       default="") if time_variable else ""
            return figures(statbank, source, info, codes, int(last) if last.isdigit() else None)

        def show(values: Figures) -> None:
            lines = [self.tr("Preview (not stored):")]
            for (area, time), value in sorted(values.items(), key=lambda item: (item[0][1], item[0][0])):
                shown = "…" if value is None else format_number(value, 2, language())
                lines.append(f"{names.get(area, area)}  {period_text(time, source.time_mapping)}: {shown}")
            self._say(self.message, "\n".join(lines))

        self._ask(work, show, self.message)

    def save(self) -> None:
        source = self.current_source()
        try:
            if self.info is not None:  # the table was read: every variable needs a value before it is kept

                require_every_variable(self.info, [*source.selection, self._area_variable(), self._time_variable()])
            indicator_sources.save(self.state.db, source)
        except BarometerError as error:
            self._say(self.message, error.user_message(QCoreApplication.translate), "error")
            return
        self.load(self.indicator_id, self.indicator_code)
        self._say(self.message, self.tr("The source is saved."), "success")
        self.saved.emit()

    def remove(self) -> None:
        if self.indicator_id is None:
            return
        indicator_sources.remove(self.state.db, self.indicator_id)
        self.load(self.indicator_id, self.indicator_code)
        self._say(self.message, self.tr("The source is removed; figures are entered or imported by hand."), "success")
        self.saved.emit()


def _selection_text(selection: dict[str, list[str]], denominator: dict[str, list[str]] | None) -> str:
    text = "; ".join(f"{k} = {', '.join(v)}" for k, v in selection.items()) or "—"
    if denominator is not None:
        text += " ÷ " + ("; ".join(f"{k} = {', '.join(v)}" for k, v in denominator.items()) or "—") + " × 100"
    return text
