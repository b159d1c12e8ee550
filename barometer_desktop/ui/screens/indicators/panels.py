"""Two small panels of the indicators screen: the assessment text and the history."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop import labels
from barometer_desktop.domain.formatting import format_datetime, format_period
from barometer_desktop.domain.periods import Period, PeriodKind
from barometer_desktop.errors import BarometerError
from barometer_desktop.storage import assessments
from barometer_desktop.storage.records import AuditRecord
from barometer_desktop.ui import theme
from barometer_desktop.ui.accessibility import leave_with_tab, named, tab_moves_on
from barometer_desktop.ui.changes import Change
from barometer_desktop.ui.message_line import MessageLine
from barometer_desktop.ui.screens.entry.texts import stored_text
from barometer_desktop.ui.screens.indicators.stale_hint import StaleHint
from barometer_desktop.ui.state import AppState


class AssessmentPanel(QWidget):
    """The secretariat's assessment for the indicator and report year."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._record: assessments.AssessmentRecord | None = None
        # What the editor held right after loading or saving: anything else is unsaved.
        self._loaded: tuple[str, bool] = ("", True)
        self._code = ""
        self.heading = QLabel()
        theme.paint_text(self.heading, "heading", bold=True)
        self.text = QPlainTextEdit()
        self.text.setObjectName("assessment_text")
        tab_moves_on(self.text)
        named(self.text, self.tr("Assessment"),
              self.tr("The secretariat's assessment of the development; shown in the status report."))
        self.text.setToolTip(
            self.tr("The secretariat's assessment of the development; shown in the status report.")
        )
        self.public = QCheckBox(self.tr("Public (shown in the web export)"))
        self.public.setObjectName("assessment_public")
        self.public.setToolTip(self.tr("Unticked: the text is only for the committee's status report."))
        self.save_button = QPushButton(self.tr("Save assessment"))
        self.save_button.setObjectName("save_assessment")
        self.save_button.setToolTip(self.tr("Store the text as one action (Ctrl+S)."))
        self.save_button.clicked.connect(self.save)
        self.message = MessageLine("assessment_message", boxed=False)
        self.stale_hint = StaleHint(
            self.tr(
                "Someone else changed this assessment while you were writing. Your text is kept here, "
                "but it cannot be saved over theirs: copy what you want to keep, then load the stored version."
            )
        )
        self.stale_hint.reload_requested.connect(self.reload_stored)
        row = QHBoxLayout()
        row.addWidget(self.public)
        row.addStretch(1)
        row.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.stale_hint)
        layout.addWidget(self.text, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)

    def load(self, indicator_id: int | None, code: str = "") -> None:
        # The reload after our own save keeps its "saved" line; another indicator starts clean.
        same = (
            indicator_id is not None and self._record is not None
            and indicator_id == self._record.indicator_id and self._record.year == self.state.report_year
        )
        if not same:
            self.message.clear_message()
        self.stale_hint.hide()
        self._code = code
        if indicator_id is None:
            self._record = None
            self.text.clear()
            self._mark_clean()
            self.setEnabled(False)
            return
        self.setEnabled(not self.state.db.read_only)
        year = self.state.report_year
        self._record = assessments.load(self.state.db, indicator_id, year)
        self.heading.setText(self.tr("Assessment of {code} for {year}").format(code=code, year=year))
        self.text.setAccessibleName(self.heading.text())
        self.text.setPlainText(self._record.text)
        self.public.setChecked(self._record.is_public)
        self._mark_clean()

    def _current(self) -> tuple[str, bool]:
        return self.text.toPlainText(), self.public.isChecked()

    def _mark_clean(self) -> None:
        self._loaded = self._current()

    def has_unsaved_changes(self) -> bool:
        return self._record is not None and self._current() != self._loaded

    @property
    def indicator_id(self) -> int | None:
        return self._record.indicator_id if self._record is not None else None

    def keep_edits(self) -> None:
        """A refresh while the user has unsaved text: keep the text, and say so
        when the stored assessment changed meanwhile. The record (and its
        version) stays the one the user started from, so saving is refused
        as stale instead of overwriting the other person's text."""
        record = self._record
        if record is None:
            return
        stored = assessments.load(self.state.db, record.indicator_id, record.year)
        if stored.version != record.version:
            self.stale_hint.show()

    def reload_stored(self) -> None:
        """Throw the local edits away and show the stored assessment."""
        if self._record is not None:
            self.load(self._record.indicator_id, self._code)

    def save(self) -> bool:
        record = self._record
        if record is None:
            return True
        try:
            self._record = assessments.save(
                self.state.db,
                record.indicator_id,
                record.year,
                self.text.toPlainText().strip(),
                self.public.isChecked(),
                record.version,
            )
        except BarometerError as error:
            self.message.show_message(error.user_message(QCoreApplication.translate), "error")
            return False
        self._mark_clean()
        self.stale_hint.hide()
        self.message.show_message(self.tr("The assessment was saved."), "success")
        self.state.notify(Change.indicator(record.indicator_id))
        return True


class HistoryTable(QTableWidget):
    """Who changed which value, when, from what to what (the audit log)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 7, parent)
        self.setObjectName("history_table")
        named(self, self.tr("Change history of the values"))
        leave_with_tab(self)
        self.setHorizontalHeaderLabels(
            [self.tr("When"), self.tr("Who"), self.tr("Area"), self.tr("Period"), self.tr("Old"), self.tr("New"),
             self.tr("Source")]
        )
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setMinimumSectionSize(90)
        self.horizontalHeader().setStretchLastSection(True)
        self.summary = QLabel()
        self.summary.setObjectName("history_summary")
        self.summary.setWordWrap(True)

    def load(self, entries: list[AuditRecord], area_names: dict[int, str], decimals: int) -> None:
        # Only value changes matter here; insert/delete show as "–" on one side.
        shown = [e for e in entries if e.field == "value"]
        # A fetch from Statistikbanken stamps each value it wrote (storage.bulk_import): table,
        # update time at the source, time fetched. Typed or imported values have none.
        sources = {(e.row_key, e.changed_at): e.new_value or "" for e in entries if e.field == "source"}
        self.setRowCount(len(shown))
        if shown:
            self.summary.setText(self.tr("Changes to this indicator's values, newest first."))
        else:
            self.summary.setText(
                self.tr("No changes recorded yet. Values that came with the database (seed or demo data) have no history here.")
            )
        for row, entry in enumerate(shown):
            area_name, period = _describe_key(entry.row_key, area_names)
            old, new = entry.old_value, entry.new_value
            cells = [
                format_datetime(entry.changed_at),
                labels.user_name(entry.user_name),
                area_name,
                period,
                _number(old, decimals),
                _number(new, decimals),
                sources.get((entry.row_key, entry.changed_at), ""),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (4, 5):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)


def _describe_key(key: str, area_names: dict[int, str]) -> tuple[str, str]:
    try:
        _indicator, area, year, kind, number = key.split("/")
        period = Period(int(year), PeriodKind(kind), int(number))
        return area_names.get(int(area), area), format_period(period)
    except ValueError:
        return "", key


def _number(text: str | None, decimals: int) -> str:
    if text in (None, ""):
        return "–"
    try:
        # Exactly as stored: the grid may round 12,5 to 13, the history must not.
        return stored_text(float(text), decimals)
    except ValueError:
        return str(text)
