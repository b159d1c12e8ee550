"""Årshjulet, the start page: what is due now, each line a link to where to act."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from barometer_desktop.assembly.due_now import DueNow, due_now
from barometer_desktop.domain.formatting import format_date
from barometer_desktop.storage import editions, observations
from barometer_desktop.ui import theme
from barometer_desktop.ui.changes import Change
from barometer_desktop.ui.screens.base import Screen
from barometer_desktop.ui.state import AppState


class StartPage(Screen):
    # A screen key ("missing", "committees", ...) the user wants to go to.
    go_to = Signal(str)

    def __init__(self, state: AppState, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(state, parent)
        self._today = today
        self.due: DueNow | None = None
        self.heading = QLabel()
        self.heading.setObjectName("screen_heading")
        theme.style_heading(self.heading)
        self.lines = QLabel()
        self.lines.setObjectName("due_now")
        self.lines.setWordWrap(True)
        self.lines.setTextFormat(Qt.TextFormat.RichText)
        self.lines.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.lines.linkActivated.connect(self.go_to)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.lines, 1)
        self.refresh()

    def reload(self, change: Change) -> None:
        self.refresh()

    def refresh(self) -> None:
        db, year = self.state.db, self.state.report_year
        today = self._today or date.today()
        finals = [e.language for e in editions.editions(db, year)]
        # Missing data and follow-up do not depend on the comparison areas:
        # the assembled year the overview shows serves here too.
        snapshot = self.state.years.snapshot(year, today=today)
        self.due = due = due_now(snapshot, today, finals, observations.latest_year(db) is not None)
        self.heading.setText(self.tr("The year's cycle: what is due now for {year}").format(year=year))
        self.lines.setText("".join(f"<p style='margin: 6px 0 10px 0;'>{line}</p>" for line in self._lines(due)))

    def _link(self, key: str, text: str, role: str | None = None) -> str:
        """A line that leads to where to act; an overdue one in the theme's "overdue" colour.

        The colour must sit on the anchor itself: Qt paints an anchor in the
        palette's link colour whatever the text around it says.
        """
        style = f" style='color: {theme.current().name(role)}; font-weight: 600;'" if role else ""
        return f"<a href='{key}'{style}>{escape(text)}</a>"

    def _lines(self, due: DueNow) -> list[str]:
        if due.empty:
            return [
                escape(self.tr("The database has no values yet. Start here:")),
                "① " + self._link("import", self.tr("Import the values you have (a file from a spreadsheet)")),
                "② " + self._link("entry", self.tr("or type them into the data-entry grid")),
                "③ " + self._link("committees", self.tr("Record the committees and their action plans")),
            ]
        lines = []
        if due.overdue:
            text = (self.tr("✘ 1 value overdue for {year}") if len(due.overdue) == 1
                    else self.tr("✘ {count} values overdue for {year}")).format(count=len(due.overdue), year=due.year)
            lines.append(self._link("missing", text, "overdue"))
        if due.expected_this_month:
            expected = len(due.expected_this_month)
            text = self.tr("1 value expected this month") if expected == 1 else self.tr("{count} values expected this month")
            lines.append(self._link("missing", text.format(count=expected)))
        if not due.overdue and not due.expected_this_month:
            calm = self.tr("✔ No values are overdue or expected this month.")
            lines.append(f"<span style='color: {theme.current().name('success')};'>{escape(calm)}</span>")
        if due.missing_reports:
            text = self.tr("✘ Integration reports not received by {deadline}: {committees}").format(
                deadline=format_date(due.deadline), committees=", ".join(due.missing_reports))
            lines.append(self._link("committees/missing", text, "overdue"))
        if due.awaited_reports:
            lines.append(self._link("committees/follow_up", self.tr(
                "Integration reports awaited by {deadline}: {committees}").format(
                deadline=format_date(due.deadline), committees=", ".join(due.awaited_reports))))
        if due.not_recorded == 1:
            lines.append(self._link("committees/follow_up", self.tr("1 follow-up on an action-plan goal not yet recorded")))
        elif due.not_recorded:
            lines.append(self._link("committees/follow_up", self.tr(
                "{count} follow-ups on action-plan goals not yet recorded").format(count=due.not_recorded)))
        if due.final_languages:
            names = {"da": self.tr("Danish"), "en": self.tr("English")}
            lines.append(self._link("report", self.tr("The {year} report has a final edition ({languages}).").format(
                year=due.year, languages=", ".join(names.get(lang, lang) for lang in due.final_languages))))
        else:
            lines.append(self._link("report", self.tr("The {year} report has no final edition yet.").format(year=due.year)))
        return lines
