"""How fast the committee screens answer on the demo database (run on purpose: pytest tests/benchmarks)."""

import time
from datetime import date

from barometer_desktop.domain.follow_up_rules import missing_follow_up
from barometer_desktop.domain.types import FollowUpStatus
from barometer_desktop.storage import committees, follow_up, settings_store
from barometer_desktop.storage.follow_up import FollowUpEntry, ReportEntry


def _timed(action, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - start)
    return best


def test_saving_a_committee_year_and_counting_missing_is_instant(demo_db):
    tmu = next(c for c in committees.committees(demo_db) if c.short_name == "TMU")

    def save_and_count():
        year = follow_up.committee_year(demo_db, tmu.id, 2013)
        follow_up.save_committee_year(
            demo_db, tmu.id, 2013,
            ReportEntry(date(2014, 2, 1), "https://kk.dk/tmu.pdf", year.report.version),
            [
                FollowUpEntry(line.goal_id, FollowUpStatus.PARTLY, f"note {time.time()}", line.version)
                for line in year.lines
            ],
        )
        data = committees.follow_up_year(demo_db, 2013)
        missing_follow_up(data.reports, data.goals, 2013, date.today(), settings_store.load(demo_db).deadline_for(2013))

    seconds = _timed(save_and_count)
    print(f"\nsave a committee-year + recount missing: {seconds * 1000:.1f} ms")
    assert seconds < 0.25


def test_committees_screen_opens_and_refreshes_quickly(qtbot, app_state):
    from barometer_desktop.ui.screens.committees.screen import CommitteesScreen

    start = time.perf_counter()
    screen = CommitteesScreen(app_state)
    qtbot.addWidget(screen)
    opened = time.perf_counter() - start
    tabs = {
        "follow-up": screen.follow_up, "missing": screen.missing,
        "decisions": screen.decisions, "plans": screen.plans,
    }
    def after_a_change(tab):
        # What a refresh costs after something was stored (the shared cache forgotten).
        def refresh():
            app_state.years.invalidate()
            tab.refresh()
        return refresh

    for name, tab in tabs.items():
        seconds = _timed(after_a_change(tab), repeat=3)
        print(f"refresh {name}: {seconds * 1000:.1f} ms")
        assert seconds < 1.0
    print(f"open the screen: {opened * 1000:.1f} ms")
    assert opened < 1.0
