"""Every insert, update and delete of user data leaves an audit row with old and new values."""

from __future__ import annotations

import json

from sqlalchemy import select

from barometer_desktop.domain.periods import Period
from barometer_desktop.storage import catalog
from barometer_desktop.storage.models import AuditEntry, Indicator
from barometer_desktop.storage.observations import ObservationInput
from tests import stored_values


def _audit(db) -> list[AuditEntry]:
    with db.reading() as session:
        entries = list(session.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        session.expunge_all()  # keep the loaded values after the session ends
        return entries


def test_insert_update_delete_are_audited_with_user_and_values(any_policy_db):
    db = any_policy_db
    indicator = next(i for i in catalog.indicators(db) if i.unit == "percent")
    area = catalog.areas(db)[0]
    period = Period.parse("2012")
    start = len(_audit(db))

    [stored] = stored_values.save(db, [ObservationInput(indicator.id, area.id, period, 41.5)])
    [updated] = stored_values.save(
        db, [ObservationInput(indicator.id, area.id, period, 42.25, expected_version=stored.version)]
    )
    stored_values.delete(db, indicator.id, area.id, period, updated.version)

    entries = _audit(db)[start:]
    key = f"{indicator.id}/{area.id}/2012/year/0"
    assert [e.action for e in entries if e.field in (None, "value")] == ["insert", "update", "delete"]
    assert all(e.user_name == "tester" and e.table_name == "observation" and e.row_key == key for e in entries)
    insert, update, delete = (e for e in entries if e.field in (None, "value"))
    assert json.loads(insert.new_value)["value"] == "41.5" and insert.old_value is None
    assert (update.old_value, update.new_value) == ("41.5", "42.25")
    assert json.loads(delete.old_value)["value"] == "42.25" and delete.new_value is None


def test_an_edit_of_the_catalogue_is_audited_too(any_policy_db):
    db = any_policy_db
    first = catalog.indicators(db)[0]
    with db.transaction() as session:
        session.get(Indicator, first.id).name = "Nyt navn"
    [entry] = [e for e in _audit(db) if e.table_name == "indicator" and e.action == "update"]
    assert (entry.action, entry.field, entry.old_value, entry.new_value) == ("update", "name", first.name, "Nyt navn")
    assert entry.row_key == str(first.id)


def test_a_refused_change_leaves_no_audit_row(any_policy_db):
    db = any_policy_db
    indicator = next(i for i in catalog.indicators(db) if i.unit == "percent")
    area = catalog.areas(db)[0]
    before = len(_audit(db))
    try:
        stored_values.save(db, [ObservationInput(indicator.id, area.id, Period.parse("2012"), -1.0)])
    except Exception:  # the refusal itself is tested elsewhere
        pass
    assert len(_audit(db)) == before


def test_value_history_reads_the_same_for_edits_and_imports(any_policy_db, tmp_path):
    # The ORM audits an insert as a JSON snapshot of the row, a bulk import
    # as the bare value; observations.history gives both as value changes.
    from barometer_desktop.importing.service import import_file
    from barometer_desktop.storage import observations

    db = any_policy_db
    indicator = next(i for i in catalog.indicators(db) if i.code == "1.2")
    main = next(a for a in catalog.areas(db) if a.is_main)
    [stored] = stored_values.save(db, [ObservationInput(indicator.id, main.id, Period.parse("2011"), 66.5)])
    stored_values.delete(db, indicator.id, main.id, stored.period, stored.version)
    path = tmp_path / "tal.csv"
    path.write_text(f"indikator;område;periode;værdi\n1.2;{main.name};2012;67,25\n", encoding="utf-8")
    assert import_file(db, path).written

    history = observations.history(db, indicator.id)
    assert [(e.action, e.field, e.old_value, e.new_value) for e in history] == [
        ("insert", "value", None, "67.25"),  # the import, newest first
        ("delete", "value", "66.5", None),
        ("insert", "value", None, "66.5"),
    ]
