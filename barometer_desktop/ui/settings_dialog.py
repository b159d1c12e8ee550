"""Settings: per-user preferences (QSettings) and the shared ones kept in the database.

Database location, default report year and language belong to the user
(QSettings). Organisation, logo, follow-up deadline and comparison basis
shape the shared report and web export, so they are stored in the database
(storage.settings_store) in one transaction; a rejected value stores nothing
and names the field.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QDate, QSettings
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop import i18n, labels
from barometer_desktop.domain.types import ComparisonBasis, SignificancePolicy
from barometer_desktop.errors import QT_TRANSLATE_NOOP, BarometerError, ValidationError
from barometer_desktop.storage import catalog, settings_store
from barometer_desktop.ui.accessibility import focus_proxy, named
from barometer_desktop.ui.changes import EVERYTHING
from barometer_desktop.ui.date_field import date_edit_format
from barometer_desktop.ui.settings_values import setting_int, setting_text
from barometer_desktop.ui.state import AppState
from barometer_desktop.ui.translation import install_translators

# QSettings keys (per user).
DATABASE_PATH_KEY = "database/path"
REPORT_YEAR_KEY = "report_year_default"  # 0 = automatic (the last complete year)
LANGUAGE_KEY = "language"  # the same key ui.launch reads


def configured_database_path() -> Path | None:
    """The database the user chose in the settings, if any (launch opens it when no --db)."""
    text = setting_text(DATABASE_PATH_KEY)
    return Path(text) if text else None


def configured_report_year() -> int | None:
    return setting_int(REPORT_YEAR_KEY) or None


class SettingsDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("settings_dialog")
        self.restart_requested = False  # the user chose "restart now" after changing the language
        self.setWindowTitle(self.tr("Settings"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        layout.addWidget(self._personal_group())
        layout.addWidget(self._shared_group())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._load()

    # -- construction --------------------------------------------------------

    def _with_browse(self, edit: QLineEdit, name: str, slot: Callable[[], None], label: str) -> QWidget:
        row = QWidget()
        # The row's label and mnemonic reach the path field; a screen reader names it by the label.
        focus_proxy(row, edit)
        named(edit, label.replace("&", "").rstrip(":"))
        box = QHBoxLayout(row)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(edit, 1)
        button = QPushButton(self.tr("Browse…"))
        button.setObjectName(name)
        button.clicked.connect(slot)
        box.addWidget(button)
        return row

    def _personal_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("For you on this computer"))
        form = QFormLayout(group)

        self.database_edit = QLineEdit()
        self.database_edit.setObjectName("database_path")
        self.database_edit.setPlaceholderText(self.tr("Standard location in your user folder"))
        self.database_edit.setToolTip(
            self.tr(
                "The barometer database the program opens when it starts. Leave empty for the "
                "standard file in your user folder. Takes effect at the next start."
            )
        )
        database_label = self.tr("&Database:")
        form.addRow(database_label, self._with_browse(self.database_edit, "browse_database", self._browse_database, database_label))

        self.year_spin = QSpinBox()
        self.year_spin.setObjectName("report_year_default")
        self.year_spin.setRange(1999, 2100)
        self.year_spin.setSpecialValueText(self.tr("Automatic (last complete year)"))
        self.year_spin.setToolTip(
            self.tr(
                "The report year the program shows when it starts. Automatic means the last "
                "calendar year with values."
            )
        )
        form.addRow(self.tr("Report &year at start:"), self.year_spin)

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        self.language_combo.addItem("Dansk", "da")
        self.language_combo.addItem("English", "en")
        self.language_combo.setToolTip(
            self.tr("The language of menus, screens, the status report and the web export.")
        )
        form.addRow(self.tr("&Language:"), self.language_combo)
        return group

    def _shared_group(self) -> QGroupBox:
        group = QGroupBox(self.tr("Shared: stored in the database, for everyone"))
        form = QFormLayout(group)

        self.organisation_edit = QLineEdit()
        self.organisation_edit.setObjectName("organisation")
        self.organisation_edit.setToolTip(self.tr("The organisation named on the status report and the web pages."))
        form.addRow(self.tr("&Organisation:"), self.organisation_edit)

        self.logo_edit = QLineEdit()
        self.logo_edit.setObjectName("logo_path")
        self.logo_edit.setPlaceholderText(self.tr("No logo"))
        self.logo_edit.setToolTip(
            self.tr("A PNG or JPEG file shown on the status report's front page. Leave empty for no logo.")
        )
        logo_label = self.tr("Lo&go:")
        form.addRow(logo_label, self._with_browse(self.logo_edit, "browse_logo", self._browse_logo, logo_label))

        self.deadline_edit = QDateEdit()
        self.deadline_edit.setObjectName("follow_up_deadline")
        self.deadline_edit.setDisplayFormat(date_edit_format(with_year=False))
        self.deadline_edit.setToolTip(
            self.tr(
                "The day in the year after the report year by which each committee's integration "
                "report must have followed up on its action plan."
            )
        )
        form.addRow(self.tr("Follow-&up deadline:"), self.deadline_edit)

        self.basis_combo = QComboBox()
        self.basis_combo.setObjectName("comparison_basis")
        self.basis_combo.addItem(self.tr("Previous measurement"), ComparisonBasis.PREVIOUS.value)
        self.basis_combo.addItem(self.tr("Baseline year"), ComparisonBasis.BASELINE.value)
        self.basis_combo.setToolTip(
            self.tr("What each indicator's latest value is compared with to judge its development.")
        )
        form.addRow(self.tr("&Compare with:"), self.basis_combo)

        self.baseline_spin = QSpinBox()
        self.baseline_spin.setObjectName("baseline_year")
        self.baseline_spin.setRange(1990, 2100)
        self.baseline_spin.setToolTip(
            self.tr("The year whose values every later year is compared with, when comparing with a baseline year.")
        )
        form.addRow(self.tr("&Baseline year:"), self.baseline_spin)
        self.basis_combo.currentIndexChanged.connect(self._update_baseline_enabled)

        self.main_area_combo = QComboBox()
        self.main_area_combo.setObjectName("main_area")
        for area in catalog.areas(self.state.db):
            self.main_area_combo.addItem(area.name, area.code)
        self.main_area_combo.setToolTip(
            self.tr("The municipality (or the whole country) whose barometer this is: its values are the "
                    "barometer's, the others are comparisons.")
        )
        form.addRow(self.tr("Barometer &area:"), self.main_area_combo)

        self.significance_combo = QComboBox()
        self.significance_combo.setObjectName("significance_policy")
        for policy in SignificancePolicy:
            self.significance_combo.addItem(labels.significance_policy_name(policy), policy.value)
        self.significance_combo.setToolTip(
            self.tr("What a survey change inside the 95 % margin of error counts as, in every screen, "
                    "the report and the web.")
        )
        form.addRow(self.tr("Change not &significant:"), self.significance_combo)

        self.window_spin = QSpinBox()
        self.window_spin.setObjectName("status_window")
        self.window_spin.setRange(0, settings_store.MAX_STATUS_WINDOW)
        self.window_spin.valueChanged.connect(self._say_years)
        self._say_years(self.window_spin.value())
        self.window_spin.setToolTip(
            self.tr("How old an indicator's latest value may be and still be judged in the report year "
                    "(register data arrive a year or two late). 0: only the report year's own value.")
        )
        form.addRow(self.tr("Status &window:"), self.window_spin)

        if self.state.db.read_only:
            group.setEnabled(False)
            group.setToolTip(self.tr("The database is open read-only."))
        return group

    # -- values ----------------------------------------------------------------

    def _load(self) -> None:
        self.database_edit.setText(setting_text(DATABASE_PATH_KEY))
        year = setting_int(REPORT_YEAR_KEY)
        self.year_spin.setValue(year if year else self.year_spin.minimum())
        language = setting_text(LANGUAGE_KEY, i18n.current_language())
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(language)))

        shared = settings_store.load(self.state.db)
        # What the user is shown: saving writes only what they change, and
        # refuses a setting someone else changed while the dialog was open.
        self._shown_shared = settings_store.current_values(self.state.db)
        self.organisation_edit.setText(shared.organisation)
        self.logo_edit.setText(self.state.db.setting(settings_store.LOGO_PATH))
        for edit in (self.database_edit, self.organisation_edit, self.logo_edit):
            edit.setCursorPosition(0)  # show the start of a long text, not its end
        self.deadline_edit.setDate(QDate(2001, shared.deadline_month, shared.deadline_day))
        self.basis_combo.setCurrentIndex(self.basis_combo.findData(shared.basis.value))
        self.baseline_spin.setValue(shared.baseline_year or self.state.report_year - 1)
        self._update_baseline_enabled()
        # The main area in force (the setting, else the area marked main); saved only if changed.
        self.main_area_combo.setCurrentIndex(
            max(0, self.main_area_combo.findData(self._shown_shared[settings_store.MAIN_AREA])))
        self.significance_combo.setCurrentIndex(self.significance_combo.findData(shared.significance_policy.value))
        self.window_spin.setValue(shared.status_window)

    def _say_years(self, years: int) -> None:
        self.window_spin.setSuffix(self.tr(" year") if years == 1 else self.tr(" years"))

    def _update_baseline_enabled(self) -> None:
        self.baseline_spin.setEnabled(self.basis_combo.currentData() == ComparisonBasis.BASELINE.value)

    def shared_values(self) -> dict[str, str]:
        deadline = self.deadline_edit.date()
        basis = self.basis_combo.currentData()
        return {
            settings_store.ORGANISATION: self.organisation_edit.text().strip(),
            settings_store.LOGO_PATH: self.logo_edit.text().strip(),
            settings_store.FOLLOW_UP_DEADLINE: f"{deadline.month():02d}-{deadline.day():02d}",
            settings_store.COMPARISON_BASIS: basis,
            settings_store.BASELINE_YEAR: str(self.baseline_spin.value()) if basis == ComparisonBasis.BASELINE.value else "",
            settings_store.MAIN_AREA: self.main_area_combo.currentData() or "",
            settings_store.SIGNIFICANCE_POLICY: self.significance_combo.currentData(),
            settings_store.STATUS_WINDOW: str(self.window_spin.value()),
        }

    def _field_widget(self, field: str | None) -> QWidget | None:
        return {
            settings_store.ORGANISATION: self.organisation_edit,
            settings_store.LOGO_PATH: self.logo_edit,
            settings_store.FOLLOW_UP_DEADLINE: self.deadline_edit,
            settings_store.COMPARISON_BASIS: self.basis_combo,
            settings_store.BASELINE_YEAR: self.baseline_spin,
            settings_store.MAIN_AREA: self.main_area_combo,
            settings_store.SIGNIFICANCE_POLICY: self.significance_combo,
            settings_store.STATUS_WINDOW: self.window_spin,
            DATABASE_PATH_KEY: self.database_edit,
        }.get(field or "")

    def _check_database_path(self) -> None:
        text = self.database_edit.text().strip()
        if text and not Path(text).parent.is_dir():
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The folder of {path} does not exist."), field=DATABASE_PATH_KEY, path=text
            )

    def accept(self) -> None:
        try:
            self._check_database_path()
            main_area_changed = (
                self.shared_values()[settings_store.MAIN_AREA] != self._shown_shared[settings_store.MAIN_AREA]
            )
            if not self.state.db.read_only:
                settings_store.save(self.state.db, self.shared_values(), seen=self._shown_shared)
        except BarometerError as error:
            widget = self._field_widget(error.field if isinstance(error, ValidationError) else None)
            if widget is not None:
                widget.setFocus()
            QMessageBox.warning(self, self.tr("Settings not saved"), error.user_message(QApplication.translate))
            return
        self._save_personal()
        if not self.state.db.read_only:
            if main_area_changed:
                # Every screen orders and reads its areas anew, as for another database.
                self.state.database_changed.emit()
            self.state.notify(EVERYTHING)
        super().accept()

    def _save_personal(self) -> None:
        settings = QSettings()
        settings.setValue(DATABASE_PATH_KEY, self.database_edit.text().strip())
        year = self.year_spin.value()
        settings.setValue(REPORT_YEAR_KEY, 0 if year == self.year_spin.minimum() else year)
        language = self.language_combo.currentData()
        previous = setting_text(LANGUAGE_KEY, i18n.current_language())
        settings.setValue(LANGUAGE_KEY, language)
        if language != previous:
            app = QApplication.instance()
            if app is not None:  # always there while a dialog is open
                install_translators(app, language)
            # The open screens keep the words they were built with: say so, and offer the restart.
            answer = QMessageBox.question(
                self,
                self.tr("Language"),
                self.tr(
                    "The screens already open keep their language until the program is restarted. "
                    "Restart now? Unsaved edits are asked about first."
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.Yes,
            )
            self.restart_requested = answer == QMessageBox.StandardButton.Yes

    # -- browsing ----------------------------------------------------------------

    def _browse_database(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Choose the barometer database"),
            self.database_edit.text(),
            self.tr("Barometer database (*.sqlite *.db);;All files (*)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            self.database_edit.setText(path)

    def _browse_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the logo"), self.logo_edit.text(), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if path:
            self.logo_edit.setText(path)
