"""`db init`, `db upgrade`, `db check` and `db backup`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from barometer_desktop.i18n import translate


def register(commands: argparse._SubParsersAction) -> None:
    db = commands.add_parser("db", help=translate("CommandLine", "create, upgrade, check or back up the database"))
    verbs = db.add_subparsers(dest="db_command", metavar="VERB", required=True)

    init = verbs.add_parser(
        "init", help=translate("CommandLine", "create the database from a policy file (default: Copenhagen's 2011 policy)")
    )
    init.add_argument("--demo", dest="with_demo", action="store_true", help=translate("CommandLine", "also load the demo data"))
    init.add_argument("--policy", metavar="FILE", type=Path, help=translate("CommandLine", "the policy file to start from"))
    init.add_argument(
        "--municipality", metavar="NAME", help=translate("CommandLine", "the barometer's own municipality (name or code)")
    )
    init.set_defaults(handler=run_init)

    upgrade = verbs.add_parser("upgrade", help=translate("CommandLine", "migrate to the newest schema (a backup is made first)"))
    upgrade.set_defaults(handler=run_upgrade)

    check = verbs.add_parser("check", help=translate("CommandLine", "check integrity and schema; exit 0 when sound"))
    check.set_defaults(handler=run_check)

    backup = verbs.add_parser("backup", help=translate("CommandLine", "write a consistent copy, also while the app is open"))
    backup.add_argument("file", metavar="FILE", type=Path)
    backup.set_defaults(handler=run_backup)


def _location(args: argparse.Namespace, *, must_exist: bool = True):
    from barometer_desktop.cli.main import resolve_database
    from barometer_desktop.storage.sql_engine import DatabaseLocation

    return DatabaseLocation.parse(resolve_database(args, must_exist=must_exist))


def run_init(args: argparse.Namespace) -> int:
    from barometer_desktop.errors import QT_TRANSLATE_NOOP, ValidationError
    from barometer_desktop.policy_file.own_municipality import find_municipality
    from barometer_desktop.storage.seed import initialize_database, read_policy_file

    location = _location(args, must_exist=False)
    demo = args.with_demo or args.demo
    if demo and (args.policy or args.municipality):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The demo data belong to the 2011 policy: use --demo without --policy and --municipality.")
        )
    # Everything the user gave is checked before a file is created.
    definition = read_policy_file(args.policy) if args.policy else None
    if args.municipality:
        find_municipality(args.municipality)
    db = initialize_database(location, demo=demo, definition=definition, municipality=args.municipality)
    db.close()
    if demo:
        message = translate("CommandLine", "Created {path} with the 2011 policy and the demo data.")
    elif args.policy:
        message = translate("CommandLine", "Created {path} with the policy in {file}.")
    else:
        message = translate("CommandLine", "Created {path} with the 2011 policy.")
    print(message.format(path=location.display(), file=args.policy))
    return 0


def run_upgrade(args: argparse.Namespace) -> int:
    from barometer_desktop.storage.database import upgrade_database

    location = _location(args)
    backup = upgrade_database(location)
    if backup is None:
        print(translate("CommandLine", "{path} already has the newest schema.").format(path=location.display()))
    else:
        print(
            translate("CommandLine", "Upgraded {path}; the previous version is kept as {backup}.").format(
                path=location.display(), backup=backup
            )
        )
    return 0


def run_check(args: argparse.Namespace) -> int:
    from barometer_desktop.storage.health import check_database

    location = _location(args)
    problems = check_database(location)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1
    print(translate("CommandLine", "{path}: the database is sound.").format(path=location.display()))
    return 0


def run_backup(args: argparse.Namespace) -> int:
    from barometer_desktop.errors import QT_TRANSLATE_NOOP, DatabaseOpenError
    from barometer_desktop.storage.backup import backup_sqlite
    from barometer_desktop.storage.sql_engine import check_sqlite_file

    location = _location(args)
    if location.path is None:
        raise DatabaseOpenError(
            QT_TRANSLATE_NOOP("Errors", "Use the server's own backup tools for a server database.")
        )
    check_sqlite_file(location.path, must_exist=True, writable=False)
    target = backup_sqlite(location.path, args.file, refuse_damaged=True)
    print(translate("CommandLine", "Backup written to {file}.").format(file=target))
    return 0
