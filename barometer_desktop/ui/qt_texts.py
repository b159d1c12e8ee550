"""Qt's own texts that its Danish catalogue (qtbase_da.qm) lacks for this Qt version.

Qt 6 labels its file dialog "&Look in:" and "Files of &type:", while the
Danish catalogue it ships still translates the older "Look in:" and "Files of
type:". Our catalogue carries these few in Qt's own contexts; our translator
is installed last, so it is asked first (ui/translation.py).
"""

from __future__ import annotations

from barometer_desktop.errors import QT_TRANSLATE_NOOP

MISSING_FROM_QT = (
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "&Look in:")),
    ("QFileDialog", QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:")),
)
