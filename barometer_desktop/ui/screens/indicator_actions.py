"""What the indicators screen does on the user's command: save, add, retire,
reactivate, save the chart. A mixin of IndicatorsScreen, kept apart so each
module stays small; it uses the screen's widgets and state."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from barometer_desktop.errors import BarometerError, ValidationError
from barometer_desktop.storage import indicators


class IndicatorActions:
    def _save_current_tab(self) -> None:
        if self.tabs.currentWidget() is self.assessment:
            self.assessment.save()
        else:
            self.save_form()

    def start_new(self) -> None:
        """Clear the form for a new indicator in the selected goal."""
        goal_id = self.current.goal_id if self.current else None
        item = self.tree.currentItem()
        if item is not None and item.data(0, Qt.ItemDataRole.UserRole + 1):
            goal_id = item.data(0, Qt.ItemDataRole.UserRole + 1)
        self.current = None
        self.tree.blockSignals(True)
        self.tree.clearSelection()
        self.tree.blockSignals(False)
        self.heading.setText(self.tr("New indicator"))
        self.development.clear()
        self.development.setStyleSheet("")
        self.form.load(None, goal_id)
        self.tabs.setCurrentWidget(self.form_tab)
        self.form.code.setFocus()

    def save_form(self, *, demote_other_headline: bool = False) -> None:
        item = self.form.value()
        db = self.state.db
        try:
            if self.current is None:
                record = indicators.create(db, item, demote_other_headline=demote_other_headline)
            else:
                record = indicators.update(
                    db, self.current.id, item, self.current.version, demote_other_headline=demote_other_headline
                )
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
                self.save_form(demote_other_headline=True)
            else:
                self.form.show_error(error, error.user_message(QCoreApplication.translate))
            return
        except ValidationError as error:
            self.form.show_error(error, error.user_message(QCoreApplication.translate))
            return
        except BarometerError as error:
            self.form.show_error(ValidationError(error.template), error.user_message(QCoreApplication.translate))
            return
        self.form.clear_message()
        self.current = record
        self.state.data_changed.emit()
        self.refresh(select=record.id)

    def toggle_retired(self) -> None:
        record = self.current
        if record is None:
            return
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
        except BarometerError as error:
            QMessageBox.warning(self, self.tr("Not changed"), error.user_message(QCoreApplication.translate))
            return
        self.current = updated
        self.state.data_changed.emit()
        self.refresh(select=updated.id)

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
