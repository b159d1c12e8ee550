"""The Import screen: preview a file, map its columns, check, import.

The same engine as `barometer-desktop import` (importing.service) does the
work; this screen only shows the file and lets the user say which column is
what, with fixed values for dimensions the file lacks. The mapping is
remembered for the next file of the same shape.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop.errors import BarometerError
from barometer_desktop.i18n import translate
from barometer_desktop.importing.export import export_template
from barometer_desktop.importing.importer import columns_not_recognised
from barometer_desktop.importing.mapping import ColumnMapping, detect, fingerprint, is_period_header
from barometer_desktop.importing.rows import Rejection
from barometer_desktop.importing.service import import_file, report_lines, saved_mapping
from barometer_desktop.importing.sources import open_table
from barometer_desktop.importing.table import Cell
from barometer_desktop.storage import catalog
from barometer_desktop.ui import theme
from barometer_desktop.ui.accessibility import announce, buddy, named
from barometer_desktop.ui.changes import EVERYTHING, Change
from barometer_desktop.ui.fit import remember_splitter, scrolling
from barometer_desktop.ui.screens.base import Screen
from barometer_desktop.ui.screens.importing.preview import FilePreview
from barometer_desktop.ui.screens.statbank.fetch_dialog import StatBankFetchDialog
from barometer_desktop.ui.state import AppState

PREVIEW_ROWS = 15
NOT_IN_FILE = -1


class ImportScreen(Screen):
    imported = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(state, parent)
        self.path: Path | None = None
        self.sheet: str | None = None  # the workbook's sheet shown and imported (None: a CSV file)
        self.header: list[str] = []
        self.rejected_preview_rows: list[int] = []  # file row numbers coloured after a check
        self.role_labels = {
            "indicator": self.tr("Indicator"),
            "area": self.tr("Area"),
            "period": self.tr("Period"),
            "value": self.tr("Value"),
            "sample_size": self.tr("Sample size"),
            "std_error": self.tr("Standard error"),
            "note": self.tr("Note"),
            "provisional": self.tr("Provisional"),
        }

        heading = QLabel(self.tr("Import values from a file"))
        heading.setObjectName("screen_heading")
        theme.style_heading(heading)
        intro = QLabel(self.tr(
            "CSV or Excel files in the long format (indicator, area, period, value) are read directly. "
            "For a statistics-bank table, say which column holds what; the mapping is remembered for the "
            "next file of the same shape."
        ))
        intro.setWordWrap(True)

        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.setObjectName("choose_file")
        self.choose_button.clicked.connect(self.choose_file)
        self.template_button = QPushButton(self.tr("Save an import template…"))
        self.template_button.setObjectName("save_template")
        self.template_button.setToolTip(self.tr(
            "A file in the format import reads: one row per indicator and area for the report year, "
            "values empty. Fill it in (e.g. in Excel) and import it here."
        ))
        self.template_button.clicked.connect(self.save_template)
        self.file_label = QLabel(self.tr("No file chosen."))
        self.file_label.setObjectName("file_label")
        # A workbook with several sheets: which one to read (shown only then).
        self.sheet_box = QComboBox()
        self.sheet_box.setObjectName("sheet_choice")
        named(self.sheet_box, self.tr("Sheet to import"),
              self.tr("The workbook's sheet that is shown and imported; the first sheet with data is chosen."))
        self.sheet_label = buddy(QLabel(self.tr("Sheet:")), self.sheet_box)
        self.sheet_box.activated.connect(self._sheet_chosen)
        self._show_sheets((), None)

        file_row = QHBoxLayout()
        file_row.addWidget(self.template_button)
        file_row.addWidget(self.choose_button)
        file_row.addWidget(self.file_label)
        file_row.addSpacing(2 * max(file_row.spacing(), 6))  # the sheet is the file's, but not its name
        file_row.addWidget(self.sheet_label)
        file_row.addWidget(self.sheet_box)
        file_row.addStretch(1)
        # Figures from Statistics Denmark, through the same checks (issue 18).
        self.statbank_button = QPushButton(self.tr("Fetch data from Statistikbanken…"))
        self.statbank_button.setObjectName("statbank_fetch_button")
        self.statbank_button.clicked.connect(self.open_statbank)
        file_row.addWidget(self.statbank_button)

        self.preview = FilePreview()

        self.role_boxes: dict[str, QComboBox] = {}
        mapping_box = QGroupBox(self.tr("Columns"))
        form = QFormLayout(mapping_box)
        for role, label in self.role_labels.items():
            box = QComboBox()
            box.setObjectName(f"column_{role}")
            self.role_boxes[role] = box
            form.addRow(label + ":", box)
        self.wide_check = QCheckBox(self.tr("The columns with a period as heading are periods (one value each)"))
        self.wide_check.setObjectName("columns_are_periods")
        form.addRow(self.wide_check)

        fixed_box = QGroupBox(self.tr("Fixed values for what the file does not hold"))
        fixed_form = QFormLayout(fixed_box)
        self.fixed_indicator = QComboBox()
        self.fixed_indicator.setObjectName("fixed_indicator")
        self.fixed_area = QComboBox()
        self.fixed_area.setObjectName("fixed_area")
        self.fixed_period = QLineEdit()
        self.fixed_period.setObjectName("fixed_period")
        self.fixed_period.setPlaceholderText(self.tr("e.g. 2013"))
        fixed_form.addRow(self.tr("Indicator:"), self.fixed_indicator)
        fixed_form.addRow(self.tr("Area:"), self.fixed_area)
        fixed_form.addRow(self.tr("Period:"), self.fixed_period)
        # The file's decimal mark: taken from its cells unless the user says;
        # a file whose numbers can be read two ways is refused until they do.
        self.decimal_mark = QComboBox()
        self.decimal_mark.setObjectName("decimal_mark")
        self.decimal_mark.addItem(self.tr("From the file"), None)
        self.decimal_mark.addItem(self.tr("Decimal comma (12,5)"), "comma")
        self.decimal_mark.addItem(self.tr("Decimal point (12.5)"), "point")
        fixed_form.addRow(self.tr("Decimal mark:"), self.decimal_mark)
        self.mapping_name = QLineEdit()
        self.mapping_name.setObjectName("mapping_name")
        self.mapping_name.setPlaceholderText(self.tr("e.g. Statistikbanken AUL01"))
        fixed_form.addRow(self.tr("Remember mapping as:"), self.mapping_name)

        self.good_rows_only = QCheckBox(self.tr("Import the good rows even if some rows are rejected"))
        self.good_rows_only.setObjectName("good_rows_only")
        self.check_button = QPushButton(self.tr("Check (dry run)"))
        self.check_button.setObjectName("check_button")
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setObjectName("import_button")
        self.import_button.setDefault(True)
        self.check_button.clicked.connect(lambda: self.run(dry_run=True))
        self.import_button.clicked.connect(lambda: self.run(dry_run=False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.good_rows_only)
        buttons.addStretch(1)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.import_button)

        self.report = QPlainTextEdit()
        self.report.setObjectName("import_report")
        named(self.report, self.tr("Result of the check or import"))
        self.report.setReadOnly(True)
        self.report.setPlaceholderText(self.tr("The result of the check or import appears here."))

        options = QWidget()
        options_layout = QHBoxLayout(options)
        options_layout.setContentsMargins(0, 0, 0, 0)
        options_layout.addWidget(mapping_box, 1)
        options_layout.addWidget(fixed_box, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.preview)
        # The column choices scroll inside their part when the window is low,
        # so Check and Import below stay in view.
        splitter.addWidget(scrolling(options, "import_options_scroll"))
        splitter.addWidget(self.report)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(2, 1)
        splitter.setObjectName("import_splitter")
        remember_splitter(splitter, "import/splitter")

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(file_row)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        for box in self.role_boxes.values():
            box.currentIndexChanged.connect(self._label_preview)
        self.wide_check.toggled.connect(self._label_preview)
        self._set_enabled(False)
        state.database_changed.connect(self._fill_fixed_choices)
        self._fill_fixed_choices()

    def touches(self, change: Change) -> bool:
        # The form shows a chosen file, not stored data: nothing to reload.
        return False

    def reload(self, change: Change) -> None:
        """Nothing stored is shown here."""

    def open_statbank(self) -> None:
        StatBankFetchDialog(self.state, parent=self).exec()

    # -- choosing and previewing -------------------------------------------------------

    def save_template(self) -> None:
        year = self.state.report_year
        suggested = Path.home() / self.tr("import-template-{year}.xlsx").format(year=year)
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save an import template"), str(suggested), self.tr("Excel (*.xlsx);;CSV (*.csv)")
        )
        if not name:
            return
        target = Path(name)
        if target.suffix.lower() not in (".xlsx", ".csv"):
            target = target.with_name(target.name + ".xlsx")
        try:
            rows = export_template(self.state.db, target, year)
        except BarometerError as error:
            self.file_label.setText(error.user_message(QCoreApplication.translate))
            return
        self.file_label.setText(self.tr("Template with {rows} rows for {year} saved as {file}.").format(
            rows=rows, year=year, file=str(target)))

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import values"), str(self.path.parent if self.path else Path.home()),
            self.tr("Data files (*.csv *.txt *.xlsx);;All files (*)"),
        )
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path, sheet: str | None = None) -> None:
        """Show the file (`sheet`: the workbook's sheet; None: the first with data)."""
        from barometer_desktop.storage import import_mappings  # noqa: PLC0415 - lazy: loads the ORM, which only edits need (reading goes through Core)

        try:
            source = open_table(path, sheet)
            try:
                rows = source.preview(PREVIEW_ROWS)
            finally:
                source.close()
        except BarometerError as error:
            self.report.setPlainText(error.user_message(QCoreApplication.translate))
            self._set_enabled(False)
            if sheet is None:  # a file that cannot be read
                self._show_sheets((), None)
            else:  # a sheet that cannot be read: the workbook's other sheets stay on offer
                self.sheet, self.header = sheet, []
                self.preview.show_rows([], [])
            return
        self.path = path
        self.sheet = source.sheet or None
        self._show_sheets(source.sheets, self.sheet, source.hidden_sheets)
        self.header = source.header
        self._show_preview(rows)
        self._fill_role_boxes()
        saved = import_mappings.for_shape(self.state.db, fingerprint(self.header))
        problem = ""
        if saved is not None:
            try:
                mapping = saved_mapping(saved)
            except BarometerError as error:  # a damaged saved mapping: start from the file's header
                problem = error.user_message(QCoreApplication.translate)
                saved = None
        if saved is not None:
            self.apply_mapping(mapping)
            self.mapping_name.setText(saved.name)
            note = self.tr("Using the mapping \"{name}\" saved for files of this shape.").format(name=saved.name)
        else:
            detected = detect(self.header)
            self.apply_mapping(detected)
            self.mapping_name.clear()
            note = ""
            if detected.missing_roles() and source.other_sheets():  # the values may be on another sheet: say so now
                problem = columns_not_recognised(source, detected.missing_roles()).user_message(
                    QCoreApplication.translate)
        self.file_label.setText(path.name + ("  —  " + note if note else ""))
        self.report.setPlainText(problem)
        self._set_enabled(True)

    def _show_sheets(self, sheets: tuple[str, ...], current: str | None, hidden: tuple[str, ...] = ()) -> None:
        """Offer the workbook's sheets when it has more than one (hidden ones marked so)."""
        self.sheet_box.clear()
        for name in sheets:
            self.sheet_box.addItem(self.tr("{sheet} (hidden)").format(sheet=name) if name in hidden else name, name)
        if current is not None:
            self.sheet_box.setCurrentIndex(max(self.sheet_box.findData(current), 0))
        for widget in (self.sheet_label, self.sheet_box):
            widget.setVisible(len(sheets) > 1)

    def _sheet_chosen(self, index: int) -> None:
        name = self.sheet_box.itemData(index)
        if self.path is not None and name and name != self.sheet:
            self.load_file(self.path, name)

    def _show_preview(self, rows: list[tuple[int, list[Cell]]]) -> None:
        self.preview.show_rows(self.header, rows)

    def _mark_rejected(self, rejections: list[Rejection]) -> None:
        """Colour the preview's rejected rows; the reasons show as tooltips."""
        reasons: dict[int, list[str]] = {}
        for rejection in rejections:
            reasons.setdefault(rejection.row, []).append(
                self.tr("Column {column}: {reason}").format(
                    column=rejection.column, reason=rejection.reason(QCoreApplication.translate))
            )
        self.rejected_preview_rows = self.preview.mark_rejected(reasons)

    def _label_preview(self) -> None:
        """Show under each column heading what the current mapping reads from it."""
        if not self.header:
            return
        mapping = self.current_mapping()
        roles = {column: self.role_labels[role] for role, column in mapping.columns.items()}
        for column in mapping.period_columns:
            roles[column] = self.tr("Period value")
        self.preview.label_columns(roles)

    def _fill_role_boxes(self) -> None:
        for box in self.role_boxes.values():
            box.clear()
            box.addItem(self.tr("(not in the file)"), NOT_IN_FILE)
            for c, name in enumerate(self.header):
                box.addItem(name or self.tr("column {number}").format(number=c + 1), c)

    def _fill_fixed_choices(self) -> None:
        self.fixed_indicator.clear()
        self.fixed_indicator.addItem(self.tr("(from the file)"), "")
        for indicator in catalog.indicators(self.state.db):
            self.fixed_indicator.addItem(f"{indicator.code}  {indicator.name}", indicator.code)
        self.fixed_area.clear()
        self.fixed_area.addItem(self.tr("(from the file)"), "")
        for area in catalog.areas(self.state.db):
            self.fixed_area.addItem(area.name, area.name)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (self.check_button, self.import_button):
            widget.setEnabled(enabled)

    # -- the mapping ----------------------------------------------------------------------

    def apply_mapping(self, mapping: ColumnMapping) -> None:
        for role, box in self.role_boxes.items():
            index = box.findData(mapping.columns.get(role, NOT_IN_FILE))
            box.setCurrentIndex(max(index, 0))
        self.wide_check.setChecked(mapping.is_wide)
        self._label_preview()
        self._select(self.fixed_indicator, mapping.fixed.get("indicator", ""))
        self._select(self.fixed_area, mapping.fixed.get("area", ""))
        self.fixed_period.setText(mapping.fixed.get("period", ""))

    @staticmethod
    def _select(box: QComboBox, data: str) -> None:
        index = box.findData(data)
        box.setCurrentIndex(max(index, 0))

    def current_mapping(self) -> ColumnMapping:
        columns = {role: box.currentData() for role, box in self.role_boxes.items() if box.currentData() not in (None, NOT_IN_FILE)}
        period_columns: tuple[int, ...] = ()
        if self.wide_check.isChecked():
            used = set(columns.values())
            period_columns = tuple(
                c for c, name in enumerate(self.header) if c not in used and is_period_header(name)
            )
            columns.pop("period", None)
            columns.pop("value", None)
        fixed = {
            "indicator": self.fixed_indicator.currentData() or "",
            "area": self.fixed_area.currentData() or "",
            "period": self.fixed_period.text().strip(),
        }
        # What the preview marks "not used" the user has seen and left so.
        used = set(columns.values()) | set(period_columns)
        ignored = tuple(c for c in range(len(self.header)) if c not in used)
        return ColumnMapping(columns=columns, period_columns=period_columns, fixed={k: v for k, v in fixed.items() if v},
                             ignored=ignored)

    # -- running ----------------------------------------------------------------------------

    def run(self, *, dry_run: bool) -> None:
        from barometer_desktop.storage import import_mappings  # noqa: PLC0415 - lazy: loads the ORM, which only edits need (reading goes through Core)

        if self.path is None:
            return
        mapping = self.current_mapping()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self._set_enabled(False)
        self.choose_button.setEnabled(False)

        def progress(rows: int) -> None:
            # Large files take a while: show that work goes on (buttons stay disabled).
            self.report.setPlainText(self.tr("{rows} rows read…").format(rows=rows))
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)

        try:
            report = import_file(
                self.state.db, self.path, mapping=mapping, dry_run=dry_run,
                good_rows_only=self.good_rows_only.isChecked(), progress=progress,
                decimal=self.decimal_mark.currentData(), sheet=self.sheet,
            )
        except BarometerError as error:
            self.report.setPlainText(error.user_message(QCoreApplication.translate))
            announce(self.report, self.report.toPlainText())
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
            self._set_enabled(True)
            self.choose_button.setEnabled(True)
        self._mark_rejected(report.rejections)
        lines = report_lines(report, max_rejections=500, screen=True)
        if report.written:
            if replace(mapping, ignored=()) != detect(self.header) or self.mapping_name.text().strip():
                name = self.mapping_name.text().strip() or self.path.stem
                import_mappings.save(self.state.db, fingerprint(self.header), name, mapping.to_json())
                lines.append(translate("Import", "The mapping is remembered as \"{name}\".").format(name=name))
            self.state.notify(EVERYTHING)
            self.imported.emit()
        self.report.setPlainText("\n".join(lines))
        # The result appears away from the buttons: a screen reader hears its first lines.
        announce(self.report, "\n".join(lines[:2]))
