"""Renders the status report in a worker thread, so the window stays responsive.

Only the rendering runs here: it needs no database. Preparing the snapshot
and delivering the file (which may store a final edition) happen on the GUI
thread, which owns the database connection.
"""

from __future__ import annotations

from PySide6.QtCore import QThread, Signal

from barometer_desktop.publishing.status_report import ReportJob


class ExportCancelled(Exception):
    """Raised from the progress callback to stop ReportLab mid-build."""


class RenderThread(QThread):
    progressed = Signal(int)  # percent
    rendered = Signal(bytes, int)  # PDF, page count
    failed = Signal(object)  # the exception; ExportCancelled when cancelled

    def __init__(self, job: ReportJob, parent=None) -> None:
        super().__init__(parent)
        self.job = job
        self._cancelled = False

    def cancel(self) -> None:
        self._cancelled = True

    def _progress(self, fraction: float) -> None:
        if self._cancelled:
            raise ExportCancelled()
        self.progressed.emit(int(fraction * 100))

    def run(self) -> None:
        from barometer_desktop.report.render_pdf import render  # noqa: PLC0415 - lazy: ReportLab loads only when a report is written

        try:
            data, pages = render(self.job.snapshot, self.job.options, self._progress, self.job.created)
        except BaseException as error:  # handed to the GUI thread to report
            self.failed.emit(error)
            return
        if self._cancelled:
            self.failed.emit(ExportCancelled())
            return
        self.rendered.emit(data, pages)
