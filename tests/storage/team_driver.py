"""One member of a team working on the same few cells (run by test_team_concurrency).

    python tests/storage/team_driver.py URL ROLE NAME SECONDS SEED REPORT.json

ROLE "editor": read a cell, then store a new value (or clear it) naming the
version read, like the entry grid. ROLE "importer": import a file that sets
every cell. ROLE "reader": assemble the report year, as the overview does. Each acknowledged change is written to REPORT.json with what the
writer read, so the test can check it against the database and the audit log.
Runs in its own process, without Qt or pytest, so several run at once.
"""

from __future__ import annotations

import json
import random
import sys
import tempfile
import time
from pathlib import Path

from barometer_desktop.domain.periods import Period
from barometer_desktop.errors import DatabaseOpenError, StaleEditError
from barometer_desktop.storage import catalog, observation_edits, observations
from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.observation_edits import Removal
from barometer_desktop.storage.observations import ObservationInput

PERIODS = ("2012", "2013")
AREAS = ("Aarhus", "Odense")


def team_cells(db) -> list[tuple[int, int, Period, str, str]]:
    """The cells everyone works on: (indicator id, area id, period, indicator code, area name)."""
    indicator = next(i for i in catalog.indicators(db) if i.code == "1.2")
    areas = {a.name: a for a in catalog.areas(db)}
    return [(indicator.id, areas[a].id, Period.parse(p), indicator.code, a) for a in AREAS for p in PERIODS]


def _read(db, cell):
    indicator_id, area_id, period = cell[:3]
    found = [r for r in observations.series(db, indicator_id, [area_id]) if r.period == period]
    return found[0] if found else None


def _value(rng: random.Random) -> float:
    return round(rng.uniform(0.0, 100.0), 6)  # unique enough to tell every write apart


def edit(db, cells, rng, until: float, acked: list, counts: dict) -> None:
    while time.monotonic() < until:
        time.sleep(rng.uniform(0.0, 0.03))  # a moment between two edits, so imports get through too
        cell = rng.choice(cells)
        started = time.perf_counter()
        try:
            seen = _read(db, cell)
            if seen is not None and rng.random() < 0.2:
                observation_edits.store(db, (), [Removal(*cell[:3], seen.version)])
                acked.append({"cell": list(cell[:2]) + [str(cell[2])], "old": seen.value, "new": None})
            else:
                value = _value(rng)
                observation_edits.store(db, [ObservationInput(
                    *cell[:3], value, expected_version=seen.version if seen else None)])
                acked.append({"cell": list(cell[:2]) + [str(cell[2])], "old": seen.value if seen else None,
                              "new": value})
            counts["acked"] += 1
            counts["ms"].append(round((time.perf_counter() - started) * 1000, 2))
        except StaleEditError:
            counts["refused"] += 1
        except DatabaseOpenError:
            counts["busy"] += 1


def read(db, cells, rng, until: float, acked: list, counts: dict) -> None:
    from barometer_desktop.assembly.assemble_snapshot import assemble

    while time.monotonic() < until:
        started = time.perf_counter()
        try:
            assemble(db, 2013)
        except DatabaseOpenError:
            counts["busy"] += 1
            continue
        counts["acked"] += 1
        counts["ms"].append(round((time.perf_counter() - started) * 1000, 2))


def import_files(db, cells, rng, until: float, acked: list, counts: dict) -> None:
    from barometer_desktop.importing.service import import_file

    folder = Path(tempfile.mkdtemp())
    while time.monotonic() < until:
        values = {cell: _value(rng) for cell in cells}
        path = folder / "team.csv"
        path.write_text("indikator;område;periode;værdi\n" + "".join(
            f"{cell[3]};{cell[4]};{cell[2]};{str(value).replace('.', ',')}\n" for cell, value in values.items()
        ), encoding="utf-8")
        started = time.perf_counter()
        try:
            report = import_file(db, path)
        except StaleEditError:
            counts["refused"] += 1
            continue
        except DatabaseOpenError:
            counts["busy"] += 1
            continue
        assert report.written, report
        counts["acked"] += 1
        counts["ms"].append(round((time.perf_counter() - started) * 1000, 2))
        for cell, value in values.items():
            acked.append({"cell": list(cell[:2]) + [str(cell[2])], "old": "?", "new": value})


def main(url: str, role: str, name: str, seconds: float, seed: int, report: str) -> None:
    db = open_database(url, user_name=name)
    cells = team_cells(db)
    rng = random.Random(seed)
    acked: list = []
    counts: dict = {"acked": 0, "refused": 0, "busy": 0, "ms": []}
    until = time.monotonic() + seconds
    {"editor": edit, "importer": import_files, "reader": read}[role](db, cells, rng, until, acked, counts)
    db.close()
    Path(report).write_text(json.dumps({"name": name, "role": role, "acked": acked, "counts": counts}))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], float(sys.argv[4]), int(sys.argv[5]), sys.argv[6])
