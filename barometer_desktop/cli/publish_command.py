"""`publish --year 2011 --out DIR`: the public web barometer as a static folder."""

from __future__ import annotations

import argparse
from pathlib import Path

from barometer_desktop.i18n import translate


def register(commands: argparse._SubParsersAction) -> None:
    publish = commands.add_parser(
        "publish", help=translate("CommandLine", "write the public web barometer as a folder of web pages")
    )
    publish.add_argument("--year", type=int, required=True, help=translate("CommandLine", "the report year"))
    publish.add_argument("--out", metavar="DIR", type=Path, required=True)
    publish.add_argument(
        "--lang", dest="publish_lang", choices=("da", "en"),
        help=translate("CommandLine", "language of the pages (default: the program's language)"),
    )
    publish.set_defaults(handler=run_publish)


def run_publish(args: argparse.Namespace) -> int:
    from barometer_desktop import i18n
    from barometer_desktop.cli.main import resolve_database
    from barometer_desktop.publishing.web_barometer import publish_from_database
    from barometer_desktop.storage.database import open_database

    db = open_database(resolve_database(args), read_only=True)
    try:
        target = publish_from_database(db, args.year, args.out, args.publish_lang or i18n.current_language())
    finally:
        db.close()
    print(translate("CommandLine", "The web barometer for {year} is in {folder}.").format(year=args.year, folder=target))
    return 0
