"""BIU's decisions per committee and year, and the candidates the rules propose.

The rules (domain.follow_up_rules, applied once in the assembled snapshot) propose
committees with missing follow-up or whose policy goals have indicators going
the wrong way; the secretariat confirms each with BIU's decision or dismisses it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop import labels
from barometer_desktop.domain.follow_up_rules import DecisionCandidate, draft_recommendation
from barometer_desktop.domain.types import DecisionReason, DecisionStatus
from barometer_desktop.errors import BarometerError
from barometer_desktop.storage import committees, follow_up
from barometer_desktop.storage.committees import CommitteeRecord, DecisionRecord
from barometer_desktop.storage.follow_up import DecisionEntry
from barometer_desktop.ui import theme
from barometer_desktop.ui.accessibility import focus_ring, leave_with_tab, named
from barometer_desktop.ui.changes import Change
from barometer_desktop.ui.date_field import date_edit_format
from barometer_desktop.ui.screens.committees.widgets import day, fit_rows, heading, hint, show_error
from barometer_desktop.ui.state import AppState


@dataclass(frozen=True)
class DecisionRow:
    committee: CommitteeRecord
    candidate: DecisionCandidate | None
    decision: DecisionRecord | None


class DecisionDialog(QDialog):
    def __init__(self, parent: QWidget, row: DecisionRow, year: int) -> None:
        super().__init__(parent)
        self.setObjectName("decision_dialog")
        self.setWindowTitle(self.tr("BIU's decision: {committee} {year}").format(committee=row.committee.short_name, year=year))
        self._row, self._year = row, year
        decision, candidate = row.decision, row.candidate
        self.supplementary = QCheckBox(self.tr("Supplementary report requested"))
        self.revision = QCheckBox(self.tr("Action-plan revision requested"))
        self.reason = QComboBox()
        for reason in DecisionReason:
            self.reason.addItem(labels.decision_reason_name(reason), reason.value)
        self.reason_text = QLineEdit()
        self.decided_on = QDateEdit(QDate.currentDate())
        self.decided_on.setDisplayFormat(date_edit_format())
        self.decided_on.setCalendarPopup(True)
        self.recommendation = QPlainTextEdit()
        self.recommendation.setTabChangesFocus(True)
        self.draft_button = QPushButton(self.tr("Draft the text"))
        if decision is not None and decision.status == DecisionStatus.CONFIRMED:
            self.supplementary.setChecked(decision.supplementary_report_requested)
            self.revision.setChecked(decision.plan_revision_requested)
            self.reason.setCurrentIndex(max(0, self.reason.findData(decision.reason)))
            self.reason_text.setText(decision.reason_text)
            if decision.decided_on:
                day = decision.decided_on
                self.decided_on.setDate(QDate(day.year, day.month, day.day))
            self.recommendation.setPlainText(decision.recommendation)
        else:
            self.supplementary.setChecked(True)
            if candidate is not None:
                self.reason.setCurrentIndex(max(0, self.reason.findData(candidate.reasons[0])))
                if candidate.goal_numbers:
                    numbers = ", ".join(map(str, candidate.goal_numbers))
                    if len(candidate.goal_numbers) == 1:
                        self.reason_text.setText(self.tr("Policy goal {numbers}").format(numbers=numbers))
                    else:
                        self.reason_text.setText(self.tr("Policy goals {numbers}").format(numbers=numbers))
            self.draft()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.draft_button.clicked.connect(self.draft)
        form = QFormLayout()
        form.addRow(self.tr("BIU asks for:"), self.supplementary)
        form.addRow("", self.revision)
        form.addRow(self.tr("Reason:"), self.reason)
        form.addRow(self.tr("Details:"), self.reason_text)
        form.addRow(self.tr("Decided on:"), self.decided_on)
        form.addRow(self.tr("Recommendation to the city council:"), self.recommendation)
        draft_row = QHBoxLayout()
        draft_row.addStretch(1)
        draft_row.addWidget(self.draft_button)
        form.addRow("", draft_row)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(row.committee.name, level=2))
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(720, 520)

    def draft(self) -> None:
        reasons = self._row.candidate.reasons if self._row.candidate else (self._reason(),)
        self.recommendation.setPlainText(
            draft_recommendation(
                self._row.committee.name, self._year, supplementary_report=self.supplementary.isChecked(),
                plan_revision=self.revision.isChecked(), reasons=reasons,
                translator=QCoreApplication.translate,
            )
        )

    def _reason(self) -> DecisionReason:
        return DecisionReason(self.reason.currentData())

    def _decided_on(self) -> date:
        day = self.decided_on.date()
        return date(day.year(), day.month(), day.day())

    def entry(self) -> DecisionEntry:
        decision = self._row.decision
        return DecisionEntry(
            committee_id=self._row.committee.id,
            year=self._year,
            status=DecisionStatus.CONFIRMED,
            reason=self._reason(),
            supplementary_report_requested=self.supplementary.isChecked(),
            plan_revision_requested=self.revision.isChecked(),
            reason_text=self.reason_text.text(),
            decided_on=self._decided_on(),
            recommendation=self.recommendation.toPlainText(),
            expected_version=decision.version if decision else None,
        )


class DecisionsTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.rows: list[DecisionRow] = []
        self.title = heading("", level=2)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("decision_table")
        named(self.table, self.tr("Committees proposed for a decision"))
        leave_with_tab(self.table)
        focus_ring(self.table)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Committee"), self.tr("Proposed because"), self.tr("BIU's decision"), self.tr("Decided on")]
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.confirm_button = QPushButton(self.tr("Record decision…"))
        self.confirm_button.setObjectName("confirm_decision")
        self.dismiss_button = QPushButton(self.tr("Dismiss proposal"))
        self.dismiss_button.setObjectName("dismiss_decision")
        self.details = QLabel()
        self.details.setObjectName("decision_recommendation")
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(
            hint(
                self.tr(
                    "Proposed: committees with missing follow-up, and committees whose action plan serves "
                    "policy goals with an indicator going the wrong way in the report year. Confirm BIU's "
                    "decision or dismiss the proposal."
                )
            )
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(heading(self.tr("Recommendation to the city council"), level=2))
        layout.addWidget(self.details)
        self.confirm_button.clicked.connect(self.record_decision)
        self.dismiss_button.clicked.connect(self.dismiss)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        # Enter (or a double-click) on a committee records its decision.
        self.table.itemActivated.connect(lambda _item: self.record_decision())

    def refresh(self) -> None:
        year = self.state.report_year
        self.title.setText(self.tr("BIU's decisions after the status report for {year}").format(year=year))
        # The year the overview and the start page show (the committees' part
        # does not depend on the comparison areas): assembled once for all three.
        snapshot = self.state.years.snapshot(year)
        views = {view.short_name: view for view in snapshot.committees}
        candidates = {short: view.candidate for short, view in views.items()}
        decisions = {d.committee: d for d in committees.follow_up_year(self.state.db, year).decisions}
        selected = self.selected_row()
        self.rows = [
            DecisionRow(c, candidates.get(c.short_name), decisions.get(c.short_name))
            for c in committees.committees(self.state.db)
        ]
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            self.table.setItem(index, 0, QTableWidgetItem(f"{row.committee.short_name} — {row.committee.name}"))
            if row.candidate:
                reasons = "; ".join(labels.decision_reason_name(r) for r in row.candidate.reasons)
                if row.candidate.goal_numbers:
                    numbers = ", ".join(map(str, row.candidate.goal_numbers))
                    if len(row.candidate.goal_numbers) == 1:
                        reasons += " " + self.tr("(policy goal {numbers})").format(numbers=numbers)
                    else:
                        reasons += " " + self.tr("(policy goals {numbers})").format(numbers=numbers)
                proposal = QTableWidgetItem("⚑ " + reasons)
            else:
                proposal = QTableWidgetItem("—")
            view = views.get(row.committee.short_name)
            if view is not None and view.not_recorded:
                # Said apart: a gap in the secretariat's records is never a reason to ask a committee.
                proposal.setText(proposal.text() + "\n" + self.tr(
                    "({count} goals not yet recorded by the secretariat; not a reason)"
                ).format(count=len(view.not_recorded)))
            self.table.setItem(index, 1, proposal)
            self.table.setItem(index, 2, self._decision_item(row))
            self.table.setItem(index, 3, QTableWidgetItem(day(row.decision.decided_on) if row.decision else "—"))
        fit_rows(self.table)
        if selected is not None:
            names = [r.committee.short_name for r in self.rows]
            if selected.committee.short_name in names:
                self.table.selectRow(names.index(selected.committee.short_name))
        self._selection_changed()

    def _decision_item(self, row: DecisionRow) -> QTableWidgetItem:
        decision = row.decision
        if decision is None:
            if row.candidate is None:
                return QTableWidgetItem("—")
            item = QTableWidgetItem(self.tr("? Awaiting decision"))
            item.setForeground(QBrush(theme.current().text("warning")))
            return item
        if decision.status == DecisionStatus.DISMISSED:
            item = QTableWidgetItem(f"✘ {labels.decision_status_name(decision.status)}")
            item.setForeground(QBrush(theme.current().text("hint")))
            return item
        asks = [
            text
            for text, wanted in (
                (self.tr("supplementary report"), decision.supplementary_report_requested),
                (self.tr("plan revision"), decision.plan_revision_requested),
            )
            if wanted
        ]
        item = QTableWidgetItem(f"✔ {labels.decision_status_name(decision.status)}: {', '.join(asks)}")
        item.setForeground(QBrush(theme.current().text("success")))
        return item

    def selected_row(self) -> DecisionRow | None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        return self.rows[rows.pop()] if len(rows) == 1 and self.rows else None

    def select_committee(self, short_name: str) -> None:
        for index, row in enumerate(self.rows):
            if row.committee.short_name == short_name:
                self.table.selectRow(index)

    def _selection_changed(self) -> None:
        row = self.selected_row()
        self.confirm_button.setEnabled(row is not None)
        self.dismiss_button.setEnabled(
            row is not None and (row.candidate is not None or row.decision is not None)
            and not (row.decision and row.decision.status == DecisionStatus.DISMISSED)
        )
        if row and row.decision and row.decision.status == DecisionStatus.CONFIRMED:
            self.details.setText(row.decision.recommendation or self.tr("(no text recorded)"))
        else:
            self.details.setText(self.tr("Select a committee with a confirmed decision to see its recommendation."))

    def record_decision(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = DecisionDialog(self, row, self.state.report_year)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._store(dialog.entry())

    def dismiss(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        reason = (
            row.candidate.reasons[0] if row.candidate
            else row.decision.reason if row.decision
            else DecisionReason.OTHER
        )
        self._store(
            DecisionEntry(
                committee_id=row.committee.id,
                year=self.state.report_year,
                status=DecisionStatus.DISMISSED,
                reason=reason,
                decided_on=date.today(),
                expected_version=row.decision.version if row.decision else None,
            )
        )

    def _store(self, entry: DecisionEntry) -> None:
        try:
            follow_up.save_decision(self.state.db, entry)
        except BarometerError as error:
            show_error(
                self, error,
                {"request": self.tr("BIU asks for"), "decided_on": self.tr("Decided on"), "reason": self.tr("Reason")},
            )
            return
        self.state.notify(Change.committees())
