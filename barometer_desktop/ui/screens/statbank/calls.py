"""Asking Statistikbanken from the screens: one question per worker thread.

Nothing is fetched until the user clicks; each network call runs in a worker
thread (the window stays responsive, and the user can stop waiting), has the
client's deadline, and a failure is one line in the window. The worker
touches no database: that is only read and written on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, Generic, TypeVar

from PySide6.QtCore import QThread, Signal

from barometer_desktop import i18n
from barometer_desktop.domain.formatting import Lang, format_datetime
from barometer_desktop.errors import BarometerError
from barometer_desktop.statbank.client import StatBankClient, TableInfo

Answer = TypeVar("Answer")


def language() -> Lang:
    """The language Statistikbanken answers in, and its dates are written in: the user's."""
    return i18n.current_language()


def client() -> StatBankClient:
    return StatBankClient(lang=language())


def updated_text(info: TableInfo) -> str:
    """When the table was last updated, in the user's format ("?" when it does not say)."""
    if info.updated is None:
        return "?"
    return format_datetime(info.updated.replace(tzinfo=None), language())


class StatBankCall(QThread, Generic[Answer]):
    """One question to Statistikbanken off the GUI thread; touches no database.

    `answered` says the work ended: then `error` is the BarometerError that
    stopped it, or None and `result` holds the answer. The thread has no
    parent: a screen that stops waiting (or closes) lets it finish on its
    own, bounded by the client's deadline; _running keeps it alive until then.
    """

    answered = Signal()
    _running: ClassVar[set[QThread]] = set()
    result: Answer  # set before `answered` unless `error` is

    def __init__(self, work: Callable[[], Answer]) -> None:
        super().__init__()
        self.work = work
        self.error: BarometerError | None = None
        StatBankCall._running.add(self)
        self.finished.connect(lambda: StatBankCall._running.discard(self))

    def run(self) -> None:
        try:
            self.result = self.work()
        except BarometerError as error:
            self.error = error
        self.answered.emit()
