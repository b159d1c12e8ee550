"""Which column holds what: the long format's known headers, or a user's mapping.

A `ColumnMapping` names, by column position, where the indicator, area,
period and value are; a wide statistics-bank table instead has one column
per period (`period_columns`). A dimension the file does not hold (e.g. the
indicator of a one-indicator table) gets a fixed value. Mappings are saved
as JSON keyed by a fingerprint of the header row, so the next file of the
same shape is read the same way.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from dataclasses import asdict, dataclass, field, replace

from barometer_desktop.domain.periods import Period, PeriodError
from barometer_desktop.i18n import translate

ROLES = ("indicator", "area", "period", "value", "sample_size", "std_error", "note", "provisional", "note_is_public")

# Header words in Danish and English (compared without case, accents or spaces).
HEADER_NAMES: dict[str, tuple[str, ...]] = {
    "indicator": ("indikator", "indicator", "indikatorkode", "indicatorcode", "kode", "code"),
    "area": ("omrade", "område", "area", "kommune", "municipality", "areacode", "omradekode"),
    "period": ("periode", "tid", "period", "time", "ar", "år", "year", "aar"),
    "value": ("vaerdi", "værdi", "indhold", "value", "vardi"),
    "sample_size": ("stikprove", "stikprøve", "sample_size", "samplesize", "n"),
    "std_error": ("standardfejl", "std_error", "stderror", "standarderror", "se"),
    "note": ("note", "bemaerkning", "bemærkning", "comment"),
    "provisional": ("forelobig", "foreløbig", "provisional", "preliminary"),
    "note_is_public": ("offentlignote", "offentlig_note", "note_is_public", "notepublic", "publicnote"),
}


def normalise(text: str) -> str:
    folded = unicodedata.normalize("NFKD", str(text).strip().lower())
    folded = folded.replace("ø", "o").replace("æ", "ae").replace("å", "a")
    return "".join(ch for ch in folded if ch.isalnum() or ch == "_").replace("_", "")


_LOOKUP = {normalise(name): role for role, names in HEADER_NAMES.items() for name in names}


@dataclass(frozen=True)
class ColumnMapping:
    """Where each dimension comes from. Column numbers are 0-based positions."""

    columns: dict[str, int] = field(default_factory=dict)  # role -> column
    period_columns: tuple[int, ...] = ()  # wide table: these columns are periods
    fixed: dict[str, str] = field(default_factory=dict)  # role -> fixed text (indicator/area/period)
    # Columns the user saw marked "not used" and left so: not reported as unread.
    ignored: tuple[int, ...] = ()

    @property
    def is_wide(self) -> bool:
        return bool(self.period_columns)

    def missing_roles(self) -> list[str]:
        """Required dimensions that neither a column nor a fixed value provides."""
        missing = []
        for role in ("indicator", "area", "period", "value"):
            if role in ("period", "value") and self.is_wide:
                continue
            if role not in self.columns and not self.fixed.get(role, "").strip():
                missing.append(role)
        return missing

    def to_json(self) -> str:
        data = asdict(self)
        data["period_columns"] = list(self.period_columns)
        data["ignored"] = list(self.ignored)
        return json.dumps(data, ensure_ascii=False, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> ColumnMapping:
        """The mapping saved as `text`; ValueError when it is not one (a
        damaged or hand-edited row must not turn into an unexpected error)."""
        try:
            data = json.loads(text)
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            columns = data.get("columns", {})
            fixed = data.get("fixed", {})
            if not isinstance(columns, dict) or not isinstance(fixed, dict):
                raise ValueError("columns and fixed must be objects")
            mapping = cls(
                columns={str(k): _column_number(v) for k, v in columns.items() if k in ROLES},
                period_columns=tuple(_column_number(c) for c in _list(data.get("period_columns", ()))),
                fixed={str(k): str(v) for k, v in fixed.items() if k in ROLES},
                ignored=tuple(_column_number(c) for c in _list(data.get("ignored", ()))),
            )
        except (TypeError, AttributeError, RecursionError) as error:
            raise ValueError(str(error)) from error
        return mapping

    def with_fixed(self, role: str, text: str) -> ColumnMapping:
        return replace(self, fixed={**self.fixed, role: text})


MAX_COLUMN = 100_000  # far beyond any file an import reads (importing.sources.MAX_COLUMNS)


def _column_number(value: object) -> int:
    if type(value) is not int or not 0 <= value < MAX_COLUMN:
        raise ValueError(f"not a column number: {value!r}")
    return value


def _list(value: object) -> list:
    if not isinstance(value, list):
        raise ValueError("not a list")
    return value


def fingerprint(header: list[str]) -> str:
    """The shape of a file: its normalised header row, hashed (period headers
    of a wide table included, so next year's file with one more column is a
    new shape the user confirms once)."""
    joined = "\x1f".join(normalise(h) for h in header)
    return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:40]


def is_period_header(text: str) -> bool:
    try:
        Period.parse(str(text))
    except PeriodError:
        return False
    return True


def detect(header: list[str]) -> ColumnMapping:
    """A mapping guessed from the header: the long format by its names, and
    columns whose header is a period (2011, 2011K1) as a wide table."""
    columns: dict[str, int] = {}
    for position, name in enumerate(header):
        role = _LOOKUP.get(normalise(name))
        if role is not None and role not in columns:
            columns[role] = position
    period_columns = tuple(
        i for i, name in enumerate(header) if i not in columns.values() and is_period_header(name)
    )
    if "value" in columns and "period" in columns:
        period_columns = ()
    elif period_columns:
        columns.pop("period", None)
        columns.pop("value", None)
    return ColumnMapping(columns=columns, period_columns=period_columns)


def role_names(roles: list[str]) -> str:
    """Dimensions as a message names them, in the user's language ("indikator, område")."""
    names = {
        "indicator": translate("Import", "indicator"),
        "area": translate("Import", "area"),
        "period": translate("Import", "period"),
        "value": translate("Import", "value"),
    }
    return ", ".join(names.get(role, role) for role in roles)
