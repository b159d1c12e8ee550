"""Manglende opfølgning: what the committees have not delivered, and the notice to BIU."""

from __future__ import annotations

from datetime import date
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop import labels
from barometer_desktop.domain.follow_up_rules import CommitteeMissing, missing_count, missing_follow_up, notice_for
from barometer_desktop.domain.types import FollowUpStatus
from barometer_desktop.errors import BarometerError
from barometer_desktop.storage import committees, settings_store
from barometer_desktop.textfiles import write_text_atomic
from barometer_desktop.ui import theme
from barometer_desktop.ui.accessibility import named
from barometer_desktop.ui.changes import Change
from barometer_desktop.ui.date_field import date_edit_format
from barometer_desktop.ui.filter_box import name_search_field
from barometer_desktop.ui.fit import remember_splitter
from barometer_desktop.ui.message_line import MessageLine
from barometer_desktop.ui.screens.committees.widgets import colour, day, heading, hint, show_error
from barometer_desktop.ui.state import AppState


def missing_groups(state: AppState, today: date | None = None) -> tuple[list[CommitteeMissing], date]:
    """The missing follow-up of the report year, and the deadline it is judged by."""
    year = state.report_year
    deadline = settings_store.load(state.db).deadline_for(year)
    data = committees.follow_up_year(state.db, year)
    return missing_follow_up(data.reports, data.goals, year, today or date.today(), deadline), deadline


class MissingTab(QWidget):
    count_changed = Signal(int)

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.groups: list[CommitteeMissing] = []
        self.title = heading("", level=2)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.deadline_edit = QDateEdit()
        self.deadline_edit.setObjectName("deadline_edit")
        self.deadline_edit.setDisplayFormat(date_edit_format(with_year=False))
        self.deadline_save = QPushButton(self.tr("Save deadline"))
        deadline_row = QHBoxLayout()
        deadline_label = QLabel(self.tr("Deadline for integration reports (in the year after the report year):"))
        deadline_label.setBuddy(self.deadline_edit)
        deadline_row.addWidget(deadline_label)
        deadline_row.addWidget(self.deadline_edit)
        deadline_row.addWidget(self.deadline_save)
        deadline_row.addStretch(1)

        # Rich text wraps long goal texts, which a tree's rows cannot.
        self.missing_list = QTextBrowser()
        self.missing_list.setObjectName("missing_list")
        named(self.missing_list, self.tr("Missing follow-up by committee"))
        self.missing_list.setOpenLinks(False)
        # The same search field as the other lists; the notice always holds everything.
        self.list_filter = QLineEdit()
        self.list_filter.setObjectName("missing_list_filter")
        self.list_filter.setPlaceholderText(QCoreApplication.translate("FilterBox", "Search…"))
        self.list_filter.setToolTip(QCoreApplication.translate("FilterBox", "Show only the lines that contain this text"))
        self.list_filter.setClearButtonEnabled(True)
        name_search_field(self.list_filter, self.missing_list.accessibleName())
        self._deadline: date | None = None
        self.list_filter.textChanged.connect(lambda _text: self._deadline and self._fill_list(self._deadline))
        list_column = QWidget()
        list_layout = QVBoxLayout(list_column)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.addWidget(self.list_filter)
        list_layout.addWidget(self.missing_list, 1)

        notice_box = QGroupBox(self.tr("Notice to BIU"))
        self.notice = QPlainTextEdit()
        self.notice.setObjectName("biu_notice")
        self.notice.setReadOnly(True)
        named(self.notice, self.tr("Notice to BIU"))
        self.copy_button = QPushButton(self.tr("&Copy to clipboard"))
        self.copy_button.setObjectName("copy_notice")
        self.save_button = QPushButton(self.tr("Save as &text file…"))
        self.save_button.setObjectName("save_notice")
        self.feedback = MessageLine("notice_feedback", boxed=False)
        notice_buttons = QHBoxLayout()
        notice_buttons.addWidget(self.feedback, 1)
        notice_buttons.addWidget(self.copy_button)
        notice_buttons.addWidget(self.save_button)
        notice_layout = QVBoxLayout(notice_box)
        notice_layout.addWidget(
            hint(self.tr("Ready to send to the Employment and Integration Committee, as the policy requires."))
        )
        notice_layout.addWidget(self.notice, 1)
        notice_layout.addLayout(notice_buttons)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(list_column)
        splitter.addWidget(notice_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        splitter.setObjectName("missing_follow_up_splitter")
        remember_splitter(splitter, "committees/missing_splitter")

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.summary)
        layout.addLayout(deadline_row)
        layout.addWidget(splitter, 1)

        self.copy_button.clicked.connect(self.copy_notice)
        self.save_button.clicked.connect(self.save_notice)
        self.deadline_save.clicked.connect(self.save_deadline)

    def refresh(self) -> None:
        year = self.state.report_year
        self.groups, deadline = missing_groups(self.state)
        self.deadline_edit.setDate(QDate(2001, deadline.month, deadline.day))
        self.title.setText(self.tr("Missing follow-up for {year}").format(year=year))
        count = missing_count(self.groups)
        if count:
            self.summary.setText(
                self.tr(
                    "✘ {count} missing: integration reports not received by {deadline}, goals of the "
                    "action plans not followed up, and goals whose follow-up is not yet recorded, by committee."
                ).format(count=count, deadline=day(deadline))
            )
            self.summary.setStyleSheet(theme.emphasis_style("error"))
        else:
            self.summary.setText(self.tr("✔ Nothing is missing for {year}.").format(year=year))
            self.summary.setStyleSheet(theme.emphasis_style("success"))
        self._fill_list(deadline)
        # In the window's language, like everything else on the screen.
        self.notice.setPlainText(notice_for(year, self.groups, QCoreApplication.translate))
        self.feedback.clear_message()
        self.count_changed.emit(count)

    def _shown_groups(self) -> list[CommitteeMissing]:
        query = self.list_filter.text().strip().casefold()
        if not query:
            return self.groups
        return [
            group for group in self.groups
            if query in f"{group.committee} {group.name}".casefold()
            or any(query in goal.text.casefold() for goal in (*group.not_followed_up, *group.not_recorded))
        ]

    def _fill_list(self, deadline: date) -> None:
        red, grey, green = colour("error"), colour("hint"), colour("success")
        self._deadline = deadline
        parts = []
        for group in self._shown_groups():
            parts.append(f"<h3 style='margin: 10px 0 4px 0;'>{escape(group.committee)} — {escape(group.name)}</h3><ul style='margin-top: 0;'>")
            if group.report_missing:
                text = self.tr("Integration report not received by {deadline}").format(deadline=day(deadline))
                parts.append(f"<li style='color: {red}; margin-bottom: 4px;'>✘ {escape(text)}</li>")
            for goal in group.not_followed_up:
                parts.append(self._goal_item(goal, labels.follow_up_status_name(FollowUpStatus.NOT_FOLLOWED_UP), red, grey, failed=True))
            for goal in group.not_recorded:
                # The secretariat's own gap: grey, and never worded as the committee's failure.
                parts.append(self._goal_item(goal, self.tr("Not yet recorded (the report has arrived)"), grey, grey))
            parts.append("</ul>")
        if not parts and self.groups:
            no_match = self.tr("Nothing matches the search.")
            parts.append(f"<p style='color: {grey};'>{escape(no_match)}</p>")
        if not parts:
            everyone = self.tr("Every committee has followed up.")
            parts.append(f"<p style='color: {green};'>✔ {escape(everyone)}</p>")
        self.missing_list.setHtml("".join(parts))

    def _goal_item(self, goal, label: str, colour: str, muted: str, *, failed: bool = False) -> str:
        goals = ", ".join(str(n) for n in goal.policy_goal_numbers)
        if len(goal.policy_goal_numbers) == 1:
            serves = self.tr(" (policy goal {numbers})").format(numbers=goals)
        else:
            serves = self.tr(" (policy goals {numbers})").format(numbers=goals) if goals else ""
        mark = "✘" if failed else "—"
        return (
            f"<li style='margin-bottom: 4px;'><span style='color: {colour}; font-weight: 600;'>{mark} {escape(label)}:</span> "
            f"{escape(goal.text)}<span style='color: {muted};'>{escape(serves)}</span></li>"
        )

    def missing_goal_ids(self) -> list[int]:
        return [goal.goal_id for group in self.groups for goal in (*group.not_followed_up, *group.not_recorded)]

    # -- the notice -------------------------------------------------------------

    def copy_notice(self) -> None:
        QGuiApplication.clipboard().setText(self.notice.toPlainText())
        self.feedback.show_message(self.tr("✔ Copied to the clipboard."), "success")

    def save_notice(self) -> None:
        suggested = str(Path.home() / f"manglende-opfoelgning-{self.state.report_year}.txt")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the notice to BIU"), suggested, self.tr("Text files (*.txt)")
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".txt":
            target = target.with_name(target.name + ".txt")
        try:
            write_text_atomic(target, self.notice.toPlainText())
        except BarometerError as error:
            show_error(self, error)
            return
        self.feedback.show_message(self.tr("✔ Saved as {path}.").format(path=str(target)), "success")

    def save_deadline(self) -> None:
        chosen = self.deadline_edit.date()
        try:
            settings_store.save(
                self.state.db, {settings_store.FOLLOW_UP_DEADLINE: f"{chosen.month():02d}-{chosen.day():02d}"}
            )
        except BarometerError as error:
            show_error(self, error)
            return
        self.state.notify(Change.committees())
