"""Numbers, dates and periods as the secretariat writes them.

Danish is the default; English is there for the English UI. Rounding is
"half away from zero" on the decimal text of the value (0.25 -> 0.3), the
way people and national statistics round, not float ``round`` (banker's
rounding on binary fractions, which gives 0.2).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from functools import cache
from typing import Literal

from .periods import Period, PeriodKind
from .types import Unit

Lang = Literal["da", "en"]


class NumberFormatError(ValueError):
    """Raised by parse_number; the message says what was wrong with the text."""


# --- rounding -------------------------------------------------------------------


def round_decimal(value: float, decimals: int) -> Decimal:
    """Round half away from zero; a result of zero is always unsigned."""
    if decimals < 0:
        raise ValueError(f"decimals must be 0 or more, got {decimals}")
    if not math.isfinite(value):
        raise ValueError(f"cannot round a non-finite value: {value!r}")
    # repr gives the shortest text that reads back as the same float, i.e. the
    # number the user typed (0.25, 2.675), so ties round as people expect.
    exact = Decimal(repr(float(value)))
    result = exact.quantize(_quantum(decimals), rounding=ROUND_HALF_UP)
    return result.copy_abs() if result.is_zero() else result


@cache
def _quantum(decimals: int) -> Decimal:
    return Decimal(1).scaleb(-decimals)


def rounded(value: float, decimals: int) -> float:
    """``value`` rounded like format_number rounds it, as a float."""
    return float(round_decimal(value, decimals))


def rounded_equal(a: float, b: float, decimals: int) -> bool:
    """True when ``a`` and ``b`` are printed as the same figure."""
    return round_decimal(a, decimals) == round_decimal(b, decimals)


# --- numbers --------------------------------------------------------------------

# (thousands separator, decimal separator)
_SEPARATORS: dict[str, tuple[str, str]] = {"da": (".", ","), "en": (",", ".")}


# The language of numbers and dates when a caller names none: the window's
# (i18n.set_language keeps it in step). Outputs in another language (a report,
# the web export) always pass theirs.
_default_language: Lang = "da"


def set_default_language(lang: Lang) -> None:
    global _default_language
    _separators(lang)  # refuse an unknown language here, not at the next number
    _default_language = lang


def default_language() -> Lang:
    return _default_language


def _separators(lang: str) -> tuple[str, str]:
    try:
        return _SEPARATORS[lang]
    except KeyError:
        raise ValueError(f"unsupported language: {lang!r} (use 'da' or 'en')") from None


# The typography of a printed number (issue 16): a minus sign, not a hyphen,
# and a no-break space between the number and its unit, so "95 %" or
# "3,2 pct.-point" never breaks at the end of a line. Text a program reads back
# (CSV, XLSX, import templates) has its own writers (domain.spreadsheet_text.plain_number,
# importing.export) with the ASCII hyphen; an edit field gets format_trimmed(editable=True).
MINUS_SIGN = "\u2212"
NO_BREAK_SPACE = "\u00a0"


def format_number(value: float, decimals: int, lang: Lang | None = None) -> str:
    """E.g. da "1.234,5" / en "1,234.5", negative with the minus sign "−3,2"; never "−0,0"."""
    return _hyphen_number(value, decimals, lang).replace("-", MINUS_SIGN)


def _hyphen_number(value: float, decimals: int, lang: Lang | None = None) -> str:
    """As format_number, but with the ASCII hyphen-minus ("-3,2")."""
    lang = lang or _default_language
    thousands, decimal_mark = _separators(lang)
    # Format in English style first, then swap the separators via placeholders.
    english = f"{round_decimal(value, decimals):,.{decimals}f}"
    return english.replace(",", "\0").replace(".", decimal_mark).replace("\0", thousands)


def format_trimmed(value: float, max_decimals: int, lang: Lang | None = None, *, editable: bool = False) -> str:
    """A stored value as exactly as it is kept, up to ``max_decimals``, no trailing zeros ("47,5", "12").

    ``editable``: for an edit field, with the hyphen the user types ("-47,5"), not the minus sign.
    """
    lang = lang or _default_language
    text = (_hyphen_number if editable else format_number)(value, max_decimals, lang)
    mark = _separators(lang)[1]
    return text.rstrip("0").rstrip(mark) if mark in text else text


def format_value(value: float, unit: Unit, decimals: int, lang: Lang | None = None) -> str:
    """A measured value with its unit: "12,5 %", "3,2 pct.-point", "6,4" (no-break space before the unit)."""
    lang = lang or _default_language
    number = format_number(value, decimals, lang)
    return number + _unit_suffix(Unit(unit), lang, change=False)


def format_change(change: float, unit: Unit, decimals: int, lang: Lang | None = None) -> str:
    """A signed change: "+1,2 pct.-point", "−0,4"; a change that rounds to zero has no sign.

    A change in a percentage is measured in percentage points, not percent.
    """
    lang = lang or _default_language
    number = format_number(change, decimals, lang)
    sign = "+" if round_decimal(change, decimals) > 0 else ""
    return sign + number + _unit_suffix(Unit(unit), lang, change=True)


def _unit_suffix(unit: Unit, lang: str, *, change: bool) -> str:
    points = NO_BREAK_SPACE + _words(lang).points
    if unit == Unit.PERCENTAGE_POINTS or (change and unit == Unit.PERCENT):
        return points
    if unit == Unit.PERCENT:
        # Danish style puts a space before %, English does not.
        return NO_BREAK_SPACE + "%" if lang == "da" else "%"
    return ""


# A number and the unit after it in running text ("95 %", "5 pct.-point"):
# a translated sentence writes the space as a plain one.
_NUMBER_THEN_UNIT = re.compile(r"(\d) (%|pct\.|pp\b)")


def keep_units_together(text: str) -> str:
    """``text`` with a no-break space between each number and its unit ("95 %" stays on one line)."""
    return _NUMBER_THEN_UNIT.sub("\\1" + NO_BREAK_SPACE + "\\2", text)


# --- dates and periods ----------------------------------------------------------

# The words of periods and units are in the translation catalogues (context
# "Formatting"), marked here for lupdate and looked up once per language
# through the catalogues' lookup (i18n.translate_into). The domain imports
# nothing but the standard library, so i18n hands its lookup in when it is
# imported, and the package imports i18n first (barometer_desktop/__init__.py).


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate looks for
    return text


_lookup: Callable[[str, str, str], str] | None = None


def use_catalogues(lookup: Callable[[str, str, str], str]) -> None:
    """Take words from `lookup(lang, context, text)` (called by i18n on import)."""
    global _lookup
    _lookup = lookup
    _words.cache_clear()


_MONTHS = (
    QT_TRANSLATE_NOOP("Formatting", "January"), QT_TRANSLATE_NOOP("Formatting", "February"),
    QT_TRANSLATE_NOOP("Formatting", "March"), QT_TRANSLATE_NOOP("Formatting", "April"),
    QT_TRANSLATE_NOOP("Formatting", "May"), QT_TRANSLATE_NOOP("Formatting", "June"),
    QT_TRANSLATE_NOOP("Formatting", "July"), QT_TRANSLATE_NOOP("Formatting", "August"),
    QT_TRANSLATE_NOOP("Formatting", "September"), QT_TRANSLATE_NOOP("Formatting", "October"),
    QT_TRANSLATE_NOOP("Formatting", "November"), QT_TRANSLATE_NOOP("Formatting", "December"),
)
# After a number in percentage points (and after a change of a percentage).
_POINTS = QT_TRANSLATE_NOOP("Formatting", "pp")
_QUARTER = QT_TRANSLATE_NOOP("Formatting", "Q{number} {year}")


@dataclass(frozen=True)
class _Words:
    months: tuple[str, ...]
    points: str
    quarter: str


@cache
def _words(lang: str) -> _Words:
    if _lookup is None:
        raise RuntimeError("no catalogues: import barometer_desktop.i18n before formatting a period or unit")
    lookup = _lookup

    def word(text: str) -> str:
        return lookup(lang, "Formatting", text)

    return _Words(tuple(word(month) for month in _MONTHS), word(_POINTS), word(_QUARTER))


def format_date(d: date, lang: Lang | None = None) -> str:
    """da "24.11.2026", en "24 Nov 2026"."""
    lang = lang or _default_language
    _separators(lang)
    if lang == "da":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.day} {_words('en').months[d.month - 1][:3]} {d.year}"


def format_datetime(moment: datetime, lang: Lang | None = None) -> str:
    """da "24.11.2026 14:05", en "24 Nov 2026 14:05" (to the minute: when a change was made)."""
    lang = lang or _default_language
    return f"{format_date(moment.date(), lang)} {moment.hour:02d}:{moment.minute:02d}"


def format_period(period: Period, lang: Lang | None = None) -> str:
    """da "2011", "1. kvt. 2011", "marts 2011"; en "2011", "Q1 2011", "March 2011"."""
    lang = lang or _default_language
    _separators(lang)
    if period.kind == PeriodKind.QUARTER:
        return _words(lang).quarter.format(number=period.number, year=period.year)
    if period.kind == PeriodKind.MONTH:
        return f"{_words(lang).months[period.number - 1]} {period.year}"
    return str(period.year)


# --- parsing --------------------------------------------------------------------

# Spaces users (and spreadsheets) put between thousands groups.
_GROUP_SPACES = (" ", "\u00a0", "\u202f")
_MINUS_SIGNS = ("-", "\u2212")
_GROUPED_INTEGER = re.compile(r"[0-9]{1,3}(?:\x00[0-9]{3})+")
_STRICT_GROUPED = re.compile(r"[1-9][0-9]{0,2}(?:\x00[0-9]{3})+")
_AMBIGUOUS_GROUP = re.compile(r"[1-9][0-9]{0,2}[.,][0-9]{3}")


def parse_number(text: str, lang: Lang | None = None) -> float:
    """Read a number typed in Danish or English style.

    Accepted: "12,5", "12.5", "-3", "+3", "1.234,5", "1,234.5", "1 234,5",
    "1.234.567", and a trailing "%" which is ignored.

    Separator rule:
      * both kinds: the last one is the decimal separator (must appear once),
        the other is the thousands separator;
      * one kind appearing several times: thousands separators;
      * only one kind, appearing once: it is the decimal separator, with one
        exception for the single ambiguous shape "d.ddd" / "dd.ddd" / "ddd.ddd"
        (1-3 digits, no leading zero, then exactly 3 digits): that is read
        with ``lang``'s thousands separator, so in Danish "1.234" is 1234
        while "1,234" is 1.234 (and the other way round for "en").
        Without the exception the app's own "1.234" for a count would read
        back as 1.234, a thousandfold error.
    Thousands separators (and spaces) must split the integer part into groups
    of three digits, so "1,2,3" is rejected.
    """
    lang = lang or _default_language
    lang_thousands, _ = _separators(lang)
    body, negative = _number_body(text)
    integer_part, fraction = _split_decimal(body, lang_thousands)
    return _assemble(integer_part, fraction, negative, _GROUPED_INTEGER)


def parse_number_as(text: str, lang: Lang) -> float:
    """Read a number written with exactly ``lang``'s marks, the way a file
    that uses one number format throughout is read.

    Unlike parse_number there is no guessing: in Danish (``"da"``) a comma is
    the decimal mark and a dot only ever groups thousands, so "101.125" is
    101125 and "99.75" is not a number; in English (``"en"``) the other way
    round. Grouped integers start with a non-zero digit ("0.125" is not
    0-thousand-125). A trailing "%" is ignored, as in parse_number.
    """
    thousands, decimal_mark = _separators(lang)
    body, negative = _number_body(text)
    if body.count(decimal_mark) > 1:
        raise NumberFormatError("more than one decimal separator")
    integer_part, mark, fraction = body.partition(decimal_mark)
    if thousands in fraction or "\0" in fraction:
        raise NumberFormatError("a thousands separator after the decimal separator")
    return _assemble(integer_part.replace(thousands, "\0"), fraction if mark else None, negative, _STRICT_GROUPED)


def number_readings(text: str) -> tuple[float | None, float | None]:
    """``text`` read with decimal comma and with decimal point (None where it
    is not a number in that format). "12,5" -> (12.5, None); "99.75" ->
    (None, 99.75); "12" -> (12.0, 12.0); "101.125" -> (101125.0, 101.125):
    the one shape that fits both formats with different values."""
    readings: list[float | None] = []
    for lang in ("da", "en"):
        try:
            readings.append(parse_number_as(text, lang))
        except NumberFormatError:
            readings.append(None)
    return readings[0], readings[1]


def _number_body(text: str) -> tuple[str, bool]:
    """The digits and marks of a number text (group spaces as \\0) and its sign."""
    if not isinstance(text, str):
        raise NumberFormatError("not text")
    body = text.strip()
    if body.endswith("%"):
        body = body[:-1].rstrip()
    if not body:
        raise NumberFormatError("empty")

    negative = False
    if body[0] in _MINUS_SIGNS or body[0] == "+":
        negative = body[0] in _MINUS_SIGNS
        body = body[1:].lstrip()
    if not body:
        raise NumberFormatError("a sign without a number")

    for space in _GROUP_SPACES:
        body = body.replace(space, "\0")
    if any(ch not in "0123456789.,\0" for ch in body):
        raise NumberFormatError("contains characters that are not part of a number")
    return body, negative


def _assemble(integer_part: str, fraction: str | None, negative: bool, grouped: re.Pattern[str]) -> float:
    if "\0" in integer_part and not grouped.fullmatch(integer_part):
        raise NumberFormatError("thousands separators must separate groups of three digits")
    integer_digits = integer_part.replace("\0", "")
    if not integer_digits and not fraction:
        raise NumberFormatError("no digits")
    if fraction is not None and not fraction:
        raise NumberFormatError("no digits after the decimal separator")
    if fraction is not None and not fraction.isdigit():
        raise NumberFormatError("more than one decimal separator")

    number = float(f"{integer_digits or '0'}.{fraction or '0'}")
    return -number if negative else number


def _split_decimal(body: str, lang_thousands: str) -> tuple[str, str | None]:
    """Split into (integer part with \\0 as group marks, fraction digits or None)."""
    dots, commas = body.count("."), body.count(",")
    if dots and commas:
        decimal_mark = "." if body.rfind(".") > body.rfind(",") else ","
        thousands = "," if decimal_mark == "." else "."
        if body.count(decimal_mark) > 1:
            raise NumberFormatError("more than one decimal separator")
        # The decimal mark is the last separator, so the fraction holds no other.
        integer_part, fraction = body.split(decimal_mark)
        return integer_part.replace(thousands, "\0"), fraction
    separator = "." if dots else "," if commas else None
    if separator is None:
        return body, None
    if body.count(separator) == 1:
        integer_part, fraction = body.split(separator)
        if separator == lang_thousands and _AMBIGUOUS_GROUP.fullmatch(body):
            return integer_part + "\0" + fraction, None
        if "\0" in fraction:
            raise NumberFormatError("space after the decimal separator")
        return integer_part, fraction
    return body.replace(separator, "\0"), None


class DateFormatError(ValueError):
    """Raised by parse_date when the text is not a date."""


_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})[.\-/ ](\d{1,2})[.\-/ ](\d{4})")
_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_NAMED_MONTH = re.compile(r"(\d{1,2})\.? +([^\W\d_]+)\.? +(\d{4})")


def _month_number(name: str) -> int | None:
    """1-12 for a month's name or its first three letters, Danish or English."""
    wanted = name.casefold()
    for names in (_words("da").months, _words("en").months):
        for number, month in enumerate(names, start=1):
            if wanted in (month.casefold(), month.casefold()[:3]):
                return number
    return None


def parse_date(text: str) -> date:
    """Read a date typed as "1.3.2016", "01.03.2016", "1-3-2016", "2016-03-01",
    "1 Mar 2016" or "1. marts 2016" (what format_date writes in either language).

    Day before month as in Denmark and in the English UI; the year must have
    four digits, so nothing is guessed.
    """
    stripped = text.strip()
    if match := _DAY_MONTH_YEAR.fullmatch(stripped):
        day_text, month_text, year_text = match.groups()
    elif match := _ISO_DATE.fullmatch(stripped):
        year_text, month_text, day_text = match.groups()
    elif (match := _NAMED_MONTH.fullmatch(stripped)) and (month := _month_number(match.group(2))):
        day_text, month_text, year_text = match.group(1), str(month), match.group(3)
    else:
        raise DateFormatError("not a date")
    try:
        return date(int(year_text), int(month_text), int(day_text))
    except ValueError as error:
        raise DateFormatError("no such day") from error
