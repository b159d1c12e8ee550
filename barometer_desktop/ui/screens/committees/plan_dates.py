"""An action plan's two dates: what an empty one means, and no date lost without a word.

A plan without an adoption date is allowed: "New action plan" makes it before
the committee has adopted it, and it stays "not adopted" until the date is
typed. So the form says so beside an empty field, and saving a form whose
stored adoption or end date was cleared asks first, naming the date and what
the plan will then show as.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from barometer_desktop.domain.formatting import format_date


def adoption_state(typed: str) -> str:
    """The words beside the adoption date: "Not adopted yet" while it is empty, else nothing."""
    if typed.strip():
        return ""
    return QCoreApplication.translate("PlanDates", "Not adopted yet")


def cleared_dates(
    adopted_stored: date | None, adopted_typed: str, ended_stored: date | None, ended_typed: str
) -> list[str]:
    """One sentence per stored date the form has emptied: which date, and what the plan then shows as."""
    lines = []
    if adopted_stored is not None and not adopted_typed.strip():
        lines.append(
            QCoreApplication.translate(
                "PlanDates", "The adoption date {date} is removed: the action plan will show as not adopted."
            ).format(date=format_date(adopted_stored))
        )
    if ended_stored is not None and not ended_typed.strip():
        lines.append(
            QCoreApplication.translate(
                "PlanDates", "The end date {date} is removed: the action plan will show as in force again."
            ).format(date=format_date(ended_stored))
        )
    return lines


def confirm_clearing(parent: QWidget, lines: list[str]) -> bool:
    """Ask before a stored date goes; Cancel (the default) saves nothing."""
    box = QMessageBox(parent)
    box.setObjectName("clear_plan_date_question")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("PlanDates", "Remove a date?"))
    box.setText("\n".join(lines))
    box.setInformativeText(QCoreApplication.translate("PlanDates", "Save the action plan without it?"))
    remove = box.addButton(QCoreApplication.translate("PlanDates", "&Remove and save"), QMessageBox.ButtonRole.AcceptRole)
    remove.setObjectName("remove_date_and_save")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is remove
