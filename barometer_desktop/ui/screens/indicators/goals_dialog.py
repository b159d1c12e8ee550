"""The policy's goals: add, rename, reorder and end them, and start a new policy period.

Opened from the Indikatorer screen. Every button is one stored, audited
change (storage.policy_edits); an edit based on a goal someone else changed
meanwhile is refused with the newer value. Only the newest policy is edited:
earlier years keep the goals of the policy then in force.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop.domain.policies import name_gives_years
from barometer_desktop.errors import BarometerError
from barometer_desktop.storage import catalog, policies, policy_edits
from barometer_desktop.storage.records import FocusAreaRecord, GoalRecord
from barometer_desktop.ui import theme
from barometer_desktop.ui.accessibility import buddy, leave_with_tab, named
from barometer_desktop.ui.changes import EVERYTHING
from barometer_desktop.ui.state import AppState


class GoalsDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setWindowTitle(self.tr("Goals of the integration policy"))
        self.setObjectName("goals_dialog")
        self.resize(680, 680)
        self._focus_areas: list[FocusAreaRecord] = []
        self._goals: list[GoalRecord] = []

        self.policy_label = QLabel()
        self.policy_label.setObjectName("policy_label")
        self.policy_label.setWordWrap(True)
        self.goal_list = leave_with_tab(QListWidget())
        self.goal_list.setObjectName("goal_list")
        named(self.goal_list, self.tr("Goals of the policy"))
        self.goal_list.currentRowChanged.connect(self._selection_changed)
        self.title = QLineEdit()
        self.title.setObjectName("goal_title")
        self.title.setPlaceholderText(self.tr("Title of the goal"))
        named(self.title, self.tr("Title of the goal"))
        self.message = QLabel()
        self.message.setObjectName("goals_message")
        self.message.setWordWrap(True)

        self.message.setStyleSheet(theme.emphasis_style("error"))

        self.add_button = self._button(self.tr("Add as new goal"), "add_goal", self.add_goal)
        self.rename_button = self._button(self.tr("Rename"), "rename_goal", self.rename_goal)
        self.up_button = self._button(self.tr("Move up"), "goal_up", lambda: self.move_goal(-1))
        self.down_button = self._button(self.tr("Move down"), "goal_down", lambda: self.move_goal(1))
        self.end_button = self._button(self.tr("End goal…"), "end_goal", self.end_goal)
        self.end_button.setToolTip(
            self.tr("Take the goal out of the current policy. Reports of earlier years keep it.")
        )
        edit_row = QHBoxLayout()
        for button in (self.add_button, self.rename_button, self.up_button, self.down_button, self.end_button):
            edit_row.addWidget(button)
        self.goal_focus = QComboBox()
        self.goal_focus.setObjectName("goal_focus_area")
        self.set_focus_button = self._button(self.tr("Set focus area"), "set_goal_focus_area", self.set_goal_focus)
        focus_row = QHBoxLayout()
        focus_row.addWidget(buddy(QLabel(self.tr("&Focus area:")), self.goal_focus))
        focus_row.addWidget(self.goal_focus, 1)
        focus_row.addWidget(self.set_focus_button)

        focus_box = QGroupBox(self.tr("Focus areas"))
        self.focus_list = QListWidget()
        self.focus_list.setObjectName("focus_area_list")
        self.focus_list.setMaximumHeight(90)
        self.focus_list.currentRowChanged.connect(self._focus_selected)
        self.focus_title = QLineEdit()
        self.focus_title.setObjectName("focus_area_title")
        self.focus_title.setPlaceholderText(self.tr("Title of the focus area"))
        self.add_focus_button = self._button(self.tr("Add"), "add_focus_area", self.add_focus_area)
        self.rename_focus_button = self._button(self.tr("Rename"), "rename_focus_area", self.rename_focus_area)
        self.end_focus_button = self._button(self.tr("End"), "end_focus_area", self.end_focus_area)
        focus_buttons = QHBoxLayout()
        focus_buttons.addWidget(self.focus_title, 1)
        for button in (self.add_focus_button, self.rename_focus_button, self.end_focus_button):
            focus_buttons.addWidget(button)
        focus_layout = QVBoxLayout(focus_box)
        focus_layout.addWidget(self.focus_list)
        focus_layout.addLayout(focus_buttons)

        period_box = QGroupBox(self.tr("New policy period"))
        self.first_year = QSpinBox()
        self.first_year.setObjectName("period_first_year")
        self.first_year.setRange(1990, 2100)
        self.period_name = QLineEdit()
        self.period_name.setObjectName("period_name")
        self.period_name.setPlaceholderText(self.tr("e.g. Integrationspolitik 2015-2018"))
        self.start_button = self._button(self.tr("Start new period"), "start_period", self.start_period)
        # No name, no new period: after one starts the name is cleared, so a second
        # click cannot silently start yet another period.
        self.period_name.textChanged.connect(self._update_start_button)
        self._update_start_button()
        self.start_button.setToolTip(
            self.tr("Copies the current goals into a new policy from the first year; indicators keep their values.")
        )
        period_form = QFormLayout(period_box)
        period_form.addRow(self.tr("First year:"), self.first_year)
        period_form.addRow(self.tr("Name:"), self.period_name)
        period_form.addRow("", self.start_button)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.policy_label)
        layout.addWidget(self.goal_list, 1)
        layout.addWidget(self.title)
        layout.addLayout(focus_row)
        layout.addLayout(edit_row)
        layout.addWidget(self.message)
        layout.addWidget(focus_box)
        layout.addWidget(period_box)
        layout.addWidget(close)
        self.reload()

    def _button(self, text: str, name: str, action: Callable[[], object]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(action)
        button.setEnabled(not self.state.db.read_only)
        return button

    def _update_start_button(self) -> None:
        self.start_button.setEnabled(not self.state.db.read_only and bool(self.period_name.text().strip()))

    # -- showing --------------------------------------------------------------------

    def reload(self, select_id: int | None = None) -> None:
        policy = policies.current(self.state.db)
        if policy is not None:
            template = (
                self.tr("{name}. Changes apply to this policy; earlier years keep their goals.")
                if name_gives_years(policy.name, policy.period_from, policy.period_to)
                else self.tr("{name}, {first}–{last}. Changes apply to this policy; earlier years keep their goals.")
            )
            self.policy_label.setText(
                template.format(name=policy.name, first=policy.period_from, last=policy.period_to)
            )
            if self.first_year.value() <= policy.period_from:
                self.first_year.setValue(policy.period_to + 1)
        self._focus_areas = policies.focus_areas(self.state.db)
        focus_row = self.focus_list.currentRow()
        self.focus_list.blockSignals(True)
        self.focus_list.clear()
        self.goal_focus.clear()
        self.goal_focus.addItem(self.tr("(none)"), None)
        for focus in self._focus_areas:
            self.focus_list.addItem(f"{focus.number}. {focus.title}")
            self.goal_focus.addItem(f"{focus.number}. {focus.title}", focus.id)
        self.focus_list.blockSignals(False)
        self.focus_list.setCurrentRow(min(max(focus_row, 0), len(self._focus_areas) - 1))
        self._focus_selected(self.focus_list.currentRow())
        current = self.selected()
        select_id = select_id if select_id is not None else (current.id if current else None)
        self._goals = catalog.goals_with_indicators(self.state.db, include_retired=True)
        self.goal_list.blockSignals(True)
        self.goal_list.clear()
        for goal in self._goals:
            count = len(goal.indicators)
            template = self.tr("{number}. {title}  (1 indicator)") if count == 1 else self.tr(
                "{number}. {title}  ({count} indicators)"
            )
            item = QListWidgetItem(template.format(number=goal.number, title=goal.title, count=count))
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            self.goal_list.addItem(item)
        self.goal_list.blockSignals(False)
        row = next((n for n, g in enumerate(self._goals) if g.id == select_id), 0 if self._goals else -1)
        self.goal_list.setCurrentRow(row)
        self._selection_changed(row)

    def selected(self) -> GoalRecord | None:
        row = self.goal_list.currentRow()
        return self._goals[row] if 0 <= row < len(self._goals) else None

    def _selection_changed(self, _row: int) -> None:
        goal = self.selected()
        self.title.setText(goal.title if goal else "")
        focus = next((f for f in self._focus_areas if goal and f.number == goal.focus_area_number), None)
        self.goal_focus.setCurrentIndex(max(0, self.goal_focus.findData(focus.id if focus else None)))
        writable = not self.state.db.read_only
        for button in (self.rename_button, self.up_button, self.down_button, self.end_button, self.set_focus_button):
            button.setEnabled(writable and goal is not None)

    def selected_focus_area(self) -> FocusAreaRecord | None:
        row = self.focus_list.currentRow()
        return self._focus_areas[row] if 0 <= row < len(self._focus_areas) else None

    def _focus_selected(self, _row: int) -> None:
        focus = self.selected_focus_area()
        self.focus_title.setText(focus.title if focus else "")
        writable = not self.state.db.read_only
        for button in (self.rename_focus_button, self.end_focus_button):
            button.setEnabled(writable and focus is not None)

    # -- commands --------------------------------------------------------------------

    def _run(self, action: Callable[[], int | None]) -> bool:
        """Store one change; `action` returns the id of a goal to select (a new
        one), or None to keep the selection. A refusal is shown, nothing stored."""
        try:
            result = action()
        except BarometerError as error:
            self.message.setText(error.user_message(QCoreApplication.translate))
            self.reload()
            return False
        self.message.clear()
        self.state.notify(EVERYTHING)
        self.reload(result)
        return True

    def add_goal(self) -> bool:
        focus_id = self.goal_focus.currentData()
        return self._run(lambda: policy_edits.add_goal(self.state.db, self.title.text(), focus_area_id=focus_id))

    def set_goal_focus(self) -> bool:
        goal = self.selected()
        if goal is None:
            return False
        focus_id = self.goal_focus.currentData()
        return self._run(lambda: policy_edits.set_goal_focus_area(self.state.db, goal.id, focus_id, goal.version))

    def add_focus_area(self) -> bool:
        def add() -> None:  # the new focus area is no goal to select
            policy_edits.add_focus_area(self.state.db, self.focus_title.text())

        return self._run(add)

    def rename_focus_area(self) -> bool:
        focus = self.selected_focus_area()
        if focus is None:
            return False
        title = self.focus_title.text()
        return self._run(lambda: policy_edits.rename_focus_area(self.state.db, focus.id, title, focus.version))

    def end_focus_area(self) -> bool:
        focus = self.selected_focus_area()
        if focus is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("End focus area"),
            self.tr("End focus area {number}, {title}? Its goals stay, without a focus area.").format(
                number=focus.number, title=focus.title
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._run(lambda: policy_edits.end_focus_area(self.state.db, focus.id, focus.version))

    def rename_goal(self) -> bool:
        goal = self.selected()
        if goal is None:
            return False
        return self._run(lambda: policy_edits.rename_goal(self.state.db, goal.id, self.title.text(), goal.version))

    def move_goal(self, offset: int) -> bool:
        goal = self.selected()
        if goal is None:
            return False
        return self._run(lambda: policy_edits.move_goal(self.state.db, goal.id, offset, goal.version))

    def end_goal(self) -> bool:
        goal = self.selected()
        if goal is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("End goal"),
            self.tr(
                "End goal {number}, {title}? It leaves the current policy; the reports of earlier years keep it, "
                "and its indicators stay with the policy they came from."
            ).format(number=goal.number, title=goal.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        return self._run(lambda: policy_edits.end_goal(self.state.db, goal.id, goal.version))

    def start_period(self) -> bool:
        year, name = self.first_year.value(), self.period_name.text().strip()
        current = policies.current(self.state.db)
        ending = min(current.period_to, year - 1) if current else year - 1
        answer = QMessageBox.question(
            self,
            self.tr("Start new period"),
            self.tr(
                "Start the new policy period {name} from {year}? The current goals are copied into it, "
                "and the current policy ends in {last}."
            ).format(name=name, year=year, last=ending),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False  # nothing stored

        def start() -> None:  # the new policy holds copies of the goals: none to select
            policy_edits.start_period(self.state.db, year, name)

        started = self._run(start)
        if started:
            self.period_name.clear()  # the period is started; a next one needs its own name
        return started
