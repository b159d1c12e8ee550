"""With English chosen, no screen shows Danish: no Danish catalogue text, no
Danish number or date format (numbers and dates follow the window's language),
the entry grid says "Whole country", and F1 opens the English guide.

The walk is the one of test_language_switch (every navigation entry and every
tab), in a window built after switching to English, as after a restart.
"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QTableView, QTreeView, QWidget
from test_language_switch import _messages, _screen_texts

from barometer_desktop import i18n
from barometer_desktop.domain import formatting

DANISH_NUMBER = re.compile(r"\d,\d")  # 12,5 (English writes 12.5; thousands groups are 1,234: see below)
DANISH_DATE = re.compile(r"\b\d{2}\.\d{2}\.\d{4}\b")  # 24.11.2026


@pytest.fixture
def english_window(qtbot, app_state):
    from barometer_desktop.ui.main_window import MainWindow
    from barometer_desktop.ui.translation import install_translators

    install_translators(QApplication.instance(), "en")
    window = MainWindow(app_state)
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "confirm_leave_all", lambda: True))
    window.show()
    qtbot.waitExposed(window)
    yield window
    install_translators(QApplication.instance(), "da")


def _danish_only() -> tuple[set[str], list[re.Pattern[str]]]:
    """Danish translations that differ from every English text (plain and as patterns)."""
    english_sources = {source for source, _ in _messages("en")}
    plain: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for source, translation in _messages("da"):
        if not translation or translation == source or translation in english_sources:
            continue
        if not re.search(r"[A-Za-zæøåÆØÅ]{2}", translation):
            continue
        for form in {translation, translation.replace("&", "")}:
            if re.search(r"\{\w*\}", form):
                parts = re.split(r"\{\w*\}", form)
                if sum(len(p.strip()) for p in parts) >= 4:
                    patterns.append(re.compile(".+".join(re.escape(p) for p in parts), re.DOTALL))
            else:
                plain.add(form)
    return plain, patterns


def _cell_texts(root: QWidget) -> list[str]:
    """What the tables and trees show in their cells (values, dates), as far as visible."""
    texts = []
    for view in root.findChildren(QTableView) + root.findChildren(QTreeView):
        model = view.model()
        if model is None or not view.isVisible():
            continue
        for row in range(min(model.rowCount(QModelIndex()), 40)):
            for column in range(model.columnCount(QModelIndex())):
                value = model.data(model.index(row, column), Qt.ItemDataRole.DisplayRole)
                if isinstance(value, str):
                    texts.append(value)
    return texts


def _walk(window) -> list[str]:
    from PySide6.QtWidgets import QDateEdit, QTabWidget

    texts = _screen_texts(window)
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        screen = window.stack.currentWidget()
        texts.extend(_cell_texts(screen))
        for tabs in screen.findChildren(QTabWidget):
            for index in range(tabs.count()):
                tabs.setCurrentIndex(index)
                texts.extend(e.text() for e in tabs.findChildren(QDateEdit) if e.isVisible())
    return texts


def test_english_screens_show_no_danish_text_and_no_danish_numbers(english_window):
    assert i18n.current_language() == "en" and formatting.default_language() == "en"
    # The window title is the program's name and the database file: names, not words.
    texts = [t for t in _walk(english_window) if t != english_window.windowTitle()]
    plain, patterns = _danish_only()
    danish = sorted({t for t in texts if t in plain or any(p.fullmatch(t) for p in patterns)})
    assert not danish, "Danish on the English screens:\n" + "\n".join(danish)
    numbers = sorted({t for t in texts if DANISH_DATE.search(t) or re.search(r"\d,\d(?!\d\d)", t)})
    assert not numbers, "Danish number or date format on the English screens:\n" + "\n".join(numbers)


def test_the_english_walk_reaches_the_values(english_window):
    """The walk sees English-formatted figures (else the number check would pass vacuously)."""
    texts = _walk(english_window)
    assert any(re.search(r"\d\.\d", t) for t in texts)
    assert "1 Mar" in texts  # the deadline's date field, in the English form
    assert len(set(texts)) > 300


def test_the_entry_grid_says_whole_country_in_english(english_window):
    english_window.show_screen("entry")
    model = english_window.page("entry").model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert "Whole country" in headers and "Hele landet" not in headers


def test_f1_opens_the_english_guide(english_window):
    from barometer_desktop.ui.help_dialog import HelpDialog

    dialog = HelpDialog(english_window)
    text = dialog.browser.toPlainText()
    assert "The year in the program" in text and "Årets gang" not in text
    dialog.close()


def test_qts_own_dialog_texts_are_translated_to_danish(main_window):
    """Every label, button and tip of Qt's own file dialog reads Danish in the Danish window
    (Qt 6's "&Look in:" and "Files of &type:" are missing from Qt's Danish catalogue: ours has them)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QAbstractButton, QFileDialog, QLabel

    from barometer_desktop.ui.qt_texts import MISSING_FROM_QT

    for context, text in MISSING_FROM_QT:
        assert QCoreApplication.translate(context, text) != text
    dialog = QFileDialog(main_window, "Gem", "", "PDF-filer (*.pdf)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.show()
    try:
        widgets = [*dialog.findChildren(QLabel), *dialog.findChildren(QAbstractButton)]
        shown = [w.text() for w in widgets if w.text()] + [w.toolTip() for w in widgets if w.toolTip()]
        assert "Kig &i:" in shown and "&Filnavn:" in shown
        english = {"&Look in:", "Files of &type:", "File &name:", "&Save", "Cancel", "Back", "Forward", "Parent Directory"}
        assert not english & set(shown), shown
    finally:
        dialog.close()


def test_the_notice_to_biu_is_in_the_windows_language(english_window):
    english_window.show_screen("committees")
    screen = english_window.page("committees")
    screen.show_tab(screen.missing)
    notice = screen.missing.notice.toPlainText()
    assert notice.startswith("To the Employment and Integration Committee (BIU)")
    assert "not yet recorded the follow-up" in notice


def test_the_whole_country_column_fits_its_english_header(english_window):
    english_window.show_screen("entry")
    screen = english_window.page("entry")
    model = screen.model
    column = next(c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == "Whole country")
    header = screen.view.horizontalHeader()
    assert header.sectionSize(column) >= header.fontMetrics().horizontalAdvance("Whole country") + 16


def test_the_received_date_reads_back_whole_in_english(english_window):
    from datetime import date

    english_window.show_screen("committees")
    screen = english_window.page("committees")
    screen.show_tab(screen.follow_up)
    tab = screen.follow_up
    assert tab.received.text() == "24 Feb 2014"  # ØU's demo report, written as the English window writes dates
    assert tab.received.value() == date(2014, 2, 24) and not tab.is_dirty
