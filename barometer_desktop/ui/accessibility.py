"""What every screen does for keyboard and screen-reader users, in one place.

- `named(widget, name, description)`: the accessible name (and description)
  a screen reader speaks; every interactive widget without a visible label
  that names it gets one here (tests/ui/test_accessibility.py walks every
  screen and fails on one that has none).
- `leave_with_tab(view)`: Tab and Shift+Tab leave a table or list (arrow keys
  move inside), so no view traps the keyboard.
- `announce(widget, text)`: a status message spoken at once (Qt's
  accessibility announcement), for messages that appear away from the focus.
- `kept_focus(container)`: a reload that rebuilds widgets puts the keyboard
  back on the same field (by object name) instead of losing it.
- `focus_proxy(container, field)`: a compound field (a check box and a date,
  a path and a Browse button) hands focus, and its label's mnemonic, to the
  field inside.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QLabel,
    QPlainTextEdit,
    QStyle,
    QStyledItemDelegate,
    QTextEdit,
    QWidget,
)

from barometer_desktop.ui import theme

# The helpers hand back the widget they were given, with its own type, so
# `self.field = named(QLineEdit(), ...)` stays a QLineEdit for the type checker.
AnyWidget = TypeVar("AnyWidget", bound=QWidget)
AnyView = TypeVar("AnyView", bound=QAbstractItemView)
AnyTextEdit = TypeVar("AnyTextEdit", QPlainTextEdit, QTextEdit)


def named(widget: AnyWidget, name: str, description: str = "") -> AnyWidget:
    """Set what a screen reader says for `widget`: its name and, if useful, a description."""
    widget.setAccessibleName(name)
    if description:
        widget.setAccessibleDescription(description)
    return widget


def leave_with_tab(view: AnyView) -> AnyView:
    """Tab moves on to the next control; arrow keys move between the view's cells."""
    view.setTabKeyNavigation(False)
    return view


def tab_moves_on(edit: AnyTextEdit) -> AnyTextEdit:
    """A text field where Tab moves to the next control instead of typing a tab character."""
    edit.setTabChangesFocus(True)
    return edit


def focus_proxy(container: AnyWidget, field: QWidget) -> AnyWidget:
    """Focus (and a label's mnemonic) given to `container` goes to `field`."""
    container.setFocusProxy(field)
    return container


def buddy(label: QLabel, field: QWidget) -> QLabel:
    """Tie a label to its field: the mnemonic focuses the field, a screen reader names it by the label."""
    label.setBuddy(field)
    return label


class FocusRingDelegate(QStyledItemDelegate):
    """Draws a clear ring (the theme's focus colour, 2 px) around the cell the
    keyboard is on, also inside a selected row, where the style's dotted
    frame is barely visible."""

    def paint(self, painter, option, index) -> None:  # Qt override
        super().paint(painter, option, index)
        if option.state & QStyle.StateFlag.State_HasFocus:
            # On a selected cell the ring takes the selection's text colour, which the style keeps readable on it.
            if option.state & QStyle.StateFlag.State_Selected:
                colour = option.palette.color(QPalette.ColorRole.HighlightedText)
            else:
                colour = theme.current(option.palette).line("focus")
            painter.save()
            painter.setPen(QPen(colour, 2))
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()


def focus_ring(view: AnyView) -> AnyView:
    """Give `view` the clear focus ring (its default delegate)."""
    view.setItemDelegate(FocusRingDelegate(view))
    return view


class _Announcer(QObject):
    """Remembers what was announced last (a test reads it; screen readers hear the event)."""

    announced = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.last = ""


_announcer: _Announcer | None = None


def announcer() -> _Announcer:
    global _announcer
    if _announcer is None:
        _announcer = _Announcer()
    return _announcer


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader speak `text` now (a status message away from the focus)."""
    if not text:
        return
    the_announcer = announcer()
    the_announcer.last = text
    the_announcer.announced.emit(text)
    if QAccessible.isActive():
        QAccessible.updateAccessibility(QAccessibleAnnouncementEvent(widget, text))


def explain_focused(old: QWidget | None, now: QWidget | None, show: Callable[[str], None] | None = None) -> None:
    """A field's tooltip (its explanation) becomes its accessible description, so a
    screen reader speaks it, and is shown through `show` (the status bar), so a
    keyboard user reads it without hovering."""
    if now is None:
        return
    tip = now.toolTip()
    if tip and not now.accessibleDescription():
        now.setAccessibleDescription(tip)
    if show is not None:
        show(tip)


@contextmanager
def kept_focus(container: QWidget, fallback: QWidget | None = None) -> Iterator[None]:
    """Put the keyboard back on the field (same object name) after the block rebuilt `container`'s widgets."""
    old = QApplication.focusWidget()
    name = old.objectName() if old is not None and container.isAncestorOf(old) else ""
    yield
    if not name:
        return
    focused = QApplication.focusWidget()
    if focused is not None and focused is not old and focused.objectName() == name:
        return  # the keyboard is on the rebuilt field already
    if focused is old and old is not None and not _being_replaced(old):
        return  # the field survived the reload
    # The old field is deleted later; its successor has the same name.
    successors = [w for w in container.findChildren(QWidget, name) if w is not old]
    target = successors[-1] if successors else fallback
    if target is not None:
        target.setFocus()
        # An index widget is shown (and can take the focus) only once the view lays it out.
        QTimer.singleShot(0, target, target.setFocus)


def _being_replaced(widget: QWidget) -> bool:
    """A field taken out of its view (a table's cell widget replaced on reload)."""
    return widget.parentWidget() is None or not widget.isVisibleTo(widget.window())
