"""Import and export as the CLI and the screen call them: find the mapping,
run the engine, and say in words what happened."""

from __future__ import annotations

from pathlib import Path

from barometer_desktop.errors import QT_TRANSLATE_NOOP
from barometer_desktop.i18n import translate
from barometer_desktop.importing.engine import ImportReport, run_import
from barometer_desktop.importing.errors import ImportFileError
from barometer_desktop.importing.mapping import ColumnMapping, detect, fingerprint, role_names
from barometer_desktop.importing.sources import TableSource, open_table
from barometer_desktop.storage import import_mappings
from barometer_desktop.storage.database import Database


def mapping_for(db: Database, source: TableSource, name: str | None = None) -> ColumnMapping:
    """The mapping to read `source` with: the named one, the one remembered for
    the file's shape, or the long format recognised from the header."""
    if name:
        record = import_mappings.by_name(db, name)
        if record is None:
            raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "There is no saved mapping called \"{name}\"."), name=name)
        return ColumnMapping.from_json(record.mapping)
    record = import_mappings.for_shape(db, fingerprint(source.header))
    if record is not None:
        return ColumnMapping.from_json(record.mapping)
    mapping = detect(source.header)
    if mapping.missing_roles():
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The columns of {file} were not recognised (missing: {roles}). Map them once in the Import "
                "screen, or pass --mapping NAME.",
            ),
            file=source.path.name,
            roles=role_names(mapping.missing_roles()),
        )
    return mapping


def import_file(
    db: Database,
    path: Path | str,
    *,
    mapping: ColumnMapping | None = None,
    mapping_name: str | None = None,
    dry_run: bool = False,
    good_rows_only: bool = False,
    progress=None,
) -> ImportReport:
    source = open_table(path)
    try:
        chosen = mapping or mapping_for(db, source, mapping_name)
        return run_import(db, source, chosen, dry_run=dry_run, good_rows_only=good_rows_only, progress=progress)
    finally:
        source.close()


def _number(value: float | None) -> str:
    from barometer_desktop.domain.formatting import format_number

    if value is None:
        return "—"
    text = format_number(value, 4)
    return text.rstrip("0").rstrip(",") if "," in text else text


def report_lines(report: ImportReport, *, max_rejections: int | None = None) -> list[str]:
    """The report in the user's language, one line each."""
    lines = []
    if report.written:
        lines.append(translate("Import", "Imported {file}.").format(file=report.file_name))
    elif report.rejections and not report.dry_run:
        lines.append(translate("Import", "Nothing was imported from {file}: {count} rows were rejected.").format(
            file=report.file_name, count=report.rejected_rows))
    elif report.rejections:
        lines.append(translate("Import", "Dry run of {file}: {count} rows would be rejected; nothing was written.").format(
            file=report.file_name, count=report.rejected_rows))
    else:
        lines.append(translate("Import", "Dry run of {file}: nothing was written.").format(file=report.file_name))
    lines.append(
        translate("Import", "{rows} rows read: {new} new, {changed} changed and {unchanged} unchanged values; "
                  "{missing} missing values skipped.").format(
            rows=report.rows_read, new=report.new, changed=report.changed,
            unchanged=report.unchanged, missing=report.skipped_missing)
    )
    shown = report.rejections if max_rejections is None else report.rejections[:max_rejections]
    for rejection in shown:
        lines.append(translate("Import", "Row {row}, column {column}: {reason}").format(
            row=rejection.row, column=rejection.column, reason=rejection.reason(translate)))
    if len(shown) < len(report.rejections):
        lines.append(translate("Import", "… and {count} more rejected rows.").format(count=len(report.rejections) - len(shown)))
    if report.dry_run and not report.rejections:
        for change in report.changes:
            if change.old is None:
                lines.append(translate("Import", "New: {indicator} {area} {period} = {new}").format(
                    indicator=change.indicator, area=change.area, period=change.period, new=_number(change.new)))
            else:
                lines.append(translate("Import", "Changed: {indicator} {area} {period}: {old} → {new}").format(
                    indicator=change.indicator, area=change.area, period=change.period,
                    old=_number(change.old), new=_number(change.new)))
    return lines
