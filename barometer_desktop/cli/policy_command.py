"""`policy export --out FILE` and `policy check FILE`: the barometer's definition as a policy file."""

from __future__ import annotations

import argparse
from pathlib import Path

from barometer_desktop.i18n import translate


def register(commands: argparse._SubParsersAction) -> None:
    policy = commands.add_parser(
        "policy", help=translate("CommandLine", "write or check a policy file (goals, indicators, areas, committees)")
    )
    verbs = policy.add_subparsers(dest="policy_command", metavar="VERB", required=True)
    export = verbs.add_parser("export", help=translate("CommandLine", "write the current definition to a policy file"))
    export.add_argument("--out", metavar="FILE", type=Path, required=True)
    export.set_defaults(handler=run_export)
    check = verbs.add_parser("check", help=translate("CommandLine", "check a policy file without changing anything"))
    check.add_argument("file", metavar="FILE", type=Path)
    check.set_defaults(handler=run_check)


def run_export(args: argparse.Namespace) -> int:
    from barometer_desktop.cli.main import resolve_database
    from barometer_desktop.policy_file.writing import to_toml
    from barometer_desktop.storage.database import open_database
    from barometer_desktop.storage.policy_definition import export
    from barometer_desktop.textfiles import write_text_atomic
    from barometer_desktop.write_targets import POLICY

    db = open_database(resolve_database(args), read_only=True)
    try:
        text = to_toml(export(db))
        # The target guard: never over the database, its side files or a file that is not a policy file.
        protect = (db.location.path,) if db.location.path is not None else ()
    finally:
        db.close()
    write_text_atomic(args.out, text, protect=protect, kind=POLICY)
    print(translate("CommandLine", "Policy file written to {file}.").format(file=args.out))
    return 0


def run_check(args: argparse.Namespace) -> int:
    from barometer_desktop.storage.seed import read_policy_file

    data = read_policy_file(args.file)
    print(
        translate("CommandLine", "{file}: the policy file is sound ({goals} goals, {indicators} indicators).").format(
            file=args.file, goals=len(data["goals"]), indicators=len(data["indicators"])
        )
    )
    return 0
