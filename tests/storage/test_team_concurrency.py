"""Editors and importers on the same cells at once, on PostgreSQL (issue 21).

Three editors and two importers, each its own process, work for a few
seconds; then every acknowledged change
must be in the database or superseded by a later acknowledged one, none may
have overwritten a write it did not read, and the audit log's old values
must chain without a gap: each change's old value is the previous change's
new value.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from sqlalchemy import select

from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.schema import audit_log

pytestmark = pytest.mark.postgres
DRIVER = Path(__file__).with_name("team_driver.py")
SECONDS = 6.0
TEAM = [("editor", "alice"), ("editor", "bob"), ("editor", "carol"), ("importer", "ivan"), ("importer", "ida")]
IMPORTERS = {who for role, who in TEAM if role == "importer"}


def _audit_value(text: str | None, action: str) -> float | None:
    if text is None:
        return None
    if text.startswith("{"):  # a screen's insert or delete records the whole row
        return float(json.loads(text)["value"])
    return float(text)


def test_editors_and_importers_never_overwrite_each_other_unseen(pg_server, tmp_path):
    name = pg_server.create(template=pg_server.template("policy"))
    location = pg_server.location(name)
    url = location.url
    try:
        reports = [tmp_path / f"{who}.json" for _, who in TEAM]
        processes = [
            subprocess.Popen([sys.executable, str(DRIVER), str(url), role, who, str(SECONDS), str(seed), str(report)])
            for seed, ((role, who), report) in enumerate(zip(TEAM, reports))
        ]
        for process in processes:
            assert process.wait(timeout=SECONDS + 60) == 0
        team = [json.loads(r.read_text()) for r in reports]

        db = open_database(location, user_name="checker")
        try:
            import team_driver  # beside this test

            cells = team_driver.team_cells(db)
            with db.reading_rows() as connection:
                entries = connection.execute(
                    select(audit_log.c.row_key, audit_log.c.action, audit_log.c.old_value, audit_log.c.new_value,
                           audit_log.c.user_name)
                    .where(audit_log.c.table_name == "observation")
                    .where((audit_log.c.field == "value") | (audit_log.c.action != "update"))
                    .order_by(audit_log.c.id)
                ).all()
            stored = {}
            from barometer_desktop.storage import observations

            for cell in cells:
                found = [r for r in observations.series(db, cell[0], [cell[1]]) if r.period == cell[2]]
                stored[f"{cell[0]}/{cell[1]}/{cell[2].year}/year/0"] = found[0].value if found else None
        finally:
            db.close()
    finally:
        pg_server.drop(name)

    counts = {t["name"]: {k: v for k, v in t["counts"].items() if k != "ms"} for t in team}
    assert all(c["acked"] > 0 for c in counts.values()), counts
    assert sum(c["refused"] for c in counts.values()) > 0, f"the team never collided: {counts}"

    # The audit log's old values chain, cell by cell, and end in what is stored.
    history: dict[str, list[tuple]] = {}
    for key, action, old, new, user in entries:
        history.setdefault(key, []).append((action, _audit_value(old, action), _audit_value(new, action), user))
    for key, changes in history.items():
        previous = None
        for action, old, new, user in changes:
            assert old == previous, f"{key}: {user}'s {action} says the old value was {old}, it was {previous}"
            previous = None if action == "delete" else new
        assert stored[key] == previous, f"{key}: the database holds {stored[key]}, the last change stored {previous}"

    # One audit entry per acknowledged change, with the value the writer read
    # as its old value (editors): nobody overwrote what they had not seen.
    audited = Counter(
        (user, key, old if user not in IMPORTERS else "?", new) for key, changes in history.items()
        for _action, old, new, user in changes
    )
    acknowledged = Counter()
    for member in team:
        for change in member["acked"]:
            ind, area, period = change["cell"]
            acknowledged[(member["name"], f"{ind}/{area}/{period}/year/0", change["old"], change["new"])] += 1
    # A delete's audit entry has no new value, as acknowledged.
    assert acknowledged == audited
