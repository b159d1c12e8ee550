"""Walking a window as a screen reader and a keyboard user meet it.

Used by test_accessibility.py: every interactive widget must have a name, every
label that introduces a field must reach it, mnemonics must be unique within
what is visible at once, and Tab must reach every enabled control and come
back to where it started (no trap, no dead end).
"""

from __future__ import annotations

import re
from html import unescape

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QMainWindow,
    QMenuBar,
    QScrollBar,
    QTabBar,
    QWidget,
)

_TAGS = re.compile(r"<[^>]+>")
_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


def plain(text: str) -> str:
    return unescape(_TAGS.sub("", text)).strip()


def mnemonic(text: str) -> str | None:
    found = _MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def describe(widget: QWidget) -> str:
    text = ""
    for getter in ("text", "title", "accessibleName"):
        value = getattr(widget, getter, None)
        if callable(value):
            try:
                text = value() or text
            except TypeError:
                continue
        if text:
            break
    return f"{type(widget).__name__}#{widget.objectName() or '?'} {text[:40]!r}"


def _owner(widget: QWidget) -> QWidget:
    """The control a keyboard user sees: a spin box or combo box, not the line edit inside."""
    parent = widget.parentWidget()
    while parent is not None and isinstance(parent, (QAbstractSpinBox, QComboBox)):
        widget, parent = parent, parent.parentWidget()
    return widget


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.isVisible() and widget.window() is window


def interactive(window: QWidget) -> list[QWidget]:
    """The visible controls a keyboard user can Tab to."""
    found = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window) or isinstance(widget, QScrollBar):
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None:
            continue
        owner = _owner(widget)
        if owner not in found:
            found.append(owner)
    return found


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) if interface is not None else "").strip()


def unnamed(window: QWidget) -> list[str]:
    return [describe(w) for w in interactive(window) if not accessible_name(w)]


def _takes_focus(widget: QWidget | None) -> bool:
    seen = set()
    while widget is not None and widget.focusProxy() is not None and id(widget) not in seen:
        seen.add(id(widget))
        widget = widget.focusProxy()
    return widget is not None and widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def broken_labels(window: QWidget) -> list[str]:
    """Labels that introduce a field (end with ':' or carry a mnemonic) but reach none."""
    broken = []
    # A form row whose field is plain text ("Version: 1.2") is read, not operated: no buddy needed.
    shown_values = set()
    for form in window.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            if label_item and field_item and isinstance(field_item.widget(), QLabel):
                shown_values.add(id(label_item.widget()))
    for label in window.findChildren(QLabel):
        if not _shown(label, window) or "<" in label.text() or id(label) in shown_values:
            continue
        text = label.text()
        if not (plain(text).endswith(":") or mnemonic(text)):
            continue
        if not _takes_focus(label.buddy()):
            broken.append(describe(label))
    return broken


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Mnemonic letter -> what carries it, over everything visible at once."""
    taken: dict[str, list[str]] = {}

    def add(text: str, what: str) -> None:
        letter = mnemonic(text)
        if letter:
            taken.setdefault(letter, []).append(what)

    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        if isinstance(widget, QAbstractButton):
            add(widget.text(), describe(widget))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), describe(widget))
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            add(widget.title(), describe(widget))
        elif isinstance(widget, QTabBar):
            for index in range(widget.count()):
                add(widget.tabText(index), f"tab {widget.tabText(index)!r}")
    if isinstance(window, QMainWindow):
        bar: QMenuBar = window.menuBar()
        for action in bar.actions():
            add(action.text(), f"menu {action.text()!r}")
    return taken


def duplicate_mnemonics(window: QWidget) -> dict[str, list[str]]:
    return {letter: users for letter, users in mnemonics(window).items() if len(users) > 1}


def tab_cycle(window: QWidget, limit: int = 600) -> tuple[list[QWidget], str]:
    """Press Tab from the first control until the focus is back; returns what it met and a problem ("" if none)."""
    controls = [w for w in interactive(window) if w.isEnabled()]
    if not controls:
        return [], ""
    start = controls[0]
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    first = QApplication.focusWidget()
    if first is None:
        return [], "no widget takes the focus"
    first = _owner(first)
    met = [first]
    stays = 0
    for _ in range(limit):
        before = QApplication.focusWidget()
        QTest.keyClick(before, Qt.Key.Key_Tab)
        QApplication.processEvents()
        now = QApplication.focusWidget()
        if now is None:
            return met, f"the focus was lost after {describe(_owner(before))}"
        now = _owner(now)
        if now is _owner(before):
            # A date field's Tab first walks its day, month and year.
            stays = stays + 1 if isinstance(now, QAbstractSpinBox) else 99
            if stays > 4 and len(controls) > 1:
                return met, f"Tab does not leave {describe(now)}"
            if len(controls) == 1:
                return met, ""
            continue
        stays = 0
        if now is first:
            return met, ""
        if now in met:
            return met, f"Tab cycles without returning to the start, at {describe(now)}"
        met.append(now)
    return met, "Tab never came back to the start"


def unreachable(window: QWidget, met: list[QWidget]) -> list[str]:
    return [describe(w) for w in interactive(window) if w.isEnabled() and w not in met]


def audit(window: QWidget) -> list[str]:
    """Every problem found on what `window` shows now, as readable lines."""
    problems = [f"no accessible name: {d}" for d in unnamed(window)]
    problems += [f"label without a working buddy: {d}" for d in broken_labels(window)]
    problems += [f"mnemonic Alt+{letter} used {len(users)} times: {users}" for letter, users in duplicate_mnemonics(window).items()]
    met, problem = tab_cycle(window)
    if problem:
        problems.append(problem)
    else:
        problems += [f"not reached by Tab: {d}" for d in unreachable(window, met)]
    return problems


def views_that_trap(window: QWidget) -> list[str]:
    return [describe(v) for v in window.findChildren(QAbstractItemView) if v.tabKeyNavigation()]
