"""Produce a year's status report: a draft, a new final edition, or a re-issue.

A draft is built from a fresh snapshot. Marking the report final stores the
snapshot it was built from (every value, text and setting) and the PDF's
checksum; asking for the final report again re-issues it from that stored
snapshot, so it comes out the same even after data were revised. Only an
explicit `replace_final` makes a new final edition from today's data.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from barometer_desktop.assembly.assemble_snapshot import assemble
from barometer_desktop.assembly.checklist import edition_checklist
from barometer_desktop.assembly.snapshot import BarometerSnapshot, ChecklistItem
from barometer_desktop.atomic_files import atomic_write
from barometer_desktop.domain.formatting import Lang, format_date
from barometer_desktop.domain.periods import MAX_YEAR, MIN_YEAR
from barometer_desktop.errors import QT_TRANSLATE_NOOP, ExportError, ValidationError
from barometer_desktop.report.changes import Change, changes_since
from barometer_desktop.report.options import ReportOptions, checked_case_number
from barometer_desktop.report.snapshot_codec import from_json, to_json
from barometer_desktop.storage import editions
from barometer_desktop.storage.database import Database
from barometer_desktop.storage.editions import EditionRecord
from barometer_desktop.write_targets import PDF, check_file_target

if TYPE_CHECKING:  # ReportLab loads only when a report is really rendered
    from barometer_desktop.report.render_pdf import Progress



class ReportKind(Enum):
    """What a produced report is."""

    DRAFT = "draft"  # from today's data, not stored
    NEW_FINAL = "new_final"  # a final edition made now: its snapshot is stored
    REISSUED = "reissued"  # the stored final edition, rendered again


@dataclass(frozen=True)
class ProducedReport:
    path: Path
    sha256: str
    pages: int
    kind: ReportKind
    case_number: str
    matches_stored_checksum: bool = True
    data_status: tuple[ChecklistItem, ...] | None = None  # a final edition's checklist


@dataclass(frozen=True)
class EditionStatus:
    """The final edition of a year in a language, and what changed since."""

    exists: bool
    created_at: str = ""
    created_by: str = ""
    case_number: str = ""
    version: int | None = None
    changes: tuple[Change, ...] = ()


def _stored_snapshot(edition: EditionRecord) -> BarometerSnapshot:
    """The edition's snapshot; a damaged or unknown one is reported, never guessed at."""

    try:
        return from_json(edition.snapshot)
    except (ValueError, KeyError, TypeError) as error:
        raise ExportError(
            QT_TRANSLATE_NOOP("Errors", "The stored final edition of {year} cannot be read: {reason}"),
            year=edition.year, reason=str(error),
        ) from error


def fresh_snapshot(
    db: Database, year: int, area_names: Collection[str] | None = None, today: date | None = None
) -> BarometerSnapshot:
    return assemble(db, year, today=today, area_names=area_names)


@dataclass(frozen=True)
class ReportJob:
    """What to render and how to deliver it; made on the thread that owns the database."""

    snapshot: BarometerSnapshot
    options: ReportOptions
    target: Path
    kind: ReportKind
    stored_sha256: str = ""
    replace_version: int | None = None
    # When the PDF is made: now for a draft or a new final edition (stored as the
    # edition's time), the edition's own time when it is re-issued.
    created: datetime | None = None


def prepare_report(
    db: Database,
    year: int,
    target: Path | str,
    *,
    lang: Lang = "da",
    final: bool = False,
    case_number: str = "",
    area_names: Collection[str] | None = None,
    replace_final: bool = False,
    today: date | None = None,
) -> ReportJob:
    target = Path(target)
    case_number = checked_case_number(case_number)
    check_report_target(db, target)
    existing = editions.load_edition(db, year, lang) if final else None
    if existing is not None and not replace_final:
        return ReportJob(
            _stored_snapshot(existing),
            ReportOptions(final=True, case_number=existing.case_number, lang=lang),
            target, ReportKind.REISSUED, stored_sha256=existing.pdf_sha256, created=existing.created_at,
        )
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{year} is not a report year: write a year from {first} to {last}."),
            field="year", year=year, first=MIN_YEAR, last=MAX_YEAR,
        )
    snapshot = fresh_snapshot(db, year, area_names, today)
    if not snapshot.main_area_has_values():
        _refuse_empty_year(snapshot.main_area_name, year - snapshot.status_window, year)
    if final:
        # The edition keeps the checklist the user confirmed, and prints it as its data status.
        snapshot = replace(snapshot, data_status=edition_checklist(snapshot))
    options = ReportOptions(final=final, case_number=case_number, lang=lang)
    return ReportJob(
        snapshot, options, target, ReportKind.NEW_FINAL if final else ReportKind.DRAFT,
        replace_version=existing.version if existing is not None else None,
        created=datetime.now().replace(microsecond=0),
    )


def _refuse_empty_year(area: str, first: int, year: int) -> None:
    """No goal has a status value for the main area: the report would say "no data" only."""

    raise ExportError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "No goal has a value for {area} from {first} to {year}, so the report would be empty. "
            "Choose a report year with data.",
        ),
        area=area, first=first, year=year,
    )


def check_report_target(db: Database, target: Path | str) -> Path:
    """Refuse, before any work, a target the PDF may not replace (the database, a file not a PDF)."""
    return check_file_target(target, PDF, protect=_open_database(db))


def write_report_pdf(db: Database, data: bytes, target: Path | str) -> Path:
    return atomic_write(target, data, PDF, protect=_open_database(db))


def _open_database(db: Database) -> tuple[Path, ...]:
    return (db.location.path,) if db.location.path is not None else ()


def deliver_report(db: Database, job: ReportJob, data: bytes, pages: int) -> ProducedReport:
    """Write the rendered PDF; a new final edition is stored together with it.

    The edition is committed only once the PDF is in place, so a PDF that
    could not be written (open in another program, disk full) leaves no
    final edition behind, and a failed store leaves no PDF.
    """
    sha = hashlib.sha256(data).hexdigest()
    if job.kind == ReportKind.NEW_FINAL:

        def write_pdf() -> None:  # inside the edition's transaction: no PDF, no edition
            write_report_pdf(db, data, job.target)

        editions.save_edition(
            db, year=job.snapshot.report_year, language=job.options.lang, case_number=job.options.case_number,
            snapshot_json=to_json(job.snapshot), pdf_sha256=sha, replace_version=job.replace_version,
            now=job.created, deliver=write_pdf,
        )
    else:
        write_report_pdf(db, data, job.target)
    matches = job.kind != ReportKind.REISSUED or sha == job.stored_sha256
    return ProducedReport(
        job.target, sha, pages, job.kind, job.options.case_number, matches, job.snapshot.data_status
    )


def produce_report(
    db: Database,
    year: int,
    target: Path | str,
    *,
    lang: Lang = "da",
    final: bool = False,
    case_number: str = "",
    area_names: Collection[str] | None = None,
    replace_final: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
) -> ProducedReport:
    """Prepare, render and deliver in one go (the command line's way)."""
    job = prepare_report(
        db, year, target, lang=lang, final=final, case_number=case_number, area_names=area_names,
        replace_final=replace_final, today=today,
    )
    from barometer_desktop.report.render_pdf import render  # noqa: PLC0415 - lazy: ReportLab, loaded when a report is drawn

    data, pages = render(job.snapshot, job.options, progress, job.created)
    return deliver_report(db, job, data, pages)


def edition_status(
    db: Database, year: int, lang: Lang = "da", today: date | None = None, *, display_lang: Lang | None = None
) -> EditionStatus:
    """Whether `year` has a final edition in `lang`, and what changed in the data since.

    Dates and figures are written in `display_lang` (the reader's: the
    window's language), by default the edition's own.
    """
    edition = editions.load_edition(db, year, lang)
    if edition is None:
        return EditionStatus(exists=False)
    shown = display_lang or lang
    frozen = _stored_snapshot(edition)
    areas = {s.area_name for goal in frozen.goals for i in goal.indicators for s in i.series}
    fresh = fresh_snapshot(db, year, areas, today or frozen.prepared_on)
    return EditionStatus(
        exists=True,
        created_at=format_date(edition.created_at.date(), shown),
        created_by=edition.created_by,
        case_number=edition.case_number,
        version=edition.version,
        changes=tuple(changes_since(frozen, fresh, shown)),
    )


@dataclass(frozen=True)
class FinalEdition:
    """One language's final edition of a year, as the report screen lists it."""

    language: str
    created_at: str
    created_by: str


def finals_of_year(db: Database, year: int, display_lang: Lang = "da") -> tuple[list[FinalEdition], bool]:
    """Every language's final edition of `year`, and whether two of them were made from different data.

    The snapshot is the same whatever the report's language, so two finals
    of one year should hold the same data; if one was replaced after a
    correction and the other not, the committee would get two reports that
    disagree.
    """
    stored = editions.editions(db, year)
    finals = [
        FinalEdition(e.language, format_date(e.created_at.date(), display_lang), e.created_by) for e in stored
    ]
    snapshots = [_stored_snapshot(e) for e in stored]
    differ = any(
        changes_since(first, other) or first.data_status != other.data_status
        for first in snapshots[:1]
        for other in snapshots[1:]
    )
    return finals, differ
