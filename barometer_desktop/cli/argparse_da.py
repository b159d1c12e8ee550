"""argparse's own texts ("usage:", "options:", its error messages) in our catalogue.

argparse looks its texts up through the names ``_`` (gettext) and ``ngettext``
that it imports into its module. We replace both with lookups in our .ts
catalogue under the context "argparse", so the command line speaks the same
language as the rest of the program. The message ids below are argparse's own,
copied exactly from Python 3.11's argparse.py (placeholders included): a
msgid that differs by one character is simply not found and stays English.
Developer-only errors (a badly declared parser) are left out on purpose.
"""

from __future__ import annotations

import argparse

from barometer_desktop import i18n
from barometer_desktop.errors import QT_TRANSLATE_NOOP

CONTEXT = "argparse"

MESSAGES = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "subcommands"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "argument \"-\" with mode %r"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
)

# Not looked up by argparse: it is the default help= of action="version",
# so build_parser passes it translated.
VERSION_HELP = QT_TRANSLATE_NOOP("argparse", "show program's version number and exit")


def gettext(message: str | None) -> str | None:
    if not message:
        return message  # argparse also asks for _(None) (a subparsers' description)
    # "%(prog)s: error: %(message)s\n" is the one msgid with a line break; the
    # catalogue holds it without, so the break cannot get lost in the XML.
    if message.endswith("\n"):
        return i18n.translate_into(i18n.output_language_now(), CONTEXT, message[:-1]) + "\n"
    return i18n.translate_into(i18n.output_language_now(), CONTEXT, message)


def ngettext(singular: str, plural: str, n: int) -> str:
    # Danish and English share the rule: singular for exactly one.
    return gettext(singular if n == 1 else plural) or ""


def install() -> None:
    """Make argparse translate through our catalogue (for this process)."""
    argparse._ = gettext  # type: ignore[attr-defined]
    argparse.ngettext = ngettext  # type: ignore[attr-defined]
