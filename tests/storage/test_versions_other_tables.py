"""Follow-ups, integration reports, assessments and settings: a row deleted
and created again under the same key continues its version, and two people
creating the same row at once are told who was first (issue 21)."""

from __future__ import annotations

import pytest

from barometer_desktop.domain.types import FollowUpStatus
from barometer_desktop.errors import StaleEditError
from barometer_desktop.i18n import translate
from barometer_desktop.storage import assessments, committees, follow_up
from barometer_desktop.storage.database import open_database
from barometer_desktop.storage.follow_up import FollowUpEntry, ReportEntry


@pytest.fixture
def bob(any_demo_db):
    db = open_database(any_demo_db.location, user_name="bob")
    yield db
    db.close()


def _a_line(db, year=2013):
    for committee in committees.committees(db):
        found = follow_up.committee_year(db, committee.id, year)
        if found.lines:
            return committee.id, found
    pytest.skip("the demo has no action-plan goals")


def test_a_cleared_and_re_entered_follow_up_refuses_the_old_version(any_demo_db, bob):
    alice = any_demo_db
    committee_id, year_seen = _a_line(alice)
    line = year_seen.lines[0]
    report = ReportEntry(year_seen.report.received_on, year_seen.report.document_link, year_seen.report.version)

    def save(db, status, expected, note=""):
        fresh = follow_up.committee_year(db, committee_id, 2013).report
        follow_up.save_committee_year(
            db, committee_id, 2013, ReportEntry(fresh.received_on, fresh.document_link, fresh.version),
            [FollowUpEntry(line.goal_id, status, note, expected)],
        )

    def now(db):
        return next(s for s in follow_up.committee_year(db, committee_id, 2013).lines if s.goal_id == line.goal_id)

    save(alice, FollowUpStatus.FOLLOWED_UP, line.version)
    seen_by_alice = now(alice)
    save(bob, None, seen_by_alice.version)  # Bob clears it...
    assert now(bob).version is None
    save(bob, FollowUpStatus.PARTLY, None, "Delvist")  # ...and sets it again
    assert now(bob).version > seen_by_alice.version
    with pytest.raises(StaleEditError) as raised:
        save(alice, FollowUpStatus.NOT_FOLLOWED_UP, seen_by_alice.version)
    danish = raised.value.user_message(translate)
    assert "bob" in danish and "opfølgning" in danish and "?" not in danish and "goal_follow_up" not in danish
    assert now(alice).status == FollowUpStatus.PARTLY
    assert report is not None


def test_two_people_writing_the_first_assessment_the_second_is_told_who(any_demo_db, bob, engine_name):
    if engine_name == "sqlite":
        pytest.skip("SQLite holds the write lock for the whole action: Bob would wait, not race")
    from barometer_desktop.storage import catalog

    alice = any_demo_db
    indicator = catalog.indicators(alice)[0]
    year = 2099
    assert assessments.load(alice, indicator.id, year).version is None
    # Bob's first text commits after Alice's check that nothing was stored.
    from barometer_desktop.storage.models import Assessment

    with pytest.raises(StaleEditError) as raised:
        with alice.transaction() as session:
            assessments.save(bob, indicator.id, year, "Bobs tekst", True, None)
            session.add(Assessment(indicator_id=indicator.id, year=year, text="Alices tekst", is_public=True))
    danish = raised.value.user_message(translate)
    assert "bob" in danish and "vurdering" in danish
    assert "duplicate" not in danish and "uq_" not in danish
    assert assessments.load(alice, indicator.id, year).text == "Bobs tekst"


def test_changing_a_follow_up_someone_cleared_names_who_cleared_it(any_demo_db, bob):
    alice = any_demo_db
    committee_id, year_seen = _a_line(alice)
    line = year_seen.lines[0]

    def save(db, status, expected):
        fresh = follow_up.committee_year(db, committee_id, 2013).report
        follow_up.save_committee_year(
            db, committee_id, 2013, ReportEntry(fresh.received_on, fresh.document_link, fresh.version),
            [FollowUpEntry(line.goal_id, status, "", expected)],
        )

    save(alice, FollowUpStatus.FOLLOWED_UP, line.version)
    seen = next(s for s in follow_up.committee_year(alice, committee_id, 2013).lines if s.goal_id == line.goal_id)
    save(bob, None, seen.version)
    with pytest.raises(StaleEditError) as raised:
        save(alice, FollowUpStatus.PARTLY, seen.version)
    danish = raised.value.user_message(translate)
    assert "slettet denne opfølgning" in danish and "bob" in danish and "?" not in danish
