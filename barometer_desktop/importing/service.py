"""Import and export as the CLI and the screen call them: find the mapping,
run the engine, and say in words what happened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from barometer_desktop.domain.formatting import Lang, format_number, format_trimmed
from barometer_desktop.domain.periods import PeriodKind
from barometer_desktop.domain.plausibility import Jump, implausible_jump
from barometer_desktop.errors import QT_TRANSLATE_NOOP
from barometer_desktop.i18n import output_language_now, translate
from barometer_desktop.importing.errors import ImportFileError
from barometer_desktop.importing.importer import ChangeLine, ImportReport, run_import
from barometer_desktop.importing.mapping import ColumnMapping, detect, fingerprint, role_names
from barometer_desktop.importing.numbers import CHOICES
from barometer_desktop.importing.sources import TableSource, open_table
from barometer_desktop.storage import import_mappings, observations
from barometer_desktop.storage.database import Database

FAR_LINES = 5  # values far from their series, named one by one


def saved_mapping(record: import_mappings.ImportMappingRecord) -> ColumnMapping:
    """A remembered mapping; a clear error when the stored one is damaged."""
    try:
        return ColumnMapping.from_json(record.mapping)
    except ValueError:
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors", "The saved mapping \"{name}\" is damaged and cannot be used. Map the columns again in the "
                          "Import screen and save the mapping under the same name."
            ),
            name=record.name,
        ) from None


def mapping_for(db: Database, source: TableSource, name: str | None = None) -> ColumnMapping:
    """The mapping to read `source` with: the named one, the one remembered for
    the file's shape, or the long format recognised from the header."""
    if name:
        record = import_mappings.by_name(db, name)
        if record is None:
            raise ImportFileError(QT_TRANSLATE_NOOP("Errors", "There is no saved mapping called \"{name}\"."), name=name)
        return saved_mapping(record)
    record = import_mappings.for_shape(db, fingerprint(source.header))
    if record is not None:
        return saved_mapping(record)
    mapping = detect(source.header)
    if mapping.missing_roles() and source.other_sheets():
        raise ImportFileError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The columns of the sheet {sheet} of {file} were not recognised (missing: {roles}). If the values "
                "are on another sheet ({others}), choose it (--sheet NAME); else map the columns once in the "
                "Import screen, or pass --mapping NAME.",
            ),
            sheet=source.sheet, file=source.path.name, roles=role_names(mapping.missing_roles()),
            others=", ".join(source.other_sheets()),
        )
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
    progress: Callable[[int], None] | None = None,
    decimal: str | None = None,
    sheet: str | None = None,
) -> ImportReport:
    """Import the file at `path`. `decimal`: "comma" or "point" when the user
    chose the number format, None to take it from the file. `sheet`: the
    workbook's sheet to read, None for the first that has data."""
    source = open_table(path, sheet)
    try:
        chosen = mapping or mapping_for(db, source, mapping_name)
        report = run_import(db, source, chosen, dry_run=dry_run, good_rows_only=good_rows_only, progress=progress,
                            decimal=CHOICES[decimal] if decimal else None)
    finally:
        source.close()
    report.far_from_series = far_from_series(db, report.changes)
    return report


def far_from_series(db: Database, changes: list[ChangeLine]) -> list[tuple[ChangeLine, Jump]]:
    """The listed yearly values far from their own earlier years: the entry grid's
    warning (domain.plausibility), for a file's values too. One query for the
    listed cells' series (never a whole indicator: a million-row file lists a few)."""
    yearly = [change for change in changes if change.key.period_kind == PeriodKind.YEAR.value]
    histories = observations.yearly_histories(db, {(c.key.indicator_id, c.key.area_id) for c in yearly})
    found = []
    for change in yearly:
        key = change.key
        earlier = [value for year, value in histories[(key.indicator_id, key.area_id)] if year < key.year]
        jump = implausible_jump(earlier, change.new)
        if jump is not None:
            found.append((change, jump))
    return found


def _lang() -> Lang:
    return "en" if output_language_now() == "en" else "da"


def _number(value: float | None) -> str:
    if value is None:
        return "—"
    return format_trimmed(value, 4, _lang())


def _count(count: int) -> str:
    return format_number(count, 0, _lang())


# Singular and plural are separate literal strings, chosen by the count
# (Danish "1 ny værdi" but "2 nye værdier").


def _rows_read(count: int) -> str:
    if count == 1:
        return translate("Import", "1 row read").format(count=_count(count))
    return translate("Import", "{count} rows read").format(count=_count(count))


def _new(count: int) -> str:
    if count == 1:
        return translate("Import", "1 new value").format(count=_count(count))
    return translate("Import", "{count} new values").format(count=_count(count))


def _changed(count: int) -> str:
    if count == 1:
        return translate("Import", "1 changed value").format(count=_count(count))
    return translate("Import", "{count} changed values").format(count=_count(count))


def _unchanged(count: int) -> str:
    if count == 1:
        return translate("Import", "1 unchanged value").format(count=_count(count))
    return translate("Import", "{count} unchanged values").format(count=_count(count))


def _missing(count: int) -> str:
    if count == 1:
        return translate("Import", "1 missing value skipped").format(count=_count(count))
    return translate("Import", "{count} missing values skipped").format(count=_count(count))


def _more_rejected(count: int) -> str:
    if count == 1:
        return translate("Import", "… and 1 more rejected row.").format(count=_count(count))
    return translate("Import", "… and {count} more rejected rows.").format(count=_count(count))


def _field_name(name: str) -> str:
    if name == "sample_size":
        return translate("Import", "sample size")
    if name == "std_error":
        return translate("Import", "standard error")
    if name == "is_provisional":
        return translate("Import", "provisional")
    if name == "note":
        return translate("Import", "note")
    if name == "note_is_public":
        return translate("Import", "public note")
    return translate("Import", "value")


def _field_value(name: str, value: object) -> str:
    if value is None or value == "":
        return "—"
    if name in ("is_provisional", "note_is_public"):
        return translate("Import", "yes") if value else translate("Import", "no")
    if name == "note" or not isinstance(value, (int, float)):
        text = str(value)
        return "“" + (text if len(text) <= 40 else text[:39] + "…") + "”"
    if name == "sample_size":
        return _count(int(value))
    return _number(float(value))


def _field_changes(change: ChangeLine) -> str:
    return "; ".join(
        f"{_field_name(f.field)} {_field_value(f.field, f.old)} → {_field_value(f.field, f.new)}" for f in change.fields
    )


def _headline(report: ImportReport) -> str:
    file, rejected = report.file_name, report.rejected_rows
    if report.written:
        return translate("Import", "Imported {file}.").format(file=file)
    if report.rejections and not report.dry_run:
        if rejected == 1:
            return translate("Import", "Nothing was imported from {file}: 1 row was rejected.").format(file=file)
        return translate("Import", "Nothing was imported from {file}: {count} rows were rejected.").format(
            file=file, count=_count(rejected))
    if report.rejections:
        if rejected == 1:
            return translate("Import", "Dry run of {file}: 1 row would be rejected; nothing was written.").format(
                file=file)
        return translate("Import", "Dry run of {file}: {count} rows would be rejected; nothing was written.").format(
            file=file, count=_count(rejected))
    return translate("Import", "Dry run of {file}: nothing was written.").format(file=file)


def report_lines(
    report: ImportReport, *, max_rejections: int | None = None, screen: bool = False, revisions: bool = False
) -> list[str]:
    """The report in the user's language, one line each. `screen`: the hint
    for a refused file names the Import screen's tick box, else the CLI option.
    `revisions`: a changed stored value is the source's revision of an earlier
    figure (a fetch from the StatBank) and is listed as such."""
    lines = [_headline(report)]
    counts = dict(rows=_rows_read(report.rows_read), new=_new(report.new), changed=_changed(report.changed),
                  unchanged=_unchanged(report.unchanged), missing=_missing(report.skipped_missing))
    if report.rejections and not report.written:
        # Nothing written: say what the good rows would do, and how to import them.
        lines.append(translate(
            "Import", "{rows}. The good rows would give {new}, {changed} and {unchanged}; {missing}.").format(**counts))
        if screen:
            lines.append(translate(
                "Import", "To import the good rows and leave out the rejected ones, tick \"Import the good rows even "
                "if some rows are rejected\" and click Import."))
        else:
            lines.append(translate(
                "Import", "To import the good rows and leave out the rejected ones, run the command again with "
                "--good-rows-only."))
    else:
        lines.append(translate("Import", "{rows}: {new}, {changed} and {unchanged}; {missing}.").format(**counts))
    if report.other_sheets:
        lines.append(translate(
            "Import", "Read the sheet \"{sheet}\"; the workbook's other sheets ({others}) were not read.").format(
            sheet=report.sheet, others=", ".join(report.other_sheets)))
    shown = report.rejections if max_rejections is None else report.rejections[:max_rejections]
    for rejection in shown:
        lines.append(translate("Import", "Row {row}, column {column}: {reason}").format(
            row=rejection.row, column=rejection.column, reason=rejection.reason(translate)))
    if len(shown) < report.rejection_count:
        lines.append(_more_rejected(report.rejection_count - len(shown)))
    if report.unused_columns:
        lines.append(translate(
            "Import", "Not read: {columns}. Their headings are neither a period nor a known column name, and the "
            "mapping does not use them; map them in the Import screen if they hold values.").format(
            columns=", ".join(report.unused_columns[:10]) + (" …" if len(report.unused_columns) > 10 else "")))
    if report.first_percent_cell is not None:
        row, column = report.first_percent_cell
        lines.append(translate(
            "Import", "{count} cells formatted as percent in Excel were read as the percentages they show "
            "(0.125 shown as 12.5 % is read as 12.5); the first is row {row}, column {column}.").format(
            count=_count(report.percent_cells), row=row, column=column))
    for change, jump in report.far_from_series[:FAR_LINES]:
        lines.append(translate(
            "Import", "⚠ Check row {row}: {indicator} {area} {period} = {new} is far from the previous value "
            "{previous}; a change up to ±{threshold} would fit this series.").format(
            row=change.row, indicator=change.indicator, area=change.area, period=change.period,
            new=_number(change.new), previous=_number(jump.previous), threshold=_number(round(jump.threshold, 2))))
    if len(report.far_from_series) > FAR_LINES:
        lines.append(translate("Import", "{count} more values are far from their series.").format(
            count=_count(len(report.far_from_series) - FAR_LINES)))
    if report.dry_run:
        for change in report.changes:
            if change.old is None:
                lines.append(translate("Import", "New: {indicator} {area} {period} = {new}").format(
                    indicator=change.indicator, area=change.area, period=change.period, new=_number(change.new)))
            elif revisions:
                lines.append(translate("Import", "Revised at the source: {indicator} {area} {period}: {changes}").format(
                    indicator=change.indicator, area=change.area, period=change.period,
                    changes=_field_changes(change)))
            else:
                lines.append(translate("Import", "Changed: {indicator} {area} {period}: {changes}").format(
                    indicator=change.indicator, area=change.area, period=change.period,
                    changes=_field_changes(change)))
    return lines
