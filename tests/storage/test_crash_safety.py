"""SIGKILL at random moments during edits and imports: nothing reported as saved is lost."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest
from sqlalchemy import select

from barometer_desktop.cli.main import main
from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.models import AuditEntry, Observation

ROUNDS = int(os.environ.get("BAROMETER_CRASH_ROUNDS", "100"))
DRIVER = Path(__file__).with_name("crash_driver.py")
REPO = Path(__file__).resolve().parents[2]


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the crash driver forks (Linux/macOS)")
def test_killed_writer_loses_nothing_reported_as_saved(policy_db_path: Path, tmp_path: Path, capsys):
    report_file = tmp_path / "report.json"
    env = dict(os.environ, PYTHONPATH=str(REPO))
    driver = subprocess.run(
        [sys.executable, str(DRIVER), str(policy_db_path), str(ROUNDS), "20261125", str(report_file)],
        capture_output=True, text=True, env=env, timeout=240,
    )
    assert driver.returncode == 0, driver.stderr[-3000:]
    report = json.loads(report_file.read_text())
    edits = defaultdict(int)  # (indicator, area) -> newest reported sequence number
    imports = set()
    for line in report["reported"]:
        kind, *rest = line.split()
        if kind == "E":
            indicator, area, seq = map(int, rest)
            edits[(indicator, area)] = max(edits[(indicator, area)], seq)
        else:
            imports.add(int(rest[0]))
    assert edits and imports, "the children did store edits and imports before being killed"

    # `db check` passes: integrity, foreign keys, schema.
    assert main(["--db", str(policy_db_path), "db", "check"]) == 0, capsys.readouterr().err

    db = open_database(policy_db_path)
    try:
        with db.reading() as session:
            rows = session.execute(
                select(Observation.indicator_id, Observation.area_id, Observation.year, Observation.value, Observation.note)
            ).all()
            audited = session.scalar(
                select(AuditEntry.id).where(AuditEntry.field == "note").order_by(AuditEntry.id.desc()).limit(1)
            )
    finally:
        db.close()

    stored_edits = {(r.indicator_id, r.area_id): r for r in rows if r.year == 2100}
    for cell, seq in edits.items():
        row = stored_edits[cell]
        stored_seq = int(row.note.split()[1])
        assert stored_seq >= seq, f"edit {seq} of {cell} was reported saved but is gone"
        assert row.value == stored_seq % 100, "value and note were stored together"

    batches = defaultdict(int)
    for r in rows:
        if r.note.startswith("imp "):
            batches[int(r.note.split()[1])] += 1
    assert imports <= set(batches), "every reported import is there"
    assert all(count == 12 for count in batches.values()), "imports are all-or-nothing, never half"
    assert audited is not None
    print(
        f"\ncrash safety: {report['rounds']} SIGKILL rounds in {report['seconds']:.1f} s, "
        f"{sum(1 for line in report['reported'] if line[0] == 'E')} edits and {len(imports)} imports reported, none lost"
    )
