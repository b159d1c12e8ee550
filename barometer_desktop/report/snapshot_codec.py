"""BarometerSnapshot <-> JSON, exactly, for final report editions.

A final edition must come out the same years later, so the snapshot it was
built from is stored as JSON. The file has its own format, written down
here as a schema (report/edition_format.py): every object's keys are chosen
for the file and mapped onto the Python attributes, so renaming or moving a
field in the snapshot's dataclasses changes that mapping, never the stored
JSON. `format` is the version of that schema. An edition of an earlier
version is first upgraded, one step per version, to the current one
(`_UPGRADES`), then read strictly: a missing or unknown key is a damaged
edition, reported, never guessed at.

Floats survive exactly (JSON uses Python's shortest round-trip repr).
"""

from __future__ import annotations

import json
from typing import Any

from barometer_desktop.assembly.snapshot import BarometerSnapshot
from barometer_desktop.report import edition_format
from barometer_desktop.report.edition_format import FORMAT_VERSION


def to_json(snapshot: BarometerSnapshot) -> str:
    payload = {"format": FORMAT_VERSION, "snapshot": edition_format.SNAPSHOT.encode(snapshot)}
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, allow_nan=False)


def from_json(text: str) -> BarometerSnapshot:
    payload = json.loads(text)
    if not isinstance(payload, dict):
        raise ValueError("a stored edition is a JSON object")
    version = payload.get("format")
    snapshot = payload.get("snapshot")
    while version != FORMAT_VERSION:
        upgrade = _UPGRADES.get(version) if isinstance(version, int) else None
        if upgrade is None or not isinstance(version, int):
            raise ValueError(f"unknown snapshot format: {version!r}")
        snapshot, version = upgrade(snapshot), version + 1
    return edition_format.SNAPSHOT.decode(snapshot)


# -- earlier formats ---------------------------------------------------------------

# Format 1 (editions stored until December 2026) was the snapshot dataclasses'
# own layout, read leniently: a key added to a dataclass later was simply
# absent in older editions and took the dataclass default. Its layouts, oldest
# first (fixtures of each in tests/fixtures/editions/):
#   87aa370  the first report;
#   04481bb  + indicator latest, due_in_report_year;
#   7b84027  + committee not_recorded, report_late; development significance_unknown;
#   f354e76  + snapshot data_status;
#   0e5c332  + verdicts, published, area_statuses, published_status, series is_country,
#              significance_policy, status_window, main_area_name.
# Format 2 adds the indicator's release_year_offset and comparison_available, so an
# edition holds its indicators' whole definition (domain.indicators).
# Its keys are format 2's keys; the step fills in, by hand and frozen here, what
# each object lacked in the older layouts (the values those editions were made by).
_FORMAT_1_DEFAULTS: dict[str, dict[str, Any]] = {
    "snapshot": {"data_status": None, "significance_policy": "marked", "status_window": 0, "main_area_name": ""},
    "goal": {"published_status": None, "area_statuses": []},
    "indicator": {"latest": None, "due_in_report_year": True, "verdicts": [], "published": None,
                  # Never in format 1 and printed nowhere: the columns' defaults.
                  "release_year_offset": 1, "comparison_available": True},
    "series": {"is_country": False},
    "development": {"significance_unknown": False},
    "committee": {"not_recorded": [], "report_late": False},
}


def _filled(obj: dict, kind: str) -> dict:
    return {**_FORMAT_1_DEFAULTS.get(kind, {}), **obj}


def _development_1(obj: dict | None) -> dict | None:
    return None if obj is None else _filled(obj, "development")


def _indicator_1(obj: dict) -> dict:
    obj = _filled(obj, "indicator")
    return {
        **obj,
        "development": _development_1(obj["development"]),
        "published": _development_1(obj["published"]),
        "series": [_filled(series, "series") for series in obj["series"]],
        "verdicts": [{**v, "development": _development_1(v["development"])} for v in obj["verdicts"]],
    }


def _upgrade_from_1(snapshot: Any) -> dict:
    """Format 1 -> 2: the same keys, with every key present."""
    if not isinstance(snapshot, dict):
        raise ValueError("a stored edition's snapshot is a JSON object")
    snapshot = _filled(snapshot, "snapshot")
    goals = [
        {**_filled(goal, "goal"), "indicators": [_indicator_1(i) for i in goal["indicators"]]}
        for goal in snapshot["goals"]
    ]
    committees = [_filled(committee, "committee") for committee in snapshot["committees"]]
    return {**snapshot, "goals": goals, "committees": committees}


_UPGRADES = {1: _upgrade_from_1}
