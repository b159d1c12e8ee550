"""The form with every field of an indicator, and its validation messages."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop import labels
from barometer_desktop.domain.indicators import DETAIL_FIELDS, DETAIL_LENGTH
from barometer_desktop.domain.types import Direction, Frequency, Unit
from barometer_desktop.errors import ValidationError
from barometer_desktop.storage.indicators import IndicatorInput
from barometer_desktop.storage.records import IndicatorRecord
from barometer_desktop.ui import theme
from barometer_desktop.ui.accessibility import tab_moves_on
from barometer_desktop.ui.message_line import MessageLine
from barometer_desktop.ui.screens.indicators.stale_hint import StaleHint


class IndicatorForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # The indicator as loaded (None: a new one), and the form's values then:
        # the version the user started from is the one a save checks against.
        self.record: IndicatorRecord | None = None
        self._loaded: IndicatorInput | None = None
        self._stored: IndicatorRecord | None = None
        self.stale_hint = StaleHint(
            self.tr(
                "Someone else changed this indicator while you were editing. Your changes are kept here, "
                "but they cannot be saved over theirs: note what you want to keep, then load the stored version."
            )
        )
        self.stale_hint.reload_requested.connect(self.reload_stored)
        self.code = QLineEdit()
        self.code.setMaxLength(20)
        self.goal = QComboBox()
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.definition = tab_moves_on(QPlainTextEdit())
        self.definition.setFixedHeight(70)
        self.unit = QComboBox()
        # The enums' words come from labels, the same in the report, the web and every screen.
        for unit in Unit:
            self.unit.addItem(labels.unit_name(unit), unit.value)
        self.decimals = QSpinBox()
        self.decimals.setRange(0, 4)
        self.direction = QComboBox()
        for direction in Direction:
            self.direction.addItem(labels.direction_name(direction), direction.value)
        self.is_headline = QCheckBox(self.tr("Headline indicator of the goal"))
        self.is_survey = QCheckBox(self.tr("Survey-based (values have a margin of error)"))
        self.data_source = QLineEdit()
        self.data_source.setMaxLength(300)
        self.provider = QLineEdit()
        self.provider.setMaxLength(50)
        self.frequency = QComboBox()
        for frequency in (Frequency.YEARLY, Frequency.BIENNIAL, Frequency.QUARTERLY, Frequency.MONTHLY):
            self.frequency.addItem(labels.frequency_name(frequency), frequency.value)
        # Month names in the UI language (the default locale follows it); 0 = not set.
        self.release_month = QComboBox()
        self.release_month.addItem(self.tr("not set"), 0)
        locale = QLocale()
        for month in range(1, 13):
            self.release_month.addItem(locale.standaloneMonthName(month, QLocale.FormatType.LongFormat), month)
        self.release_year_offset = QSpinBox()
        self.release_year_offset.setRange(0, 2)
        self.population_note = tab_moves_on(QPlainTextEdit())
        self.population_note.setFixedHeight(50)
        self.comparison_available = QCheckBox(self.tr("National and municipal figures exist for comparison"))
        # The free-text details (domain.indicators.DETAIL_FIELDS), one line each, worded by labels.
        self.details: dict[str, QLineEdit] = {}
        for name in DETAIL_FIELDS:
            edit = self.details[name] = QLineEdit()
            edit.setMaxLength(DETAIL_LENGTH)
            edit.setToolTip(labels.indicator_detail(name)[1])

        tips = {
            self.code: self.tr("A short unique code, e.g. 1.2 (goal number, then a running number)."),
            self.goal: self.tr("The goal of the integration policy that the indicator measures."),
            self.name: self.tr("The indicator's name as shown in the barometer and the report."),
            self.definition: self.tr("Exactly what is measured, for whom and how."),
            self.unit: self.tr("The unit of the values; it decides the allowed range (e.g. 0-100 for percent)."),
            self.decimals: self.tr("Decimals the value is published with; development is judged on the published, rounded "
                                   "figures (50.6 to 50.2 with no decimals is 51 to 50: worsened)."),
            self.direction: self.tr("Which way the indicator should move to count as progress."),
            self.is_headline: self.tr("Each goal has one headline indicator; the others are supplementary."),
            self.is_survey: self.tr("Survey values get 95 % confidence intervals and a significance test."),
            self.data_source: self.tr("Where the figures come from, e.g. a statistics bank table."),
            self.provider: self.tr("Who delivers the data, e.g. BUF or Danmarks Statistik."),
            self.frequency: self.tr("How often new values arrive."),
            self.release_month: self.tr("The month new values usually arrive (for the Missing data list)."),
            self.release_year_offset: self.tr(
                "0: the same year (e.g. grades in the autumn); 1: the year after; 2: two years after."
            ),
            self.population_note: self.tr("Who is counted, and any break in the series."),
            self.comparison_available: self.tr("Whether figures for the whole country or other municipalities exist."),
        }
        for widget, tip in tips.items():
            widget.setToolTip(tip)

        layout = QFormLayout()
        layout.setVerticalSpacing(6)
        layout.setHorizontalSpacing(12)
        self._rows = [
            (self.tr("&Code:"), self.code),
            (self.tr("&Goal:"), self.goal),
            (self.tr("&Name:"), self.name),
            (self.tr("&Definition:"), self.definition),
            (self.tr("&Unit:"), self.unit),
            (self.tr("Deci&mals:"), self.decimals),
            (self.tr("Di&rection:"), self.direction),
            ("", self.is_headline),
            ("", self.is_survey),
            (self.tr("Data source:"), self.data_source),
            (self.tr("Provider:"), self.provider),
            (self.tr("Fre&quency:"), self.frequency),
            (self.tr("Release month:"), self.release_month),
            (self.tr("Data for year X are released in year X +"), self.release_year_offset),
            (self.tr("Population note:"), self.population_note),
            ("", self.comparison_available),
            *((labels.indicator_detail(name)[0] + ":", edit) for name, edit in self.details.items()),
        ]
        for label, widget in self._rows:
            layout.addRow(label, widget)
        self.message = MessageLine("form_message", boxed=False)
        self.message.hide()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stale_hint)
        outer.addLayout(layout)
        outer.addWidget(self.message)
        outer.addStretch(1)
        self._fields = {
            "code": self.code,
            "goal": self.goal,
            "name": self.name,
            "unit": self.unit,
            "direction": self.direction,
            "decimals": self.decimals,
            "frequency": self.frequency,
            "release_month": self.release_month,
            "release_year_offset": self.release_year_offset,
            "provider": self.provider,
            "data_source": self.data_source,
            "is_headline": self.is_headline,
            **self.details,
        }

    def set_goals(self, goals: list[tuple[int, int, str]]) -> None:
        current = self.goal.currentData()
        self.goal.clear()
        for goal_id, number, title in goals:
            self.goal.addItem(f"{number}. {title}", goal_id)
        if current is not None:
            self.goal.setCurrentIndex(max(0, self.goal.findData(current)))

    def load(self, record: IndicatorRecord | None, goal_id: int | None = None) -> None:
        self._fill(record, goal_id)
        self.record = record
        self._stored = record
        self._loaded = self.value()
        self.stale_hint.hide()

    def has_unsaved_changes(self) -> bool:
        return self._loaded is not None and self.value() != self._loaded

    def keep_edits(self, stored: IndicatorRecord) -> None:
        """A refresh while the user has unsaved changes: keep them, and say so
        when the stored indicator changed meanwhile (a save is then refused
        as stale, because it checks the version the user started from)."""
        self._stored = stored
        if self.record is not None and stored.version != self.record.version:
            self.stale_hint.show()

    def reload_stored(self) -> None:
        """Throw the local changes away and show the stored indicator."""
        self.load(self._stored)

    def _fill(self, record: IndicatorRecord | None, goal_id: int | None) -> None:
        self.clear_message()
        if record is None:
            self.code.clear()
            self.name.clear()
            self.definition.clear()
            self.data_source.clear()
            self.provider.clear()
            self.population_note.clear()
            self.unit.setCurrentIndex(0)
            self.decimals.setValue(1)
            self.direction.setCurrentIndex(0)
            self.is_headline.setChecked(False)
            self.is_survey.setChecked(False)
            self.frequency.setCurrentIndex(0)
            self.release_month.setCurrentIndex(0)
            self.release_year_offset.setValue(1)
            self.comparison_available.setChecked(True)
            for edit in self.details.values():
                edit.clear()
            if goal_id is not None:
                self.goal.setCurrentIndex(max(0, self.goal.findData(goal_id)))
            return
        self.code.setText(record.code)
        self.goal.setCurrentIndex(max(0, self.goal.findData(record.goal_id)))
        self.name.setText(record.name)
        self.name.setCursorPosition(0)  # long texts open at their beginning, not their end
        self.definition.setPlainText(record.definition)
        self.unit.setCurrentIndex(max(0, self.unit.findData(record.unit)))
        self.decimals.setValue(record.decimals)
        self.direction.setCurrentIndex(max(0, self.direction.findData(record.direction)))
        self.is_headline.setChecked(record.is_headline)
        self.is_survey.setChecked(record.is_survey)
        self.data_source.setText(record.data_source)
        self.data_source.setCursorPosition(0)
        self.provider.setText(record.provider)
        self.frequency.setCurrentIndex(max(0, self.frequency.findData(record.frequency)))
        self.release_month.setCurrentIndex(max(0, self.release_month.findData(record.release_month or 0)))
        self.release_year_offset.setValue(record.release_year_offset)
        self.population_note.setPlainText(record.population_note)
        self.comparison_available.setChecked(record.comparison_available)
        for name, edit in self.details.items():
            edit.setText(getattr(record, name))
            edit.setCursorPosition(0)

    def value(self) -> IndicatorInput:
        return IndicatorInput(
            code=self.code.text().strip(),
            goal_id=self.goal.currentData() or 0,
            name=self.name.text().strip(),
            unit=self.unit.currentData(),
            direction=self.direction.currentData(),
            decimals=self.decimals.value(),
            definition=self.definition.toPlainText().strip(),
            is_headline=self.is_headline.isChecked(),
            is_survey=self.is_survey.isChecked(),
            data_source=self.data_source.text().strip(),
            provider=self.provider.text().strip(),
            frequency=self.frequency.currentData(),
            release_month=self.release_month.currentData() or None,
            release_year_offset=self.release_year_offset.value(),
            population_note=self.population_note.toPlainText().strip(),
            comparison_available=self.comparison_available.isChecked(),
            # The free-text details (DETAIL_FIELDS): all text, which mypy cannot see through **.
            **{name: edit.text().strip() for name, edit in self.details.items()},  # type: ignore[arg-type]
        )

    def show_error(self, error: ValidationError, message: str) -> None:
        """Show the message and mark the field it is about."""
        self.clear_message()
        widget = self._fields.get(error.field or "")
        label = ""
        if widget is not None:
            widget.setStyleSheet(theme.refused_field_style())
            widget.setFocus()
            label = next((text for text, w in self._rows if w is widget), "").replace("&", "").rstrip(":")
        self.message.show_message(f"{label}: {message}" if label else message, "error")
        self.message.show()

    def clear_message(self) -> None:
        self.message.clear_message()
        self.message.hide()
        for widget in self._fields.values():
            widget.setStyleSheet("")
