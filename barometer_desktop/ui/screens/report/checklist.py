"""Before a final edition is made: what is incomplete for the year, and an explicit yes."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from barometer_desktop.assembly.checklist import describe
from barometer_desktop.assembly.snapshot import ChecklistItem


class ChecklistDialog(QDialog):
    """Lists every gap (expandable to the cases); OK only once the user ticks that they know."""

    def __init__(self, parent: QWidget | None, items: tuple[ChecklistItem, ...], year: int) -> None:
        super().__init__(parent)
        self.setObjectName("edition_checklist")
        self.setWindowTitle(self.tr("Final edition {year}: data are incomplete").format(year=year))
        intro = QLabel(self.tr(
            "A final edition is frozen as it is made. These data for {year} are still incomplete; "
            "the list is stored with the edition and printed in it as its data status."
        ).format(year=year))
        intro.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("checklist_items")
        self.tree.setHeaderHidden(True)
        for item in items:
            top = QTreeWidgetItem([describe(item, QCoreApplication.translate)])
            for detail in item.details:
                top.addChild(QTreeWidgetItem([detail]))
            self.tree.addTopLevelItem(top)
        self.confirm = QCheckBox(self.tr("I know the data are incomplete and want to make the final edition now"))
        self.confirm.setObjectName("confirm_incomplete")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Make the final edition"))
        ok.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.confirm.toggled.connect(ok.setEnabled)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.confirm)
        layout.addWidget(self.buttons)
        self.resize(620, 420)

    def confirmed(self) -> bool:
        return self.exec() == QDialog.DialogCode.Accepted and self.confirm.isChecked()
