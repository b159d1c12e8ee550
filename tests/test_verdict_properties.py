"""For random data, every output counts the goals the same way, and the significance setting moves
exactly the survey changes inside the margin of error."""

from __future__ import annotations

import itertools
import re
from datetime import date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from sqlalchemy import delete, insert, select

from barometer_desktop.assembly.assemble_snapshot import assemble
from barometer_desktop.domain.types import GoalStatus, Trend
from barometer_desktop.report.front import ReportOptions
from barometer_desktop.report.render_pdf import export_pdf
from barometer_desktop.storage import settings_store
from barometer_desktop.storage.schema import area, indicator, observation
from barometer_desktop.web.publish import build_site

YEARS = (2010, 2011, 2012)
REPORT_YEAR = 2012
WORDS = {"forbedret": "improved", "forværret": "worsened", "uændret": "unchanged", "blandet": "mixed",
         "ingen retning (kontekstindikator)": "no_direction", "ingen data": "no_data"}

# One stored value: (value, sample size or None, provisional), or None for no value.
value = st.one_of(
    st.none(),
    st.tuples(
        st.floats(min_value=0.0, max_value=12.0, allow_nan=False).map(lambda v: round(v, 2)),
        st.one_of(st.none(), st.integers(min_value=30, max_value=3000)),
        st.booleans(),
    ),
)
# Per indicator (in code order) and area (main, country): a value per year.
data = st.lists(st.tuples(value, value, value), min_size=20, max_size=20)


def _store(db, values) -> None:
    now = datetime(2013, 1, 1)
    with db.transaction() as session:
        session.execute(delete(observation))
        indicator_ids = session.scalars(select(indicator.c.id).order_by(indicator.c.code)).all()
        area_ids = session.scalars(select(area.c.id).where(area.c.code.in_(("101", "000"))).order_by(area.c.code)).all()
        rows = []
        cells = itertools.cycle(values)
        for indicator_id in indicator_ids:
            for area_id in area_ids:
                for year, stored in zip(YEARS, next(cells)):
                    if stored is None:
                        continue
                    figure, sample, provisional = stored
                    rows.append(dict(
                        indicator_id=indicator_id, area_id=area_id, year=year, period_kind="year", period_no=0,
                        value=figure, sample_size=sample, std_error=None, is_provisional=provisional, note="",
                        note_is_public=False, entered_by="test", entered_at=now, version=1,
                    ))
        if rows:
            session.execute(insert(observation), rows)


def _overview_counts(text: str) -> dict[str, int]:
    counts = {status.value: 0 for status in GoalStatus}
    body = text.split(":", 1)[1].split(".")[0]
    for part in body.split(","):
        number, word = part.strip().split(" ", 1)
        counts[WORDS[word]] = int(number)
    return counts


def _pdf_counts(path: Path) -> dict[str, int]:
    text = " ".join(" ".join((page.extract_text() or "").split()) for page in PdfReader(path).pages)
    found = re.search(r"I 2012 blev (\d+) mål forbedret, (\d+) forværret, (\d+) var uændrede og (\d+) blandede", text)
    assert found, "the summary's count sentence"
    return dict(zip(("improved", "worsened", "unchanged", "mixed"), map(int, found.groups())))


def _web_counts(index: str) -> dict[str, int]:
    summary = index[index.index('<ul class="summary"'):index.index("</ul>")]
    return {status: int(n) for status, n in re.findall(r'trend-(\w+)".*?</span>[^<]*</span><span>(\d+)</span>', summary)}


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=data)
def test_counts_are_equal_in_snapshot_overview_pdf_and_web(values, app_state, qtbot, tmp_path_factory):
    from barometer_desktop.ui.screens.overview.screen import OverviewScreen

    db = app_state.db
    _store(db, values)
    snapshot = assemble(db, REPORT_YEAR, today=date(2013, 4, 1))
    counts = {status.value: n for status, n in snapshot.status_counts().items()}
    assert sum(counts.values()) == len(snapshot.goals)

    screen = OverviewScreen(app_state)
    qtbot.addWidget(screen)
    screen.show_snapshot(snapshot)
    assert _overview_counts(screen.summary.text()) == counts
    # The Målstatus column holds the same statuses.
    shown = [screen.model.index(r, 7).data(257) for r in range(screen.model.rowCount())]
    assert sorted(s for s in shown if s) == sorted(g.status.value for g in snapshot.goals)

    pdf = export_pdf(snapshot, tmp_path_factory.mktemp("pdf") / "r.pdf", ReportOptions(lang="da"))
    assert _pdf_counts(pdf.path) == {k: counts[k] for k in ("improved", "worsened", "unchanged", "mixed")}

    # The web counts the statuses of the final values it shows: the same when nothing is provisional.
    web = _web_counts(build_site(snapshot, "da")["index.html"])
    published = {status.value: n for status, n in snapshot.status_counts(published=True).items()}
    assert all(web.get(k, 0) == published[k] for k in published)
    if not any(stored and stored[2] for cell in values for stored in cell):
        assert published == counts


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(values=data)
def test_significance_setting_moves_exactly_the_changes_inside_the_margin(values, demo_db):
    _store(demo_db, values)
    settings_store.save(demo_db, {settings_store.SIGNIFICANCE_POLICY: "unchanged"})
    default = assemble(demo_db, REPORT_YEAR, today=date(2013, 4, 1))
    settings_store.save(demo_db, {settings_store.SIGNIFICANCE_POLICY: "marked"})
    marked = assemble(demo_db, REPORT_YEAR, today=date(2013, 4, 1))
    for goal_default, goal_marked in zip(default.goals, marked.goals):
        for one, other in zip(goal_default.indicators, goal_marked.indicators):
            for v_one, v_other in zip(one.verdicts, other.verdicts):
                moved = v_one.trend is not v_other.trend
                inside = v_one.development.within_uncertainty and v_other.trend not in (
                    Trend.NO_DIRECTION, Trend.NO_DATA)
                assert moved == inside, (one.code, v_one.area_name)
                if moved:
                    assert v_one.trend is Trend.UNCHANGED
                    assert v_other.trend in (Trend.IMPROVED, Trend.WORSENED)
                    assert v_other.development.within_uncertainty  # marked "not significant"
                # Nothing else differs: same values, same change.
                assert v_one.development.change == v_other.development.change


def _verdicts(snapshot):
    return {(i.code, v.area_code): v.development for g in snapshot.goals for i in g.indicators for v in i.verdicts}


def test_areas_not_shown_get_the_same_verdicts_as_when_shown(demo_db):
    """The overview reads only what the other areas' verdicts are made from; the verdicts are
    the ones made from every value (gaps, a biennial series, the baseline basis)."""
    from barometer_desktop.storage import catalog

    aarhus = next(a for a in catalog.areas(demo_db) if a.name == "Aarhus")
    with demo_db.transaction() as session:
        # A gap: Aarhus has no 2012 or 2013 value for 1.1, so 2014 is compared with 2011.
        one = session.execute(select(indicator.c.id).where(indicator.c.code == "1.1")).scalar_one()
        session.execute(delete(observation).where(
            observation.c.indicator_id == one, observation.c.area_id == aarhus.id, observation.c.year.in_((2012, 2013))))
    for basis in ({}, {settings_store.COMPARISON_BASIS: "baseline", settings_store.BASELINE_YEAR: "2011"}):
        if basis:
            settings_store.save(demo_db, basis)
        for year in (2012, 2013, 2014):
            few = assemble(demo_db, year, today=date(2015, 4, 1), area_names=())
            every = assemble(demo_db, year, today=date(2015, 4, 1))
            assert _verdicts(few) == _verdicts(every), (basis, year)
            assert [g.area_statuses for g in few.goals] == [g.area_statuses for g in every.goals]
    assert any(v.development.reference is not None and v.development.reference.period.year == 2011
               for v in next(i for g in every.goals for i in g.indicators if i.code == "1.1").verdicts
               if v.area_code == aarhus.code)
