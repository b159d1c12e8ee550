"""Guard against a Qt binding that leaks references to None (PySide6 6.12.0 does).

Each empty value Qt hands back (QModelIndex.data on an unset role, which
every view and pyqtgraph redraw asks for) dropped one reference to None;
after a few thousand the interpreter aborts. constraints.txt pins a version
without the bug; this test fails if an upgrade brings it back.
"""

import sys

from PySide6.QtCore import QStringListModel, Qt


def test_empty_model_data_keeps_none_alive(qapp):
    model = QStringListModel(["a"])  # kept alive: the index does not own it
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(2000):
        index.data(Qt.ItemDataRole.DecorationRole)
    assert sys.getrefcount(None) >= before - 10
