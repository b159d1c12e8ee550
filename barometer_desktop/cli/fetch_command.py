"""`fetch [--indicator CODE] [--year Y] [--dry-run]`: figures from Statistics Denmark's StatBank.

Each indicator with a source is fetched and goes through the file import's
engine (validation, diff, all or nothing, audit); one indicator's failure is
reported in one line and changes nothing for it. Only on request: nothing
else in the app fetches by itself.
"""

from __future__ import annotations

import argparse
import sys

from barometer_desktop.i18n import translate


def register(commands: argparse._SubParsersAction) -> None:
    fetch = commands.add_parser(
        "fetch", help=translate("CommandLine", "fetch figures from Statistics Denmark's StatBank")
    )
    fetch.add_argument("--indicator", metavar="CODE", help=translate("CommandLine", "only this indicator"))
    fetch.add_argument("--year", metavar="YEAR", type=int, help=translate("CommandLine", "only this year"))
    fetch.add_argument(
        "--dry-run", action="store_true", help=translate("CommandLine", "show what would change; write nothing")
    )
    fetch.set_defaults(handler=run_fetch)


def run_fetch(args: argparse.Namespace) -> int:
    from barometer_desktop.cli.main import resolve_database
    from barometer_desktop.errors import BarometerError
    from barometer_desktop.i18n import output_language_now
    from barometer_desktop.importing.service import report_lines
    from barometer_desktop.statbank.client import StatBankClient
    from barometer_desktop.statbank.fetch import fetch_indicator, sources_to_fetch
    from barometer_desktop.storage.database import open_database

    db = open_database(resolve_database(args))
    failed = False
    try:
        sources = sources_to_fetch(db, args.indicator)
        if not sources:
            print(translate("CommandLine", "No indicator has a StatBank source; nothing was fetched."), file=sys.stderr)
            return 1
        client = StatBankClient(lang=output_language_now())
        for source in sources:
            try:
                result = fetch_indicator(db, client, source, year=args.year, dry_run=args.dry_run)
            except BarometerError as error:
                failed = True
                print(translate("CommandLine", "{indicator}: {message}").format(
                    indicator=source.indicator_code, message=error.user_message(translate)), file=sys.stderr)
                continue
            report = result.report
            ok = report.written or (report.dry_run and not report.rejections)
            failed = failed or not ok
            for line in report_lines(report, revisions=True):
                print(line, file=sys.stdout if ok else sys.stderr)
    finally:
        db.close()
    return 1 if failed else 0
