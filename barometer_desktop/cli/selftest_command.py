"""`self-test`: check an installation end to end and print one JSON line."""

from __future__ import annotations

import argparse
from pathlib import Path

from barometer_desktop.i18n import translate


def register(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "self-test",
        help=translate(
            "CommandLine",
            "check this installation on a temporary copy of the demo database; prints one JSON line",
        ),
    )
    parser.add_argument(
        "--keep",
        metavar="FOLDER",
        type=Path,
        help=translate("CommandLine", "write the test's files to FOLDER and keep them"),
    )
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from barometer_desktop import i18n
    from barometer_desktop.selftest import run_self_test

    result = run_self_test(lang=args.lang or i18n.current_language(), keep=args.keep)
    print(result.as_json(), flush=True)
    return 0 if result.ok else 1
