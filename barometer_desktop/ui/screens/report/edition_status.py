"""The report screen's "Final edition" box: whether the year has a final edition in the
report's language, what changed in the data since, every language's final of the year
(warned when they were made from different data), and the choice to replace it."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QGroupBox, QLabel, QListWidget, QVBoxLayout, QWidget

from barometer_desktop import i18n, labels
from barometer_desktop.domain.formatting import Lang
from barometer_desktop.errors import BarometerError
from barometer_desktop.report.changes import Change, ChangeKind
from barometer_desktop.ui import theme
from barometer_desktop.ui.accessibility import leave_with_tab, named
from barometer_desktop.ui.year_cache import YearCache


class EditionStatusBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Final edition"))
        column = QVBoxLayout(self)
        self.edition_label = QLabel()
        self.edition_label.setObjectName("edition_label")
        self.edition_label.setWordWrap(True)
        # Every language's final of the year, whichever language the form shows.
        self.finals_label = QLabel()
        self.finals_label.setObjectName("finals_label")
        self.finals_label.setWordWrap(True)
        self.changes_list = QListWidget()
        self.changes_list.setObjectName("edition_changes")
        named(self.changes_list, self.tr("Changes since the final edition"))
        leave_with_tab(self.changes_list)
        # A short box text and a wrapping note: a long check box text cannot wrap
        # and made the screen wider than a 1024-pixel window.
        self.replace_final = QCheckBox(self.tr("Make a new final edition from today's data"))
        self.replace_final.setObjectName("replace_final")
        replaces = QLabel(self.tr("It replaces the stored final edition."))
        replaces.setWordWrap(True)
        theme.paint_text(replaces, "hint")
        self.replace_final.setAccessibleDescription(replaces.text())
        column.addWidget(self.edition_label)
        column.addWidget(self.finals_label)
        self.changes_list.setMaximumHeight(160)
        column.addWidget(self.changes_list)
        column.addStretch(1)
        column.addWidget(self.replace_final)
        column.addWidget(replaces)

    def show_status(self, years: YearCache, year: int, lang: Lang, language_name: Callable[[str], str]) -> None:
        """The final edition of `year` in `lang`, described in the window's language."""
        self.changes_list.clear()
        # Shown only with changes to list: an empty box said nothing and took the recipients' room.
        self.changes_list.hide()
        self._show_finals(years, year, language_name)
        try:
            status = years.edition_status(year, lang, i18n.current_language())
        except BarometerError as error:
            self.edition_label.setText(error.user_message(QCoreApplication.translate))
            return
        self.replace_final.setEnabled(status.exists)
        if not status.exists:
            self.replace_final.setChecked(False)
            self.edition_label.setText(self.tr("The {year} report has no final edition yet.").format(year=year))
            return
        text = self.tr("Final edition made {date} by {user}.").format(date=status.created_at, user=status.created_by)
        if status.case_number:
            text += " " + self.tr("Case number {number}.").format(number=status.case_number)
        if status.changes:
            text += " " + self.tr("The data have changed since; exporting the final edition re-issues it unchanged:")
        else:
            text += " " + self.tr("The data have not changed since.")
        self.edition_label.setText(text)
        for change in status.changes:
            self.changes_list.addItem(self.describe(change))
        self.changes_list.setVisible(self.changes_list.count() > 0)

    def _show_finals(self, years: YearCache, year: int, language_name: Callable[[str], str]) -> None:
        try:
            finals, differ = years.finals_of_year(year, i18n.current_language())
        except BarometerError as error:
            self.finals_label.setText(error.user_message(QCoreApplication.translate))
            return
        lines = [
            self.tr("{language}: made {date} by {user}").format(
                language=language_name(final.language), date=final.created_at, user=final.created_by)
            for final in finals
        ]
        text = self.tr("Final editions of {year}: {list}.").format(year=year, list="; ".join(lines)) if lines else ""
        self.finals_label.setStyleSheet("")
        if differ:
            text += "\n" + self.tr(
                "⚠ The final editions were made from different data: the languages' reports disagree. "
                "Make a new final edition in the older language."
            )
            self.finals_label.setStyleSheet(f"color: {theme.current().name('error')};")
        self.finals_label.setText(text)

    def describe(self, change: Change) -> str:
        area = labels.area_name(change.area, change.is_country)
        where = f"{change.indicator} {area} {change.period}".strip()
        if change.kind == ChangeKind.VALUE_CHANGED:
            return self.tr("{where}: value {old} → {new}").format(where=where, old=change.old, new=change.new)
        if change.kind == ChangeKind.VALUE_ADDED:
            return self.tr("{where}: new value {new}").format(where=where, new=change.new)
        if change.kind == ChangeKind.VALUE_REMOVED:
            return self.tr("{where}: value {old} removed").format(where=where, old=change.old)
        if change.kind == ChangeKind.ASSESSMENT_CHANGED:
            return self.tr("{where}: assessment text changed").format(where=where)
        if change.kind == ChangeKind.TREND_CHANGED:
            # The verdicts' words of every screen and output (labels), mid-sentence; no brackets
            # around them, as "no direction (context indicator)" has its own.
            return self.tr("{where}: development was {old}, now {new}").format(
                where=where, old=labels.verdict_word(change.old).lower(), new=labels.verdict_word(change.new).lower())
        if change.kind == ChangeKind.SETTING_CHANGED:
            return self.tr("Setting changed: {old} → {new}").format(old=change.old, new=change.new)
        return self.tr("{where}: indicator added or removed").format(where=where)
