"""Committees, action plans, follow-ups and decisions: validated, version-checked, audited."""

from datetime import date

import pytest
from sqlalchemy import func, select

from barometer_desktop.domain.types import FollowUpStatus
from barometer_desktop.errors import StaleEditError, ValidationError
from barometer_desktop.storage import action_plans, committees, follow_up
from barometer_desktop.storage.follow_up import DecisionEntry, FollowUpEntry, ReportEntry
from barometer_desktop.storage.models import AuditEntry, GoalFollowUp, IntegrationReport


def _committee(db, short):
    return next(c for c in committees.committees(db) if c.short_name == short)


def _audit_count(db):
    with db.reading() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry))


def _plan(db, short):
    return action_plans.action_plans(db, _committee(db, short).id)[0]


def test_committee_edit_is_validated_audited_and_version_checked(demo_db):
    buu = _committee(demo_db, "BUU")
    before = _audit_count(demo_db)
    with pytest.raises(ValidationError) as caught:
        committees.update_committee(
            demo_db, buu.id, name=buu.name, short_name="BUU", administration="BUF",
            contact_emails="a@kk.dk, not-an-address", expected_version=buu.version,
        )
    assert caught.value.field == "contact_emails" and "not-an-address" in str(caught.value)
    assert _committee(demo_db, "BUU") == buu and _audit_count(demo_db) == before

    stored = committees.update_committee(
        demo_db, buu.id, name=buu.name, short_name="BUU", administration="BUF",
        contact_emails="a@kk.dk; b@kk.dk", expected_version=buu.version,
    )
    assert stored.contact_emails == ("a@kk.dk", "b@kk.dk") and stored.version == buu.version + 1
    with demo_db.reading() as session:
        fields = session.scalars(select(AuditEntry.field).where(AuditEntry.table_name == "committee")).all()
    assert "contact_emails" in fields

    with pytest.raises(StaleEditError):
        committees.update_committee(
            demo_db, buu.id, name="Other", short_name="BUU", administration="BUF",
            contact_emails="", expected_version=buu.version,
        )
    with pytest.raises(ValidationError) as caught:
        committees.update_committee(
            demo_db, buu.id, name=buu.name, short_name="KFU", administration="BUF",
            contact_emails="", expected_version=stored.version,
        )
    assert caught.value.field == "short_name"


def test_goal_create_edit_end_and_bad_input(demo_db):
    plan = _plan(demo_db, "SUU")
    before = _audit_count(demo_db)
    with pytest.raises(ValidationError) as caught:
        action_plans.create_goal(demo_db, plan.id, text="   ", policy_goal_ids=[])
    assert caught.value.field == "text"
    assert _plan(demo_db, "SUU").goals == plan.goals and _audit_count(demo_db) == before

    goal_id = action_plans.create_goal(demo_db, plan.id, text="Nyt mål", policy_goal_ids=[])
    goal = next(g for g in _plan(demo_db, "SUU").goals if g.id == goal_id)
    assert goal.policy_goal_numbers == () and goal.sort_order == len(plan.goals)

    from barometer_desktop.storage import catalog

    goal_ids = {g.number: g.id for g in catalog.goals_with_indicators(demo_db)}
    action_plans.update_goal(
        demo_db, goal_id, text="Nyt mål", policy_goal_ids=[goal_ids[4], goal_ids[6]], expected_version=goal.version
    )
    changed = next(g for g in _plan(demo_db, "SUU").goals if g.id == goal_id)
    assert changed.policy_goal_numbers == (4, 6) and changed.version == goal.version + 1
    with demo_db.reading() as session:
        link_audit = session.scalars(
            select(AuditEntry.new_value).where(AuditEntry.table_name == "action_plan_goal_link")
        ).all()
    assert link_audit[-1] == "4,6"
    with pytest.raises(StaleEditError):
        action_plans.update_goal(demo_db, goal_id, text="x", policy_goal_ids=[], expected_version=goal.version)


def test_plan_link_is_validated_on_entry(demo_db, tmp_path):
    plan = _plan(demo_db, "BUU")
    for bad in ("javascript:alert(1)", r"C:\Windows\notepad.exe", str(tmp_path / "evil.exe%20.pdf"),
                "https://kk.dk/" + "x" * 5_000_000):
        with pytest.raises(ValidationError) as caught:
            action_plans.update_plan(
                demo_db, plan.id, adopted_on=plan.adopted_on, document_link=bad, ended_on=None,
                expected_version=plan.version,
            )
        assert caught.value.field == "document_link"
    assert _plan(demo_db, "BUU") == plan
    document = tmp_path / "handleplan.pdf"
    document.write_bytes(b"%PDF-1.4")
    assert action_plans.update_plan(
        demo_db, plan.id, adopted_on=plan.adopted_on, document_link=str(document), ended_on=None,
        expected_version=plan.version,
    ) == []
    assert _plan(demo_db, "BUU").document_link == str(document)
    # A document that cannot be reached now (an offline share) is kept, with a notice.
    gone = str(tmp_path / "gone.pdf")
    [notice] = action_plans.update_plan(
        demo_db, plan.id, adopted_on=plan.adopted_on, document_link=gone, ended_on=None,
        expected_version=_plan(demo_db, "BUU").version,
    )
    assert notice.field == "document_link" and gone in str(notice)
    assert _plan(demo_db, "BUU").document_link == gone


def test_committee_year_keeps_an_unreachable_link_and_refuses_a_disguised_one(demo_db, tmp_path):
    tmu = _committee(demo_db, "TMU")
    before = follow_up.committee_year(demo_db, tmu.id, 2013)
    program = tmp_path / "tool"
    program.write_text("#!/bin/sh\n")
    program.chmod(0o755)
    (tmp_path / "sym.pdf").symlink_to(program)
    for bad in (str(tmp_path / "sym.pdf"), "file:///srv/evil.exe%2520.pdf", "/srv/" + "a" * 2100 + ".pdf"):
        with pytest.raises(ValidationError) as caught:
            follow_up.save_committee_year(demo_db, tmu.id, 2013, ReportEntry(None, bad, before.report.version), [])
        assert caught.value.field == "document_link"
    assert follow_up.committee_year(demo_db, tmu.id, 2013) == before
    share = r"\\fileserver\udvalg\TMU\redegørelse 2013.pdf"
    notices = follow_up.save_committee_year(
        demo_db, tmu.id, 2013, ReportEntry(None, share, before.report.version), []
    )
    assert [n.field for n in notices] == ["document_link"]
    assert follow_up.committee_year(demo_db, tmu.id, 2013).report.document_link == share


def test_ending_a_goal_keeps_its_earlier_follow_ups(demo_db):
    buu = _committee(demo_db, "BUU")
    goal = next(g for g in _plan(demo_db, "BUU").goals if "forældresamarbejde" in g.text)
    action_plans.end_goal(demo_db, goal.id, date(2012, 12, 31), expected_version=goal.version)

    y2012 = follow_up.committee_year(demo_db, buu.id, 2012)
    line = next(line for line in y2012.lines if line.goal_id == goal.id)
    assert line.status is FollowUpStatus.FOLLOWED_UP and line.ended_on == date(2012, 12, 31)
    # 2013 still shows it because a follow-up was stored for 2013 before it ended;
    # 2014 does not ask for it any more.
    assert goal.id in [line.goal_id for line in follow_up.committee_year(demo_db, buu.id, 2013).lines]
    assert goal.id not in [line.goal_id for line in follow_up.committee_year(demo_db, buu.id, 2014).lines]
    with demo_db.reading() as session:
        years = session.scalars(select(GoalFollowUp.year).where(GoalFollowUp.action_plan_goal_id == goal.id)).all()
    assert sorted(years) == [2011, 2012, 2013]


def test_committee_year_is_one_transaction(demo_db):
    tmu = _committee(demo_db, "TMU")
    year = follow_up.committee_year(demo_db, tmu.id, 2013)
    assert year.report.version is None and [line.status for line in year.lines] == [None, None]
    entries = [
        FollowUpEntry(year.lines[0].goal_id, FollowUpStatus.FOLLOWED_UP, "Belysning udbygget", None),
        FollowUpEntry(year.lines[1].goal_id, FollowUpStatus.PARTLY, "", None),
    ]
    before = _audit_count(demo_db)
    with pytest.raises(ValidationError) as caught:
        follow_up.save_committee_year(
            demo_db, tmu.id, 2013, ReportEntry(date(2014, 3, 20), "javascript:alert(1)", None), entries
        )
    assert caught.value.field == "document_link"
    assert _audit_count(demo_db) == before
    with pytest.raises(ValidationError) as caught:
        follow_up.save_committee_year(
            demo_db, tmu.id, 2013, ReportEntry(date(2014, 3, 20), "", None),
            [*entries, FollowUpEntry(_plan(demo_db, "BUU").goals[0].id, FollowUpStatus.PARTLY, "", None)],
        )
    assert caught.value.params["row"] == 3
    assert follow_up.committee_year(demo_db, tmu.id, 2013) == year

    follow_up.save_committee_year(
        demo_db, tmu.id, 2013, ReportEntry(date(2014, 3, 20), "https://kk.dk/tmu-2013.pdf", None), entries
    )
    stored = follow_up.committee_year(demo_db, tmu.id, 2013)
    assert stored.report.received_on == date(2014, 3, 20)
    assert [(line.status, line.note) for line in stored.lines] == [
        (FollowUpStatus.FOLLOWED_UP, "Belysning udbygget"), (FollowUpStatus.PARTLY, ""),
    ]
    # A stale form (versions from before the save) is refused as a whole.
    with pytest.raises(StaleEditError):
        follow_up.save_committee_year(demo_db, tmu.id, 2013, ReportEntry(None, "", None), [])
    # Clearing a status removes the follow-up; the report stays.
    follow_up.save_committee_year(
        demo_db, tmu.id, 2013,
        ReportEntry(stored.report.received_on, stored.report.document_link, stored.report.version),
        [FollowUpEntry(stored.lines[1].goal_id, None, "", stored.lines[1].version)],
    )
    assert follow_up.committee_year(demo_db, tmu.id, 2013).lines[1].status is None
    with demo_db.reading() as session:
        assert session.scalar(select(func.count()).select_from(IntegrationReport).where(IntegrationReport.year == 2013)) == 6


def test_future_received_date_and_note_without_status_are_refused(demo_db):
    tmu = _committee(demo_db, "TMU")
    goal_id = follow_up.committee_year(demo_db, tmu.id, 2013).lines[0].goal_id
    with pytest.raises(ValidationError) as caught:
        follow_up.save_committee_year(
            demo_db, tmu.id, 2013, ReportEntry(date(2030, 1, 1), "", None), [], today=date(2026, 1, 1)
        )
    assert caught.value.field == "received_on"
    with pytest.raises(ValidationError) as caught:
        follow_up.save_committee_year(
            demo_db, tmu.id, 2013, ReportEntry(None, "", None), [FollowUpEntry(goal_id, None, "note", None)]
        )
    assert caught.value.field == "status" and caught.value.params["row"] == 1


def test_decisions_confirm_and_dismiss(demo_db):
    tmu = _committee(demo_db, "TMU")
    with pytest.raises(ValidationError) as caught:
        follow_up.save_decision(demo_db, DecisionEntry(tmu.id, 2013, "confirmed", "missing_follow_up", decided_on=date(2014, 4, 1)))
    assert caught.value.field == "request"
    follow_up.save_decision(
        demo_db,
        DecisionEntry(tmu.id, 2013, "confirmed", "missing_follow_up", supplementary_report_requested=True,
                      decided_on=date(2014, 4, 1), recommendation="BIU anmoder TMU om en supplerende redegørelse."),
    )
    decision = next(d for d in committees.follow_up_year(demo_db, 2013).decisions if d.committee == "TMU")
    assert decision.status == "confirmed" and decision.supplementary_report_requested
    follow_up.save_decision(
        demo_db, DecisionEntry(tmu.id, 2013, "dismissed", "missing_follow_up", expected_version=decision.version)
    )
    decision = next(d for d in committees.follow_up_year(demo_db, 2013).decisions if d.committee == "TMU")
    assert decision.status == "dismissed"
    with pytest.raises(StaleEditError):
        follow_up.save_decision(demo_db, DecisionEntry(tmu.id, 2013, "dismissed", "other", expected_version=1))


def test_every_link_refusal_has_its_own_message():
    from barometer_desktop.domain.document_links import LinkProblem
    from barometer_desktop.storage import link_refusals

    messages = [link_refusals._MESSAGES[problem] for problem in LinkProblem]
    assert len(set(messages)) == len(LinkProblem)
