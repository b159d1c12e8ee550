"""Unexpected errors: a dialog with a copyable report instead of a silent death."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from barometer_desktop import __version__
from barometer_desktop.logs import log_file

log = logging.getLogger(__name__)


def crash_report(error_type: type[BaseException], error: BaseException, tb: TracebackType | None) -> str:
    details = "".join(traceback.format_exception(error_type, error, tb))
    return f"Integrationsbarometer {__version__}, Python {sys.version.split()[0]}\n\n{details}"


def show_crash_dialog(report: str, parent=None) -> None:
    box = QMessageBox(parent)
    box.setObjectName("crash_dialog")
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("CrashDialog", "Unexpected error"))
    box.setText(
        QApplication.translate(
            "CrashDialog",
            "Something went wrong that the program did not expect. Your data are safe: "
            "nothing half-done was stored.\n\nThe details below are also in the log file {log}. "
            "Copy them into an e-mail to IT support.",
        ).format(log=log_file())
    )
    box.setDetailedText(report)
    box.exec()


def _hook(error_type: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
    if issubclass(error_type, KeyboardInterrupt):
        sys.__excepthook__(error_type, error, tb)
        return
    report = crash_report(error_type, error, tb)
    log.error("Unexpected error\n%s", report)
    if QApplication.instance() is not None:
        show_crash_dialog(report)


def install_exception_hook() -> None:
    sys.excepthook = _hook
