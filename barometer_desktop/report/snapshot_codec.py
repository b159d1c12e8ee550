"""BarometerSnapshot <-> JSON, exactly, for final report editions.

A final edition must come out the same years later, so the snapshot it was
built from is stored as JSON and read back into the very same dataclasses.
The codec walks the dataclasses' type hints instead of listing fields by
hand: a field added to the snapshot later is stored without touching this
module. Floats survive exactly (JSON uses Python's shortest round-trip repr).
"""

from __future__ import annotations

import dataclasses
import json
import types
import typing
from datetime import date
from enum import Enum
from functools import cache
from typing import Any, Union

from barometer_desktop.assembly.snapshot import BarometerSnapshot
from barometer_desktop.domain.periods import Period

# Bumped if the stored shape ever changes incompatibly.
FORMAT_VERSION = 1


def _encode(value: Any) -> Any:
    if isinstance(value, Period):
        return str(value)
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (tuple, list)):
        return [_encode(item) for item in value]
    if isinstance(value, dict):
        return {str(_encode(key)): _encode(item) for key, item in value.items()}
    return value


def to_json(snapshot: BarometerSnapshot) -> str:
    payload = {"format": FORMAT_VERSION, "snapshot": _encode(snapshot)}
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, allow_nan=False)


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _decode(hint: Any, value: Any) -> Any:
    origin = typing.get_origin(hint)
    if origin in (Union, types.UnionType):
        if value is None:
            return None
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _decode(options[0], value)
    if origin is tuple:
        item_type = typing.get_args(hint)[0]
        return tuple(_decode(item_type, item) for item in value)
    if origin is dict:
        key_type, item_type = typing.get_args(hint)
        return {_decode(key_type, k): _decode(item_type, v) for k, v in value.items()}
    if hint is Period:
        return Period.parse(value)
    if hint is date:
        return date.fromisoformat(value)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    if dataclasses.is_dataclass(hint):
        field_types = _hints(hint)
        known = {f.name for f in dataclasses.fields(hint)}
        return hint(**{k: _decode(field_types[k], v) for k, v in value.items() if k in known})
    if hint is float and isinstance(value, int):
        return float(value)
    return value


def from_json(text: str) -> BarometerSnapshot:
    payload = json.loads(text)
    if payload.get("format") != FORMAT_VERSION:
        raise ValueError(f"unknown snapshot format: {payload.get('format')!r}")
    return _decode(BarometerSnapshot, payload["snapshot"])
