"""With Danish chosen, no screen shows an English source string.

The test walks the main window as a user would (every navigation entry and
every tab of a tabbed screen) and collects the texts on screen: labels,
buttons, group titles, tab titles, menu and toolbar actions, navigation
entries, table/tree column headers, the window title and tooltips. None of
them may be an English source string of the catalogue whose Danish
translation differs from it (or is still missing). Templates with
{placeholders} are matched as patterns, so "Goal {number}" also catches
"Goal 3".
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ElementTree

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QGroupBox,
    QLabel,
    QMenu,
    QTableView,
    QTabWidget,
    QToolBar,
    QTreeView,
    QWidget,
)

from barometer_desktop import i18n


def _messages(lang: str) -> list[tuple[str, str | None]]:
    """(source, finished translation or None) for every current message."""
    root = ElementTree.parse(i18n.ts_file(lang)).getroot()
    out = []
    for message in root.iter("message"):
        translation = message.find("translation")
        kind = translation.get("type") if translation is not None else "unfinished"
        if kind in ("obsolete", "vanished"):
            continue
        text = translation.text if translation is not None and kind != "unfinished" else None
        out.append((message.findtext("source") or "", text or None))
    return out


def _english_only() -> tuple[set[str], list[re.Pattern[str]]]:
    """Source strings that would show untranslated: plain ones and placeholder patterns."""
    messages = _messages("da")
    danish_words = {translation for _, translation in messages if translation}
    plain: set[str] = set()
    patterns: list[re.Pattern[str]] = []
    for source, translation in messages:
        if translation == source or source in danish_words or not re.search(r"[A-Za-z]{2}", source):
            continue  # the same word in both languages, or no words at all
        for form in {source, source.replace("&", "")}:
            if re.search(r"\{\w*\}", form):
                parts = re.split(r"\{\w*\}", form)
                patterns.append(re.compile(".+".join(re.escape(p) for p in parts), re.DOTALL))
            else:
                plain.add(form)
    return plain, patterns


def _action_texts(actions, seen: set[int]) -> list[str]:
    texts = []
    for action in actions:
        if id(action) in seen or action.isSeparator():
            continue
        seen.add(id(action))
        texts.extend(t for t in (action.text(), action.toolTip()) if t)
        if action.menu() is not None:
            texts.append(action.menu().title())
            texts.extend(_action_texts(action.menu().actions(), seen))
    return texts


def _header_texts(view: QTableView | QTreeView) -> list[str]:
    model = view.model()
    if model is None:
        return []
    texts = []
    for column in range(model.columnCount(QModelIndex())):
        value = model.headerData(column, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if isinstance(value, str):
            texts.append(value)
    return texts


def _visible_texts(root: QWidget) -> list[str]:
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or isinstance(widget, QMenu):
            continue
        if isinstance(widget, QLabel):
            texts.append(widget.text())
        elif isinstance(widget, QAbstractButton):
            texts.append(widget.text())
        elif isinstance(widget, QGroupBox):
            texts.append(widget.title())
        elif isinstance(widget, QTabWidget):
            texts.extend(widget.tabText(i) for i in range(widget.count()))
        elif isinstance(widget, (QTableView, QTreeView)):
            texts.extend(_header_texts(widget))
        elif isinstance(widget, QToolBar):
            texts.extend(_action_texts(widget.actions(), set()))
        if widget.toolTip():
            texts.append(widget.toolTip())
    return texts


def _screen_texts(window) -> list[str]:
    texts = [window.windowTitle()]
    texts.extend(_action_texts(window.menuBar().actions(), set()))
    for row in range(window.navigation.count()):
        item = window.navigation.item(row)
        texts.extend([item.text(), item.toolTip()])
        window.navigation.setCurrentRow(row)
        screen = window.stack.currentWidget()
        texts.extend(_visible_texts(window))
        for tabs in screen.findChildren(QTabWidget):
            for index in range(tabs.count()):
                if tabs.isVisible():
                    tabs.setCurrentIndex(index)
                    texts.extend(_visible_texts(tabs))
    return [t.strip() for t in texts if t and t.strip()]


def test_the_danish_catalogue_is_complete():
    """Every collected message has a finished Danish translation (else it shows in English)."""
    missing = [source for source, translation in _messages("da") if translation is None]
    assert not missing, "untranslated in barometer_da.ts:\n" + "\n".join(missing)


def test_danish_screens_show_no_english_source_text(main_window):
    assert i18n.current_language() == "da"
    plain, patterns = _english_only()
    english = sorted(
        {text for text in _screen_texts(main_window)
         if text in plain or any(p.fullmatch(text) for p in patterns)}
    )
    assert not english, "untranslated on the Danish screens:\n" + "\n".join(english)


def test_the_walk_sees_the_screens_texts(main_window):
    """The collector really reaches every screen (else the test above would pass vacuously)."""
    texts = _screen_texts(main_window)
    titles = [main_window.navigation.item(row).text() for row in range(main_window.navigation.count())]
    assert len(titles) >= 6
    assert set(titles) <= set(texts)
    # Far more than the navigation: labels, buttons, headers of each screen.
    assert len(set(texts)) > 10 * len(titles)
