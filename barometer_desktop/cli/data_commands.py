"""`import FILE` and `export --out FILE`: values in and out in the long format."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from barometer_desktop.i18n import translate

CLI_REJECTION_LINES = 200


def register(commands: argparse._SubParsersAction) -> None:
    importing = commands.add_parser("import", help=translate("CommandLine", "import values from a CSV or XLSX file"))
    importing.add_argument("file", metavar="FILE", type=Path)
    importing.add_argument(
        "--dry-run", action="store_true", help=translate("CommandLine", "show what would change; write nothing")
    )
    importing.add_argument(
        "--good-rows-only",
        action="store_true",
        help=translate("CommandLine", "import the good rows even when some rows are rejected"),
    )
    importing.add_argument(
        "--mapping", metavar="NAME", help=translate("CommandLine", "a column mapping saved in the Import screen")
    )
    importing.add_argument(
        "--decimal", choices=("comma", "point"),
        help=translate("CommandLine", "the file's decimal mark, when its numbers can be read two ways"),
    )
    importing.add_argument(
        "--sheet", metavar="NAME",
        help=translate("CommandLine", "the workbook's sheet to read (default: the first sheet with data)"),
    )
    importing.set_defaults(handler=run_import)

    export = commands.add_parser("export", help=translate("CommandLine", "export values to a CSV or XLSX file"))
    export.add_argument("--out", metavar="FILE", type=Path, required=True)
    export.add_argument("--indicator", metavar="CODE", help=translate("CommandLine", "only this indicator"))
    export.set_defaults(handler=run_export)


def _open(args: argparse.Namespace, read_only: bool = False):
    from barometer_desktop.cli.main import resolve_database
    from barometer_desktop.storage.database import open_database

    return open_database(resolve_database(args), read_only=read_only)


def run_import(args: argparse.Namespace) -> int:
    from barometer_desktop.importing.service import import_file, report_lines

    db = _open(args)
    try:
        report = import_file(
            db, args.file, mapping_name=args.mapping, dry_run=args.dry_run, good_rows_only=args.good_rows_only,
            decimal=args.decimal, sheet=args.sheet,
        )
    finally:
        db.close()
    # The first rejected rows and a count of the rest: never a million lines.
    lines = report_lines(report, max_rejections=CLI_REJECTION_LINES)
    out = sys.stdout if (report.written or report.dry_run) else sys.stderr
    for line in lines:
        print(line, file=out)
    return 0 if report.written or (report.dry_run and not report.rejections) else 1


def run_export(args: argparse.Namespace) -> int:
    from barometer_desktop.importing.export import export_values

    db = _open(args, read_only=True)
    try:
        count = export_values(db, args.out, args.indicator)
    finally:
        db.close()
    print(translate("CommandLine", "{count} values written to {file}.").format(count=count, file=args.out))
    return 0
