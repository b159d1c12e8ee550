"""Translations: Danish by default, English as the alternative.

Source strings in the code are English and marked the Qt way (self.tr,
QCoreApplication.translate, QT_TRANSLATE_NOOP) so pyside6-lupdate collects
them into resources/translations/barometer_<lang>.ts. The build compiles
those to .qm for the GUI. Paths that must not load Qt (the command line, the
report and web export) read the same .ts catalogue with the standard
library, so both sides translate from one source of truth.
"""

from __future__ import annotations

import os
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path

from barometer_desktop.domain import formatting
from barometer_desktop.resources import shipped_path

LANGUAGES = ("da", "en")
DEFAULT_LANGUAGE = "da"
LANGUAGE_ENV = "BAROMETER_LANG"



def _language(text: str | None) -> formatting.Lang | None:
    """`text` as one of LANGUAGES, or None."""
    return "da" if text == "da" else "en" if text == "en" else None


_current: formatting.Lang = _language(os.environ.get(LANGUAGE_ENV)) or "da"
formatting.set_default_language(_current)


def translations_dir() -> Path:
    return shipped_path("resources", "translations")


def ts_file(lang: str) -> Path:
    return translations_dir() / f"barometer_{lang}.ts"


@cache
def catalog(lang: str) -> dict[tuple[str, str], str]:
    """(context, source) -> translation, from the language's .ts file.

    Unfinished or empty translations are left out, so the caller falls back
    to the source text rather than showing nothing.
    """
    path = ts_file(lang)
    if not path.is_file():
        return {}
    entries: dict[tuple[str, str], str] = {}
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            text = translation.text or ""
            if text:
                entries[(name, source)] = text
    return entries


def current_language() -> formatting.Lang:
    return _current


def set_language(lang: str) -> None:
    global _current
    chosen = _language(lang)
    if chosen is None:
        raise ValueError(f"unknown language {lang!r}")
    _current = chosen
    # Numbers and dates follow the window's language unless an output names its own.
    formatting.set_default_language(chosen)


# The language of the document being produced (a report, a web export), which
# may differ from the application's. A context variable, so a build in a
# worker thread never changes the language of anything else.
_output: ContextVar[formatting.Lang | None] = ContextVar("output_language", default=None)


def output_language_now() -> formatting.Lang:
    """The language translate() answers in: the output's, else the application's."""
    return _output.get() or _current


@contextmanager
def output_language(lang: str) -> Iterator[None]:
    """Translate into `lang` inside the block (and only in this thread/task)."""
    chosen = _language(lang)
    if chosen is None:
        raise ValueError(f"unknown language {lang!r}")
    token = _output.set(chosen)
    try:
        yield
    finally:
        _output.reset(token)


def translate_into(lang: str, context: str, text: str) -> str:
    """Look `text` up in `lang`'s catalogue; for already-marked text only
    (lupdate does not collect this call, see translate)."""
    return catalog(lang).get((context, text), text)


# The domain's formatting words (months, "pp") come from the catalogues too.
formatting.use_catalogues(translate_into)


def translate(context: str, text: str) -> str:
    """Translate into the current output language.

    Always call it with two string literals, `translate("Ctx", "English")`:
    that is the only shape pyside6-lupdate collects into the catalogue (not a
    third argument, not inside an f-string, not through an alias).
    """
    return translate_into(output_language_now(), context, text)
