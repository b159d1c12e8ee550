"""argparse's own texts (usage, options, its errors) come from our catalogue: Danish by default."""

from __future__ import annotations

import argparse
import inspect
import os
import subprocess
import sys
from pathlib import Path

import pytest

from barometer_desktop import i18n
from barometer_desktop.cli import argparse_da
from barometer_desktop.cli.main import language_asked_for, main

REPO = Path(__file__).resolve().parents[2]


def parse_error(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_info:
        main(list(argv))
    assert exit_info.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    return captured.err


def test_every_marked_message_is_argparses_own_and_has_a_danish_translation():
    source = inspect.getsource(argparse)
    danish = i18n.catalog("da")
    for message in (*argparse_da.MESSAGES, argparse_da.VERSION_HELP):
        assert repr(message)[1:-1] in source or message.replace('"', '\\"') in source, message
        assert danish.get(("argparse", message)), message
        # The placeholders survive the translation, or argparse's % fails.
        for placeholder in ("%s", "%r", "%(prog)s", "%(message)s", "%(value)r", "%(type)s", "%(choices)s"):
            assert message.count(placeholder) == danish[("argparse", message)].count(placeholder), message


def test_help_is_danish_by_default(capsys):
    with pytest.raises(SystemExit) as exit_info:
        main(["--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("brug: barometer-desktop")
    assert "\ntilvalg:\n" in out and "\nargumenter:\n" in out
    assert "vis denne hjælp og afslut" in out and "vis programmets versionsnummer og afslut" in out
    for english in ("usage:", "options:", "positional arguments", "show this help message", "show program's"):
        assert english not in out


def test_a_sub_commands_help_is_danish_too(capsys):
    with pytest.raises(SystemExit):
        main(["publish", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("brug: barometer-desktop publish") and "vis denne hjælp og afslut" in out


def test_help_in_english_when_asked_for_before_the_command(capsys):
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("usage: barometer-desktop") and "show this help message and exit" in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (
            ["report", "--year", "tretten", "--out", "r.pdf"],
            "barometer-desktop report: fejl: argument --year: ugyldig int-værdi: 'tretten'",
        ),
        (["publish", "--year", "2013"], "barometer-desktop publish: fejl: følgende argumenter skal angives: --out"),
        (["--lang", "sv"], "barometer-desktop: fejl: argument --lang: ugyldigt valg: 'sv' (vælg mellem 'da', 'en')"),
        (["--demo", "--bogus"], "barometer-desktop: fejl: ukendte argumenter: --bogus"),
        (["--db"], "barometer-desktop: fejl: argument --db: forventede én værdi"),
        (["rapport"], "barometer-desktop: fejl: argument COMMAND: ugyldigt valg: 'rapport' (vælg mellem"),
    ],
)
def test_parse_errors_are_one_danish_line_and_exit_2(capsys, argv, expected):
    err = parse_error(capsys, *argv)
    last = err.strip().splitlines()[-1]
    assert last.startswith(expected), last
    assert err.startswith("brug: ")
    assert "error:" not in err and "usage:" not in err


def test_the_reports_own_lang_option_does_not_change_the_programs_language():
    # `report --lang en` is the report's language; the program's messages stay Danish.
    assert language_asked_for(["report", "--lang", "en", "--out", "x.pdf"]) is None
    assert language_asked_for(["--db", "--lang", "--lang", "en"]) == "en"  # a database file named "--lang"
    assert language_asked_for(["--demo", "--lang=en", "report"]) == "en"
    assert language_asked_for(["--lang", "sv"]) is None


def test_the_installed_program_reports_a_bad_year_in_danish():
    env = dict(os.environ)
    env.pop(i18n.LANGUAGE_ENV, None)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), env.get("PYTHONPATH", "")]))
    result = subprocess.run(
        [sys.executable, "-m", "barometer_desktop", "--demo", "publish", "--year", "tretten", "--out", "ud"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert result.returncode == 2
    assert result.stderr.strip().splitlines()[-1] == (
        "barometer-desktop publish: fejl: argument --year: ugyldig int-værdi: 'tretten'"
    )
