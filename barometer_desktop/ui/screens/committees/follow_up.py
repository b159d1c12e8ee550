"""One committee's whole year on one screen: the report and every goal's follow-up.

Built for speed with seven committees: pick a status per goal (keyboard:
Tab between fields, the first letter in a status list), type a note, and
"Save and next" stores the committee-year as ONE action and moves on.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop.domain.follow_up_rules import is_late
from barometer_desktop.domain.types import FollowUpStatus
from barometer_desktop.errors import BarometerError, ValidationError
from barometer_desktop.storage import committees, follow_up, settings_store
from barometer_desktop.storage.follow_up import CommitteeYear, FollowUpEntry, ReportEntry
from barometer_desktop.ui import theme
from barometer_desktop.ui.accessibility import kept_focus, named
from barometer_desktop.ui.changes import Change
from barometer_desktop.ui.date_field import DateField
from barometer_desktop.ui.screens.committees.widgets import (
    LinkField,
    day,
    fit_rows,
    heading,
    hint,
    show_error,
    show_notices,
    status_choices,
    status_colour,
)
from barometer_desktop.ui.state import AppState
from barometer_desktop.ui.unsaved import ask_to_save

GOAL, POLICY_GOALS, STATUS, NOTE = range(4)


class FollowUpTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self._data: CommitteeYear | None = None
        self._deadline: date | None = None  # the report year's deadline, for the "late" mark
        self._dirty = False
        self._loading = False
        self.status_boxes: list[QComboBox] = []
        self.note_edits: list[QLineEdit] = []

        self.title = heading("", level=2)
        self.committee_box = QComboBox()
        self.committee_box.setObjectName("follow_up_committee")
        self.committee_box.setMinimumContentsLength(32)
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        picker = QHBoxLayout()
        committee_label = QLabel(self.tr("&Committee:"))
        committee_label.setBuddy(self.committee_box)
        picker.addWidget(committee_label)
        picker.addWidget(self.committee_box)
        picker.addWidget(self.previous_button)
        picker.addWidget(self.next_button)
        picker.addStretch(1)

        report_box = QGroupBox(self.tr("Integration report"))
        # Typed, never defaulted: an untouched field means "not received".
        self.received = DateField("received_on")
        self.received.setObjectName("report_received")
        self.received.setMaximumWidth(self.received.fontMetrics().horizontalAdvance("30 Sep 00000") + 24)
        self.late_label = QLabel()
        self.late_label.setObjectName("report_late")
        self.late_label.setStyleSheet(theme.emphasis_style("error"))
        received_row = QHBoxLayout()
        received_row.addWidget(self.received)
        received_row.addWidget(self.late_label, 1)
        self.report_link = LinkField(name=self.tr("Integration report document"))
        self.report_link.setObjectName("report_link")
        report_form = QFormLayout(report_box)
        received_label = QLabel(self.tr("&Received on:"))
        received_label.setBuddy(self.received)
        report_form.addRow(received_label, received_row)
        report_form.addRow(self.tr("Document:"), self.report_link)

        self.table = QTableWidget(0, 4)
        self.table.setObjectName("follow_up_table")
        named(self.table, self.tr("Follow-up on the goals of the action plan"))
        # Tab goes from field to field (status, note, next goal's status, ...), never
        # into the read-only cells: the goal is in each field's accessible name.
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setTabKeyNavigation(False)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Goal of the action plan"), self.tr("Policy goals"), self.tr("Follow-up"), self.tr("Note")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(GOAL, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(POLICY_GOALS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(STATUS, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(NOTE, QHeaderView.ResizeMode.Stretch)
        header.sectionResized.connect(lambda *_: self._fit_rows())
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        # Tab goes from editor to editor (status, note, next status ...): the
        # read-only goal texts are never a stop, and the table itself takes no
        # focus, so a typed letter cannot land on a cell and vanish.
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table.setTabKeyNavigation(False)
        self.empty_label = hint(self.tr("This committee has no action-plan goals in force in this year."))

        self.dirty_label = QLabel()
        self.dirty_label.setStyleSheet(theme.emphasis_style("warning"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("save_follow_up")
        self.save_button.setDefault(True)
        self.save_next_button = QPushButton(self.tr("Save and &next committee"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.dirty_label, 1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.save_next_button)

        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addWidget(self.title)
        layout.addWidget(report_box)
        layout.addWidget(heading(self.tr("Follow-up on the goals of the action plan"), level=2))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addLayout(buttons)

        self.committee_box.currentIndexChanged.connect(self._committee_chosen)
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))
        self.save_button.clicked.connect(self.save)
        self.save_next_button.clicked.connect(self._save_and_next)
        self.received.textEdited.connect(self._mark_dirty)
        self.received.textChanged.connect(self._show_late)
        self.report_link.changed.connect(self._mark_dirty)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        # Only while this tab has focus: other screens may use Ctrl+S too.
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._shown_index = -1

    # -- loading --------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload from storage, unless the user has unsaved edits here."""
        if self._dirty:
            return
        current = self.committee_box.currentData()
        self.committee_box.blockSignals(True)
        self.committee_box.clear()
        for c in committees.committees(self.state.db):
            self.committee_box.addItem(f"{c.short_name} — {c.name}", c.id)
        index = max(0, self.committee_box.findData(current))
        self.committee_box.setCurrentIndex(index)
        self.committee_box.blockSignals(False)
        self._shown_index = index
        self._load()

    def select_committee(self, committee_id: int) -> None:
        index = self.committee_box.findData(committee_id)
        if index >= 0:
            self.committee_box.setCurrentIndex(index)

    def _load(self) -> None:
        # Reloading rebuilds the status and note fields: the keyboard goes back to
        # the same field (by name), or to Save, never nowhere.
        with kept_focus(self, fallback=self.save_button):
            self._load_fields()

    def _load_fields(self) -> None:
        committee_id = self.committee_box.currentData()
        if committee_id is None:
            return
        self._loading = True
        year = self.state.report_year
        self._data = data = follow_up.committee_year(self.state.db, committee_id, year)
        self.title.setText(
            self.tr("{committee}: follow-up in the integration report for {year}").format(
                committee=self.committee_box.currentText(), year=year
            )
        )
        self._deadline = settings_store.load(self.state.db).deadline_for(year)
        self.received.set_value(data.report.received_on)
        self._show_late()
        self.report_link.set_text(data.report.document_link)
        self.table.setRowCount(0)
        self.status_boxes, self.note_edits = [], []
        for row, line in enumerate(data.lines):
            self.table.insertRow(row)
            text = line.text
            if line.ended_on:
                text += "\n" + self.tr("(ended {date})").format(date=day(line.ended_on))
            goal_item = QTableWidgetItem(text)
            goal_item.setToolTip(line.text)
            self.table.setItem(row, GOAL, goal_item)
            numbers = QTableWidgetItem(", ".join(str(n) for n in line.policy_goal_numbers) or "—")
            numbers.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(row, POLICY_GOALS, numbers)
            box = QComboBox()
            box.setObjectName(f"status_{row}")
            for status, label in status_choices():
                box.addItem(label, status)
                box.setItemData(box.count() - 1, QBrush(QColor(status_colour(status))), Qt.ItemDataRole.ForegroundRole)
            box.setCurrentIndex(box.findData(line.status))
            self._colour(box)
            box.currentIndexChanged.connect(self._mark_dirty)
            box.currentIndexChanged.connect(lambda _i, b=box: self._colour(b))
            named(box, self.tr("Follow-up: {goal}").format(goal=line.text))
            self.table.setCellWidget(row, STATUS, box)
            # The view's delegate would take Tab to move between cells: a trap.
            box.removeEventFilter(self.table.itemDelegate())
            note = QLineEdit(line.note)
            note.setObjectName(f"note_{row}")
            note.setPlaceholderText(self.tr("Note (optional)"))
            note.setCursorPosition(0)
            note.textEdited.connect(self._mark_dirty)
            named(note, self.tr("Note: {goal}").format(goal=line.text))
            self.table.setCellWidget(row, NOTE, note)
            note.removeEventFilter(self.table.itemDelegate())
            self.status_boxes.append(box)
            self.note_edits.append(note)
        # The editors are made after the buttons, so put them in reading order
        # between the report's fields and Save: status, note, next status ...
        chain: list[QWidget] = [self.report_link.open_button]
        for box, note in zip(self.status_boxes, self.note_edits):
            chain += [box, note]
        chain += [self.save_button, self.save_next_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self.table.setVisible(bool(data.lines))
        self.empty_label.setVisible(not data.lines)
        QTimer.singleShot(0, self.table, self._fit_rows)  # dropped if the table is gone
        self._loading = False
        self._set_dirty(False)

    def _show_late(self) -> None:
        """Mark a report received after the deadline while the date is typed."""
        deadline = self._deadline
        late = deadline is not None and is_late(self.received.peek(), deadline)
        self.late_label.setText(
            self.tr("▼ Late: received after the deadline {deadline}").format(deadline=day(deadline)) if late else ""
        )

    def _fit_rows(self) -> None:
        # Never lower than the editors in the row.
        fit_rows(self.table, minimum=40)

    @staticmethod
    def _colour(box: QComboBox) -> None:
        box.setStyleSheet(f"QComboBox {{ color: {status_colour(box.currentData())}; font-weight: 600; }}")

    # -- editing --------------------------------------------------------------------

    def _mark_dirty(self) -> None:
        if not self._loading:
            self._set_dirty(True)

    def _set_dirty(self, dirty: bool) -> None:
        self._dirty = dirty
        self.dirty_label.setText(self.tr("● Unsaved changes") if dirty else "")

    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def entries(self) -> list[FollowUpEntry]:
        assert self._data is not None
        return [
            FollowUpEntry(
                line.goal_id, FollowUpStatus(box.currentData()) if box.currentData() else None, note.text(), line.version
            )
            for line, box, note in zip(self._data.lines, self.status_boxes, self.note_edits)
        ]

    def save(self) -> bool:
        if self._data is None:
            return False
        labels = {
            "received_on": self.tr("Received on"),
            "document_link": self.tr("Document"),
            "status": self.tr("Follow-up"),
            "goal": self.tr("Goal"),
        }
        try:
            report = ReportEntry(self.received.value(), self.report_link.text(), self._data.report.version)
            notices = follow_up.save_committee_year(
                self.state.db, self._data.committee_id, self._data.year, report, self.entries()
            )
        except BarometerError as error:
            # Nothing was stored, and nothing entered is lost: the form keeps
            # every status and note, so the user corrects one field and saves again.
            link_refused = isinstance(error, ValidationError) and error.field == "document_link"
            if isinstance(error, ValidationError) and error.field == "received_on":
                self.received.setFocus()
                self.received.selectAll()
            show_error(
                self,
                error,
                labels,
                next_step=self.tr(
                    "Correct the link, or leave the field empty and add the link later. Nothing was saved."
                )
                if link_refused
                else "",
            )
            if link_refused:
                self.report_link.mark_invalid(error.user_message(QCoreApplication.translate))
            return False
        self._set_dirty(False)
        self.state.notify(Change.committees())
        # Stored, but worth knowing: a link to a drive that does not answer now.
        show_notices(self, notices, labels)
        return True

    def _save_and_next(self) -> None:
        if self.save():
            self._step(1)

    def _step(self, delta: int) -> None:
        count = self.committee_box.count()
        if count:
            self.committee_box.setCurrentIndex((self.committee_box.currentIndex() + delta) % count)

    def _committee_chosen(self, index: int) -> None:
        if index == self._shown_index:
            return
        if not self.confirm_leave():
            self.committee_box.blockSignals(True)
            self.committee_box.setCurrentIndex(self._shown_index)
            self.committee_box.blockSignals(False)
            return
        self._shown_index = index
        self._load()

    def confirm_leave(self, can_cancel: bool = True) -> bool:
        """Ask what to do with unsaved edits; False means stay."""
        if not self._dirty:
            return True
        return ask_to_save(
            self,
            self.tr("Unsaved follow-up"),
            self.tr("The follow-up for this committee has unsaved changes. Save them?"),
            can_cancel=can_cancel,
            save=self.save,
            discard=lambda: self._set_dirty(False),
        )

    def year_changed(self) -> None:
        self.confirm_leave(can_cancel=False)
        self._set_dirty(False)
        self.refresh()
