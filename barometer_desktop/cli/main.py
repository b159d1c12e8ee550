"""Entry point of `barometer-desktop`: parse, dispatch, and turn errors into one line.

Exit codes: 0 success, 1 an error the user can act on (one line on stderr),
2 a usage error (argparse's convention).
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from collections.abc import Sequence
from typing import NoReturn

from barometer_desktop import __version__, i18n
from barometer_desktop.cli import (
    argparse_da,
    data_commands,
    db_commands,
    fetch_command,
    policy_command,
    publish_command,
    report_command,
    selftest_command,
)
from barometer_desktop.errors import BarometerError, OSRefusal
from barometer_desktop.paths import DATABASE_ENV

# Each module adds its sub-commands; the function it sets as `handler`
# receives the parsed arguments and returns the exit code.
COMMAND_MODULES = [
    db_commands, data_commands, fetch_command, policy_command, report_command, publish_command, selftest_command,
]

log = logging.getLogger(__name__)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="barometer-desktop",
        description=i18n.translate("CommandLine", "Integrationsbarometer: the committee secretariat's barometer tool."),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=i18n.translate_into(i18n.output_language_now(), "argparse", argparse_da.VERSION_HELP),
    )
    parser.add_argument(
        "--db",
        metavar="PATH",
        help=i18n.translate("CommandLine", "database file or server URL (default: $BAROMETER_DB or the user's data folder)"),
    )
    parser.add_argument(
        "--demo", action="store_true", help=i18n.translate("CommandLine", "open the built-in demo database")
    )
    parser.add_argument("--lang", choices=i18n.LANGUAGES, help=i18n.translate("CommandLine", "language (da or en)"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def resolve_database(args: argparse.Namespace, *, must_exist: bool = True) -> str:
    """The database the user means: --db, then $BAROMETER_DB, then the default file.

    A SQLite file on a network drive is used, with a warning on stderr. A
    file that does not exist is refused with the command that creates it
    (unless `must_exist` is False, for `db init`): a mistyped path must never
    become a new, empty database.
    """
    target = _database_asked_for(args)
    if must_exist:
        _refuse_missing_file(target)
    if "://" not in target:
        from barometer_desktop.network_drives import network_drive_notice

        notice = network_drive_notice(target)
        if notice is not None:
            print(notice.user_message(i18n.translate), file=sys.stderr)
    return target


def _refuse_missing_file(target: str) -> None:
    from barometer_desktop.errors import QT_TRANSLATE_NOOP, DatabaseOpenError
    from barometer_desktop.storage.sql_engine import DatabaseLocation

    location = DatabaseLocation.parse(target)
    if location.path is not None and not location.path.exists():
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database file {path} does not exist. Create it with: barometer-desktop --db \"{path}\" db init "
                "(--policy FILE starts from a policy file).",
            ),
            path=str(location.path),
        )


def _database_asked_for(args: argparse.Namespace) -> str:
    from barometer_desktop import paths
    from barometer_desktop.storage.sql_engine import DatabaseLocation

    if args.db:
        if DatabaseLocation.parse(args.db).has_password:
            # Accepted, because IT staff sometimes must; but it ends up in the
            # shell history and the process list.
            print(
                i18n.translate(
                    "CommandLine",
                    "Warning: a password on the command line can be seen by others; "
                    "use the PostgreSQL password file (pgpass) instead.",
                ),
                file=sys.stderr,
            )
        return args.db
    if args.demo:
        demo = paths.demo_database_path()
        if not demo.exists():
            # The built-in demo is ours to make, on the command line as in the window.
            from barometer_desktop.storage.seed import initialize_database

            demo.parent.mkdir(parents=True, exist_ok=True)
            initialize_database(DatabaseLocation.parse(demo), demo=True).close()
        return str(demo)
    if os.environ.get(DATABASE_ENV):
        # A lasting setting: refused when it carries a password.
        return DatabaseLocation.from_setting(os.environ[DATABASE_ENV]).url_or_path()
    return str(paths.default_database_path())


def language_asked_for(argv: Sequence[str]) -> str | None:
    """The program's --lang value, read before argparse runs.

    The help texts are translated while the parser is built and argparse's
    errors while it parses, both before parse_args could tell us --lang; so
    `--lang en --help` needs this look-ahead. Only the program's own options
    count (those before the command: `report --lang en` is the report's
    language), and only the exact forms `--lang X` and `--lang=X`. Anything
    else (a typo, an abbreviation, a missing value) leaves the default
    language, Danish, for argparse's own messages; argparse then reports it.
    """
    takes_value = {"--db", "--lang"}
    index = 0
    while index < len(argv):
        arg = argv[index]
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
            return value if value in i18n.LANGUAGES else None
        if arg.startswith("--lang="):
            value = arg.split("=", 1)[1]
            return value if value in i18n.LANGUAGES else None
        if not arg.startswith("-") or arg == "--":
            return None  # the command: what follows is its own
        index += 2 if arg in takes_value else 1
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Parse and run; the exit code. Tests call this; the process starts at run()."""
    return _dispatch(_parse(argv))


def run() -> NoReturn:
    """The process's entry point: the console script, `python -m barometer_desktop`, the bundle."""
    args = _parse(None)
    code = _dispatch(args)
    if getattr(args, "handler", None) is not None:
        # A command is done and the process ends. CPython's exit would now
        # garbage-collect every object the command made (some 70,000 after
        # a report: SQLAlchemy, ReportLab), a tenth of the command's time,
        # for memory the OS takes back anyway. Files are closed and written
        # by then, and atexit handlers (log flushing) still run. Not after
        # the window: Qt objects are better destroyed in the usual order.
        gc.freeze()
    sys.exit(code)


def _parse(argv: Sequence[str] | None) -> argparse.Namespace:
    argv = list(sys.argv[1:] if argv is None else argv)
    early = language_asked_for(argv)
    if early:
        i18n.set_language(early)
    argparse_da.install()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.lang:
        i18n.set_language(args.lang)
    return args


def _dispatch(args: argparse.Namespace) -> int:
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            from barometer_desktop.ui.launch import run_gui

            return run_gui(args)
        return handler(args)
    except BarometerError as error:
        print(error.user_message(i18n.translate), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except OSError as error:
        # Anything the operating system refused (permissions, disk full)
        # gets its reason and the file, not a traceback.
        print(OSRefusal(error).user_message(i18n.translate), file=sys.stderr)
        return 1
    except Exception as error:  # the last line of defence
        # A bug, not bad input: keep the details in the log, give one line.
        from barometer_desktop.logs import log_unexpected

        log_file = log_unexpected(error)
        print(
            i18n.translate("CommandLine", "Unexpected error: {error}. Details are in {log}.").format(
                error=error, log=log_file
            ),
            file=sys.stderr,
        )
        return 1


if __name__ == "__main__":  # pragma: no cover
    run()
