"""The panel beside the entry grid: the selected value's sample size, standard
error, provisional mark and note (the grid itself holds only the values)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop import labels
from barometer_desktop.assembly.assemble_snapshot import assemble_indicator
from barometer_desktop.domain.formatting import format_number
from barometer_desktop.ui import theme
from barometer_desktop.ui.screens.entry.model import EntryModel
from barometer_desktop.ui.screens.entry.texts import edit_text, unit_label
from barometer_desktop.ui.unsaved import ask_to_save

# (sample size, standard error, provisional, note, note is public) as the fields hold them.
DetailFields = tuple[str, str, bool, str, bool]


class DetailsPanel(QGroupBox):
    """Sample size, standard error, provisional mark and note of the current value."""

    def __init__(self, model: EntryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("entry_details")
        self.setTitle(self.tr("Selected value"))
        self.model = model
        self._cell: tuple[int, int] | None = None
        # The fields as filled from the stored value: anything else is typed and not saved yet.
        self._filled: DetailFields | None = None
        self.cell_label = QLabel()
        self.cell_label.setObjectName("details_cell")
        self.cell_label.setWordWrap(True)
        theme.paint_text(self.cell_label, None, bold=True)
        self.value_label = QLabel()
        self.value_label.setObjectName("details_value")
        # The stored value and its marks, readable with the keyboard (the grid's tooltip says the same).
        self.value_label.setWordWrap(True)
        self.value_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.sample_size = QLineEdit()
        self.sample_size.setObjectName("details_sample_size")
        self.std_error = QLineEdit()
        self.std_error.setObjectName("details_std_error")
        self.provisional = QCheckBox(self.tr("Provisional figure"))
        self.provisional.setObjectName("details_provisional")
        self.note = QPlainTextEdit()
        self.note.setObjectName("details_note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(72)
        self.note_public = QCheckBox(self.tr("Show the note publicly"))
        self.note_public.setObjectName("details_note_public")
        self.hint = QLabel()
        self.hint.setObjectName("details_hint")
        self.hint.setWordWrap(True)
        theme.paint_text(self.hint, "hint")
        # The snapshot's verdict on this indicator and area (the same words as the overview and report).
        self.verdict = QLabel()
        self.verdict.setObjectName("details_verdict")
        self.verdict.setWordWrap(True)
        self.save_button = QPushButton(self.tr("Save details"))
        self.save_button.setObjectName("details_save")
        self.save_button.clicked.connect(self.save)
        for line_edit in (self.sample_size, self.std_error):
            line_edit.returnPressed.connect(self.save)

        form = QFormLayout()
        # In a narrow panel (or with a large font) a long label puts its field below it instead of cutting it off.
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        value_caption = QLabel(self.tr("Value:"))
        value_caption.setBuddy(self.value_label)
        form.addRow(value_caption, self.value_label)
        form.addRow(self.tr("Sample size (n):"), self.sample_size)
        form.addRow(self.tr("Standard error:"), self.std_error)
        form.addRow(self.provisional)
        form.addRow(self.tr("Note:"), self.note)
        # Spanning both columns: beside an empty label the text was cut off.
        form.addRow(self.note_public)
        layout = QVBoxLayout(self)
        layout.addWidget(self.cell_label)
        layout.addWidget(self.hint)
        layout.addWidget(self.verdict)
        layout.addLayout(form)
        # The Save button is placed by the screen, below the panel's scroll
        # area, so it stays in view when the panel must scroll (200 % scaling).
        layout.addStretch(1)
        self.show_cell(None)

    @property
    def cell(self) -> tuple[int, int] | None:
        return self._cell

    def fields(self) -> DetailFields:
        return (
            self.sample_size.text(), self.std_error.text(), self.provisional.isChecked(),
            self.note.toPlainText(), self.note_public.isChecked(),
        )

    def has_unsaved_changes(self) -> bool:
        return self._cell is not None and self._filled is not None and self.fields() != self._filled

    def show_cell(self, cell: tuple[int, int] | None, typed: DetailFields | None = None) -> None:
        """Show a cell's details; `typed` (or, for the same cell, what is typed
        and not saved: a value stored, someone else's change) stays in the fields."""
        if typed is None and cell is not None and cell == self._cell and self.has_unsaved_changes():
            typed = self.fields()
        self._fill(cell)
        if typed is not None and cell is not None:
            self._set_fields(typed)

    def _set_fields(self, fields: DetailFields) -> None:
        sample_size, std_error, provisional, note, note_is_public = fields
        self.sample_size.setText(sample_size)
        self.std_error.setText(std_error)
        self.provisional.setChecked(provisional)
        self.note.setPlainText(note)
        self.note_public.setChecked(note_is_public)

    def _fill(self, cell: tuple[int, int] | None) -> None:
        model = self.model
        if cell is not None and not (0 <= cell[0] < model.rowCount() and 0 <= cell[1] < model.columnCount()):
            cell = None
        self._cell = cell
        self._filled = None
        editors = (self.sample_size, self.std_error, self.provisional, self.note, self.note_public, self.save_button)
        if cell is None:
            self.cell_label.setText(self.tr("Select a cell in the grid."))
            self.value_label.clear()
            self.hint.clear()
            self.verdict.clear()
            for widget in editors:
                widget.setEnabled(False)
            return
        indicator, area = model.indicator(cell[0]), model.area(cell[1])
        record = model.record(*cell)
        self.cell_label.setText(f"{indicator.code} {indicator.name}\n{area.name}, {model.sheet.year}")
        self.sample_size.setText(format_number(record.sample_size, 0) if record and record.sample_size else "")
        self.std_error.setText(edit_text(record.std_error) if record and record.std_error is not None else "")
        self.provisional.setChecked(bool(record and record.is_provisional))
        self.note.setPlainText(record.note if record else "")
        self.note_public.setChecked(bool(record and record.note_is_public))
        self._filled = self.fields()
        if record is None:
            self.value_label.setText(self.tr("(no value)"))
            self.hint.setText(self.tr("Enter the value in the grid first; then its details here."))
        else:
            value = edit_text(record.value)
            unit = unit_label(indicator.unit)
            self.value_label.setText(f"{value} {unit}" if unit == "%" else f"{value} ({unit})")
            if model.sample_size_missing(*cell):
                self.hint.setText(
                    self.tr(
                        "Sample size missing: enter it (or the standard error), or the report cannot say "
                        "whether a change is significant."
                    )
                )
                theme.paint_text(self.hint, "warning", bold=True)
            else:
                self.hint.setText(
                    self.tr("Survey indicator: enter the sample size, so the report can say whether a change is significant.")
                    if indicator.is_survey
                    else ""
                )
                theme.paint_text(self.hint, "hint", bold=False)
        states = model.cell_states(*cell)
        if states:
            # Missing, rejected, provisional, sample size missing: in words, not only as a colour or mark.
            self.value_label.setText(self.value_label.text() + " — " + ", ".join(states))
        self.verdict.setText(self._verdict_text(indicator.id, area.name, model.sheet.year))
        enabled = record is not None and not model.state.db.read_only
        for widget in editors:
            widget.setEnabled(enabled)

    def _verdict_text(self, indicator_id: int, area_name: str, year: int) -> str:
        # One indicator, the fixed areas and this one: as the snapshot judges it, no rule of our own.
        view = assemble_indicator(self.model.state.db, indicator_id, year, area_names=[area_name])
        verdict = next((v for v in view.verdicts if v.area_name == area_name), None) if view else None
        if verdict is None:
            return ""
        text = labels.development_text(verdict.development)
        status_year = verdict.development.status_year
        if status_year is not None and status_year != year:
            text += f" ({status_year})"
        return self.tr("Development in {year}: {verdict}").format(year=year, verdict=text)

    def refresh(self) -> None:
        self.show_cell(self._cell)

    def confirm_leave(self, can_cancel: bool = True) -> bool:
        """Unsaved details: Save / Discard / Cancel before they would be lost; False means stay."""
        cell = self._cell
        if not self.has_unsaved_changes() or cell is None:
            return True
        return ask_to_save(
            self,
            self.tr("Unsaved details"),
            self.tr("The details of {cell} have unsaved changes. Save them?").format(cell=self.model.cell_name(*cell)),
            can_cancel=can_cancel,
            save=self.save,
            discard=lambda: self._fill(cell),
        )

    def save(self) -> bool:
        """Store the details; True when stored (a refusal keeps the typed fields, the message says why)."""
        cell = self._cell
        if cell is None:
            return False
        stored = self.model.store_details(cell[0], cell[1], *self.fields())
        if stored:
            self._fill(cell)  # as stored ("1.250", the note trimmed): nothing unsaved now
        return stored
