"""Dialogs of the action-plan tab: a goal's text and policy goals, and ending a goal."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop.errors import ValidationError
from barometer_desktop.storage.action_plans import PlanGoalRecord
from barometer_desktop.ui import theme
from barometer_desktop.ui.accessibility import buddy, named
from barometer_desktop.ui.date_field import DateField
from barometer_desktop.ui.screens.committees.widgets import hint


class GoalDialog(QDialog):
    """Text of an action-plan goal and the policy goals it serves."""

    def __init__(self, parent: QWidget, policy_goals: list[tuple[int, int, str]], goal: PlanGoalRecord | None) -> None:
        super().__init__(parent)
        self.setObjectName("goal_dialog")
        self.setWindowTitle(self.tr("Edit goal") if goal else self.tr("New goal"))
        self.text_edit = QPlainTextEdit(goal.text if goal else "")
        self.text_edit.setObjectName("goal_text")
        self.text_edit.setTabChangesFocus(True)
        self.goal_list = QListWidget()
        self.goal_list.setObjectName("goal_policy_goals")
        self.goal_list.setTabKeyNavigation(False)
        chosen = set(goal.policy_goal_ids) if goal else set()
        for goal_id, number, title in policy_goals:
            item = QListWidgetItem(self.tr("Goal {number}: {title}").format(number=number, title=title))
            item.setData(Qt.ItemDataRole.UserRole, goal_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if goal_id in chosen else Qt.CheckState.Unchecked)
            self.goal_list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        named(self.text_edit, self.tr("The goal"))
        named(self.goal_list, self.tr("Policy goals it serves"), self.tr("Space ticks or unticks a goal."))
        layout.addWidget(buddy(QLabel(self.tr("The goal, as the action plan states it:")), self.text_edit))
        layout.addWidget(self.text_edit)
        layout.addWidget(buddy(QLabel(self.tr("Goals of the integration policy it serves:")), self.goal_list))
        layout.addWidget(self.goal_list)
        layout.addWidget(buttons)
        self.resize(640, 480)

    def text(self) -> str:
        return self.text_edit.toPlainText()

    def policy_goal_ids(self) -> list[int]:
        return [
            self.goal_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.goal_list.count())
            if self.goal_list.item(i).checkState() == Qt.CheckState.Checked
        ]


class EndDialog(QDialog):
    """The date a goal ended: typed (never defaulted to today), checked before the dialog closes."""

    def __init__(self, parent: QWidget, goal: PlanGoalRecord) -> None:
        super().__init__(parent)
        self.setObjectName("end_goal_dialog")
        self.setWindowTitle(self.tr("End goal"))
        self.date_edit = named(DateField("ended_on"), self.tr("Ended on"))
        self.date_edit.setObjectName("goal_ended_on")
        self.problem = hint("")
        self.problem.setObjectName("end_goal_problem")
        theme.paint_text(self.problem, "error")
        self.problem.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint(goal.text))
        form = QFormLayout()
        form.addRow(self.tr("&Ended on:"), self.date_edit)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(hint(self.tr("The goal keeps its follow-ups from earlier years; it is not asked for after this date.")))
        layout.addWidget(buttons)

    def accept(self) -> None:
        try:
            ended = self.date_edit.value()
        except ValidationError as error:
            self._refuse(error.user_message(QCoreApplication.translate))
            return
        if ended is None:
            self._refuse(self.tr("Type the date the goal ended, e.g. 31.12.2014."))
            return
        super().accept()

    def _refuse(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.show()
        self.date_edit.setFocus()
        self.date_edit.selectAll()

    def value(self) -> date:
        ended = self.date_edit.value()
        assert ended is not None  # accept() let only a date through
        return ended
