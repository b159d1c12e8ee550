"""Kill a writing process at random moments, over and over (run by test_crash_safety).

    python tests/storage/crash_driver.py DB ROUNDS SEED REPORT.json

Each round forks a child that opens DB and stores values in a loop: single
edits (observation_edits.store, through tests/stored_values.py, with the version it read, like a user's edit) and
imports (the same, twelve monthly values in ONE transaction).
After every commit the child writes what it stored to its stdout pipe, so
the parent knows what was "reported as saved". The parent SIGKILLs the child
after a random delay and records the reports in REPORT.json for the test to
check against the database. Runs in its own clean process (no Qt, no pytest)
because it forks.
"""

from __future__ import annotations

import json
import os
import random
import select
import signal
import sys
import time
from pathlib import Path

from tests import stored_values

IMPORTS_PER_ROUND = 30
EDIT_YEAR = 2100  # edits use yearly periods, imports monthly ones: no overlap


def cells(db):
    from barometer_desktop.storage import catalog

    indicators = [i.id for i in catalog.indicators(db) if i.unit == "percent"]
    areas = [a.id for a in catalog.areas(db)]
    return [(i, a) for i in indicators for a in areas]


def child(path: Path, round_no: int, out: int) -> None:
    from barometer_desktop.domain.periods import Period, PeriodKind
    from barometer_desktop.errors import StaleEditError
    from barometer_desktop.storage import observations
    from barometer_desktop.storage.database import open_database
    from barometer_desktop.storage.observations import ObservationInput

    rng = random.Random(round_no)
    db = open_database(path, user_name=f"crash-{round_no}")
    pairs = cells(db)
    edit_pairs = pairs[:6]
    seq = round_no * 100_000
    imports = 0
    while True:
        seq += 1
        if imports < IMPORTS_PER_ROUND and rng.random() < 0.3:
            batch = round_no * IMPORTS_PER_ROUND + imports
            indicator, area = pairs[batch // 199]
            year = 1901 + batch % 199
            stored_values.save(
                db,
                [
                    ObservationInput(indicator, area, Period(year, PeriodKind.MONTH, month), float(month), note=f"imp {batch}")
                    for month in range(1, 13)
                ],
            )
            imports += 1
            os.write(out, f"I {batch}\n".encode())
        else:
            indicator, area = rng.choice(edit_pairs)
            current = observations.series(db, indicator, [area])
            seen = next((r.version for r in current if r.period == Period.parse(str(EDIT_YEAR))), None)
            try:
                stored_values.save(
                    db,
                    [ObservationInput(indicator, area, Period.parse(str(EDIT_YEAR)), float(seq % 100), note=f"seq {seq}", expected_version=seen)],
                )
            except StaleEditError:
                continue  # cannot happen with one writer; never silently retried over
            os.write(out, f"E {indicator} {area} {seq}\n".encode())


def run(path: Path, rounds: int, seed: int, report: Path) -> None:
    # Import everything once here, so a forked child starts writing at once.
    from barometer_desktop.storage import catalog, observation_edits, observations  # noqa: F401
    from barometer_desktop.storage.database import open_database

    # Warm-up outside the rounds (loads SQLAlchemy's lazy parts), then close:
    # a child must never share a connection opened by its parent.
    open_database(path).close()
    rng = random.Random(seed)
    reported: list[str] = []
    started = time.monotonic()
    for round_no in range(rounds):
        read_end, write_end = os.pipe()
        pid = os.fork()
        if pid == 0:  # the child: write until killed
            os.close(read_end)
            try:
                child(path, round_no, write_end)
            except BaseException:
                import traceback

                traceback.print_exc()
            finally:
                os._exit(3)
        os.close(write_end)
        deadline = time.monotonic() + rng.uniform(0.02, 0.25)
        buffer = b""
        while (remaining := deadline - time.monotonic()) > 0:
            ready, _, _ = select.select([read_end], [], [], remaining)
            if ready:
                chunk = os.read(read_end, 65536)
                if not chunk:
                    break
                buffer += chunk
        os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
        while chunk := os.read(read_end, 65536):  # what it reported before dying
            buffer += chunk
        os.close(read_end)
        if not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL):
            raise SystemExit(f"round {round_no}: the child ended by itself (status {status}); see its stderr")
        reported.extend(line for line in buffer.decode().splitlines() if line)
    report.write_text(json.dumps({"rounds": rounds, "seconds": time.monotonic() - started, "reported": reported}))


if __name__ == "__main__":
    run(Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), Path(sys.argv[4]))
