"""The first start: no database yet, so the user opens one or sets up a barometer.

The choice page opens an existing file (one click and the file dialog), the
demo, or goes on to the setup page: the municipality, what to start from
(Copenhagen's 2011 policy as an example, a policy file, or an empty policy),
the comparison municipalities, and the committees (optional; they can be
added later). Cancel in a file dialog or Back returns to the choice; only
the window's own Cancel ends the program.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCompleter,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop import municipalities
from barometer_desktop.errors import QT_TRANSLATE_NOOP, BarometerError, ValidationError
from barometer_desktop.policy_file.own_municipality import starting_definition
from barometer_desktop.resources import shipped_path
from barometer_desktop.ui import theme

EXAMPLE, FILE, EMPTY = "example", "file", "empty"


@dataclass(frozen=True)
class FirstStart:
    """What the user chose: open `path`, open the demo, or create `path` from `definition`."""

    kind: str  # "open" | "demo" | "create"
    path: Path | None = None
    definition: dict[str, Any] | None = None
    municipality: str = ""


def _place_text(place: municipalities.Place) -> str:
    return f"{place.code} {place.name}"


def parse_committees(text: str) -> list[dict[str, Any]]:
    """Committees typed one a line as "short name, name[, administration]"."""
    committees = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        parts = [p.strip() for p in line.split(",")]
        if len(parts) < 2 or not parts[0] or not parts[1]:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Committees, line {line}: write the short name, a comma and the name."),
                field="committees",
                line=number,
            )
        committees.append(
            {"name": parts[1], "short_name": parts[0], "administration": parts[2] if len(parts) > 2 else "",
             "contact_emails": []}
        )
    return committees


class FirstStartDialog(QDialog):
    def __init__(self, default_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_start_dialog")
        self.setWindowTitle(self.tr("Welcome to Integrationsbarometer"))
        self.default_path = default_path
        self.resize(620, 480)
        self.result_choice: FirstStart | None = None
        # At the program's start the choice page comes first; File › New database shows the setup only.
        self.choice_offered = True
        self.pages = QStackedWidget()
        self.pages.addWidget(self._choice_page())
        self.pages.addWidget(self._setup_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # -- page 1: the choice -------------------------------------------------------------

    def _choice_page(self) -> QWidget:
        page = QWidget()
        text = QLabel(self.tr(
            "There is no barometer database at {path}. Set up a new barometer for your "
            "municipality, open an existing database file, or try the program on the demo database "
            "with made-up values."
        ).format(path=self.default_path))
        text.setWordWrap(True)
        self.setup_button = QPushButton(self.tr("Set up a new barometer…"))
        self.setup_button.setObjectName("first_start_setup")
        self.setup_button.clicked.connect(lambda: self.pages.setCurrentIndex(1))
        self.open_button = QPushButton(self.tr("Open an existing database…"))
        self.open_button.setObjectName("first_start_open")
        self.open_button.clicked.connect(self.open_existing)
        self.demo_button = QPushButton(self.tr("Open the demo database"))
        self.demo_button.setObjectName("first_start_demo")
        self.demo_button.clicked.connect(lambda: self._finish(FirstStart("demo")))
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        layout = QVBoxLayout(page)
        layout.addWidget(text)
        for button in (self.setup_button, self.open_button, self.demo_button):
            layout.addWidget(button)
        layout.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(cancel)
        layout.addLayout(row)
        return page

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape, easily pressed by mistake, goes back from the setup to the choice and, on the
        choice, asks first: without a database the program ends. Cancel and the window's close
        box are deliberate and close at once."""
        if event.key() != Qt.Key.Key_Escape or not self.choice_offered:
            super().keyPressEvent(event)
            return
        if self.pages.currentIndex() == 1:
            self.pages.setCurrentIndex(0)
            self.setup_button.setFocus()
            return
        answer = QMessageBox.question(
            self,
            self.windowTitle(),
            self.tr("Quit without a barometer? Nothing has been set up; the program closes "
                    "and asks again at the next start."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.reject()

    def open_existing(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(self.default_path.parent),
            self.tr("Barometer database (*.sqlite *.db);;All files (*)"),
        )
        if path:  # Cancel in the file dialog: back to the choice
            self._finish(FirstStart("open", Path(path)))

    # -- page 2: the setup ---------------------------------------------------------------

    def _setup_page(self) -> QWidget:
        page = QWidget()
        names = [_place_text(p) for p in municipalities.municipalities()]
        self.municipality = QLineEdit()
        self.municipality.setObjectName("first_start_municipality")
        self.municipality.setPlaceholderText(self.tr("Name or code, e.g. 751 Aarhus"))
        self.municipality.setCompleter(self._completer(names))

        self.source_group = QButtonGroup(self)
        self.example_radio = QRadioButton(self.tr("Copenhagen's 2011 policy, as an example to adapt"))
        self.file_radio = QRadioButton(self.tr("A policy file from another municipality or an export"))
        self.empty_radio = QRadioButton(self.tr("An empty policy: add goals and indicators yourself"))
        for key, radio in ((EXAMPLE, self.example_radio), (FILE, self.file_radio), (EMPTY, self.empty_radio)):
            radio.setObjectName(f"first_start_{key}")
            self.source_group.addButton(radio)
        self.empty_radio.setChecked(True)
        self.policy_path = QLineEdit()
        self.policy_path.setObjectName("first_start_policy_file")
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse_policy)
        file_row = QHBoxLayout()
        file_row.addWidget(self.policy_path, 1)
        file_row.addWidget(browse)

        self.comparison = QLineEdit()
        self.comparison.setObjectName("first_start_comparison")
        self.comparison.setPlaceholderText(self.tr("Type a municipality and press Enter"))
        self.comparison.setCompleter(self._completer(names))
        self.comparison.returnPressed.connect(self.add_comparison)
        self.comparisons = QListWidget()
        self.comparisons.setObjectName("first_start_comparisons")
        self.comparisons.setMaximumHeight(90)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(lambda: self.comparisons.takeItem(self.comparisons.currentRow()))

        self.committees = QPlainTextEdit()
        self.committees.setObjectName("first_start_committees")
        self.committees.setPlaceholderText(self.tr("Optional, one a line: short name, name (e.g. BU, Beskæftigelsesudvalget)"))
        self.committees.setMaximumHeight(80)

        self.message = QLabel()
        self.message.setObjectName("first_start_message")
        self.message.setWordWrap(True)

        self.message.setStyleSheet(theme.emphasis_style("error"))
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(0))
        self.create_button = QPushButton(self.tr("Create the barometer"))
        self.create_button.setObjectName("first_start_create")
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self.create_barometer)

        form = QFormLayout()
        form.addRow(self.tr("Municipality:"), self.municipality)
        sources = QVBoxLayout()
        for radio in (self.example_radio, self.file_radio):
            sources.addWidget(radio)
        sources.addLayout(file_row)
        sources.addWidget(self.empty_radio)
        form.addRow(self.tr("Start from:"), sources)
        compare = QVBoxLayout()
        compare.addWidget(self.comparison)
        compare.addWidget(self.comparisons)
        compare.addWidget(remove, 0, Qt.AlignmentFlag.AlignLeft)
        form.addRow(self.tr("Compare with:"), compare)
        form.addRow(self.tr("Committees:"), self.committees)
        buttons = QHBoxLayout()
        buttons.addWidget(back)
        buttons.addStretch(1)
        buttons.addWidget(self.create_button)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("The new database: {path}").format(path=self.default_path)))
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _completer(self, names: list[str]) -> QCompleter:
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)  # "aar" finds "751 Aarhus"
        return completer

    def _browse_policy(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Policy file"), "", self.tr("Policy file (*.toml);;All files (*)")
        )
        if path:
            self.policy_path.setText(path)
            self.file_radio.setChecked(True)

    def add_comparison(self) -> None:
        place = municipalities.find(self.comparison.text())
        if place is None or place.kind != "municipality":
            self.message.setText(self.tr("{name} is not a Danish municipality.").format(name=self.comparison.text()))
            return
        self.message.clear()
        text = _place_text(place)
        if not self.comparisons.findItems(text, Qt.MatchFlag.MatchExactly):
            self.comparisons.addItem(text)
        self.comparison.clear()

    def _source(self) -> dict[str, Any]:
        from barometer_desktop.storage.seed import SEED_FILE, read_policy_file  # noqa: PLC0415 - lazy: loads the ORM, which only edits need (reading goes through Core)

        if self.example_radio.isChecked():
            return read_policy_file(shipped_path(*SEED_FILE))
        if self.file_radio.isChecked():
            if not self.policy_path.text().strip():
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the policy file."), field="policy_file")
            return read_policy_file(Path(self.policy_path.text().strip()))
        return read_policy_file(shipped_path("database", "seed", "policy_template.toml"))

    def create_barometer(self) -> None:
        try:
            source = self._source()
            typed = parse_committees(self.committees.toPlainText())
            comparisons = [self.comparisons.item(i).text() for i in range(self.comparisons.count())]
            definition = starting_definition(
                source, self.municipality.text(), comparisons, typed if typed or self.empty_radio.isChecked() else None
            )
        except (BarometerError, OSError) as error:
            text = error.user_message(QCoreApplication.translate) if isinstance(error, BarometerError) else str(error)
            self.message.setText(text)
            return
        self._finish(FirstStart("create", self.default_path, definition, self.municipality.text()))

    def _finish(self, choice: FirstStart) -> None:
        self.result_choice = choice
        self.accept()


def ask_new_barometer(parent: QWidget | None, path: Path) -> FirstStart | None:
    """File > New database: the setup page for a barometer at `path`; None when cancelled."""
    dialog = FirstStartDialog(path, parent)
    dialog.choice_offered = False  # Escape cancels the new database; the program stays open
    dialog.pages.setCurrentIndex(1)
    dialog.exec()
    choice = dialog.result_choice
    return choice if choice is not None and choice.kind == "create" else None
