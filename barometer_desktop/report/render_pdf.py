"""Render the status report from a snapshot, and write it to disk safely.

The PDF depends only on the snapshot and the options: ReportLab's invariant
mode plus a creation date taken from the snapshot make the same input give
the same bytes, so a re-issued final edition matches its stored checksum.
"""

from __future__ import annotations

import calendar
import hashlib
import io
import logging
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from functools import partial
from pathlib import Path

from barometer_desktop.assembly.snapshot import BarometerSnapshot
from barometer_desktop.atomic_files import atomic_write
from barometer_desktop.errors import QT_TRANSLATE_NOOP, ExportError
from barometer_desktop.report.contents import Contents, ContentsEntry
from barometer_desktop.report.document import PageDecoration, ReportCanvas, ReportTemplate
from barometer_desktop.report.follow_up import appendix, committees_section
from barometer_desktop.report.front import ReportOptions, contents, cover, summary, title_text
from barometer_desktop.report.goals import goal_section
from barometer_desktop.report.styles import FONT, register_fonts
from barometer_desktop.report.text import report_language, translate
from barometer_desktop.write_targets import PDF

Progress = Callable[[float], None]


@dataclass(frozen=True)
class WrittenReport:
    path: Path
    sha256: str
    pages: int


def _timestamp(day: date, created: datetime | None = None):
    """The PDF's creation time: when it was made (a final edition: when the edition was made, so a
    re-issue has the same bytes); without that, noon UTC of the snapshot's date."""
    from reportlab.lib.utils import TimeStamp

    stamp = TimeStamp(invariant=True)
    if created is not None:
        seconds = int(created.astimezone(UTC).timestamp())  # a naive time is local time
    else:
        seconds = calendar.timegm(day.timetuple()) + 12 * 3600  # noon UTC: the same date everywhere
    stamp.t = seconds
    stamp.lt = time.gmtime(seconds)
    stamp.YMDhms = tuple(stamp.lt)[:6]
    return stamp


def render(
    snapshot: BarometerSnapshot,
    options: ReportOptions,
    progress: Progress | None = None,
    created: datetime | None = None,
) -> tuple[bytes, int]:
    """The PDF as bytes and its page count. `progress` may raise to cancel.

    `created` is the PDF's creation time (ReportJob.created); the same snapshot,
    options and time give the same bytes.
    """

    from reportlab.platypus.doctemplate import LayoutError

    register_fonts()
    with report_language(options.lang):
        title = title_text(snapshot.report_year)
        edition = translate("Report", "Final edition") if options.final else translate("Report", "Draft")
        footer = snapshot.organisation
        if options.case_number:
            footer += " · " + translate("Report", "Case no. {number}").format(number=options.case_number)
        decoration = PageDecoration(
            header=f"{title} · {edition}",
            footer_left=footer,
            page_text=translate("Report", "Page {page} of {pages}"),
            demo_text=translate("Report", "DEMO") if snapshot.is_demo else None,
            watermark=(translate("Report", "DEMO") if snapshot.is_demo
                       else None if options.final else translate("Report", "DRAFT")),
        )
        buffer = io.BytesIO()
        doc = ReportTemplate(
            buffer,
            decoration=decoration,
            progress=progress,
            title=title,
            author=snapshot.organisation,
            subject=translate("Report", "Status of the integration policy's goals and indicators for {year}").format(
                year=snapshot.report_year),
            keywords=", ".join([
                translate("Report", "integration barometer"),
                translate("Report", "status report"),
                str(snapshot.report_year),
                snapshot.organisation,
            ]),
            creator="Integrationsbarometer Desktop",
            lang=options.lang,
            invariant=1,
            # Otherwise every page declares Helvetica, which is not embedded.
            initialFontName=FONT,
        )
        width = doc.width
        story = cover(snapshot, options, width) + contents() + summary(snapshot, width)
        for number, goal in enumerate(snapshot.goals):
            story += goal_section(goal, width, snapshot.report_year, new_page=number == 0)
        if snapshot.committees:  # a barometer may have no committees (yet)
            story += committees_section(snapshot, width)
        story += appendix(snapshot, width)
        entries = _prepare_contents(story)
        try:
            doc.build(story, canvasmaker=partial(ReportCanvas, stamp=_timestamp(snapshot.prepared_on, created),
                                                 lang=options.lang,
                                                 link_texts={entry.key: entry.text for entry in entries}))
        except LayoutError as error:
            # ReportLab's text names its own objects; the user needs what to do. The details go to the log.
            logging.getLogger(__name__).info("report layout failed: %s", error)
            raise ExportError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The report could not be laid out: a name or text is too long to fit on one page. "
                    "Shorten long names, notes or assessments and try again.",
                )
            ) from error
    if progress is not None:
        progress(1.0)
    return buffer.getvalue(), doc.page


def _headings(flowables):
    for flowable in flowables:
        if getattr(flowable, "toc_level", None) is not None:
            yield flowable
        yield from _headings(getattr(flowable, "_content", ()))  # inside KeepTogether


def _prepare_contents(story: list) -> list:
    """Give every heading a stable link key, and list them all in the contents.

    Knowing every entry before layout, the contents take their final room
    at once; their page numbers are filled in when the document is saved.
    """

    entries = []
    for number, heading in enumerate(_headings(story), start=1):
        heading.toc_key = f"section-{number}"
        entries.append(ContentsEntry(heading.toc_level, heading.title(), heading.toc_key))
    for flowable in story:
        if isinstance(flowable, Contents):
            flowable.entries = entries
    return entries


def export_pdf(
    snapshot: BarometerSnapshot,
    target: Path | str,
    options: ReportOptions,
    progress: Progress | None = None,
) -> WrittenReport:
    """Render and write the report. A failure or cancellation leaves no file behind."""
    data, pages = render(snapshot, options, progress)
    atomic_write(Path(target), data, PDF)
    return WrittenReport(Path(target), hashlib.sha256(data).hexdigest(), pages)
