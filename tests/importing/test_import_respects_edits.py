"""An import never overwrites an edit that committed while it ran (issue 21).

The import's comparison notes the version of every cell it read; at commit a
cell that changed since refuses the whole import with the list of such
cells (who, what it read, what is stored now), and the audit log keeps the
true old values. SQLite and PostgreSQL.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from sqlalchemy import select

from barometer_desktop.domain.periods import Period
from barometer_desktop.errors import DatabaseOpenError, StaleEditError
from barometer_desktop.i18n import translate
from barometer_desktop.importing.service import import_file
from barometer_desktop.storage import bulk_import, catalog, observations
from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.observations import ObservationInput
from barometer_desktop.storage.schema import audit_log
from tests import stored_values

PERIOD = Period.parse("2013")


def _cell(db):
    indicator = next(i for i in catalog.indicators(db) if i.code == "1.2")
    area = next(a for a in catalog.areas(db) if a.name == "Aarhus")
    return indicator, area


def _stored(db, indicator, area):
    found = [r for r in observations.series(db, indicator.id, [area.id]) if r.period == PERIOD]
    return found[0] if found else None


def _value_audit(db, indicator, area):
    key = f"{indicator.id}/{area.id}/2013/year/0"
    with db.reading_rows() as connection:
        rows = connection.execute(
            select(audit_log.c.action, audit_log.c.old_value, audit_log.c.new_value, audit_log.c.user_name)
            .where(audit_log.c.table_name == "observation", audit_log.c.row_key == key)
            .where((audit_log.c.field == "value") | (audit_log.c.action != "update"))
            .order_by(audit_log.c.id)
        ).all()
    # A screen's insert records the whole row as JSON; an import's, the value.
    return [(a, o, json.loads(n)["value"] if n and n.startswith("{") else n, u) for a, o, n, u in rows]


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "aarhus.csv"
    path.write_text(
        "indikator;område;periode;værdi\n1.2;Aarhus;2013;11,5\n1.2;Aarhus;2012;12,5\n", encoding="utf-8"
    )
    return path


@pytest.fixture
def alice(any_policy_db):
    db = open_database(any_policy_db.location, user_name="alice")
    yield db
    db.close()


def _edit_during_write(monkeypatch, edit) -> None:
    """Run `edit` after the import compared the file, just before it writes."""
    real_write = bulk_import.StagedImport.write

    def write(self, *args, **kwargs):
        edit()
        return real_write(self, *args, **kwargs)

    monkeypatch.setattr(bulk_import.StagedImport, "write", write)


def test_an_edit_committed_while_the_import_ran_is_kept_and_the_import_refused(
    any_policy_db, alice, tmp_path, monkeypatch, engine_name
):
    importer = any_policy_db  # user "tester"
    indicator, area = _cell(importer)
    stored_values.save(alice, [ObservationInput(indicator.id, area.id, PERIOD, 69.1)])
    seen = _stored(alice, indicator, area)

    def alice_types():
        stored_values.save(
            alice, [ObservationInput(indicator.id, area.id, PERIOD, 77.7, expected_version=seen.version)]
        )

    if engine_name == "sqlite":
        # The import holds SQLite's write lock from its first statement, so
        # Alice cannot commit in between: she is told the database is busy,
        # nothing of hers is stored, and her retry on the old state is
        # refused with the import's value. Nothing is overwritten either way.
        from barometer_desktop.storage import sql_engine as engine_module

        monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 100)
        alice.close()
        late = open_database(importer.location, user_name="alice")
        refused: list[Exception] = []

        def alice_tries():
            try:
                stored_values.save(
                    late, [ObservationInput(indicator.id, area.id, PERIOD, 77.7, expected_version=seen.version)]
                )
            except DatabaseOpenError as error:
                refused.append(error)

        _edit_during_write(monkeypatch, alice_tries)
        report = import_file(importer, _file(tmp_path))
        assert refused and report.written
        with pytest.raises(StaleEditError) as raised:
            alice_types()
        assert raised.value.changed_by == "tester" and raised.value.newer_value == "11,5"
        assert _value_audit(importer, indicator, area) == [
            ("insert", None, "69.1", "alice"), ("update", "69.1", "11.5", "tester")
        ]
        late.close()
        return

    _edit_during_write(monkeypatch, alice_types)
    with pytest.raises(StaleEditError) as raised:
        import_file(importer, _file(tmp_path))
    danish = raised.value.user_message(translate)
    assert "Intet blev importeret" in danish
    assert "Række 2" in danish and "1.2" in danish and "Aarhus" in danish
    assert "69,1" in danish and "77,7" in danish and "alice" in danish
    assert "?" not in danish and "observation" not in danish
    now = _stored(importer, indicator, area)
    assert now.value == 77.7, "Alice's edit was not overwritten"
    assert not [r for r in observations.series(importer, indicator.id, [area.id]) if r.period == Period.parse("2012")]
    assert _value_audit(importer, indicator, area) == [
        ("insert", None, "69.1", "alice"), ("update", "69.1", "77.7", "alice")
    ], "no audit row of the refused import"

    # Re-running the import compares with 77,7, and the audit says so.
    monkeypatch.undo()
    report = import_file(importer, _file(tmp_path))
    assert report.written and report.changed == 1 and report.new == 1
    assert _value_audit(importer, indicator, area)[-1] == ("update", "77.7", "11.5", "tester")


def test_a_value_stored_into_an_empty_cell_while_the_import_ran_is_kept(any_policy_db, alice, tmp_path, monkeypatch, engine_name):
    if engine_name == "sqlite":
        pytest.skip("SQLite's import holds the write lock; the other test shows the editor is refused")
    importer = any_policy_db
    indicator, area = _cell(importer)
    _edit_during_write(
        monkeypatch, lambda: stored_values.save(alice, [ObservationInput(indicator.id, area.id, PERIOD, 70.0)])
    )
    with pytest.raises(StaleEditError) as raised:
        import_file(importer, _file(tmp_path))
    danish = raised.value.user_message(translate)
    assert "alice" in danish and "70" in danish and "—" in danish
    assert _stored(importer, indicator, area).value == 70.0
    assert not [r for r in observations.series(importer, indicator.id, [area.id]) if r.period == Period.parse("2012")]


def test_dry_run_and_import_agree_on_what_they_change(any_policy_db, tmp_path):
    db = any_policy_db
    indicator, area = _cell(db)
    stored_values.save(db, [ObservationInput(indicator.id, area.id, PERIOD, 69.1)])
    path = _file(tmp_path)
    dry = import_file(db, path, dry_run=True)
    done = import_file(db, path)
    assert done.written and not dry.written
    assert (dry.new, dry.changed, dry.unchanged) == (done.new, done.changed, done.unchanged) == (1, 1, 0)
    assert dry.changes == done.changes
    again = import_file(db, path, dry_run=True)
    assert (again.new, again.changed, again.unchanged) == (0, 0, 2)


def test_an_imported_value_continues_a_cleared_cells_versions(any_policy_db, alice, tmp_path):
    importer = any_policy_db
    indicator, area = _cell(importer)
    stored_values.save(alice, [ObservationInput(indicator.id, area.id, PERIOD, 69.1)])
    seen = _stored(alice, indicator, area)
    stored_values.delete(importer, indicator.id, area.id, PERIOD, seen.version)
    assert import_file(importer, _file(tmp_path)).written
    assert _stored(importer, indicator, area).version > seen.version
    with pytest.raises(StaleEditError):
        stored_values.save(
            alice, [ObservationInput(indicator.id, area.id, PERIOD, 70.0, expected_version=seen.version)]
        )
    assert _stored(importer, indicator, area).value == 11.5


def test_an_imported_value_in_a_cleared_cell_continues_its_versions(policy_db, tmp_path):
    # The bulk import's version rule is storage.row_versions': a cell cleared
    # before starts after the version it reached, one never cleared at 1.
    period = Period.parse("2013")
    indicator = next(i for i in catalog.indicators(policy_db) if i.code == "1.2")
    areas = {a.name: a for a in catalog.areas(policy_db)}

    def version(area: str) -> int:
        (record,) = [r for r in observations.series(policy_db, indicator.id, [areas[area].id]) if r.period == period]
        return record.version

    path = tmp_path / "tal.csv"
    path.write_text("indikator;område;periode;værdi\n1.2;Aarhus;2013;50\n", encoding="utf-8")
    assert import_file(policy_db, path).written and version("Aarhus") == 1
    stored_values.save(policy_db, [ObservationInput(indicator.id, areas["Aarhus"].id, period, 51.0, expected_version=1)])
    stored_values.delete(policy_db, indicator.id, areas["Aarhus"].id, period, 2)
    path.write_text("indikator;område;periode;værdi\n1.2;Aarhus;2013;52\n1.2;Odense;2013;53\n", encoding="utf-8")
    assert import_file(policy_db, path).written
    assert (version("Aarhus"), version("Odense")) == (4, 1)
