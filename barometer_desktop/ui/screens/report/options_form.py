"""The report screen's choices: the edition, the report's language, the case number and
the comparison areas. The report year is the toolbar's, shown here only."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop import i18n
from barometer_desktop.domain.areas import comparison_areas
from barometer_desktop.domain.formatting import Lang
from barometer_desktop.report.options import CASE_NUMBER_LIMIT
from barometer_desktop.storage.records import AreaRecord
from barometer_desktop.ui.accessibility import buddy, leave_with_tab, named
from barometer_desktop.ui.screens.report.ticks import add_tickable, ticked


class ReportOptionsBox(QGroupBox):
    def __init__(self, year: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Report"))
        form = QFormLayout(self)
        # The report year is the toolbar's (state.report_year), as on every
        # screen; a second year box here left unclear which one counts.
        self.year_label = QLabel()
        self.year_label.setObjectName("report_year_label")
        self.year_label.setWordWrap(True)
        self.year_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.show_year(year)  # before the row is added: the form sizes the wrapping label by its text
        form.addRow(self.year_label)

        self.draft_radio = QRadioButton(self.tr("&Draft"))
        self.final_radio = QRadioButton(self.tr("Fi&nal edition (stored for re-issue)"))
        self.draft_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.draft_radio)
        group.addButton(self.final_radio)
        edition = QVBoxLayout()
        edition.addWidget(self.draft_radio)
        edition.addWidget(self.final_radio)
        form.addRow(buddy(QLabel(self.tr("Edition:")), self.draft_radio), edition)

        # The languages in the box's order, so the choice is read back as a language, not as item data.
        self._languages: tuple[Lang, ...] = ("da", "en")
        self.language_box = QComboBox()
        self.language_box.setObjectName("report_language")
        self.language_box.addItem(self.tr("Danish"), "da")
        self.language_box.addItem(self.tr("English"), "en")
        # The window's language: an English user gets an English report unless they choose otherwise.
        self.language_box.setCurrentIndex(self._languages.index(i18n.current_language()))
        form.addRow(self.tr("&Language:"), self.language_box)

        self.case_number = QLineEdit()
        self.case_number.setObjectName("case_number")
        self.case_number.setMaxLength(CASE_NUMBER_LIMIT)
        self.case_number.setPlaceholderText(self.tr("optional, e.g. 2014-0012345"))
        form.addRow(self.tr("&Case number:"), self.case_number)

        self.areas_list = QListWidget()
        self.areas_list.setObjectName("report_areas")
        named(self.areas_list, self.tr("Comparison areas"), self.tr("Space ticks or unticks an area."))
        leave_with_tab(self.areas_list)
        self.areas_list.setMaximumHeight(110)
        form.addRow(self.tr("Comparison areas:"), self.areas_list)

    def show_year(self, year: int) -> None:
        self.year_label.setText(self.tr("Report year: {year} (chosen in the toolbar)").format(year=year))

    def show_areas(self, areas: Sequence[AreaRecord]) -> None:
        """The comparison areas to choose from; the ticks the user set are kept (all, the first time)."""
        chosen = set(ticked(self.areas_list)) if self.areas_list.count() else None
        self.areas_list.clear()
        for area in comparison_areas(areas):
            add_tickable(self.areas_list, area.name, area.name, chosen is None or area.name in chosen)

    def chosen_areas(self) -> list[str]:
        return ticked(self.areas_list)

    def is_final(self) -> bool:
        return self.final_radio.isChecked()

    def language(self) -> Lang:
        """The report's language."""
        return self._languages[self.language_box.currentIndex()]

    def language_name(self, lang: str) -> str:
        """A language's name as the box shows it ("Dansk"); an unknown code as it is."""
        index = self.language_box.findData(lang)
        return self.language_box.itemText(index) if index >= 0 else lang
