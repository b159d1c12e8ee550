"""The committees, their action plans and each plan's goals."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop.domain.policies import name_gives_years
from barometer_desktop.errors import QT_TRANSLATE_NOOP, BarometerError, ValidationError
from barometer_desktop.storage import action_plans, catalog, committees, policies
from barometer_desktop.storage.action_plans import ActionPlanRecord, PlanGoalRecord
from barometer_desktop.storage.committees import CommitteeRecord
from barometer_desktop.ui import theme
from barometer_desktop.ui.accessibility import focus_proxy, focus_ring, leave_with_tab, named
from barometer_desktop.ui.changes import Change
from barometer_desktop.ui.date_field import DateField
from barometer_desktop.ui.filter_box import FilterBox
from barometer_desktop.ui.fit import list_beside_details, scrolling
from barometer_desktop.ui.screens.committees.plan_dates import adoption_state, cleared_dates, confirm_clearing
from barometer_desktop.ui.screens.committees.plan_dialogs import EndDialog, GoalDialog
from barometer_desktop.ui.screens.committees.widgets import (
    LinkField,
    day,
    fit_rows,
    hint,
    show_error,
    show_notices,
)
from barometer_desktop.ui.state import AppState


class PlansTab(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.committee: CommitteeRecord | None = None
        self.plan: ActionPlanRecord | None = None
        self._plans: list[ActionPlanRecord] = []

        self.committee_list = QListWidget()
        self.committee_list.setObjectName("committee_list")
        named(self.committee_list, self.tr("Committees"))
        leave_with_tab(self.committee_list)
        self.committee_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.committee_list.setStyleSheet("QListWidget::item { padding: 4px 2px; }")

        details = QGroupBox(self.tr("Committee"))
        self.name_edit = QLineEdit()
        self.short_edit = QLineEdit()
        self.administration_edit = QLineEdit()
        self.emails_edit = QLineEdit()
        self.emails_edit.setObjectName("contact_emails")
        self.emails_edit.setPlaceholderText(self.tr("name@kk.dk, other@kk.dk"))
        self.save_committee_button = QPushButton(self.tr("Save committee"))
        self.save_committee_button.setObjectName("save_committee")
        form = QFormLayout(details)
        form.addRow(self.tr("Name:"), self.name_edit)
        form.addRow(self.tr("Short name:"), self.short_edit)
        form.addRow(self.tr("Administration:"), self.administration_edit)
        form.addRow(self.tr("Contact e-mail addresses:"), self.emails_edit)
        form.addRow("", hint(self.tr("The members' or the committee secretary's addresses, separated by commas.")))

        plan_box = QGroupBox(self.tr("Action plan"))
        self.no_plan_label = hint(self.tr("The committee has no action plan yet."))
        self.new_plan_button = QPushButton(self.tr("New action plan for the current policy"))
        # A committee keeps one plan per policy period; earlier periods' plans stay readable.
        self.plan_choice = named(QComboBox(), self.tr("Action plan to show"))
        self.plan_choice.setObjectName("plan_choice")
        self.plan_choice.currentIndexChanged.connect(lambda _index: self._show_plan())
        # Not wrapped: in the scrolling form a wrapped label got one line's height
        # and was cut (1024 px, English).
        self.period_label = QLabel()
        self.period_label.setObjectName("plan_period")
        # Typed, never defaulted: an untouched field means "no date" (not today).
        self.adopted = named(DateField("adopted_on"), self.tr("Adopted on"))
        self.adopted.setObjectName("plan_adopted")
        # An empty adoption date is a plan not adopted yet (allowed): said beside the field.
        self.adoption_state = hint("")
        self.adoption_state.setObjectName("plan_adoption_state")
        self.adopted.textChanged.connect(self._show_adoption_state)
        self.plan_link = LinkField(name=self.tr("Action plan document"))
        self.plan_link.setObjectName("plan_link")
        self.plan_ended = named(DateField("ended_on"), self.tr("Ended on"))
        self.plan_ended.setObjectName("plan_ended")
        for field in (self.adopted, self.plan_ended):
            field.setMaximumWidth(field.fontMetrics().horizontalAdvance("30 Sep 00000") + 24)
        self.save_plan_button = QPushButton(self.tr("Save action plan"))
        self.save_plan_button.setObjectName("save_plan")
        self.plan_form = QWidget()
        plan_form = QFormLayout(self.plan_form)
        plan_form.setContentsMargins(0, 0, 0, 0)
        plan_form.addRow(self.tr("Policy period:"), self.period_label)
        plan_form.addRow(self.tr("Adopted on:"), self._beside(self.adopted, self.adoption_state))
        plan_form.addRow(self.tr("Document:"), self.plan_link)
        plan_form.addRow(self.tr("Ended on:"), self.plan_ended)
        plan_layout = QVBoxLayout(plan_box)
        plan_layout.addWidget(self.no_plan_label)
        # The row, not just its button, is hidden: an empty row would leave a band.
        self.new_plan_row = self._right(self.new_plan_button)
        plan_layout.addWidget(self.new_plan_row)
        plan_layout.addWidget(self.plan_choice)
        plan_layout.addWidget(self.plan_form)

        goals_box = QGroupBox(self.tr("Goals of the action plan"))
        self.goal_table = QTableWidget(0, 3)
        self.goal_table.setObjectName("goal_table")
        named(self.goal_table, self.tr("Goals of the action plan"))
        leave_with_tab(self.goal_table)
        focus_ring(self.goal_table)
        self.goal_table.setHorizontalHeaderLabels([self.tr("Goal"), self.tr("Policy goals"), self.tr("Status")])
        header = self.goal_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.sectionResized.connect(lambda *_: fit_rows(self.goal_table))
        self.goal_table.verticalHeader().setVisible(False)
        self.goal_table.setWordWrap(True)
        self.goal_table.setMinimumHeight(220)
        self.goal_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.goal_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.goal_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.add_goal_button = QPushButton(self.tr("Add goal…"))
        self.edit_goal_button = QPushButton(self.tr("Edit goal…"))
        self.end_goal_button = QPushButton(self.tr("End goal…"))
        self.reopen_goal_button = QPushButton(self.tr("Reopen goal"))
        goal_buttons = QHBoxLayout()
        goal_buttons.addStretch(1)
        for button in (self.add_goal_button, self.edit_goal_button, self.end_goal_button, self.reopen_goal_button):
            goal_buttons.addWidget(button)
        goals_layout = QVBoxLayout(goals_box)
        goals_layout.addWidget(self.goal_table)
        goals_layout.addLayout(goal_buttons)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(details)
        right_layout.addWidget(plan_box)
        right_layout.addWidget(goals_box, 1)
        # The Save buttons stay below the forms, outside what scrolls, so they
        # are in view at any window size and scaling (200 % on 1920 x 1080).
        actions = QHBoxLayout()
        actions.setContentsMargins(9, 0, 9, 0)
        actions.addStretch(1)
        actions.addWidget(self.save_committee_button)
        actions.addWidget(self.save_plan_button)
        details_pane = QWidget()
        details_layout = QVBoxLayout(details_pane)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.addWidget(scrolling(right, "plans_scroll"), 1)
        details_layout.addLayout(actions)
        # The list and the forms share the width as the user drags it (remembered);
        # long committee names are elided in a narrow list, whole in the form.
        self.committee_list.setMinimumWidth(140)
        self.committee_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.committee_filter = FilterBox(self.committee_list)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.committee_filter)
        left_layout.addWidget(self.committee_list, 1)
        splitter = list_beside_details(left, details_pane, "plans_splitter", "committees/plans_splitter", (280, 700))
        layout = QHBoxLayout(self)
        layout.addWidget(splitter)

        self.committee_list.currentRowChanged.connect(lambda _row: self._show_committee())
        self.save_committee_button.clicked.connect(self.save_committee)
        self.new_plan_button.clicked.connect(self.new_plan)
        self.save_plan_button.clicked.connect(self.save_plan)
        self.add_goal_button.clicked.connect(self.add_goal)
        self.edit_goal_button.clicked.connect(self.edit_goal)
        self.end_goal_button.clicked.connect(self.end_goal)
        self.reopen_goal_button.clicked.connect(self.reopen_goal)
        self.goal_table.itemSelectionChanged.connect(self._update_goal_buttons)
        # Enter or a double-click opens the goal (activation, so the keyboard can too).
        self.goal_table.itemActivated.connect(lambda _item: self.edit_goal())

    @staticmethod
    def _beside(field: QLineEdit, note: QLabel) -> QWidget:
        box = focus_proxy(QWidget(), field)  # the row's label reaches the field
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(field)
        row.addWidget(note, 1)
        return box

    def _show_adoption_state(self) -> None:
        self.adoption_state.setText(adoption_state(self.adopted.text()))

    @staticmethod
    def _right(button: QPushButton) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addStretch(1)
        row.addWidget(button)
        return box

    # -- showing ---------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.committee.id if self.committee else None
        self.committee_list.blockSignals(True)
        self.committee_list.clear()
        self._committees = committees.committees(self.state.db)
        for c in self._committees:
            item = QListWidgetItem(f"{c.short_name} — {c.name}")
            item.setData(Qt.ItemDataRole.UserRole, c.id)
            self.committee_list.addItem(item)
        ids = [c.id for c in self._committees]
        self.committee_list.setCurrentRow(ids.index(current) if current in ids else 0)
        self.committee_list.blockSignals(False)
        self.committee_filter.apply()
        self._show_committee()

    def select_committee(self, short_name: str) -> None:
        for row, c in enumerate(self._committees):
            if c.short_name == short_name:
                self.committee_list.setCurrentRow(row)

    def _show_committee(self) -> None:
        row = self.committee_list.currentRow()
        if row < 0 or row >= len(self._committees):
            return
        self.committee = c = self._committees[row]
        self.name_edit.setText(c.name)
        self.short_edit.setText(c.short_name)
        self.administration_edit.setText(c.administration)
        self.emails_edit.setText(", ".join(c.contact_emails))
        current = policies.current(self.state.db)
        current_id = current.id if current is not None else None
        shown = self.plan.id if self.plan and self.plan.committee_id == c.id else None
        self._plans = plans = action_plans.action_plans(self.state.db, c.id)
        has_current = any(p.policy_id == current_id for p in plans)
        # The plan shown before, else the current policy's, else the newest (an earlier
        # period's, readable while the button offers the new one).
        kept = next((n for n, p in enumerate(plans) if p.id == shown), None)
        row = kept if kept is not None else next((n for n, p in enumerate(plans) if p.policy_id == current_id), 0)
        self.no_plan_label.setText(
            self.tr("The committee has no action plan yet.") if not plans
            else self.tr("The committee has no action plan for the current policy yet.")
        )
        self.no_plan_label.setVisible(not has_current)
        self.new_plan_row.setVisible(not has_current)
        self.plan_choice.blockSignals(True)
        self.plan_choice.clear()
        for plan in plans:
            self.plan_choice.addItem(self._plan_title(plan, plan.policy_id == current_id))
        self.plan_choice.setCurrentIndex(row if plans else -1)
        self.plan_choice.blockSignals(False)
        self.plan_choice.setVisible(len(plans) > 1)
        self._show_plan()

    def _plan_title(self, plan: ActionPlanRecord, current: bool) -> str:
        """The plan's policy, its years said once, and whether it is an earlier period's."""
        title = plan.policy_name
        if not name_gives_years(plan.policy_name, plan.period_from, plan.period_to):
            title = f"{plan.policy_name}, {plan.period_from}–{plan.period_to}"
        return title if current else self.tr("{title} (earlier period)").format(title=title)

    def _show_plan(self) -> None:
        row = self.plan_choice.currentIndex()
        self.plan = self._plans[row] if 0 <= row < len(self._plans) else None
        self.plan_form.setVisible(self.plan is not None)
        self.save_plan_button.setVisible(self.plan is not None)
        if self.plan:
            self.period_label.setText(self.plan_choice.currentText())
            self.period_label.setMinimumHeight(self.period_label.sizeHint().height())
            self.adopted.set_value(self.plan.adopted_on)
            self._show_adoption_state()
            self.plan_link.set_text(self.plan.document_link)
            self.plan_ended.set_value(self.plan.ended_on)
        self._fill_goals()

    def _fill_goals(self) -> None:
        titles = {number: title for _id, number, title in self._policy_goals()}
        goals = self.plan.goals if self.plan else ()
        self.goal_table.setRowCount(len(goals))
        for row, goal in enumerate(goals):
            self.goal_table.setItem(row, 0, QTableWidgetItem(goal.text))
            numbers = QTableWidgetItem(", ".join(str(n) for n in goal.policy_goal_numbers) or "—")
            numbers.setToolTip("\n".join(f"{n}: {titles.get(n, '')}" for n in goal.policy_goal_numbers))
            numbers.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.goal_table.setItem(row, 1, numbers)
            if goal.ended_on:
                status = QTableWidgetItem(self.tr("■ Ended {date}").format(date=day(goal.ended_on)))
                status.setForeground(QBrush(theme.current().text("retired")))
            else:
                status = QTableWidgetItem(self.tr("● In force"))
                status.setForeground(QBrush(theme.current().text("success")))
            self.goal_table.setItem(row, 2, status)
        fit_rows(self.goal_table)
        self.add_goal_button.setEnabled(self.plan is not None)
        self._update_goal_buttons()

    def selected_goal(self) -> PlanGoalRecord | None:
        rows = {index.row() for index in self.goal_table.selectedIndexes()}
        if not self.plan or len(rows) != 1:
            return None
        return self.plan.goals[rows.pop()]

    def _update_goal_buttons(self) -> None:
        goal = self.selected_goal()
        self.edit_goal_button.setEnabled(goal is not None)
        self.end_goal_button.setEnabled(goal is not None and goal.ended_on is None)
        self.reopen_goal_button.setEnabled(goal is not None and goal.ended_on is not None)

    # -- editing ---------------------------------------------------------------------

    def _run(self, action: Callable[[], object], labels: dict[str, str] | None = None) -> bool:
        try:
            result = action()
        except BarometerError as error:
            show_error(self, error, labels)
            return False
        self.state.notify(Change.committees())
        if isinstance(result, list):  # a save's notices about what it stored
            show_notices(self, result, labels)
        return True

    def save_committee(self) -> bool:
        c = self.committee
        if c is None:
            return False
        return self._run(
            lambda: committees.update_committee(
                self.state.db, c.id, name=self.name_edit.text(), short_name=self.short_edit.text(),
                administration=self.administration_edit.text(), contact_emails=self.emails_edit.text(),
                expected_version=c.version,
            ),
            {
                "name": self.tr("Name"),
                "short_name": self.tr("Short name"),
                "contact_emails": self.tr("Contact e-mail addresses"),
            },
        )

    def new_plan(self) -> None:
        if self.committee is None:
            return
        committee_id = self.committee.id
        if self._run(
            lambda: action_plans.create_plan(
                self.state.db, committee_id, self._current_policy_id(), adopted_on=None, document_link=""
            ),
            {"policy": self.tr("Policy")},
        ):
            self.plan = None  # show the new plan, not the earlier period's shown before
            self._show_committee()

    def _current_policy_id(self) -> int:
        """The policy a new plan belongs to; a database without one says so instead of failing."""
        policy = policies.current(self.state.db)
        if policy is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "Errors", "The database holds no integration policy yet, and an action plan belongs to one."
                ),
                field="action_plan",
            )
        return policy.id

    def save_plan(self) -> bool:
        plan = self.plan
        if plan is None:
            return False
        cleared = cleared_dates(plan.adopted_on, self.adopted.text(), plan.ended_on, self.plan_ended.text())
        if cleared and not confirm_clearing(self, cleared):
            return False  # nothing stored; the form keeps what was typed
        return self._run(
            lambda: action_plans.update_plan(
                self.state.db, plan.id, adopted_on=self.adopted.value(), document_link=self.plan_link.text(),
                ended_on=self.plan_ended.value(), expected_version=plan.version,
            ),
            {"adopted_on": self.tr("Adopted on"), "document_link": self.tr("Document"), "ended_on": self.tr("Ended on")},
        )

    def _policy_goals(self) -> list[tuple[int, int, str]]:
        # A plan serves the goals of its own policy period.
        policy_id = self.plan.policy_id if self.plan is not None else None
        return [(g.id, g.number, g.title) for g in catalog.goals_with_indicators(self.state.db, policy_id=policy_id)]

    def add_goal(self) -> None:
        plan = self.plan
        if plan is None:
            return
        dialog = GoalDialog(self, self._policy_goals(), None)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._run(
            lambda: action_plans.create_goal(
                self.state.db, plan.id, text=dialog.text(), policy_goal_ids=dialog.policy_goal_ids()
            ),
            {"text": self.tr("Goal"), "policy_goals": self.tr("Policy goals")},
        )

    def edit_goal(self) -> None:
        goal = self.selected_goal()
        if goal is None:
            return
        dialog = GoalDialog(self, self._policy_goals(), goal)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._run(
            lambda: action_plans.update_goal(
                self.state.db, goal.id, text=dialog.text(), policy_goal_ids=dialog.policy_goal_ids(),
                expected_version=goal.version,
            ),
            {"text": self.tr("Goal"), "policy_goals": self.tr("Policy goals")},
        )

    def end_goal(self) -> None:
        goal = self.selected_goal()
        if goal is None:
            return
        dialog = EndDialog(self, goal)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._run(
            lambda: action_plans.end_goal(self.state.db, goal.id, dialog.value(), expected_version=goal.version),
            {"ended_on": self.tr("Ended on")},
        )

    def reopen_goal(self) -> None:
        goal = self.selected_goal()
        if goal is not None:
            self._run(lambda: action_plans.end_goal(self.state.db, goal.id, None, expected_version=goal.version))
