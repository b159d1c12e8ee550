"""What the indicators screen does on the user's command: save, add, retire,
reactivate, save the chart. The base of IndicatorsScreen, kept apart so each
module stays small; it uses the screen's widgets and state, declared below."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QLabel, QListWidget, QMessageBox, QTabWidget, QTreeWidget, QWidget

from barometer_desktop.errors import BarometerError, ValidationError
from barometer_desktop.storage import indicators
from barometer_desktop.storage.records import IndicatorRecord
from barometer_desktop.ui.changes import Change
from barometer_desktop.ui.screens.base import Screen
from barometer_desktop.ui.screens.indicators import indicator_tree
from barometer_desktop.ui.screens.indicators.areas_dialog import AreasDialog
from barometer_desktop.ui.screens.indicators.form import IndicatorForm
from barometer_desktop.ui.screens.indicators.goals_dialog import GoalsDialog
from barometer_desktop.ui.screens.indicators.panels import AssessmentPanel
from barometer_desktop.ui.screens.statbank.source import StatBankSourceSection
from barometer_desktop.ui.unsaved import ask_to_save

if TYPE_CHECKING:  # the chart module loads pyqtgraph: imported when first shown (screen.py)
    from barometer_desktop.ui.screens.indicators.chart import IndicatorChart


class IndicatorActions(Screen):
    # -- the screen's parts these commands use (built by IndicatorsScreen) ---------

    current: IndicatorRecord | None  # the indicator selected in the list
    # The indicator whose definition and assessment the panels hold (they may
    # hold unsaved edits), and whether the form is a new indicator.
    _shown_id: int | None
    _new_mode: bool
    tree: QTreeWidget
    heading: QLabel
    development: QLabel
    tabs: QTabWidget
    form: IndicatorForm
    form_tab: QWidget
    assessment: AssessmentPanel
    source_section: StatBankSourceSection
    area_list: QListWidget
    chart: IndicatorChart | None  # built on first show

    def refresh(self, select: int | None = None) -> None:
        raise NotImplementedError

    def select_indicator(self, indicator_id: int | None) -> None:
        raise NotImplementedError

    def chosen_areas(self) -> list[str]:
        raise NotImplementedError

    def _reset_areas(self) -> None:
        raise NotImplementedError

    # -- unsaved edits ------------------------------------------------------------

    def has_unsaved_changes(self) -> bool:
        return self.form.has_unsaved_changes() or self.assessment.has_unsaved_changes()

    def confirm_leave(self, can_cancel: bool = True) -> bool:
        """Ask what to do with unsaved edits; False means stay."""
        if not self.has_unsaved_changes():
            return True
        return ask_to_save(
            self,
            self.tr("Unsaved changes"),
            self.tr("The indicator {code} has unsaved changes to its definition or assessment. Save them?").format(
                code=self.form.record.code if self.form.record is not None else self.form.code.text()
            ),
            can_cancel=can_cancel,
            save=self._save_both,
            discard=self._discard_both,
        )

    def _save_both(self) -> bool:
        """Store the assessment and the definition; on a refusal, show its tab and stay."""
        if self.assessment.has_unsaved_changes() and not self.assessment.save():
            self.tabs.setCurrentWidget(self.assessment)
            return False
        if self.form.has_unsaved_changes() and not self.save_form():
            self.tabs.setCurrentWidget(self.form_tab)
            return False
        return True

    def _discard_both(self) -> None:
        self.form.reload_stored()
        self.assessment.reload_stored()

    def _leave_to(self, indicator_id: int) -> None:
        """The user picked another indicator while this one has unsaved edits."""
        if self.confirm_leave():
            self._new_mode = False
            self.select_indicator(indicator_id)

    def year_switched(self, _year: int) -> None:
        # The main window asks (with Cancel) before it changes the year; a
        # year changed another way can only be saved or discarded here.
        # (The reload for the new year follows: ui/screens/base.Screen.)
        self.confirm_leave(can_cancel=False)

    # -- commands ------------------------------------------------------------------

    def _save_current_tab(self) -> None:
        if self.tabs.currentWidget() is self.assessment:
            self.assessment.save()
        else:
            self.save_form()

    def start_new(self) -> None:
        """Clear the form for a new indicator in the selected goal."""
        if not self.confirm_leave():
            return
        goal_id = self.current.goal_id if self.current else None
        item = self.tree.currentItem()
        if item is not None and item.data(0, indicator_tree.GOAL_ID):
            goal_id = item.data(0, indicator_tree.GOAL_ID)
        self.current = None
        self._shown_id = None
        self._new_mode = True
        self.tree.blockSignals(True)
        self.tree.clearSelection()
        self.tree.blockSignals(False)
        self.heading.setText(self.tr("New indicator"))
        self.development.clear()
        self.development.setStyleSheet("")
        self.form.load(None, goal_id)
        self.source_section.load(None)  # a source is added once the indicator is saved
        self.tabs.setCurrentWidget(self.form_tab)
        self.form.code.setFocus()

    def save_form(self, *, demote_other_headline: bool = False, reuse_retired_code: bool = False) -> bool:
        item = self.form.value()
        db = self.state.db
        # The version the user started editing from, not the latest one a
        # refresh brought: so another person's change is never overwritten.
        loaded = self.form.record
        try:
            if self.current is None or loaded is None:
                record = indicators.create(
                    db, item, demote_other_headline=demote_other_headline, reuse_retired_code=reuse_retired_code
                )
            else:
                record = indicators.update(
                    db, loaded.id, item, loaded.version, demote_other_headline=demote_other_headline,
                    reuse_retired_code=reuse_retired_code,
                )
        except indicators.RetiredCodeError as error:
            answer = QMessageBox.question(
                self,
                self.tr("Reuse a retired code"),
                self.tr(
                    "The code {code} belongs to the retired indicator {name}. Use it for this indicator? "
                    "The retired indicator keeps its values and history under the code {new_code}."
                ).format(code=error.code, name=error.other_name, new_code=error.new_code),
            )
            if answer == QMessageBox.StandardButton.Yes:
                return self.save_form(demote_other_headline=demote_other_headline, reuse_retired_code=True)
            self.form.show_error(error, error.user_message(QCoreApplication.translate))
            return False
        except indicators.HeadlineTakenError as error:
            answer = QMessageBox.question(
                self,
                self.tr("One headline indicator per goal"),
                self.tr(
                    "The goal already has the headline indicator {code}. "
                    "Make {code} a supplementary indicator and this one the headline?"
                ).format(code=error.other_code),
            )
            if answer == QMessageBox.StandardButton.Yes:
                return self.save_form(demote_other_headline=True, reuse_retired_code=reuse_retired_code)
            self.form.show_error(error, error.user_message(QCoreApplication.translate))
            return False
        except ValidationError as error:
            self.form.show_error(error, error.user_message(QCoreApplication.translate))
            return False
        except BarometerError as error:
            self.form.show_error(ValidationError(error.template), error.user_message(QCoreApplication.translate))
            return False
        self.form.clear_message()
        self.form.load(record)  # clean: what is stored now
        self.current = record
        self._new_mode = False
        self._shown_id = record.id
        # Another indicator made supplementary, or given a new code, changed too.
        several = demote_other_headline or reuse_retired_code
        self._show_stored(Change.indicator(None if several else record.id))
        return True

    def toggle_retired(self) -> None:
        record = self.current
        if record is None:
            return
        demoted = False  # another indicator made supplementary
        try:
            if record.is_active:
                updated = indicators.retire(self.state.db, record.id, record.version)
            else:
                try:
                    updated = indicators.reactivate(self.state.db, record.id, record.version)
                except indicators.HeadlineTakenError as error:
                    answer = QMessageBox.question(
                        self,
                        self.tr("One headline indicator per goal"),
                        self.tr(
                            "The goal now has the headline indicator {code}. "
                            "Make {code} supplementary and reactivate this one as the headline?"
                        ).format(code=error.other_code),
                    )
                    if answer != QMessageBox.StandardButton.Yes:
                        return
                    updated = indicators.reactivate(
                        self.state.db, record.id, record.version, demote_other_headline=True
                    )
                    demoted = True
        except BarometerError as error:
            QMessageBox.warning(self, self.tr("Not changed"), error.user_message(QCoreApplication.translate))
            return
        self.current = updated
        self._show_stored(Change.indicator(None if demoted else updated.id))

    def delete_indicator(self) -> bool:
        record = self.current
        if record is None:
            return False
        answer = QMessageBox.question(
            self,
            self.tr("Delete indicator"),
            self.tr("Delete the indicator {code} {name}? This cannot be undone.").format(
                code=record.code, name=record.name
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            indicators.delete(self.state.db, record.id, record.version)
        except BarometerError as error:
            QMessageBox.warning(self, self.tr("Not deleted"), error.user_message(QCoreApplication.translate))
            return False
        self.current = None
        self._shown_id = None
        self.form.load(None)
        self._show_stored(Change.indicator(record.id))
        return True

    def _show_stored(self, change: Change) -> None:
        """Tell every screen what was stored; this one shows it once: by its
        own reload of the change, or by a refresh here when none ran."""
        reloads = self.reloads
        self.state.notify(change)
        if self.reloads == reloads:
            self.refresh(select=self.current.id if self.current is not None else None)

    def edit_goals(self) -> None:
        if not self.confirm_leave():
            return
        # Each change stored there is told to every screen (as everything): this
        # one reloads for it then; closing without a change costs no reload.
        GoalsDialog(self.state, self).exec()

    def edit_areas(self) -> None:
        if not self.confirm_leave():
            return
        AreasDialog(self.state, self).exec()
        # The list of areas changed: rebuild it, keeping the ticks and the indicator.
        chosen = set(self.chosen_areas())
        shown = self.current.id if self.current is not None else None
        self._reset_areas()
        self.area_list.blockSignals(True)
        for i in range(self.area_list.count()):
            item = self.area_list.item(i)
            if item.text() in chosen:
                item.setCheckState(Qt.CheckState.Checked)
        self.area_list.blockSignals(False)
        self.refresh(select=shown)

    def save_chart(self) -> None:
        if self.chart is None or self.current is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save chart"),
            f"indikator-{self.current.code}.png",
            self.tr("PNG image (*.png);;SVG drawing (*.svg)"),
        )
        if not path:
            return
        try:
            self.chart.save(path)
        except BarometerError as error:
            QMessageBox.warning(self, self.tr("Chart not saved"), error.user_message(QCoreApplication.translate))
