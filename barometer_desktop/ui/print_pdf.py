"""Printing a PDF through Qt's printing: the system's print dialog, then each page as an image.

Our PySide6 (Essentials) has no QtPdf, so pypdfium2 (PDFium, the PDF engine
of Chrome) renders the pages; QPainter draws them onto the QPrinter the user
chose. The report is a document of text and lines, so rendering at the
printer's resolution (at most 300 dpi) prints it as sharp as the printer can.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QWidget

from barometer_desktop.errors import QT_TRANSLATE_NOOP, BarometerError

# Higher resolutions only make the print job bigger and slower: a laser
# printer does not show more than 300 dpi of a text page.
MAX_DPI = 300
POINTS_PER_INCH = 72


class PrintError(BarometerError):
    """The PDF could not be read or the printer refused to start."""


def page_count(pdf: Path) -> int:
    """How many pages the PDF has (also what the print dialog offers as its page range)."""
    import pypdfium2  # noqa: PLC0415 - lazy: PDFium loads only when a report is printed

    document = _open(pdf, pypdfium2)
    try:
        return len(document)
    finally:
        document.close()


def choose_printer(pdf: Path, parent: QWidget | None) -> QPrinter | None:
    """Show the system's print dialog for the PDF; the printer chosen, or None when cancelled."""
    pages = page_count(pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(pdf.stem)
    printer.setPageLayout(QPageLayout(_page_size(pdf), QPageLayout.Orientation.Portrait, QMarginsF()))
    printer.setFullPage(True)  # the PDF's pages carry their own margins
    return printer if ask(printer, parent, pages) else None


def ask(printer: QPrinter, parent: QWidget | None, pages: int) -> bool:
    """The system's print dialog on printer; True when the user pressed Print."""
    dialog = QPrintDialog(printer, parent)
    dialog.setObjectName("print_dialog")
    dialog.setWindowTitle(QCoreApplication.translate("Print", "Print the status report"))
    dialog.setMinMax(1, max(1, pages))
    dialog.setOption(QPrintDialog.PrintDialogOption.PrintPageRange, True)
    return dialog.exec() == QDialog.DialogCode.Accepted


def print_pdf(pdf: Path, printer: QPrinter, progress: Callable[[int, int], None] | None = None) -> int:
    """Print the PDF's pages (the range chosen in the dialog, else all) on printer; how many were printed."""
    import pypdfium2  # noqa: PLC0415 - lazy: PDFium loads only when a report is printed

    document = _open(pdf, pypdfium2)
    try:
        first, last = _range(printer, len(document))
        painter = QPainter()
        if not painter.begin(printer):
            raise PrintError(QT_TRANSLATE_NOOP("Errors", "The printer could not be started; nothing was printed."))
        try:
            dpi = min(printer.resolution(), MAX_DPI)
            target = printer.pageLayout().fullRectPixels(printer.resolution())
            for number in range(first, last + 1):
                if number > first:
                    printer.newPage()
                image = _render(document[number - 1], dpi)
                painter.drawImage(_fitted(QRectF(target), image), image)
                if progress is not None:
                    progress(number - first + 1, last - first + 1)
        finally:
            painter.end()
        return last - first + 1
    finally:
        document.close()


def _open(pdf: Path, pypdfium2):
    try:
        return pypdfium2.PdfDocument(str(pdf))
    except (OSError, pypdfium2.PdfiumError) as error:
        raise PrintError(
            QT_TRANSLATE_NOOP("Errors", "The PDF {file} could not be read for printing: {reason}"),
            file=str(pdf), reason=str(error),
        ) from error


def _page_size(pdf: Path) -> QPageSize:
    """The first page's paper size (A4 for our report), so the dialog starts on the right paper."""
    import pypdfium2  # noqa: PLC0415 - lazy: PDFium loads only when a report is printed

    document = _open(pdf, pypdfium2)
    try:
        width, height = document[0].get_size() if len(document) else (595.0, 842.0)
    finally:
        document.close()
    portrait = QSizeF(min(width, height), max(width, height))
    return QPageSize(portrait, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)


def _range(printer: QPrinter, pages: int) -> tuple[int, int]:
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(1, printer.fromPage())
        last = min(pages, printer.toPage() or pages)
        return first, max(first, last)
    return 1, pages


def _render(page, dpi: int) -> QImage:
    bitmap = page.render(scale=dpi / POINTS_PER_INCH, rev_byteorder=True, prefer_bgrx=True)
    image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride, QImage.Format.Format_RGBX8888)
    return image.copy()  # the bitmap's memory goes with it


def _fitted(target: QRectF, image: QImage) -> QRectF:
    """The largest rectangle of the image's proportions centred in target (no stretching)."""
    scale = min(target.width() / image.width(), target.height() / image.height())
    width, height = image.width() * scale, image.height() * scale
    return QRectF(
        target.x() + (target.width() - width) / 2, target.y() + (target.height() - height) / 2, width, height
    )
