"""`report`: write the year's PDF status report (draft or final edition).

Imports nothing from Qt: ReportLab, storage and the assembly only.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from barometer_desktop import i18n
from barometer_desktop.i18n import translate


def register(commands: argparse._SubParsersAction) -> None:
    report = commands.add_parser("report", help=translate("CommandLine", "write the PDF status report for a year"))
    report.add_argument("--year", type=int, help=translate("CommandLine", "report year (default: the latest year with values)"))
    report.add_argument("--out", required=True, type=Path, metavar="FILE", help=translate("CommandLine", "the PDF file to write"))
    report.add_argument(
        "--final", action="store_true",
        help=translate("CommandLine", "the final edition: stored for re-issue; re-issued unchanged if it exists"),
    )
    report.add_argument(
        "--replace-final", action="store_true",
        help=translate("CommandLine", "make a new final edition from today's data, replacing the stored one"),
    )
    # Not --lang's dest: the main parser's --lang sets the program's language.
    report.add_argument("--lang", dest="report_lang", choices=i18n.LANGUAGES, help=translate("CommandLine", "report language (da or en)"))
    report.add_argument("--case-number", default="", metavar="TEXT", help=translate("CommandLine", "case number printed on the report"))
    report.add_argument(
        "--areas", metavar="NAMES",
        help=translate("CommandLine", "comparison municipalities by name or code, comma-separated (default: all)"),
    )
    report.set_defaults(handler=run_report)


def run_report(args: argparse.Namespace) -> int:
    from barometer_desktop.cli.main import resolve_database
    from barometer_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
    from barometer_desktop.publishing.status_report import ReportKind, produce_report
    from barometer_desktop.storage import catalog, observations
    from barometer_desktop.storage.database import open_database

    lang = args.report_lang or args.lang or i18n.current_language()
    # A draft only reads: opened read-only, it leaves nothing beside the database.
    db = open_database(resolve_database(args), read_only=not (args.final or args.replace_final))
    try:
        year = args.year if args.year is not None else observations.latest_year(db)
        if year is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The database holds no values to report on."))
        areas = None
        if args.areas is not None:
            areas = _comparison_areas(args.areas, catalog.areas(db))
        produced = produce_report(
            db, year, args.out, lang=lang, final=args.final or args.replace_final,
            case_number=args.case_number, area_names=areas, replace_final=args.replace_final,
        )
    finally:
        db.close()
    if produced.kind == ReportKind.REISSUED:
        message = translate("CommandLine", "Re-issued the final edition of {year} as {file} ({pages} pages).")
        if (args.case_number and args.case_number != produced.case_number) or args.areas is not None:
            # Silently dropping what the user asked for would surprise them.
            print(translate(
                "CommandLine",
                "Note: the final edition keeps its own case number, comparison areas and data; "
                "--case-number and --areas apply to a new one (--replace-final).",
            ), file=sys.stderr)
    elif produced.kind == ReportKind.NEW_FINAL:
        message = translate("CommandLine", "Wrote the final edition of {year} to {file} ({pages} pages); it is stored for re-issue.")
    else:
        message = translate("CommandLine", "Wrote the {year} status report (draft) to {file} ({pages} pages).")
    print(message.format(year=year, file=produced.path, pages=produced.pages))
    if produced.kind == ReportKind.NEW_FINAL and produced.data_status:
        from barometer_desktop.assembly.checklist import data_status_text

        # The window asks for a confirmation; a command says it where it cannot be missed.
        print(data_status_text(produced.data_status, translate), file=sys.stderr)
    if not produced.matches_stored_checksum:
        # Same content, other bytes: e.g. a newer ReportLab. Worth knowing, not an error.
        print(translate(
            "CommandLine",
            "Note: the content is the final edition's (its stored values and texts), but this version of the "
            "program lays it out in other bytes than the stored checksum. The file can be used as the final edition.",
        ))
    return 0


def _comparison_areas(text: str, areas) -> list[str]:
    """The areas named in --areas, as stored ("aarhus" and "751" are Aarhus); an unknown name is refused."""
    from barometer_desktop.domain.areas import comparison_areas
    from barometer_desktop.errors import QT_TRANSLATE_NOOP, ValidationError

    # A municipality is named by its name or its official code ("751" or "0751"
    # is Aarhus): the codes are what a user copies from Statistics Denmark.
    def key(text: str) -> str:
        return str(int(text)) if text.isascii() and text.isdigit() else text.casefold()

    by_key = {key(a.name): a.name for a in areas}
    by_key.update({key(a.code): a.name for a in areas if a.code and key(a.code) not in by_key})
    asked = [name.strip() for name in text.split(",") if name.strip()]
    unknown = [name for name in asked if key(name) not in by_key]
    if unknown:
        # The main area and the country are always in the report: not offered as a choice.
        choices = sorted(a.name for a in comparison_areas(areas))
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown area: {names}. Known areas: {known}."),
            field="areas", names=", ".join(unknown), known=", ".join(choices),
        )
    return [by_key[key(name)] for name in asked]
