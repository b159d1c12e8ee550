"""Existing databases upgrade to the policy model with their policy, goals, history and editions intact."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from barometer_desktop.assembly.assemble_snapshot import assemble
from barometer_desktop.publishing.status_report import ReportKind, produce_report
from barometer_desktop.storage import catalog, policies
from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.migrations import head_revision

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def _open(name: str, tmp_path: Path):
    return open_database(shutil.copy(FIXTURES / name, tmp_path / "barometer.sqlite"), user_name="tester")


def test_a_copenhagen_database_of_schema_0001_keeps_its_policy_and_goals(tmp_path):
    db = _open("schema_0001.sqlite", tmp_path)
    try:
        assert db.schema_revision() == head_revision()
        [policy] = policies.all_policies(db)
        assert (policy.period_from, policy.period_to, policy.adopted_on) == (2011, 2014, None)
        goals = policies.goals_in_force(db, 2013, include_retired=True)
        assert [g.number for g in goals] == list(range(1, 9))
        assert goals[1].title == "Flere i arbejde"
        assert sum(len(g.indicators) for g in goals) == 10
        assert policies.goals_in_force(db, 2016) == goals, "a later year stays under the last policy"
        snapshot = assemble(db, 2013, today=date(2014, 4, 2))
        assert any(p for g in snapshot.goals for i in g.indicators for s in i.series for p in s.points)
        with db.reading_rows() as connection:
            history = connection.exec_driver_sql("SELECT count(*) FROM audit_log").scalar()
        assert history >= 1, "the audit history is kept"
    finally:
        db.close()


def test_a_final_edition_made_before_a_new_period_reissues_unchanged(tmp_path):
    db = _open("schema_0001.sqlite", tmp_path)
    try:
        first = produce_report(db, 2013, tmp_path / "final.pdf", final=True, today=date(2014, 4, 2))
        assert first.kind == ReportKind.NEW_FINAL
        from barometer_desktop.storage import policy_edits

        policy_edits.start_period(db, 2015, "Integrationspolitik 2015-2018")
        again = produce_report(db, 2013, tmp_path / "again.pdf", final=True, today=date(2016, 1, 1))
        assert again.kind == ReportKind.REISSUED and again.sha256 == first.sha256
    finally:
        db.close()


def test_the_schema_0004_fixture_reports_each_year_under_its_policy(tmp_path):
    db = _open("schema_0004.sqlite", tmp_path)
    try:
        assert db.schema_revision() == head_revision()
        old = policies.goals_in_force(db, 2013, include_retired=True)
        new = policies.goals_in_force(db, 2016, include_retired=True)
        assert [g.title for g in old][1:3] == ["Flere i arbejde", "Mere blandet leder- og medarbejderskare i kommunen"]
        assert [g.number for g in new] == [1, 2, 4, 5, 6, 7, 8, 9]
        assert new[1].title == "Flere i job og uddannelse"
        assert [i.code for i in new[-1].indicators] == ["1.2"]
        assert "1.2" in [i.code for i in old[0].indicators]
        assert policies.current(db).adopted_on == date(2014, 12, 18)
        assert {i.code for i in catalog.indicators(db)} >= {"1.2", "3.1"}
    finally:
        db.close()
