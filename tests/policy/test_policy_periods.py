"""A new policy period: each report year shows the goals of the policy then in force."""

from __future__ import annotations

from datetime import date

import pytest
from pypdf import PdfReader

from barometer_desktop.assembly.assemble_snapshot import assemble
from barometer_desktop.domain.periods import Period
from barometer_desktop.errors import StaleEditError, ValidationError
from barometer_desktop.publishing.status_report import ReportKind, produce_report
from barometer_desktop.storage import catalog, indicators, observations, policies, policy_edits
from barometer_desktop.storage.indicators import IndicatorInput
from tests import stored_values

NEW_POLICY = "Integrationspolitik 2015-2018"


def _text(path) -> str:
    return " ".join(" ".join(page.extract_text() or "" for page in PdfReader(path).pages).split())


def _goal(db, number: int):
    return next(g for g in catalog.goals_with_indicators(db) if g.number == number)


def _move(db, code: str, goal_id: int) -> None:
    record = next(i for i in catalog.indicators(db) if i.code == code)
    fields = {name: getattr(record, name) for name in IndicatorInput.__dataclass_fields__ if hasattr(record, name)}
    fields.update(goal_id=goal_id, is_headline=True)
    indicators.update(db, record.id, IndicatorInput(**fields), record.version)


def _new_period(db) -> None:
    """2015: goal 2 renamed, goal 3 ended, a goal added, indicator 1.2 moved to it."""
    policy_edits.start_period(db, 2015, NEW_POLICY, adopted_on=date(2014, 12, 18))
    two = _goal(db, 2)
    policy_edits.rename_goal(db, two.id, "Flere i job og uddannelse", two.version)
    three = _goal(db, 3)
    policy_edits.end_goal(db, three.id, three.version)
    new_goal = policy_edits.add_goal(db, "Flere unge i ungdomsuddannelse")
    _move(db, "1.2", new_goal)


def _add_value(db, code: str, year: int, value: float) -> None:
    indicator = next(i for i in catalog.indicators(db) if i.code == code)
    main = next(a for a in catalog.areas(db) if a.is_main)
    stored_values.save(db, [observations.ObservationInput(indicator.id, main.id, Period.year_of(year), value)])


def test_each_year_is_reported_under_its_policy(demo_db):
    before = assemble(demo_db, 2013, today=date(2014, 4, 2))
    _new_period(demo_db)
    _add_value(demo_db, "1.2", 2016, 71.5)

    old = assemble(demo_db, 2013, today=date(2014, 4, 2))
    assert [(g.number, g.title) for g in old.goals] == [(g.number, g.title) for g in before.goals]
    assert [[i.code for i in g.indicators] for g in old.goals] == [[i.code for i in g.indicators] for g in before.goals]
    assert old.goals == before.goals

    new = assemble(demo_db, 2016, today=date(2017, 4, 2))
    titles = [g.title for g in new.goals]
    assert len(new.goals) == 8
    assert "Flere i job og uddannelse" in titles and "Flere i arbejde" not in titles
    assert "Mere blandet leder- og medarbejderskare i kommunen" not in titles
    assert titles[-1] == "Flere unge i ungdomsuddannelse"
    assert [g.number for g in new.goals] == list(range(1, 9))
    moved = new.goals[-1].indicators
    assert [i.code for i in moved] == ["1.2"]
    assert all(i.code != "3.1" for g in new.goals for i in g.indicators)
    assert all(i.code != "1.2" for i in new.goals[0].indicators)
    # The continued indicator keeps its whole series, also the years before 2015.
    main_points = next(s for s in moved[0].series if s.is_main).points
    years = {p.period.year for p in main_points}
    assert min(years) < 2015 and 2016 in years
    assert moved[0].development.current.value == 71.5


def test_policy_in_force_per_year(demo_db):
    _new_period(demo_db)
    assert policies.in_force(demo_db, 2013).name.startswith("Københavns Kommunes Integrationspolitik 2011")
    assert policies.in_force(demo_db, 2014).period_to == 2014
    assert policies.in_force(demo_db, 2015).name == NEW_POLICY
    assert policies.in_force(demo_db, 2030).name == NEW_POLICY
    assert policies.current(demo_db).adopted_on == date(2014, 12, 18)


def test_a_final_edition_of_2013_reissues_unchanged_after_the_new_period(demo_db, tmp_path):
    first = produce_report(demo_db, 2013, tmp_path / "final.pdf", final=True, today=date(2014, 4, 2))
    assert first.kind == ReportKind.NEW_FINAL
    _new_period(demo_db)
    again = produce_report(demo_db, 2013, tmp_path / "again.pdf", final=True, today=date(2017, 1, 1))
    assert again.kind == ReportKind.REISSUED
    assert again.sha256 == first.sha256
    draft = produce_report(demo_db, 2013, tmp_path / "draft.pdf", today=date(2017, 1, 1))
    text = _text(draft.path)
    assert "Mere blandet leder- og medarbejderskare i kommunen" in text
    assert "Flere unge i ungdomsuddannelse" not in text


def test_a_new_period_must_start_after_the_current_one(demo_db):
    with pytest.raises(ValidationError) as error:
        policy_edits.start_period(demo_db, 2011, "Ny")
    assert error.value.field == "first_year"
    assert len(policies.all_policies(demo_db)) == 1


def test_goal_edits_refuse_stale_versions_and_earlier_policies(demo_db):
    first = _goal(demo_db, 1)
    policy_edits.rename_goal(demo_db, first.id, "Nyt navn", 1)
    with pytest.raises(StaleEditError):
        policy_edits.rename_goal(demo_db, first.id, "Et andet navn", 1)
    policy_edits.start_period(demo_db, 2015, NEW_POLICY)
    with pytest.raises(ValidationError):
        policy_edits.rename_goal(demo_db, first.id, "Gammelt mål", 2)
    assert _goal(demo_db, 1).title == "Nyt navn"


def test_a_new_goal_with_indicators_cannot_end_until_they_move(demo_db):
    goal_id = policy_edits.add_goal(demo_db, "Nyt mål")
    _move(demo_db, "1.2", goal_id)
    with pytest.raises(ValidationError) as error:
        policy_edits.end_goal(demo_db, goal_id, 1)
    assert error.value.field == "goal" and error.value.params["code"] == "1.2"
    assert any(g.id == goal_id for g in catalog.goals_with_indicators(demo_db))


def test_reordering_goals_renumbers_them(demo_db):
    eight = _goal(demo_db, 8)
    policy_edits.move_goal(demo_db, eight.id, -7, 1)
    goals = catalog.goals_with_indicators(demo_db)
    assert goals[0].title == "Færre skal opleve diskrimination"
    assert [g.number for g in goals] == list(range(1, 9))


def test_a_retired_code_is_reused_only_when_confirmed(demo_db):
    from barometer_desktop.storage.indicators import RetiredCodeError

    old = next(i for i in catalog.indicators(demo_db) if i.code == "1.3")
    indicators.retire(demo_db, old.id, old.version)
    goal = catalog.goals_with_indicators(demo_db)[0]
    item = IndicatorInput(code="1.3", goal_id=goal.id, name="Ny indikator", unit="percent", direction="higher")
    with pytest.raises(RetiredCodeError) as error:
        indicators.create(demo_db, item)
    assert error.value.new_code == "1.3 (udgået)"
    assert next(i for i in catalog.indicators(demo_db) if i.id == old.id).code == "1.3"
    created = indicators.create(demo_db, item, reuse_retired_code=True)
    codes = {i.id: i.code for i in catalog.indicators(demo_db)}
    assert codes[created.id] == "1.3" and codes[old.id] == "1.3 (udgået)"
    assert observations.series(demo_db, old.id), "the retired indicator keeps its values"


def test_an_indicator_code_can_change(demo_db):
    record = next(i for i in catalog.indicators(demo_db) if i.code == "2.1")
    fields = {name: getattr(record, name) for name in IndicatorInput.__dataclass_fields__}
    indicators.update(demo_db, record.id, IndicatorInput(**{**fields, "code": "B1"}), record.version)
    assert next(i for i in catalog.indicators(demo_db) if i.id == record.id).code == "B1"
    other = next(i for i in catalog.indicators(demo_db) if i.code == "1.1")
    fields = {name: getattr(other, name) for name in IndicatorInput.__dataclass_fields__}
    with pytest.raises(ValidationError):
        indicators.update(demo_db, other.id, IndicatorInput(**{**fields, "code": "B1"}), other.version)


def test_a_new_period_on_every_engine(any_demo_db):
    """SQLite and PostgreSQL agree on a new period and the goals in force."""
    _new_period(any_demo_db)
    old = policies.goals_in_force(any_demo_db, 2013)
    new = policies.goals_in_force(any_demo_db, 2016)
    assert [g.number for g in old] == list(range(1, 9)) and [g.number for g in new] == list(range(1, 9))
    assert old[2].title == "Mere blandet leder- og medarbejderskare i kommunen"
    assert [i.code for i in new[-1].indicators] == ["1.2"]
    assert "1.2" in [i.code for i in old[0].indicators]


def test_the_entry_sheet_of_a_year_lists_the_indicators_of_its_policy(demo_db):
    from barometer_desktop.ui.screens.entry.sheet import load_sheet

    _new_period(demo_db)
    old = {i.code for i in load_sheet(demo_db, 2013, today=date(2014, 6, 1)).indicators}
    new = {i.code for i in load_sheet(demo_db, 2016, today=date(2017, 6, 1)).indicators}
    assert "3.1" in old and "3.1" not in new, "goal 3 ended with the 2011 policy"
