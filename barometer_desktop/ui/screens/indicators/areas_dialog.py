"""The comparison areas: municipalities from the official list, searched as you type."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop import municipalities
from barometer_desktop.domain.areas import comparison_areas, fixed_areas
from barometer_desktop.errors import BarometerError
from barometer_desktop.storage import area_edits, catalog
from barometer_desktop.ui import theme
from barometer_desktop.ui.accessibility import buddy, leave_with_tab, named
from barometer_desktop.ui.changes import EVERYTHING
from barometer_desktop.ui.state import AppState


class AreasDialog(QDialog):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.setObjectName("areas_dialog")
        self.setWindowTitle(self.tr("Comparison municipalities"))
        self.resize(460, 420)
        self.fixed_label = QLabel()
        self.fixed_label.setWordWrap(True)
        self.area_list = leave_with_tab(QListWidget())
        self.area_list.setObjectName("comparison_list")
        named(self.area_list, self.tr("Comparison municipalities"))
        buddy(self.fixed_label, self.area_list)
        self.search = QLineEdit()
        self.search.setObjectName("comparison_search")
        named(self.search, self.tr("Add a comparison municipality"),
              self.tr("Type a municipality's name or code and press Enter"))
        self.search.setPlaceholderText(self.tr("Type a municipality's name or code and press Enter"))
        completer = QCompleter([f"{p.code} {p.name}" for p in municipalities.municipalities()], self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.search.setCompleter(completer)
        self.search.returnPressed.connect(self.add)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.setObjectName("remove_comparison")
        self.remove_button.clicked.connect(self.remove)
        self.message = QLabel()
        self.message.setObjectName("areas_message")
        self.message.setWordWrap(True)

        self.message.setStyleSheet(theme.emphasis_style("error"))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.fixed_label)
        layout.addWidget(self.area_list, 1)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(close)
        writable = not state.db.read_only
        self.search.setEnabled(writable)
        self.remove_button.setEnabled(writable)
        self.reload()

    def reload(self) -> None:
        areas = catalog.areas(self.state.db)
        self.fixed_label.setText(
            self.tr("Always shown: {areas}. Compared with:").format(areas=", ".join(a.name for a in fixed_areas(areas)))
        )
        self.area_list.clear()
        for area in comparison_areas(areas):
            item = QListWidgetItem(f"{area.code} {area.name}")
            item.setData(Qt.ItemDataRole.UserRole, area.id)
            self.area_list.addItem(item)

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except BarometerError as error:
            self.message.setText(error.user_message(QCoreApplication.translate))
            return False
        self.message.clear()
        self.reload()
        self.state.notify(EVERYTHING)
        return True

    def add(self) -> bool:
        text = self.search.text()
        if self._run(lambda: area_edits.add_comparison(self.state.db, text)):
            self.search.clear()
            return True
        return False

    def remove(self) -> bool:
        item = self.area_list.currentItem()
        if item is None:
            return False
        area_id = item.data(Qt.ItemDataRole.UserRole)
        return self._run(lambda: area_edits.remove_comparison(self.state.db, area_id))
